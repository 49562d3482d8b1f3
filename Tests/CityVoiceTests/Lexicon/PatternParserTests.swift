import Testing
@testable import CityVoice

@Suite("PatternParser")
struct PatternParserTests {
    /// Every pattern of the default lexicon and a few broken ones, in every language.
    static func patterns() throws -> [(String, Language)] {
        let lexicon = try LexiconLoader.load(path: BundledCorpus.lexiconPath).lexicon
        var all: [(String, Language)] = []
        for concept in lexicon.concepts {
            for language in Language.allCases {
                for pattern in concept.patterns[language] ?? [] { all.append((pattern, language)) }
            }
        }
        for broken in ["{0,2} asylum", "mi*", "regardless of {0,3}", "~", "a*b", "  "] {
            for language in Language.allCases { all.append((broken, language)) }
        }
        return all
    }

    @Test("Kept parses are the parses made afresh, also after the memo fills up and starts afresh", arguments: [50_000, 7])
    func memoMatchesFreshParses(capacity: Int) throws {
        let memo = ParseMemo(capacity: capacity)
        let patterns = try Self.patterns()
        #expect(patterns.count > 300)
        for _ in 0..<2 {
            for (pattern, language) in patterns {
                let kept = memo.result(for: pattern, language: language) { PatternParser.parseAfresh(pattern, language: language) }
                #expect(kept == PatternParser.parseAfresh(pattern, language: language), "\(pattern) in \(language)")
            }
        }
    }

    @Test("The same text parses differently per language, and the memo keeps them apart")
    func memoKeepsLanguagesApart() {
        // French splits the elided article; English keeps the word whole.
        let french = PatternParser.parse("l'accueil", language: .fr)
        let english = PatternParser.parse("l'accueil", language: .en)
        #expect(french == PatternParser.parseAfresh("l'accueil", language: .fr))
        #expect(english == PatternParser.parseAfresh("l'accueil", language: .en))
        #expect(french != english)
    }
}
