import Foundation
import Testing
@testable import CityVoice

/// The scholarly reading the default lexicon must reproduce (Lacroix 2023, "The Form and
/// Content of a 'City Voice' on Migration Issues", and the sources in the codebook), as
/// constraints on positions θ, checked on each language version of the corpus.
@Suite("Scholarly reading of the bundled corpus")
struct ScholarlyReadingTests {
    /// "`higher` is above every one of `lower` on `axis`".
    struct Constraint: Sendable, CustomTestStringConvertible {
        var axis: String
        var higher: [String]
        var lower: [String]
        var text: String
        var testDescription: String { text }
    }

    static let constraints: [Constraint] = [
        Constraint(axis: "radicalism", higher: ["palermo", "anvita"], lower: ["mechelen", "marrakech", "sello-migrante", "strasbourg"],
                   text: "Palermo and ANVITA more radical than Mechelen, Marrakech, Sello Migrante and Strasbourg"),
        Constraint(axis: "radicalism", higher: ["uclg-africa"], lower: ["sello-migrante", "mechelen"],
                   text: "the Africa charter more radical than Sello Migrante and Mechelen"),
        Constraint(axis: "mobility", higher: ["palermo"], lower: ["mechelen", "marrakech", "anvita", "uclg-africa", "sello-migrante", "strasbourg"],
                   text: "Palermo highest of all on the right to mobility"),
        Constraint(axis: "access", higher: ["marrakech", "anvita", "strasbourg"], lower: ["sello-migrante"],
                   text: "Marrakech, ANVITA and Strasbourg above Sello Migrante on unconditional access"),
        Constraint(axis: "securitisation", higher: ["palermo", "uclg-africa"], lower: ["mechelen", "marrakech", "sello-migrante", "strasbourg"],
                   text: "Palermo and the Africa charter above Mechelen, Marrakech, Sello Migrante and Strasbourg on anti-securitisation"),
        Constraint(axis: "citizenship", higher: ["palermo"], lower: ["mechelen", "marrakech", "strasbourg"],
                   text: "Palermo above Mechelen, Marrakech and Strasbourg on citizenship and participation"),
    ]

    /// θ of `declaration` on `axis` in one version set.
    static func theta(_ documents: [String: DocumentReport], _ declaration: String, _ axis: String) -> Double? {
        documents[declaration]?.scores.first { $0.axis == axis }?.theta
    }

    @Test("Each constraint holds in both language versions", arguments: constraints)
    func constraint(_ constraint: Constraint) throws {
        let report = try BundledCorpus.report.get()
        for (name, documents) in BundledCorpus.versions(report) {
            for high in constraint.higher {
                for low in constraint.lower {
                    let h = try #require(Self.theta(documents, high, constraint.axis))
                    let l = try #require(Self.theta(documents, low, constraint.axis))
                    #expect(h > l, "\(name): \(high) (θ \(h)) should be above \(low) (θ \(l)) on \(constraint.axis)")
                }
            }
        }
    }

    @Test("Marrakech and Mechelen are in the top three on recognition of local authorities, in both versions")
    func governanceTopThree() throws {
        let report = try BundledCorpus.report.get()
        for (name, documents) in BundledCorpus.versions(report) {
            let thetas = documents.mapValues { $0.scores.first { $0.axis == "governance" }?.theta ?? 0 }
            for declaration in ["marrakech", "mechelen"] {
                let own = try #require(thetas[declaration])
                let above = thetas.values.filter { $0 > own }.count
                #expect(above < 3, "\(name): \(declaration) has \(above) declarations above it on governance")
            }
        }
    }

    @Test("The table of constraints, printed: which hold in which version")
    func printTable() throws {
        let report = try BundledCorpus.report.get()
        var lines = ["constraint | English | original language"]
        for constraint in Self.constraints {
            let holds = BundledCorpus.versions(report).map { _, documents in
                constraint.higher.allSatisfy { high in
                    constraint.lower.allSatisfy { low in
                        (Self.theta(documents, high, constraint.axis) ?? 0) > (Self.theta(documents, low, constraint.axis) ?? 0)
                    }
                } ? "holds" : "FAILS"
            }
            lines.append("\(constraint.text) | \(holds.joined(separator: " | "))")
        }
        print(lines.joined(separator: "\n"))
        #expect(lines.count == Self.constraints.count + 1)
    }
}
