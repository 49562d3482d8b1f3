import Foundation
import Testing
@testable import CityVoice

@Suite("Matcher agrees with the reference matcher")
struct MatcherReferenceTests {
    static let bundledLexicon: Lexicon? = try? LexiconLoader.load(path: BundledCorpus.lexiconPath).lexicon

    static let corpusTexts: [[UInt8]] = {
        let folder = BundledCorpus.root.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.compactMap { name in (try? Data(contentsOf: folder.appendingPathComponent(name))).map { [UInt8]($0) } }
    }()

    /// The test lexicon with a stem pattern added, so that stems are bound too, and patterns
    /// with gaps wider than most, so that walks reach far ahead.
    static let testLexicon: Lexicon = {
        var lexicon = TestLexicon.lexicon
        lexicon.concepts.append(Concept(id: "stem", axis: "securitisation", pole: "anti-securitisation", patterns: [
            .en: ["~protection {0,2} ~right*"], .fr: ["~protection"], .es: ["~protección"], .it: ["~protezione"],
        ]))
        lexicon.concepts.append(Concept(id: "far", axis: "narrative", pole: "positive", patterns: [
            .en: ["city {3,14} asset*", "we {0,9} city"], .fr: ["ville {2,12} chance"], .es: ["carga {0,10} oportunidad*"],
            .it: ["onere {5,11} risorsa"],
        ]))
        return lexicon
    }()

    /// A text made of the lexicon's own words, cue words, fillers, list items and colons, so that
    /// targets, overlapping candidates, cues in and out of the window and inherited cues abound.
    static func text(for lexicon: Lexicon, _ language: Language, seed: UInt64, count: Int) -> [UInt8] {
        var words: [String] = []
        var sources = lexicon.concepts.flatMap { $0.patterns[language] ?? [] }
        if let cues = lexicon.cues[language] {
            sources += cues.negators + cues.pseudoNegators + cues.oppositionBefore + cues.oppositionAfter + cues.support
                + cues.terminators + cues.negationPairs.flatMap { $0 }
        }
        for source in sources {
            for chunk in source.split(separator: " ") where !chunk.hasPrefix("{") {
                var word = String(chunk)
                if word.hasPrefix("~") { word.removeFirst() }
                if word.hasSuffix("*") { word.removeLast(); word += ["", "s", "ion", "es", "ation"][word.count % 5] }
                words.append(word)
            }
        }
        words += ["the", "la", "de", "and", "et", "y", "e", "city", "ville", "we", "nous", "2024", "Europe"]
        let separators = [" ", " ", " ", " ", ", ", ". ", "; ", ": ", ":\n1. ", "\n2) ", "\n- ", "\n• ", "! ", "\n\n", " - ", " (", ") "]
        var generator = TrickyText.Generator(state: seed)
        var text = ""
        for index in 0..<count {
            var word = words[generator.below(words.count)]
            if generator.below(7) == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            text += word
            text += index % 3 == 0 ? separators[generator.below(separators.count)] : " "
        }
        return Array(text.utf8)
    }

    func expectSameMatches(_ bytes: [UInt8], _ lexicon: Lexicon, _ language: Language, window: Int? = nil, _ label: String) {
        let text = Tokenizer(language: language).tokenize(bytes)
        let compiled = CompiledLexicon(lexicon: lexicon, language: language)
        let fast = Matcher(lexicon: compiled, window: window).matches(in: text)
        let reference = ReferenceMatcher(lexicon: compiled, window: window).matches(in: text)
        #expect(fast.count == reference.count, "\(label): \(fast.count) matches, reference \(reference.count)")
        for (one, other) in zip(fast, reference) where one != other {
            #expect(one == other, "\(label)")
            return
        }
    }

