import Testing
@testable import CityVoice

@Suite("Matcher")
struct MatcherTests {
    func lexicon(_ patterns: [Language: [String]]) -> Lexicon {
        var lexicon = TestLexicon.lexicon
        lexicon.concepts = [Concept(id: "c", axis: "narrative", pole: "positive", patterns: patterns)]
        lexicon.cues = [:]
        return lexicon
    }

    func matched(_ pattern: String, _ text: String, _ language: Language = .en) -> [String] {
        TestLexicon.matches(text, language, lexicon: lexicon([language: [pattern]])).map(\.text)
    }

    @Test("Pattern kinds: word, prefix glob, stem, phrase, bounded gap")
    func patternKinds() {
        #expect(matched("asylum", "Asylum seekers and ASYLUM law") == ["Asylum", "ASYLUM"])
        #expect(matched("migra*", "migrants, migration and immigration") == ["migrants", "migration"])
        #expect(matched("~detention", "detentions and detention but not detain") == ["detentions", "detention"])
        #expect(matched("residence permit", "a residence permit and a permit") == ["residence permit"])
        #expect(matched("regardless {0,3} status", "regardless of their legal status; regardless of one two three four status") == ["regardless of their legal status"])
        #expect(matched("safe orderly and regular", "safe, orderly and regular migration") == ["safe, orderly and regular"])
    }

    @Test("Matching ignores case and accents, and sees through elisions")
    func insensitivity() {
        #expect(matched("etat", "L'État et l’etat", .fr) == ["État", "etat"])
        #expect(matched("accueil", "l’accueil inconditionnel", .fr) == ["accueil"])
        #expect(matched("accoglienza", "dell'accoglienza", .it) == ["accoglienza"])
        #expect(matched("l'accueil", "de l’accueil", .fr) == ["l’accueil"])
    }

    @Test("Compounds match whole and by their parts")
    func compounds() {
        #expect(matched("sans-papiers", "les sans-papiers", .fr) == ["sans-papiers"])
        #expect(matched("papiers", "les sans-papiers et leurs papiers", .fr) == ["sans-papiers", "papiers"])
        #expect(matched("multi-level governance", "multi-level governance") == ["multi-level governance"])
    }

    @Test("Phrases do not cross sentences")
    func sentenceBound() {
        #expect(matched("residence permit", "A residence. Permit holders.").isEmpty)
    }

    @Test("The longest match wins and a token counts once")
    func longestMatch() {
        let matches = TestLexicon.matches("We demand the abolition of the residence permit.", .en)
        #expect(matches.map(\.concept) == ["abolish-permit"])
        let both = TestLexicon.matches("The residence permit and the abolition of residence permits.", .en)
        #expect(both.map(\.concept) == ["residence-permit", "abolish-permit"])
    }

    @Test("Matches carry byte offsets into the document")
    func offsets() throws {
        let text = "Les sans-papiers ont droit à l’accueil."
        let match = try #require(TestLexicon.matches(text, .fr, lexicon: lexicon([.fr: ["accueil"]])).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[match.byteStart..<match.byteEnd], as: UTF8.self) == "accueil")
    }

    @Test("Pattern syntax errors say what was expected", arguments: [
        ("{0,3} status", "a pattern cannot start with a gap"),
        ("status {0,3}", "a pattern cannot end with a gap"),
        ("a {0,3} {1,2} b", "two gaps in a row"),
        ("a {3,1} b", "is not a gap"),
        ("mi*", "matches too many words"),
        ("*", "matches every word"),
        ("m*gra", "'*' may only end a word"),
        ("~don't", "exactly one word"),
        ("!!!", "has no words"),
    ])
    func syntaxErrors(_ pattern: String, _ message: String) {
        guard case .failure(let problem) = PatternParser.parse(pattern, language: .en) else {
            Issue.record("'\(pattern)' should not parse")
            return
        }
        #expect(problem.message.contains(message))
    }
}
