import Foundation
import Testing
@testable import CityVoice

@Suite("Axis scores")
struct AxisScoreTests {
    @Test("Scores follow the definitions: salience, logit position, delta-method SE, relative difference")
    func definitions() {
        let score = AxisScore(axis: "a", positive: 3, negative: 1, tokens: 500, matches: 4)
        #expect(abs(score.salience - 8) < 1e-12)
        #expect(abs(score.theta - log(3.5 / 1.5)) < 1e-12)
        #expect(abs(score.standardError - (1 / 3.5 + 1 / 1.5).squareRoot()) < 1e-12)
        #expect(abs(score.relativeDifference - 0.5) < 1e-12)
    }

    @Test("An axis with no matches sits at 0 with the widest error", arguments: [0, 1, 1000])
    func empty(_ tokens: Int) {
        let score = AxisScore(axis: "a", positive: 0, negative: 0, tokens: tokens, matches: 0)
        #expect(score.theta == 0)
        #expect(score.relativeDifference == 0)
        #expect(score.salience == 0)
        #expect(abs(score.standardError - 2) < 1e-12)
    }

    @Test("The logit equals 2·atanh(RPD) before smoothing, per Lowe et al. (2011)")
    func logitAndRPD() {
        // With large counts the 0.5 smoothing barely matters, so θ ≈ 2·atanh(RPD).
        let score = AxisScore(axis: "a", positive: 3000, negative: 1000, tokens: 100_000, matches: 4000)
        #expect(abs(score.theta - 2 * atanh(score.relativeDifference)) < 1e-3)
    }

    @Test("Weighted matches add up: the analyzer sums weights per pole after cues")
    func analyzerSums() throws {
        let analyzer = Analyzer(lexicon: TestLexicon.lexicon, options: AnalysisOptions(threads: 1))
        let text = "We call for the abolition of residence permits. A residence permit is needed. We reject detention."
        let entry = DocumentEntry(metadata: DocumentMetadata(id: "d", language: "en"), origin: .standardInput(bytes: Array(text.utf8)))
        let analysis = analyzer.analyze(entry)
        let radicalism = try #require(analysis.scores.first { $0.axis == "radicalism" })
        #expect(radicalism.positive == 1)
        #expect(radicalism.negative == 0.5)
        #expect(radicalism.tokens == analysis.wordCount)
        let securitisation = try #require(analysis.scores.first { $0.axis == "securitisation" })
        #expect(securitisation.positive == 1 && securitisation.negative == 0)
    }

    @Test("An empty document is listed as not scored, not skipped")
    func emptyDocument() {
        let analyzer = Analyzer(lexicon: TestLexicon.lexicon)
        let analysis = analyzer.analyze(DocumentEntry(metadata: DocumentMetadata(id: "e"), origin: .standardInput(bytes: Array(" \n ".utf8))))
        #expect(analysis.status == .empty)
        #expect(analysis.findings.map(\.code) == ["empty-document"])
    }
}
