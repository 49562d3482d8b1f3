import Testing
@testable import CityVoice

@Suite("English stemmer")
struct EnglishStemmerTests {
    @Test("stems every word of the Snowball English vocabulary as the reference output does")
    func conformsToSnowballVocabulary() throws {
        let vocabulary = try SnowballVocabulary(folder: "english")
        #expect(vocabulary.words.count == vocabulary.stems.count)
        let failures = vocabulary.disagreements(with: EnglishStemmer())
        let examples = failures.prefix(20).map { "\($0.word) → \($0.actual) (expected \($0.expected))" }
        #expect(
            failures.isEmpty,
            "\(failures.count) of \(vocabulary.words.count) differ, e.g. \(examples.joined(separator: ", "))"
        )
    }

    @Test("applies the algorithm's notable rules", arguments: [
        ("generously", "generous"),   // R1 starts after the prefix "gener"
        ("internal", "internal"),     // ... and after "inter"
        ("skies", "sky"),             // exceptional form
        ("news", "news"),             // exceptional form, left as it is
        ("succeed", "succeed"),       // left alone after step 1a
        ("dying", "die"),             // a lone consonant before -ying keeps -ie
        ("vying", "vie"),
        ("cries", "cri"),             // -ies after two letters or more becomes -i
        ("ties", "tie"),              // ... and -ie after one
        ("gas", "gas"),               // -s needs a vowel before the letter preceding it
        ("hopping", "hop"),           // a double consonant is undoubled
        ("added", "add"),             // ... unless a vowel and the double are all there is
        ("hoping", "hope"),           // a short word gets its e back
        ("youth", "youth"),           // an initial y is a consonant
        ("sayings", "say"),           // so is a y after a vowel
        ("happy", "happi"),           // a final y after a consonant becomes i
        ("geologist", "geolog"),      // -ogist meets -ogy
        ("rationalization", "ration"),
        ("'tis", "tis"),              // a leading apostrophe is dropped
        ("cat's", "cat"),             // the possessive goes in step 0
        ("by", "by"),                 // words of two letters are left alone
    ])
    func notableRule(word: String, expected: String) {
        #expect(EnglishStemmer().stem(word) == expected)
    }

    @Test("survives words made only of apostrophes or emptied by step 0", arguments: [
        "", "'", "''", "'''", "'s", "'s'", "a's", "y's",
    ])
    func degenerateInput(word: String) {
        #expect(EnglishStemmer().stem(word).count <= word.count)
    }
}
