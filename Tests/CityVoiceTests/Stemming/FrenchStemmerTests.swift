import Testing
@testable import CityVoice

@Test("The French stemmer agrees with every word of the Snowball vocabulary")
func frenchStemmerMatchesSnowballVocabulary() throws {
    let vocabulary = try SnowballVocabulary(folder: "french")
    let disagreements = vocabulary.disagreements(with: FrenchStemmer())
    let examples = disagreements.prefix(20).map { "\($0.word): expected \($0.expected), got \($0.actual)" }
    #expect(
        disagreements.isEmpty,
        "\(disagreements.count) of \(vocabulary.words.count) words disagree, e.g.\n\(examples.joined(separator: "\n"))"
    )
}

/// Words from migration policy texts; `migrants` and `citoyenneté` are not in the Snowball
/// vocabulary, so their stems are the ones the algorithm gives by hand.
@Test(
    "The French stemmer reduces migration-policy vocabulary to shared stems",
    arguments: [
        ("accueil", "accueil"),
        ("accueillir", "accueil"),
        ("l'accueil", "accueil"),
        ("d'accueil", "accueil"),
        ("migrants", "migr"),
        ("migration", "migrat"),
        ("hospitalité", "hospital"),
        ("citoyenneté", "citoyennet"),
    ]
)
func frenchStemmerStemsDomainWords(word: String, stem: String) {
    #expect(FrenchStemmer().stem(word) == stem)
}

@Test(
    "The French stemmer keeps ë and ï but lets them lose what follows",
    arguments: [
        ("naïve", "naïv"),
        ("maïs", "maï"),
        ("haïr", "haïr"),
        ("aiguë", "aigu"),
        ("canoë", "cano"),
    ]
)
func frenchStemmerHandlesDiaereses(word: String, stem: String) {
    #expect(FrenchStemmer().stem(word) == stem)
}

@Test("The French stemmer keeps a lone elision and leaves empty and one-letter words unchanged")
func frenchStemmerHandlesTinyWords() {
    #expect(FrenchStemmer().stem("l'") == "l'")
    #expect(FrenchStemmer().stem("") == "")
    #expect(FrenchStemmer().stem("y") == "y")
}
