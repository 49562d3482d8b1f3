/// A word being stemmed by the French or Italian Snowball algorithm: its letters and where its regions start.
///
/// Both algorithms address a word by scalar offsets; a region such as R1 is "the letters from
/// offset `r1` to the end", so a suffix lies in a region when it starts at or after that offset.
/// Letters the prelude marks as consonants are stored as upper-case scalars, exactly as the
/// published descriptions write them (`qUand`, `ennuIe`).
///
/// - Complexity: every operation is O(*n*) or better in the length of the word.
struct SnowballWordFRIT {
    /// The letters, marked and partly stemmed.
    var letters: [Unicode.Scalar]
    /// Start of RV, the region each language defines from the beginning of the word.
    var rv: Int
    /// Start of R1.
    var r1: Int
    /// Start of R2.
    var r2: Int

    /// A word whose regions are still to be computed; all three start at its end.
    init(_ letters: [Unicode.Scalar]) {
        self.letters = letters
        rv = letters.count
        r1 = letters.count
        r2 = letters.count
    }

    /// The number of letters.
    var count: Int { letters.count }

    /// Sets R1 and R2 by the rule both languages share: R1 begins after the first non-vowel that
    /// follows a vowel, and R2 applies the same rule again inside R1.
    mutating func markR1R2(isVowel: (Unicode.Scalar) -> Bool) {
        r1 = Self.afterNonVowelFollowingVowel(letters, from: 0, isVowel: isVowel)
        r2 = Self.afterNonVowelFollowingVowel(letters, from: r1, isVowel: isVowel)
    }

    /// The offset just past the first non-vowel that follows a vowel at or after `start`,
    /// or the end of the word.
    static func afterNonVowelFollowingVowel(
        _ letters: [Unicode.Scalar], from start: Int, isVowel: (Unicode.Scalar) -> Bool
    ) -> Int {
        var index = start
        while index < letters.count, !isVowel(letters[index]) { index += 1 }
        while index < letters.count, isVowel(letters[index]) { index += 1 }
        return min(index + 1, letters.count)
    }

    /// The offset just past the first letter at or after `start` that satisfies `predicate`,
    /// or `nil` when there is none.
    func offsetPast(from start: Int, where predicate: (Unicode.Scalar) -> Bool) -> Int? {
        var index = start
        while index < letters.count {
            if predicate(letters[index]) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Whether the letters just before offset `end` spell `piece`.
    func has(_ piece: [Unicode.Scalar], endingAt end: Int) -> Bool {
        guard end <= letters.count, end >= piece.count else { return false }
        return letters[(end - piece.count)..<end].elementsEqual(piece)
    }

    /// Whether the word ends with `suffix`.
    func hasSuffix(_ suffix: String) -> Bool {
        has(Array(suffix.unicodeScalars), endingAt: letters.count)
    }

    /// Whether the letters just before offset `end` spell `piece`.
    func has(_ piece: String, endingAt end: Int) -> Bool {
        has(Array(piece.unicodeScalars), endingAt: end)
    }

    /// The letter before offset `index`, if there is one.
    func letter(before index: Int) -> Unicode.Scalar? {
        index > 0 && index <= letters.count ? letters[index - 1] : nil
    }

    /// The last letter, if any.
    var last: Unicode.Scalar? { letters.last }

    /// Removes every letter from `offset` on.
    mutating func truncate(at offset: Int) {
        letters.removeSubrange(offset...)
    }

    /// Replaces every letter from `offset` on with `replacement`.
    mutating func replace(from offset: Int, with replacement: String) {
        letters.replaceSubrange(offset..., with: replacement.unicodeScalars)
    }

    /// Replaces the final `count` letters with `replacement`.
    mutating func replaceSuffix(length count: Int, with replacement: String) {
        replace(from: letters.count - count, with: replacement)
    }
}

/// A list of suffixes from one step of a Snowball algorithm, searched longest first.
///
/// Snowball's `among` picks the longest listed suffix and then applies that suffix's condition;
/// when the condition fails a shorter suffix is *not* tried, so callers get exactly one candidate.
struct SuffixListFRIT {
    private let entries: [(text: String, scalars: [Unicode.Scalar])]

    /// - Complexity: O(*k* log *k*) for *k* suffixes, paid once per list.
    init(_ suffixes: [String]) {
        entries = suffixes
            .map { (text: $0, scalars: Array($0.unicodeScalars)) }
            .sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The longest suffix of `word` in the list that starts at or after `limit`, as written in
    /// the list (with its marked letters); `limit` models Snowball's `setlimit` for RV-bound steps.
    ///
    /// - Complexity: O(*k* · *m*) for *k* suffixes of at most *m* letters.
    func longestMatch(in word: SnowballWordFRIT, notBefore limit: Int = 0) -> String? {
        let end = word.count
        for entry in entries where end - entry.scalars.count >= limit {
            if word.has(entry.scalars, endingAt: end) { return entry.text }
        }
        return nil
    }
}
