import Testing
@testable import CityVoice

@Test("The Italian stemmer agrees with every word of the Snowball vocabulary")
func italianStemmerMatchesSnowballVocabulary() throws {
    let vocabulary = try SnowballVocabulary(folder: "italian")
    let disagreements = vocabulary.disagreements(with: ItalianStemmer())
    let examples = disagreements.prefix(20).map { "\($0.word): expected \($0.expected), got \($0.actual)" }
    #expect(
        disagreements.isEmpty,
        "\(disagreements.count) of \(vocabulary.words.count) words disagree, e.g.\n\(examples.joined(separator: "\n"))"
    )
}

/// Words from migration policy texts; `migranti` is not in the Snowball vocabulary, so its
/// stem is the one the algorithm gives by hand.
@Test(
    "The Italian stemmer reduces migration-policy vocabulary to shared stems",
    arguments: [
        ("accoglienza", "accoglient"),
        ("accogliere", "accogl"),
        ("migranti", "migrant"),
        ("cittadinanza", "cittadin"),
        ("mobilità", "mobil"),
    ]
)
func italianStemmerStemsDomainWords(word: String, stem: String) {
    #expect(ItalianStemmer().stem(word) == stem)
}

@Test(
    "The Italian stemmer treats acute and grave accents alike and drops attached pronouns",
    arguments: [
        ("perché", "perc"),
        ("perchè", "perc"),
        ("accoglierli", "accogl"),
        ("divano", "divan"),
    ]
)
func italianStemmerHandlesAccentsAndPronouns(word: String, stem: String) {
    #expect(ItalianStemmer().stem(word) == stem)
}

@Test("The Italian stemmer leaves empty and one-letter words unchanged")
func italianStemmerHandlesTinyWords() {
    #expect(ItalianStemmer().stem("") == "")
    #expect(ItalianStemmer().stem("a") == "a")
}
