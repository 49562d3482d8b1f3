import Testing
@testable import CityVoice

@Test("The Spanish stemmer agrees with every word of the Snowball vocabulary")
func spanishStemmerMatchesSnowballVocabulary() throws {
    let vocabulary = try SnowballVocabulary(folder: "spanish")
    let disagreements = vocabulary.disagreements(with: SpanishStemmer())
    let examples = disagreements.prefix(20).map { "\($0.word): expected \($0.expected), got \($0.actual)" }
    #expect(
        disagreements.isEmpty,
        "\(disagreements.count) of \(vocabulary.words.count) words disagree, e.g.\n\(examples.joined(separator: "\n"))"
    )
}

/// Words from migration policy texts; `migrantes` is not in the Snowball vocabulary,
/// so its stem is the one the algorithm gives (and the one `migrante` has there).
@Test(
    "The Spanish stemmer reduces migration-policy vocabulary to shared stems",
    arguments: [
        ("migrantes", "migrant"),
        ("migrante", "migrant"),
        ("migración", "migracion"),
        ("migraciones", "migracion"),
        ("acogida", "acog"),
        ("ciudadanía", "ciudadan"),
        ("ciudadanos", "ciudadan"),
        ("movilidad", "movil"),
        ("integración", "integr"),
        ("refugiados", "refugi"),
    ]
)
func spanishStemmerStemsDomainWords(word: String, stem: String) {
    #expect(SpanishStemmer().stem(word) == stem)
}

@Test(
    "The Spanish stemmer treats a missing accent on -ación and -ución like the accented form",
    arguments: [
        ("educación", "educ"),
        ("educacion", "educ"),
        ("constitución", "constitu"),
        ("constitucion", "constitu"),
    ]
)
func spanishStemmerHandlesMissingAccents(word: String, stem: String) {
    #expect(SpanishStemmer().stem(word) == stem)
}

@Test(
    "The Spanish stemmer removes an attached pronoun and the accent it caused",
    arguments: [
        ("haciéndola", "hac"),
        ("acercándose", "acerc"),
        ("abandonarlo", "abandon"),
    ]
)
func spanishStemmerRemovesAttachedPronouns(word: String, stem: String) {
    #expect(SpanishStemmer().stem(word) == stem)
}

@Test("The Spanish stemmer leaves an empty word and a one-letter word unchanged")
func spanishStemmerHandlesTinyWords() {
    #expect(SpanishStemmer().stem("") == "")
    #expect(SpanishStemmer().stem("y") == "y")
}