    @Test("On the bundled corpus with the bundled lexicon, in every language", arguments: [Language.en, .fr, .es, .it])
    func bundled(_ language: Language) throws {
        let lexicon = try #require(Self.bundledLexicon)
        #expect(Self.corpusTexts.count >= 14)
        for (index, bytes) in Self.corpusTexts.enumerated() {
            expectSameMatches(bytes, lexicon, language, "corpus text \(index)")
        }
    }

    @Test("On generated texts dense in targets and cues, with several windows", arguments: Array(UInt64(1)...6))
    func generated(_ seed: UInt64) throws {
        let bundled = try #require(Self.bundledLexicon)
        for language in [Language.en, .fr, .es, .it] {
            for lexicon in [bundled, Self.testLexicon] {
                let bytes = Self.text(for: lexicon, language, seed: seed, count: 4_000)
                for window in [nil, 0, 1, 3, 12] {
                    expectSameMatches(bytes, lexicon, language, window: window, "seed \(seed), \(lexicon.id), \(language.rawValue), window \(window ?? -1)")
                }
            }
        }
    }

    @Test("On generated texts of long sentences, dense in targets and cues", arguments: [40, 63, 64, 65, 80, 130, 1_000])
    func longSentences(_ length: Int) throws {
        let bundled = try #require(Self.bundledLexicon)
        for language in [Language.en, .fr] {
            for lexicon in [bundled, Self.testLexicon] {
                // Sentences of about `length` words, each with many overlapping candidates.
                let words = String(decoding: Self.text(for: lexicon, language, seed: UInt64(length), count: 3_000), as: UTF8.self)
                    .replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "!", with: ",")
                    .replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\n", with: " ")
                    .split(separator: " ")
                let text = words.enumerated().map { $0.offset % length == length - 1 ? $0.element + "." : String($0.element) }
                    .joined(separator: " ")
                for window in [nil, 3, 12] {
                    expectSameMatches(Array(text.utf8), lexicon, language, window: window,
                                      "sentences of \(length) words, \(lexicon.id), \(language.rawValue), window \(window ?? -1)")
                }
            }
        }
    }

    /// Lists introduced by colons: sentences with cues and no target, with targets and no cue,
    /// with both, list items of every kind, and sentences that break the list.
    static func listText(for lexicon: Lexicon, _ language: Language, seed: UInt64, count: Int) -> [UInt8] {
        let targets = lexicon.concepts.flatMap { $0.patterns[language] ?? [] }
            .filter { !$0.contains("{") && !$0.contains("~") }.map { $0.replacingOccurrences(of: "*", with: "") }
        let cueLists = lexicon.cues[language]
        let cues = (cueLists.map { $0.negators + $0.oppositionBefore + $0.support + $0.terminators + $0.pseudoNegators } ?? [])
            .map { $0.replacingOccurrences(of: "*", with: "") }
        let fillers = ["the", "city", "we", "of", "la", "ville", "2024"]
        let markers = ["1. ", "2) ", "a) ", "- ", "• ", "– ", "* ", "", "12. ", "Then "]
        let ends = [":\n", ":\n", ". ", ".\n", "; ", " :\n"]
        var generator = TrickyText.Generator(state: seed)
        func pick(_ list: [String]) -> String { list.isEmpty ? "" : list[generator.below(list.count)] }
        var text = ""
        for _ in 0..<count {
            text += pick(markers)
            for _ in 0..<(1 + generator.below(5)) {
                switch generator.below(4) {
                case 0: text += pick(targets)
                case 1: text += pick(cues)
                default: text += pick(fillers)
                }
                text += " "
            }
            text += pick(ends)
        }
        return Array(text.utf8)
    }

    @Test("On generated lists introduced by colons", arguments: Array(UInt64(1)...4))
    func lists(_ seed: UInt64) throws {
        let bundled = try #require(Self.bundledLexicon)
        var inherited = 0
        for language in [Language.en, .fr, .es, .it] {
            for lexicon in [bundled, Self.testLexicon] {
                let bytes = Self.listText(for: lexicon, language, seed: seed, count: 600)
                for window in [nil, 2] {
                    expectSameMatches(bytes, lexicon, language, window: window, "lists, seed \(seed), \(lexicon.id), \(language.rawValue), window \(window ?? -1)")
                }
                // The texts are meant to hand cues on to list items: count the matches that got some.
                let text = Tokenizer(language: language).tokenize(bytes)
                for match in Matcher(lexicon: CompiledLexicon(lexicon: lexicon, language: language)).matches(in: text) {
                    let sentenceStart = Int(text.tokens.starts[text.tokens.sentenceRange(match.sentence).lowerBound])
                    if match.cues.contains(where: { $0.byteStart < sentenceStart }) { inherited += 1 }
                }
            }
        }
        #expect(inherited > 20, "\(inherited) matches with cues handed on from a colon")
    }

    /// The sentences `matches` are in, once each, in text order, as written without trailing
    /// space: what the matcher's evidence sentences must be, worked out afterwards from the text.
    static func referenceSentences(of matches: [Match], in text: TokenizedText) -> [EvidenceSentence] {
        var sentences: [EvidenceSentence] = []
        for match in matches where sentences.last?.index != match.sentence {
            var tokens = text.tokens.sentenceRange(match.sentence)
            while !tokens.isEmpty && text.tokens.kinds[tokens.upperBound - 1] == .space { tokens = tokens.lowerBound..<(tokens.upperBound - 1) }
            let range = text.byteRange(ofTokens: tokens)
            sentences.append(EvidenceSentence(index: match.sentence, byteStart: range.lowerBound, byteEnd: range.upperBound,
                                              text: text.text(bytes: range)))
        }
        return sentences
    }

    @Test("Evidence sentences are the matches' sentences, once each, as written without trailing space",
          arguments: [Language.en, .fr, .es, .it])
    func evidenceSentences(_ language: Language) throws {
        let lexicon = try #require(Self.bundledLexicon)
        let compiled = CompiledLexicon(lexicon: lexicon, language: language)
        var texts = Self.corpusTexts
        texts += (UInt64(1)...3).map { Self.text(for: lexicon, language, seed: $0, count: 2_000) }
        // Sentences ending in runs of spaces, a text ending in spaces, invalid bytes inside a matched sentence.
        let edges = Array("Migration  is an asset.   \n\n  Refugees are welcome \u{00A0} \t".utf8) + [0xFF]
            + Array(" asset \u{2009}and migration.   ".utf8)
        texts.append(edges)
        var workspace = MatcherWorkspace()
        var sentences = 0
        for bytes in texts {
            let text = Tokenizer(language: language).tokenize(bytes)
            let found = Matcher(lexicon: compiled).matches(in: text, stems: nil, workspace: &workspace)
            let reference = Self.referenceSentences(of: found.matches, in: text)
            #expect(found.sentences == reference)
            sentences += found.sentences.count
        }
        #expect(sentences > 200)
    }

    @Test("The matcher reuses its workspace from one text to the next without carrying anything over")
    func workspaceReuse() throws {
        let lexicon = try #require(Self.bundledLexicon)
        let compiled = CompiledLexicon(lexicon: lexicon, language: .fr)
        let matcher = Matcher(lexicon: compiled)
        var workspace = MatcherWorkspace()
        for seed in [UInt64(3), 1, 2, 3] {
            let text = Tokenizer(language: .fr).tokenize(Self.text(for: lexicon, .fr, seed: seed, count: 1_000 * Int(seed)))
            let reused = matcher.matches(in: text, stems: nil, workspace: &workspace).matches
            let reference = ReferenceMatcher(lexicon: compiled).matches(in: text)
            #expect(reused.count == reference.count, "seed \(seed)")
            #expect(Array(zip(reused, reference)).firstIndex { $0.0 != $0.1 } == nil, "seed \(seed): first differing match")
        }
    }
}
