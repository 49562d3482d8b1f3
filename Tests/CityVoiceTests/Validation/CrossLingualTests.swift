import Foundation
import Testing
@testable import CityVoice

/// The two versions of one declaration must land in the same place.
@Suite("Cross-lingual consistency of the bundled corpus")
struct CrossLingualTests {
    @Test("Each declaration's two versions get the same rank on every axis among the seven")
    func sameRanks() throws {
        let report = try BundledCorpus.report.get()
        let versions = BundledCorpus.versions(report)
        let declarations = versions[0].documents.keys.sorted()
        #expect(declarations.count == 7)
        for axis in report.axes.map(\.id) {
            let ranks = versions.map { _, documents in
                Comparison.competitionRanks(declarations.map { documents[$0]?.scores.first { $0.axis == axis }?.theta ?? 0 })
            }
            for (index, declaration) in declarations.enumerated() {
                #expect(ranks[0][index] == ranks[1][index],
                        "\(declaration) on \(axis): rank \(ranks[0][index]) in English, \(ranks[1][index]) in the original language")
            }
        }
    }

    @Test("Each version is closer to its twin than to any other declaration (standardized distance)")
    func nearestTwin() throws {
        let report = try BundledCorpus.report.get()
        let comparison = try #require(report.comparison)
        let declarationOf = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.id, $0.metadata.declaration ?? $0.id) })
        for (row, id) in comparison.documents.enumerated() {
            let twin = try #require(comparison.documents.indices.first { $0 != row && declarationOf[comparison.documents[$0]] == declarationOf[id] })
            for other in comparison.documents.indices where declarationOf[comparison.documents[other]] != declarationOf[id] {
                #expect(comparison.distances[row][twin] < comparison.distances[row][other],
                        "\(id): twin at \(comparison.distances[row][twin]), \(comparison.documents[other]) at \(comparison.distances[row][other])")
            }
        }
    }
}
