import Foundation
import Testing
@testable import CityVoice

/// A strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF or LF;
/// a quoted field may hold commas, line breaks and doubled quotes; nothing may follow a
/// closing quote but a comma or a line break; a quote inside an unquoted field is an error.
enum RFC4180 {
    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var fieldWasQuoted = false
        func endField() { record.append(field); field = ""; fieldWasQuoted = false }
        func endRecord() { endField(); records.append(record); record = [] }
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"":
                guard field.isEmpty && !fieldWasQuoted else { throw SyntaxError(description: "quote inside an unquoted field, record \(records.count + 1)") }
                fieldWasQuoted = true
                var closed = false
                while let inner = scalars.popFirst() {
                    if inner == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { closed = true; break }
                    } else {
                        field.unicodeScalars.append(inner)
                    }
                }
                guard closed else { throw SyntaxError(description: "unterminated quoted field, record \(records.count + 1)") }
                if let next = scalars.first, next != ",", next != "\n", next != "\r" {
                    throw SyntaxError(description: "'\(next)' after a closing quote, record \(records.count + 1)")
                }
            case ",":
                endField()
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                endRecord()
            case "\n":
                endRecord()
            default:
                guard !fieldWasQuoted else { throw SyntaxError(description: "text after a closing quote, record \(records.count + 1)") }
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}

@Suite("CSV reports")
struct ReportCSVTests {
    @Test("The reader itself follows RFC 4180", arguments: [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("\"x, y\",\"say \"\"hi\"\"\"\n", [["x, y", "say \"hi\""]]),
        ("\"two\nlines\",\n", [["two\nlines", ""]]),
        (",,\n", [["", "", ""]]),
    ])
    func readerWorks(text: String, expected: [[String]]) throws {
        #expect(try RFC4180.records(text) == expected)
    }

    @Test("The reader rejects malformed CSV", arguments: ["a\"b,c\n", "\"open,c\n", "\"x\"y,c\n"])
    func readerRejects(text: String) {
        #expect(throws: RFC4180.SyntaxError.self) { try RFC4180.records(text) }
    }

    @Test("Titles with commas, quotes and line breaks come back intact from the tidy table")
    func awkwardTitlesRoundTrip() throws {
        let report = ReportFixtures.tiny
        let records = try RFC4180.records(report.tidyCSV())
        let header = try #require(records.first)
        #expect(header == ["document", "label", "title", "language", "status", "axis", "negative_pole", "positive_pole",
                           "P", "N", "T", "matches", "salience", "theta", "se", "relative_difference", "rank"])
        #expect(records.count == 1 + report.documents.count * report.axes.count)
        #expect(records.allSatisfy { $0.count == header.count })
        let titles = records.dropFirst().map { $0[2] }
        #expect(titles.contains("Alpha Charter, \"draft\" <2015>"))
        #expect(titles.contains("Beta declaration\nsecond line"))
    }

    @Test("Every number in the tidy table is the report's number, and unscored rows are empty")
    func tidyNumbersMatch() throws {
        let report = ReportFixtures.tiny
        let records = try RFC4180.records(report.tidyCSV()).dropFirst()
        for record in records {
            let document = try #require(report.document(record[0]))
            guard document.status == .scored else {
                #expect(record[4] == document.status.rawValue)
                #expect(record[8...].allSatisfy { $0.isEmpty })
                continue
            }
            let score = try #require(document.scores.first { $0.axis == record[5] })
            #expect(Double(record[8]) == score.positive)
            #expect(Double(record[9]) == score.negative)
            #expect(Int(record[10]) == score.tokens)
            #expect(Double(record[13]) == score.theta)
            #expect(Double(record[14]) == score.standardError)
            #expect(Int(record[16]) == score.rank)
        }
    }

    @Test("The matrices read back as square tables with the documents and axes as names")
    func matricesRoundTrip() throws {
        let report = ReportFixtures.tiny
        let comparison = try #require(report.comparison)
        let files = report.csvFiles()
        #expect(files.map(\.name) == ["scores.csv", "positions.csv", "standard-errors.csv", "distances.csv", "similarities.csv",
                                      "axis-correlations.csv"])
        for file in files.dropFirst() {
            let records = try RFC4180.records(file.csv)
            let rows = file.name == "axis-correlations.csv" ? comparison.axes : comparison.documents
            let columns = ["positions.csv", "standard-errors.csv"].contains(file.name) ? comparison.axes
                : file.name == "axis-correlations.csv" ? comparison.axes : comparison.documents
            #expect(records.first.map { Array($0.dropFirst()) } == columns, "\(file.name)")
            #expect(records.dropFirst().map { $0[0] } == rows, "\(file.name)")
            #expect(records.allSatisfy { $0.count == columns.count + 1 }, "\(file.name)")
        }
        let distances = try RFC4180.records(try #require(files.first { $0.name == "distances.csv" }).csv)
        #expect(distances.dropFirst().enumerated().allSatisfy { Double($0.element[$0.offset + 1]) == 0 })
    }

    @Test("Real-valued columns always carry a decimal point and counts never do, so column types do not depend on the data")
    func stableColumnTypes() throws {
        let records = try RFC4180.records(ReportFixtures.tiny.tidyCSV())
        let header = try #require(records.first)
        let scored = records.dropFirst().filter { $0[4] == "scored" }
        for (column, name) in header.enumerated() {
            let values = scored.map { $0[column] }
            if ["P", "N", "salience", "theta", "se", "relative_difference"].contains(name) {
                #expect(values.allSatisfy { $0.contains(".") && Double($0) != nil }, "\(name): \(values)")
            } else if ["T", "matches", "rank"].contains(name) {
                #expect(values.allSatisfy { Int($0) != nil }, "\(name): \(values)")
            }
        }
        let distances = try RFC4180.records(Report.matrixCSV(rowNames: ["a"], columnNames: ["a"], values: [[0]], corner: "document"))
        #expect(distances == [["document", "a"], ["a", "0.0"]])
    }

    @Test("Row names with commas and quotes are quoted in matrices")
    func awkwardRowNames() throws {
        let csv = Report.matrixCSV(rowNames: ["a,b", "say \"x\""], columnNames: ["c\nd"], values: [[1.5], [nil]], corner: "document")
        #expect(try RFC4180.records(csv) == [["document", "c\nd"], ["a,b", "1.5"], ["say \"x\"", ""]])
    }

    @Test("Numbers use a fixed format: no exponent, no trailing zeros, no negative zero",
          arguments: [(0.000001, "0.000001", "0.000001"), (-0.0, "0", "0.0"), (1e-9, "0", "0.0"), (1234567.5, "1234567.5", "1234567.5"),
                      (-2.25, "-2.25", "-2.25"), (3, "3", "3.0")])
    func numberFormat(value: Double, plain: String, decimal: String) {
        #expect(NumberFormat.plain(value) == plain)
        #expect(NumberFormat.decimal(value) == decimal)
    }
}
