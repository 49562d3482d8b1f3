/// A word under Spanish or Portuguese Snowball stemming: its letters and the start of its RV, R1 and R2 regions.
///
/// Both algorithms define RV, R1 and R2 the same way
/// (https://snowballstem.org/algorithms/spanish/stemmer.html and
/// https://snowballstem.org/texts/r1r2.html); only the vowels differ.
/// The regions are fixed once, before any suffix is touched, and are measured from the
/// start of the word, so they stay valid while the end of the word is rewritten.
///
/// - Complexity: O(n) to build, for a word of n letters.
struct IberianSnowballWord {
    /// The letters of the word, as Unicode scalars.
    private(set) var letters: [Unicode.Scalar]
    /// Where RV starts; equal to the word's length when RV is empty.
    let rv: Int
    /// Where R1 starts; equal to the word's length when R1 is empty.
    let r1: Int
    /// Where R2 starts; equal to the word's length when R2 is empty.
    let r2: Int

    /// Computes the regions of `letters`, with `isVowel` deciding which letters are vowels.
    init(_ letters: [Unicode.Scalar], isVowel: (Unicode.Scalar) -> Bool) {
        self.letters = letters
        let n = letters.count

        func firstIndex(from start: Int, where matches: (Unicode.Scalar) -> Bool) -> Int? {
            var i = start
            while i < n {
                if matches(letters[i]) { return i }
                i += 1
            }
            return nil
        }
        // R1 starts after the first non-vowel that follows a vowel, at or after `start`.
        func regionStart(after start: Int) -> Int {
            guard let vowel = firstIndex(from: start, where: isVowel),
                  let consonant = firstIndex(from: vowel + 1, where: { !isVowel($0) })
            else { return n }
            return consonant + 1
        }

        var rv = n
        if n >= 2 {
            switch (isVowel(letters[0]), isVowel(letters[1])) {
            case (_, false):
                if let vowel = firstIndex(from: 2, where: isVowel) { rv = vowel + 1 }
            case (true, true):
                if let consonant = firstIndex(from: 2, where: { !isVowel($0) }) { rv = consonant + 1 }
            case (false, true):
                rv = min(3, n)
            }
        }
        self.rv = rv
        r1 = regionStart(after: 0)
        r2 = r1 < n ? regionStart(after: r1) : n
    }

    /// The number of letters currently in the word.
    var count: Int { letters.count }

    /// The last letter, if any.
    var last: Unicode.Scalar? { letters.last }

    /// Whether the word ends with `suffix` followed by `tail` more letters;
    /// `tail` lets a caller ask what precedes a suffix it has already matched.
    func hasSuffix(_ suffix: [Unicode.Scalar], before tail: Int = 0) -> Bool {
        let end = letters.count - tail
        let start = end - suffix.count
        guard start >= 0 else { return false }
        var i = 0
        while i < suffix.count {
            if letters[start + i] != suffix[i] { return false }
            i += 1
        }
        return true
    }

    /// Removes the last `length` letters.
    mutating func removeLast(_ length: Int) {
        letters.removeLast(length)
    }

    /// Replaces the last `length` letters with `replacement`.
    mutating func replaceLast(_ length: Int, with replacement: [Unicode.Scalar]) {
        letters.removeLast(length)
        letters.append(contentsOf: replacement)
    }

    /// Removes the first of `candidates` that ends the word, provided it lies in R2.
    ///
    /// The candidates are alternatives of which at most one can end the word, so the first
    /// match decides: if it lies outside R2 nothing is removed.
    ///
    /// - Returns: whether a candidate was removed.
    @discardableResult
    mutating func removeSuffixInR2(oneOf candidates: [String]) -> Bool {
        for candidate in candidates {
            let suffix = Array(candidate.unicodeScalars)
            guard hasSuffix(suffix) else { continue }
            guard letters.count - suffix.count >= r2 else { return false }
            letters.removeLast(suffix.count)
            return true
        }
        return false
    }

    /// The word as a string, each letter first passed through `map`.
    func string(mapping map: (Unicode.Scalar) -> Unicode.Scalar = { $0 }) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: letters.lazy.map(map))
        return String(view)
    }
}

/// A list of suffixes, each tagged with what to do when it ends a word; the longest match wins,
/// as in Snowball's `among`.
///
/// - Complexity: a look-up is O(s · k) for the s suffixes sharing the word's last letter,
///   of at most k letters each; it does not depend on the word's length.
struct IberianSuffixTable<Action: Sendable>: Sendable {
    private typealias Entry = (suffix: [Unicode.Scalar], action: Action)

    /// The suffixes grouped by last letter, each group longest first so that its first match
    /// is the longest; grouping keeps a look-up to a handful of candidates.
    private let entriesByLastLetter: [Unicode.Scalar: [Entry]]

    /// Builds a table from groups of space-separated suffixes sharing one action.
    init(_ groups: [(String, Action)]) {
        var entries: [Unicode.Scalar: [Entry]] = [:]
        var seen: Set<Substring> = []
        for (suffixes, action) in groups {
            for suffix in suffixes.split(separator: " ") {
                let inserted = seen.insert(suffix).inserted
                assert(inserted, "\(suffix) listed twice would make the longest match ambiguous")
                let letters = Array(suffix.unicodeScalars)
                entries[letters[letters.count - 1], default: []].append((letters, action))
            }
        }
        entriesByLastLetter = entries.mapValues { $0.sorted { $0.suffix.count > $1.suffix.count } }
    }

    /// The longest suffix of `word` in the table that starts at or after `limit`,
    /// with its action and its length.
    ///
    /// With `limit` 0 this is Snowball's plain `among`; with `limit` at RV it is
    /// `setlimit tomark pV for among`, which only sees the part of the word inside RV.
    func longestMatch(in word: IberianSnowballWord, notBefore limit: Int = 0) -> (action: Action, length: Int)? {
        guard let last = word.last, let candidates = entriesByLastLetter[last] else { return nil }
        let room = word.count - limit
        for entry in candidates where entry.suffix.count <= room && word.hasSuffix(entry.suffix) {
            return (entry.action, entry.suffix.count)
        }
        return nil
    }
}

extension IberianSnowballWord {
    /// What both languages remove in R2 once "-amente" is gone: "iv" (and then "at"
    /// before it), or else one of "os", "ic", "ad".
    mutating func removeAmenteResidue() {
        if hasSuffix(Array("iv".unicodeScalars)) {
            if removeSuffixInR2(oneOf: ["iv"]) {
                removeSuffixInR2(oneOf: ["at"])
            }
        } else {
            removeSuffixInR2(oneOf: ["os", "ic", "ad"])
        }
    }
}
