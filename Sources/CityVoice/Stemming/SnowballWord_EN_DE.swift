/// A word being stemmed by `EnglishStemmer` or `GermanStemmer`: its letters as scalars,
/// with the suffix tests and region computation both algorithms describe.
///
/// Reference: "R1 and R2" in https://snowballstem.org/texts/r1r2.html
///
/// - Complexity: every operation is O(length of the suffix or word involved).
struct SnowballWordEnDe {
    /// The letters; the algorithms mark some with upper-case stand-ins (`Y`, `U`).
    var letters: [Unicode.Scalar]

    init(_ word: String) {
        letters = Array(word.unicodeScalars)
    }

    var count: Int { letters.count }

    /// The letters as a string.
    var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters)
        return String(result)
    }

    /// The letter at `index`, or `nil` outside the word, so callers can ask about
    /// neighbours without bounds checks of their own.
    subscript(safe index: Int) -> Unicode.Scalar? {
        letters.indices.contains(index) ? letters[index] : nil
    }

    /// Whether the letters just before `end` spell `suffix`.
    func hasSuffix(_ suffix: [Unicode.Scalar], endingAt end: Int) -> Bool {
        guard suffix.count <= end, end <= letters.count else { return false }
        return letters[(end - suffix.count)..<end].elementsEqual(suffix)
    }

    /// Whether the word ends with `suffix`.
    func hasSuffix(_ suffix: String) -> Bool {
        hasSuffix(Array(suffix.unicodeScalars), endingAt: letters.count)
    }

    /// Whether the letters just before `end` spell `suffix`.
    func hasSuffix(_ suffix: String, endingAt end: Int) -> Bool {
        hasSuffix(Array(suffix.unicodeScalars), endingAt: end)
    }

    /// The longest suffix of the word found in `set`, as Snowball's `among` picks it:
    /// the choice is made before any region condition is checked.
    func longestSuffix(in set: SuffixSet) -> String? {
        for (suffix, scalars) in set.entries where hasSuffix(scalars, endingAt: letters.count) {
            return suffix
        }
        return nil
    }

    /// Replaces the last `length` letters with `replacement`.
    mutating func replaceSuffix(length: Int, with replacement: String = "") {
        letters.removeLast(length)
        letters.append(contentsOf: replacement.unicodeScalars)
    }

    /// The start of the region after the first non-vowel that follows a vowel, searching
    /// from `start`; the word's length when there is none. R1 is this from 0, R2 from R1.
    func regionStart(from start: Int, isVowel: (Unicode.Scalar) -> Bool) -> Int {
        var index = start
        while index < letters.count, !isVowel(letters[index]) { index += 1 }
        while index < letters.count, isVowel(letters[index]) { index += 1 }
        return min(index + 1, letters.count)
    }

    /// Suffixes to match against a word's end, longest first so that the first hit is the
    /// longest, as Snowball's `among` requires.
    struct SuffixSet {
        let entries: [(String, [Unicode.Scalar])]

        init(_ suffixes: [String]) {
            entries = suffixes
                .map { ($0, Array($0.unicodeScalars)) }
                .sorted { $0.1.count > $1.1.count }
        }
    }
}
