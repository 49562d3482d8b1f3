import Foundation
import Testing
@testable import CityVoice

@Suite("Report JSON and its schema")
struct ReportSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = repository.appendingPathComponent("docs/cityvoice.report-1.schema.json")
    static let referenceURL = repository.appendingPathComponent("docs/report-schema.md")

    static func validator() throws -> SchemaValidator {
        let data = try #require(FileManager.default.contents(atPath: schemaURL.path), "missing \(schemaURL.path)")
        return try SchemaValidator(schemaBytes: [UInt8](data))
    }

    static func errors(of report: Report) throws -> [String] {
        try validator().errors(in: JSONDocument(bytes: [UInt8](report.jsonData())).root)
    }

    @Test("A real report's JSON meets the schema")
    func analyzedReportIsValid() throws {
        let report = ReportFixtures.hostile
        #expect(report.documents.contains { !$0.matches.isEmpty })
        #expect(report.documents.flatMap(\.matches).contains { !$0.cues.isEmpty })
        #expect(try Self.errors(of: report) == [])
    }

    @Test("A report with an unscored document, findings and axis correlations meets the schema")
    func tinyReportIsValid() throws {
        let report = ReportFixtures.tiny
        #expect(report.documents.contains { $0.status == .empty })
        #expect(report.comparison?.axisCorrelations != nil)
        #expect(try Self.errors(of: report) == [])
    }

    @Test("A report with a single document (no correlations, no ranks to share) meets the schema")
    func singleDocumentIsValid() throws {
        let report = ReportFixtures.analyzed([(id: "only", title: nil, label: nil, text: "Detention is a burden.")])
        #expect(report.comparison?.axisCorrelations == nil)
        #expect(try Self.errors(of: report) == [])
    }

    @Test("The checker catches a missing member, a wrong type, an unknown value and an undocumented field",
          arguments: [
            ("\"schema\" : \"cityvoice.report/1\"", "\"schema\" : \"cityvoice.report/2\"", "constant"),
            ("\"status\" : \"scored\"", "\"status\" : \"skipped\"", "is not one of"),
            ("\"side\" : \"positive\"", "\"side\" : \"up\"", "is not one of"),
            ("\"tokens\" : ", "\"tokens\" : 0.5, \"ignored\" : ", "expected integer"),
            ("\"flipped\" : false", "\"flipped\" : \"no\"", "expected boolean"),
            ("\"engine\" : \"cityvoice\",", "\"extra\" : 1,", "not in the schema"),
          ])
    func checkerCatchesViolations(original: String, broken: String, expectedProblem: String) throws {
        let json = String(decoding: try ReportFixtures.tiny.jsonData(), as: UTF8.self)
        #expect(json.contains(original), "fixture JSON lacks \(original)")
        let mutated = json.replacingOccurrences(of: original, with: broken)
        let errors = try Self.validator().errors(in: JSONDocument(bytes: Array(mutated.utf8)).root)
        #expect(errors.contains { $0.contains(expectedProblem) }, "\(errors)")
    }

    @Test("The schema uses only keywords the checker understands")
    func schemaKeywordsAreChecked() throws {
        #expect(try Self.validator().unknownKeywords() == [])
    }

    @Test("The schema file carries the version Report writes")
    func schemaVersionMatches() throws {
        let schema = try Self.validator().schema.root
        #expect(schema["properties"]?["schema"]?["const"]?.stringValue == Report.schema)
        #expect(schema["$id"]?.stringValue?.hasSuffix(Report.schema) == true)
        // cityvoice.report/1 lives in cityvoice.report-1.schema.json
        let expectedName = Report.schema.replacingOccurrences(of: "/", with: "-") + ".schema.json"
        #expect(Self.schemaURL.lastPathComponent == expectedName)
    }

    @Test("The schema's enums list exactly the values of the Swift enums")
    func enumsMatch() throws {
        let defs = try #require(try Self.validator().schema.root["$defs"])
        func values(_ node: JSONDocument.Node?) -> [String] { (node?["enum"]?.arrayValue ?? []).compactMap(\.stringValue) }
        #expect(values(defs["cue"]?["properties"]?["kind"]) == CueKind.allCases.map(\.rawValue))
        let cases: [(JSONDocument.Node?, [String], (String) -> Bool)] = [
            (defs["document"]?["properties"]?["status"], ["scored", "empty", "unreadable"], { DocumentStatus(rawValue: $0) != nil }),
            (defs["document"]?["properties"]?["languageSource"], ["declared", "option", "detected"], { LanguageSource(rawValue: $0) != nil }),
            (defs["match"]?["properties"]?["side"], ["negative", "positive"], { PoleSide(rawValue: $0) != nil }),
            (defs["finding"]?["properties"]?["severity"], ["info", "warning"], { Finding.Severity(rawValue: $0) != nil }),
        ]
        for (node, expected, isCase) in cases {
            #expect(values(node) == expected)
            #expect(expected.allSatisfy(isCase))
        }
    }

    @Test("Every field of the schema is described in docs/report-schema.md")
    func referenceDocumentsEveryField() throws {
        let reference = try String(contentsOf: Self.referenceURL, encoding: .utf8)
        var names: [String] = []
        func collect(_ node: JSONDocument.Node) {
            for member in node.objectValue ?? [] {
                if member.key == "properties" { names += (member.value.objectValue ?? []).map(\.key) }
                collect(member.value)
            }
        }
        collect(try Self.validator().schema.root)
        let undocumented = Set(names).filter { !reference.contains("`\($0)`") }.sorted()
        #expect(undocumented == [])
        #expect(reference.contains(Report.schema))
    }

    @Test("JSON round-trips through Report.decode and is byte-identical when written again")
    func roundTrip() throws {
        let data = try ReportFixtures.tiny.jsonData()
        let decoded = try Report.decode(data)
        #expect(decoded == ReportFixtures.tiny)
        #expect(try decoded.jsonData() == data)
    }

    @Test("Match weights are rounded to 6 places in the report, whether or not a match needs it")
    func matchWeightsRounded() {
        var document = DocumentBuilder(id: "alpha-en", label: "Alpha", title: nil, declaration: nil, language: .en, tokens: 12)
        let sentence = document.sentence("Migration is an asset and a burden.")
        document.match("asset", in: sentence, concept: "asset", axis: "narrative", lexiconPole: "positive", side: .positive,
                       weight: 0.5, pattern: "asset*")
        let report = { (builder: DocumentBuilder) in
            Report(analyses: [builder.analysis(lexicon: ReportFixtures.tinyLexicon)], lexicon: ReportFixtures.tinyLexicon,
                   lexiconSHA256: String(repeating: "ab", count: 32), lexiconPath: "tiny.json", options: AnalysisOptions(threads: 1))
        }
        #expect(report(document).documents[0].matches.map(\.weight) == [0.5])
        document.match("burden", in: sentence, concept: "burden", axis: "narrative", lexiconPole: "burden", side: .negative,
                       weight: 2.0 / 3.0, pattern: "burden*")
        #expect(report(document).documents[0].matches.map(\.weight) == [0.5, 0.666667])
    }
}
