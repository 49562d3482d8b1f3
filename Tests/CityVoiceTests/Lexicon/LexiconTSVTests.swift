import Testing
@testable import CityVoice

@Suite("Lexicon TSV")
struct LexiconTSVTests {
    static func fixture() throws -> Lexicon {
        try LexiconLoader.parse(bytes: validLexiconJSON.utf8Array, path: "fixture.json").lexicon
    }

    static let header = "axis\tpole\tconcept\tlanguage\tpattern\tweight\n"

    @Test("export writes one row per pattern, ordered by axis, concept, language and file order")
    func export() throws {
        let tsv = try LexiconTSV.export(Self.fixture(), path: "fixture.json")
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "axis\tpole\tconcept\tlanguage\tpattern\tweight")
        #expect(lines.last == "", "every line ends in \\n")
        #expect(lines.count == 1 + 10 + 1)
        #expect(lines[1] == "radicalism\tradical\tabolish-residence-permit\ten\tabolish* {0,3} residence permit*\t1.5")
        #expect(lines[3] == "radicalism\tradical\tabolish-residence-permit\tfr\tabolition {0,3} titre* de séjour\t1.5")
        #expect(lines[4] == "radicalism\treformist\timprove-reception\ten\timprove* {0,2} reception\t1.0")
        #expect(lines[9] == "securitization\thumanitarian\twelcome\ten\twelcom*\t1.0")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
    }

    @Test("export then import with the lexicon as base gives the same concepts and lexicon")
    func roundTripWithBase() throws {
        let lexicon = try Self.fixture()
        let tsv = try LexiconTSV.export(lexicon, path: "fixture.json")
        let imported = try LexiconTSV.importLexicon(bytes: tsv.utf8Array, path: "fixture.tsv", base: lexicon)
        #expect(imported.lexicon.concepts == lexicon.concepts)
        #expect(imported.lexicon == lexicon)
        #expect(imported.findings == [])
    }

    @Test("without a base, axes are made from the two poles each axis uses")
    func importWithoutBase() throws {
        let tsv = Self.header + """
        openness\topen\twelcome\ten\twelcom*\t
        openness\tclosed\tborders\ten\tborder control*\t2
        openness\tclosed\tborders\tfr\tcontrôle* aux frontières\t

        """
        let imported = try LexiconTSV.importLexicon(bytes: tsv.utf8Array, path: "data/My Lexicon.tsv", base: nil)
        let lexicon = imported.lexicon
        #expect(lexicon.id == "my-lexicon")
        #expect(lexicon.languages == [.en, .fr])
        #expect(lexicon.axes == [Axis(id: "openness", label: "openness", description: "",
                                      negative: Pole(id: "open", label: "open"), positive: Pole(id: "closed", label: "closed"))])
        #expect(lexicon.concepts.map(\.id) == ["welcome", "borders"])
        #expect(lexicon.concepts[0].weight == 1, "an empty weight defaults to 1")
        #expect(lexicon.concepts[1].weight == 2, "an empty weight takes the concept's weight from another row")
        #expect(lexicon.concepts[1].patterns == [.en: ["border control*"], .fr: ["contrôle* aux frontières"]])
        #expect(imported.findings.map(\.code) == ["axis-created", "missing-language", "missing-cues", "missing-cues"])
        #expect(try LexiconLoader.parse(bytes: lexicon.canonicalJSONBytes(), path: "x.json").lexicon == lexicon,
                "the imported lexicon is valid")
    }

    @Test("CRLF line ends and spreadsheet quotes are accepted")
    func spreadsheetQuirks() throws {
        let tsv = "axis\tpole\tconcept\tlanguage\tpattern\tweight\r\nradicalism\tradical\tabolish-residence-permit\ten\t\"abolish* permit*\"\t1.5\r\n"
        let imported = try LexiconTSV.importLexicon(bytes: tsv.utf8Array, path: "x.tsv", base: Self.fixture())
        #expect(imported.lexicon.concepts.map(\.patterns) == [[.en: ["abolish* permit*"]]])
        #expect(imported.lexicon.concepts.first?.description == "Calls to abolish the residence permit.", "descriptions come from the base")
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        let name: String
        let rows: String
        let line: Int
        let field: Int
        let message: String
        let value: String?
        var suggestion: String? = nil
        var problemCount = 1
        var testDescription: String { name }
    }

    static let badRows: [BadRow] = [
        BadRow(name: "too few fields", rows: "radicalism\tradical\tabolish\ten\tabolish*\n",
               line: 2, field: 6, message: "the row has 5 fields", value: "radicalism\tradical\tabolish\ten\tabolish*"),
        BadRow(name: "a tab inside a field", rows: "radicalism\tradical\tabolish\ten\tabolish\tpermit*\t1\n",
               line: 2, field: 7, message: "the row has 7 fields; a field cannot contain a tab", value: "radicalism\tradical\tabolish\ten\tabolish\tpermit*\t1"),
        BadRow(name: "a line break inside a quoted field", rows: "radicalism\tradical\tabolish\ten\t\"abolish\npermit*\"\t1\n",
               line: 2, field: 6, message: "the row has 5 fields; a field cannot contain a line break", value: "radicalism\tradical\tabolish\ten\t\"abolish",
               problemCount: 2),
        BadRow(name: "weight with a decimal comma", rows: "radicalism\tradical\tabolish\ten\tabolish*\t1,5\n",
               line: 2, field: 6, message: "the weight is not a number", value: "1,5", suggestion: "1.5"),
        BadRow(name: "negative weight", rows: "radicalism\tradical\tabolish\ten\tabolish*\t-2\n",
               line: 2, field: 6, message: "the weight must be a finite number greater than 0", value: "-2"),
        BadRow(name: "unknown language", rows: "radicalism\tradical\tabolish\tEnglish\tabolish*\t1\n",
               line: 2, field: 4, message: "unknown language code", value: "English", suggestion: "en"),
        BadRow(name: "invalid pattern", rows: "radicalism\tradical\tabolish\ten\tab*\t1\n",
               line: 2, field: 5, message: "invalid English pattern: 'ab*' matches too many words", value: "ab*"),
        BadRow(name: "invalid concept id", rows: "radicalism\tradical\tAbolish Permits\ten\tabolish*\t1\n",
               line: 2, field: 3, message: "the concept id is not valid", value: "Abolish Permits", suggestion: "abolish-permits"),
        BadRow(name: "pole the base axis does not have", rows: "radicalism\tradicl\tabolish\ten\tabolish*\t1\n",
               line: 2, field: 2, message: "concept 'abolish' names a pole that axis 'radicalism' does not have", value: "radicl", suggestion: "radical"),
        BadRow(name: "weight differs between rows of a concept",
               rows: "radicalism\tradical\tabolish\ten\tabolish*\t1\n\nradicalism\tradical\tabolish\tfr\tabolir\t2\n",
               line: 4, field: 6, message: "concept 'abolish' has weight 2.0 here but 1.0 on line 2", value: "2.0"),
        BadRow(name: "pole differs between rows of a concept",
               rows: "radicalism\tradical\tabolish\ten\tabolish*\t1\nradicalism\treformist\tabolish\tfr\tabolir\t1\n",
               line: 3, field: 2, message: "concept 'abolish' has pole 'reformist' here but 'radical' on line 2", value: "reformist"),
        BadRow(name: "new axis with one pole", rows: "radicalsim\tradical\tabolish\ten\tabolish*\t1\n",
               line: 2, field: 1, message: "axis 'radicalsim' is new (the base lexicon does not define it) and the TSV gives it only the pole 'radical'",
               value: "radicalsim", suggestion: "radicalism"),
        BadRow(name: "new axis with three poles",
               rows: "openness\topen\ta\ten\topen*\t1\nopenness\tclosed\tb\ten\tclos*\t1\nopenness\tajar\tc\ten\tajar\t1\n",
               line: 4, field: 2, message: "axis 'openness' would get a third pole 'ajar' (it has 'open' from line 2 and 'closed' from line 3)", value: "ajar"),
    ]

    @Test("a bad row is reported with its line, field number, value and what was expected", arguments: badRows)
    func badRow(_ bad: BadRow) throws {
        let base = try Self.fixture()
        let error = try #require(lexiconError { try LexiconTSV.importLexicon(bytes: (Self.header + bad.rows).utf8Array, path: "x.tsv", base: base) })
        #expect(error.problems.count == bad.problemCount, "\(error.problems)")
        let problem = try #require(error.problems.first)
        #expect(problem.line == bad.line)
        #expect(problem.column == bad.field)
        #expect(problem.message == bad.message)
        #expect(problem.value == bad.value)
        #expect(problem.suggestion == bad.suggestion)
    }

    @Test("all bad rows are reported together, and the hint explains the TSV layout")
    func severalBadRows() throws {
        let tsv = Self.header + "radicalism\tradical\ta\ten\tab*\t1\nradicalism\tradical\tb\txx\tabolish*\tone\n"
        let error = try #require(lexiconError { try LexiconTSV.importLexicon(bytes: tsv.utf8Array, path: "x.tsv", base: Self.fixture()) })
        #expect(error.problems.map { "\($0.line):\($0.column)" } == ["2:5", "3:4", "3:6"])
        let lines = error.description.split(separator: "\n")
        #expect(lines[0] == "x.tsv:2:5: invalid English pattern: 'ab*' matches too many words — found 'ab*', expected at least 3 letters before '*'")
        #expect(lines.last?.hasPrefix("hint: a lexicon TSV has the header line") == true)
    }

    @Test("a wrong header is reported at the first wrong column name")
    func wrongHeader() throws {
        let tsv = "axis\tpole\tconcpt\tlanguage\tpattern\tweight\nradicalism\tradical\ta\ten\tabolish*\t1\n"
        let error = try #require(lexiconError { try LexiconTSV.importLexicon(bytes: tsv.utf8Array, path: "x.tsv", base: nil) })
        #expect(error.problems == [LexiconProblem(line: 1, column: 3, message: "the first line must be the header with the columns axis, pole, concept, language, pattern, weight",
                                                  value: "concpt", expected: "the column name 'concept'", suggestion: "concept")])
        #expect(error.description.hasPrefix("x.tsv:1:3: the first line must be the header with the columns axis, pole, concept"))
    }

    @Test("export refuses a pattern with a tab or line break, which a TSV field cannot hold")
    func exportRefusesTabs() throws {
        var lexicon = try Self.fixture()
        lexicon.concepts[0].patterns[.en] = ["abolish\tpermit*"]
        let error = try #require(lexiconError { try LexiconTSV.export(lexicon, path: "fixture.json") })
        #expect(error.problems.count == 1)
        #expect(error.problems[0].value == "abolish\tpermit*")
        #expect(error.problems[0].message.contains("contains a tab or line break"))
    }
}
