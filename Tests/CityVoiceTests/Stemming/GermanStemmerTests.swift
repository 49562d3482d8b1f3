import Testing
@testable import CityVoice

@Suite("German stemmer")
struct GermanStemmerTests {
    @Test("stems every word of the Snowball German vocabulary as the reference output does")
    func conformsToSnowballVocabulary() throws {
        let vocabulary = try SnowballVocabulary(folder: "german")
        #expect(vocabulary.words.count == vocabulary.stems.count)
        let failures = vocabulary.disagreements(with: GermanStemmer())
        let examples = failures.prefix(20).map { "\($0.word) → \($0.actual) (expected \($0.expected))" }
        #expect(
            failures.isEmpty,
            "\(failures.count) of \(vocabulary.words.count) differ, e.g. \(examples.joined(separator: ", "))"
        )
    }

    @Test("applies the algorithm's notable rules", arguments: [
        ("abschluß", "abschluss"),                    // ß is spelled ss
        ("häuser", "haus"),                           // umlauts are dropped at the end
        ("aktuell", "aktull"),                        // ue is read as ü
        ("quelle", "quell"),                          // ... but not after q
        ("feuer", "feu"),                             // a u between vowels is a consonant
        ("bedürfnissen", "bedurfnis"),                // -nissen loses the doubled s too
        ("aufeinanderfolgenden", "aufeinanderfolg"),  // -en, then -end in R2
        ("derbsten", "derb"),                         // -st after a valid ending
        ("katholische", "kathol"),                    // -isch in R2
        ("möglichkeit", "moglich"),                   // -keit goes, -lich outside R2 stays
        ("system", "system"),                         // -em is kept in "system"
        ("lehrerin", "lehr"),                         // the feminine -erin goes
        ("bäuerinnen", "bau"),                        // ... and so does -erinnen
        ("arbeitet", "arbeit"),                       // -et after t is a verb ending
        ("geordnet", "geordnet"),                     // ... but not in "geordnet"
        ("lächeln", "lachel"),                        // the n of -eln goes
    ])
    func notableRule(word: String, expected: String) {
        #expect(GermanStemmer().stem(word) == expected)
    }

    @Test("leaves words shorter than three letters alone, apart from spelling", arguments: [
        ("", ""), ("zu", "zu"), ("ß", "ss"), ("ab", "ab"),
    ])
    func shortWord(word: String, expected: String) {
        #expect(GermanStemmer().stem(word) == expected)
    }
}
