@testable import CityVoice

/// The Snowball project's test vocabulary for one language: each word with its expected stem.
struct SnowballVocabulary {
    let words: [Substring]
    let stems: [Substring]

    /// Loads `snowball/<folder>/voc.txt` and `output.txt`.
    init(folder: String) throws {
        words = try Fixtures.lines("snowball/\(folder)/voc.txt")
        stems = try Fixtures.lines("snowball/\(folder)/output.txt")
    }

    /// The words whose stem differs from the expected one, as (word, expected, actual).
    func disagreements(with stemmer: some Stemmer) -> [(word: Substring, expected: Substring, actual: String)] {
        var failures: [(Substring, Substring, String)] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(String(word))
            if actual != expected { failures.append((word, expected, actual)) }
        }
        return failures
    }
}
