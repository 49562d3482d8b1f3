import Foundation
import Testing
@testable import CityVoice

@Suite("Analyzer workspace")
struct AnalyzerWorkspaceTests {
    /// Documents in several languages, one after the other on one worker: bundled texts,
    /// dense generated texts, an empty one and one with invalid UTF-8.
    static func entries() throws -> [DocumentEntry] {
        let folder = BundledCorpus.root.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var entries: [DocumentEntry] = []
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let language = name.split(separator: ".").dropLast().last.map(String.init)
            entries.append(DocumentEntry(metadata: DocumentMetadata(id: name, language: language), origin: .standardInput(bytes: bytes)))
        }
        for (index, language) in [Language.fr, .en, .it, .es, .fr].enumerated() {
            let bytes = MatcherReferenceTests.text(for: TestLexicon.lexicon, language, seed: UInt64(index + 1), count: 1_500)
            entries.append(DocumentEntry(metadata: DocumentMetadata(id: "generated-\(index)", language: language.rawValue),
                                         origin: .standardInput(bytes: bytes)))
        }
        entries.insert(DocumentEntry(metadata: DocumentMetadata(id: "empty", language: "fr"), origin: .standardInput(bytes: [])), at: 3)
        entries.insert(DocumentEntry(metadata: DocumentMetadata(id: "invalid", language: "en"),
                                     origin: .standardInput(bytes: Array("We reject detention \u{FF} here.".utf8) + [0xC3, 0x20, 0xE2, 0x80])), at: 5)
        return entries
    }

    @Test("Analyzing documents in turn with reused buffers gives what analyzing each afresh gives")
    func reuseChangesNothing() throws {
        let entries = try Self.entries()
        let analyzer = Analyzer(lexicon: TestLexicon.lexicon, options: AnalysisOptions(threads: 1))
        let inTurn = analyzer.analyze(Corpus(entries: entries))
        #expect(inTurn.count == entries.count)
        for (entry, reused) in zip(entries, inTurn) {
            let fresh = analyzer.analyze(entry)
            let label = entry.metadata.id
            #expect(reused.status == fresh.status, "\(label)")
            #expect(reused.sha256 == fresh.sha256, "\(label)")
            #expect(reused.language == fresh.language, "\(label)")
            #expect(reused.wordCount == fresh.wordCount, "\(label)")
            #expect(reused.sentenceCount == fresh.sentenceCount, "\(label)")
            #expect(reused.invalidUTF8Sequences == fresh.invalidUTF8Sequences, "\(label)")
            #expect(reused.matches == fresh.matches, "\(label)")
            #expect(reused.sentences == fresh.sentences, "\(label)")
            #expect(reused.scores == fresh.scores, "\(label)")
            #expect(reused.conceptCounts == fresh.conceptCounts, "\(label)")
            #expect(reused.findings == fresh.findings, "\(label)")
        }
        #expect(inTurn.contains { !$0.matches.isEmpty })
        #expect(inTurn.contains { $0.invalidUTF8Sequences > 0 })
    }

    @Test("A reused tokenizer workspace gives the tokens and vocabulary of a fresh tokenizer",
          arguments: [FormCache.limit, 40])
    func tokenizerReuse(formLimit: Int) throws {
        var workspace = TokenizerWorkspace(formLimit: formLimit)
        var restarts = 0
        for entry in try Self.entries() {
            guard case .standardInput(let bytes) = entry.origin else { continue }
            let language = entry.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
            let formsBefore = workspace.forms[language]?.formCount ?? 0
            var reused = Tokenizer(language: language).tokenize(bytes, workspace: &workspace)
            let fresh = Tokenizer(language: language).tokenize(bytes)
            #expect(reused.tokens == fresh.tokens, "\(entry.metadata.id)")
            #expect(reused.vocabulary.count == fresh.vocabulary.count, "\(entry.metadata.id)")
            #expect((0..<Int32(fresh.vocabulary.count)).allSatisfy {
                reused.vocabulary.form($0) == fresh.vocabulary.form($0) && reused.vocabulary.key(ofForm: $0) == fresh.vocabulary.key(ofForm: $0)
                    && reused.vocabulary.parts(of: $0) == fresh.vocabulary.parts(of: $0)
            }, "\(entry.metadata.id)")
            #expect(reused.invalidUTF8Sequences == fresh.invalidUTF8Sequences, "\(entry.metadata.id)")
            // The cache kept between texts stays within the limit; one the text took beyond it is dropped.
            let formsAfter = workspace.forms[language]?.formCount
            #expect((formsAfter ?? 0) <= formLimit, "\(entry.metadata.id)")
            if formsAfter == nil { restarts += 1 }
            if formsBefore == 0, let formsAfter {
                // A cache started afresh holds this text's forms only.
                var alone = TokenizerWorkspace()
                _ = Tokenizer(language: language).tokenize(bytes, workspace: &alone)
                #expect(formsAfter == alone.forms[language]?.formCount, "\(entry.metadata.id)")
            }
            workspace.recycle(&reused)
        }
        // With a small limit the caches start afresh between texts, and results stay the same.
        #expect((restarts > 0) == (formLimit < 1_000))
    }
}
