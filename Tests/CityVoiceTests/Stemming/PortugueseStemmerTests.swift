import Testing
@testable import CityVoice

@Test("The Portuguese stemmer agrees with every word of the Snowball vocabulary")
func portugueseStemmerMatchesSnowballVocabulary() throws {
    let vocabulary = try SnowballVocabulary(folder: "portuguese")
    let disagreements = vocabulary.disagreements(with: PortugueseStemmer())
    let examples = disagreements.prefix(20).map { "\($0.word): expected \($0.expected), got \($0.actual)" }
    #expect(
        disagreements.isEmpty,
        "\(disagreements.count) of \(vocabulary.words.count) words disagree, e.g.\n\(examples.joined(separator: "\n"))"
    )
}

/// Words from migration policy texts; `migração` and `acolhimento` are not in the Snowball
/// vocabulary, so their stems are the ones the algorithm gives.
@Test(
    "The Portuguese stemmer reduces migration-policy vocabulary to shared stems",
    arguments: [
        ("migrantes", "migrant"),
        ("migração", "migraçã"),
        ("migrações", "migraçõ"),
        ("acolhimento", "acolh"),
        ("cidadania", "cidadan"),
        ("cidadãos", "cidadã"),
        ("mobilidade", "mobil"),
        ("integração", "integr"),
        ("habitação", "habit"),
    ]
)
func portugueseStemmerStemsDomainWords(word: String, stem: String) {
    #expect(PortugueseStemmer().stem(word) == stem)
}

@Test(
    "The Portuguese stemmer restores ã and õ after treating them as a vowel and a consonant",
    arguments: [
        ("condução", "conduçã"),
        ("conduções", "conduçõ"),
        ("quinhão", "quinhã"),
    ]
)
func portugueseStemmerRestoresNasalVowels(word: String, stem: String) {
    #expect(PortugueseStemmer().stem(word) == stem)
}

@Test("The Portuguese stemmer leaves an empty word and a one-letter word unchanged")
func portugueseStemmerHandlesTinyWords() {
    #expect(PortugueseStemmer().stem("") == "")
    #expect(PortugueseStemmer().stem("é") == "é")
}
