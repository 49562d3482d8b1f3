import Testing
@testable import CityVoice

@Suite("Comparison matrices")
struct ComparisonTests {
    @Test("Competition ranks: 1 is the highest, ties share the best rank")
    func ranks() {
        #expect(Comparison.competitionRanks([0.5, 2, 0.5, -1]) == [2, 1, 2, 4])
    }

    @Test("Average ranks share ties")
    func averageRanks() {
        #expect(Comparison.averageRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
    }

    @Test("Spearman's ρ is 1 for monotone, -1 for reversed, nil for constant columns")
    func spearman() {
        #expect(Comparison.spearman([1, 2, 3, 4], [10, 20, 25, 100]) == 1)
        #expect(Comparison.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(Comparison.spearman([1, 2, 3], [5, 5, 5]) == nil)
        // A textbook example with ties: ρ = 0.8 for x = 1…5, y = 2,1,4,3,5.
        let rho = Comparison.spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])!
        #expect(abs(rho - 0.8) < 1e-12)
    }

    @Test("Standardized positions have mean 0 and sample SD 1; constant axes give 0")
    func standardized() {
        let z = Comparison.standardized([1, 2, 3])
        #expect(z == [-1, 0, 1])
        #expect(Comparison.standardized([2, 2, 2]) == [0, 0, 0])
    }

    @Test("Distances and similarities are symmetric with a zero / one diagonal")
    func matrices() {
        func analysis(_ id: String, _ counts: [(Double, Double)], concepts: [Int]) -> DocumentAnalysis {
            DocumentAnalysis(metadata: DocumentMetadata(id: id), path: id, sha256: "", byteCount: 0, status: .scored, language: .en,
                             languageSource: .declared, languageGuess: nil, wordCount: 100, sentenceCount: 1, invalidUTF8Sequences: 0,
                             matches: [], sentences: [],
                             scores: counts.enumerated().map { AxisScore(axis: "a\($0.offset)", positive: $0.element.0, negative: $0.element.1, tokens: 100, matches: 0) },
                             conceptCounts: concepts, findings: [])
        }
        let docs = [analysis("x", [(3, 0), (0, 1)], concepts: [3, 1]), analysis("y", [(0, 3), (1, 1)], concepts: [0, 2]),
                    analysis("z", [(1, 1), (2, 0)], concepts: [1, 1])]
        let comparison = Comparison(scored: docs, axes: ["a0", "a1"])
        for i in 0..<3 {
            #expect(comparison.distances[i][i] == 0)
            #expect(abs(comparison.similarities[i][i] - 1) < 1e-12)
            for j in 0..<3 {
                #expect(comparison.distances[i][j] == comparison.distances[j][i])
                #expect(comparison.similarities[i][j] == comparison.similarities[j][i])
            }
        }
        #expect(comparison.ranks.map { $0[0] } == [1, 3, 2])
        #expect(comparison.axisCorrelations?.count == 2)
        #expect(Comparison(scored: Array(docs.prefix(2)), axes: ["a0", "a1"]).axisCorrelations == nil)
    }
}
