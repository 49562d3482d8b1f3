import Testing
@testable import CityVoice

@Suite("Lexicon loader")
struct LexiconLoaderTests {
    @Test("a valid lexicon loads with its axes, concepts, cues and file hash")
    func validLexiconLoads() throws {
        let loaded = try LexiconLoader.parse(bytes: validLexiconJSON.utf8Array, path: "test.json")
        let lexicon = loaded.lexicon
        #expect(lexicon.id == "test-migration")
        #expect(lexicon.version == "1.0.0")
        #expect(lexicon.languages == [.en, .fr])
        #expect(lexicon.window == 6)
        #expect(lexicon.axes.map(\.id) == ["radicalism", "securitization"])
        #expect(lexicon.axes[0].negative == Pole(id: "reformist", label: "Reformist"))
        #expect(lexicon.concepts.map(\.id) == ["abolish-residence-permit", "improve-reception", "border-control", "welcome"])
        #expect(lexicon.concepts[0].weight == 1.5)
        #expect(lexicon.concepts[1].weight == 1, "weight defaults to 1")
        #expect(lexicon.concepts[3].description == "", "description defaults to empty")
        #expect(lexicon.concepts[0].patterns[.en] == ["abolish* {0,3} residence permit*", "abolition of {0,3} residence permit*"])
        #expect(lexicon.cues[.fr]?.negationPairs == [["ne", "pas"], ["ne", "jamais"]])
        #expect(lexicon.cues[.en]?.oppositionAfter == [])
        #expect(loaded.sha256 == SHA256.hex(validLexiconJSON.utf8Array))
        #expect(loaded.path == "test.json")
        #expect(loaded.findings == [])
    }

    /// One way to break the valid fixture, and the problem it must produce.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let name: String
        let target: String
        let replacement: String
        let line: Int
        let column: Int
        let message: String
        let value: String?
        var suggestion: String? = nil
        var problemCount = 1

        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "misspelled axis id", target: "\"axis\": \"radicalism\"", replacement: "\"axis\": \"radicalsim\"",
                 line: 27, column: 15, message: "concept 'abolish-residence-permit' names an unknown axis", value: "radicalsim",
                 suggestion: "radicalism"),
        Breakage(name: "pole the axis does not have", target: "\"pole\": \"radical\"", replacement: "\"pole\": \"radicl\"",
                 line: 28, column: 15, message: "concept 'abolish-residence-permit' names a pole that axis 'radicalism' does not have",
                 value: "radicl", suggestion: "radical"),
        Breakage(name: "wrong format", target: "cityvoice.lexicon/1", replacement: "cityvoice.lexicon/2",
                 line: 2, column: 13, message: "unsupported lexicon format", value: "cityvoice.lexicon/2", suggestion: "cityvoice.lexicon/1"),
        Breakage(name: "misspelled cue list name", target: "\"negators\"", replacement: "\"negaters\"",
                 line: 65, column: 7, message: "unknown key in the English cue lists", value: "negaters", suggestion: "negators"),
        Breakage(name: "misspelled concept key", target: "\"weight\": 1.5", replacement: "\"wieght\": 1.5",
                 line: 29, column: 7, message: "unknown key in concept 'abolish-residence-permit'", value: "wieght", suggestion: "weight"),
        Breakage(name: "zero weight", target: "\"weight\": 1.5", replacement: "\"weight\": 0",
                 line: 29, column: 17, message: "the weight of concept 'abolish-residence-permit' must be a finite number greater than 0", value: "0"),
        Breakage(name: "weight written as a string", target: "\"weight\": 1.5", replacement: "\"weight\": \"1.5\"",
                 line: 29, column: 17, message: "the weight of concept 'abolish-residence-permit' must be a number", value: "1.5"),
        Breakage(name: "infinite weight", target: "\"weight\": 1.5", replacement: "\"weight\": 1e999",
                 line: 29, column: 17, message: "the weight of concept 'abolish-residence-permit' must be a finite number greater than 0", value: "1e999"),
        Breakage(name: "window out of range", target: "\"window\": 6", replacement: "\"window\": 25",
                 line: 7, column: 24, message: "scope.window is out of range", value: "25"),
        Breakage(name: "window not an integer", target: "\"window\": 6", replacement: "\"window\": 2.5",
                 line: 7, column: 24, message: "scope.window is out of range", value: "2.5"),
        Breakage(name: "unknown language code", target: "[\"en\", \"fr\"]", replacement: "[\"en\", \"fra\"]",
                 line: 6, column: 23, message: "unknown language code in 'languages'", value: "fra", suggestion: "fr"),
        Breakage(name: "language named instead of coded", target: "\"fr\": [\"abolition", replacement: "\"French\": [\"abolition",
                 line: 33, column: 9, message: "unknown language code in the patterns of concept 'abolish-residence-permit'",
                 value: "French", suggestion: "fr"),
        Breakage(name: "invalid concept id", target: "\"abolish-residence-permit\"", replacement: "\"Abolish Residence Permit\"",
                 line: 26, column: 13, message: "the id of concept 'Abolish Residence Permit' is not a valid id", value: "Abolish Residence Permit",
                 suggestion: "abolish-residence-permit"),
        Breakage(name: "duplicate concept id", target: "\"id\": \"welcome\"", replacement: "\"id\": \"border-control\"",
                 line: 57, column: 13, message: "duplicate concept id 'border-control' (first at line 47, column 13)", value: "border-control"),
        Breakage(name: "duplicate axis id", target: "\"id\": \"securitization\"", replacement: "\"id\": \"radicalism\"",
                 line: 17, column: 13, message: "duplicate axis id 'radicalism' (first at line 10, column 13)", value: "radicalism", problemCount: 1),
        Breakage(name: "both poles with one id", target: "{ \"id\": \"radical\", \"label\": \"Radical\" }",
                 replacement: "{ \"id\": \"reformist\", \"label\": \"Radical\" }",
                 line: 14, column: 27, message: "both poles of axis 'radicalism' have the id 'reformist'", value: "reformist"),
        Breakage(name: "prefix glob too short", target: "\"welcom*\"", replacement: "\"we*\"",
                 line: 60, column: 28, message: "invalid English pattern in concept 'welcome': 'we*' matches too many words", value: "we*"),
        Breakage(name: "pattern starting with a gap", target: "\"improve* {0,2} reception\"", replacement: "\"{0,2} reception\"",
                 line: 42, column: 16, message: "invalid English pattern in concept 'improve-reception': a pattern cannot start with a gap",
                 value: "{0,2} reception"),
        Breakage(name: "negation pair of three", target: "[\"ne\", \"pas\"]", replacement: "[\"ne\", \"pas\", \"du tout\"]",
                 line: 73, column: 25, message: "an entry of 'negationPairs' in the French cue lists has 3 patterns", value: "[\"ne\", \"pas\", \"du tout\"]"),
        Breakage(name: "missing required key", target: "\"pole\": \"humanitarian\",\n", replacement: "",
                 line: 56, column: 5, message: "concept 'welcome' has no 'pole'", value: nil),
        Breakage(name: "duplicate key", target: "\"version\": \"1.0.0\",", replacement: "\"version\": \"1.0.0\", \"version\": \"2\",",
                 line: 4, column: 23, message: "the key 'version' appears twice in one object (first at line 4, column 3)", value: "version"),
        Breakage(name: "missing comma between members", target: "\"version\": \"1.0.0\",", replacement: "\"version\": \"1.0.0\"",
                 line: 5, column: 3, message: "invalid JSON: missing comma", value: "\""),
        Breakage(name: "trailing comma", target: "\"mais\"]\n    }", replacement: "\"mais\"],\n    }",
                 line: 75, column: 5, message: "invalid JSON: trailing comma", value: "}"),
        Breakage(name: "text after the lexicon", target: "\n}\n", replacement: "\n}\n}\n",
                 line: 78, column: 1, message: "invalid JSON: unexpected text after the JSON value", value: "}"),
    ]

    @Test("each kind of mistake is reported at its line and column, with the value and a suggestion", arguments: breakages)
    func brokenLexicon(_ breakage: Breakage) throws {
        let text = validLexiconJSON.replacingFirst(breakage.target, with: breakage.replacement)
        let problems = loadProblems(text)
        #expect(problems.count == breakage.problemCount, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.line == breakage.line)
        #expect(problem.column == breakage.column)
        #expect(problem.message == breakage.message)
        #expect(problem.value == breakage.value)
        #expect(problem.suggestion == breakage.suggestion)
    }

    @Test("a misspelled axis reads like a compiler error with a did-you-mean")
    func misspelledAxisDescription() throws {
        let text = validLexiconJSON.replacingFirst("\"axis\": \"radicalism\"", with: "\"axis\": \"radicalsim\"")
        let error = try #require(lexiconError { try LexiconLoader.parse(bytes: text.utf8Array, path: "lexicons/migration.json") })
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "lexicons/migration.json:27:15: concept 'abolish-residence-permit' names an unknown axis — found 'radicalsim', "
            + "expected one of the axis ids 'radicalism', 'securitization'; did you mean 'radicalism'?")
        #expect(lines[1].hasPrefix("hint: "))
        #expect(lines[1].contains("Lexicons/README.md"))
    }

    @Test("several problems in one file are all reported, in file order")
    func severalProblems() throws {
        let text = validLexiconJSON
            .replacingFirst("\"window\": 6", with: "\"window\": 0")
            .replacingFirst("\"axis\": \"radicalism\"", with: "\"axis\": \"radicalsim\"")
            .replacingFirst("\"negators\"", with: "\"negaters\"")
            .replacingFirst("\"welcom*\"", with: "\"we*\"")
            .replacingFirst("\"pole\": \"securitarian\"", with: "\"pole\": \"securitarain\"")
        let error = try #require(lexiconError { try LexiconLoader.parse(bytes: text.utf8Array, path: "x.json") })
        #expect(error.problems.map(\.line) == [7, 27, 49, 60, 65])
        #expect(error.problems.map(\.value) == ["0", "radicalsim", "securitarain", "we*", "negaters"])
        #expect(error.problems[2].suggestion == "securitarian")
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("x.json:") })
    }

    @Test("a file that is not UTF-8 is reported at the first bad byte")
    func notUTF8() throws {
        var bytes = validLexiconJSON.utf8Array
        let range = try #require(validLexiconJSON.range(of: "A small lexicon"))
        let offset = validLexiconJSON.utf8.distance(from: validLexiconJSON.startIndex, to: range.lowerBound)
        bytes[offset] = 0xC9  // Latin-1 'É'
        bytes[offset + 1] = 0x20
        let error = try #require(lexiconError { try LexiconLoader.parse(bytes: bytes, path: "x.json") })
        #expect(error.problems.count == 1)
        #expect(error.problems[0].line == 5)
        #expect(error.problems[0].column == 19)
        #expect(error.problems[0].value == "byte 0xC9")
        #expect(error.problems[0].message == "the file is not valid UTF-8")
    }

    @Test("a missing file is an error naming the path")
    func missingFile() throws {
        let error = try #require(lexiconError { try LexiconLoader.load(path: "/nonexistent/lexicon.json") })
        #expect(error.description.hasPrefix("/nonexistent/lexicon.json: no such file"))
    }

    @Test("load reads a file from disk and hashes its bytes")
    func loadFromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cityvoice-lexicon-\(UInt64.random(in: 0...UInt64.max)).json").path
        try Data(validLexiconJSON.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try LexiconLoader.load(path: path)
        #expect(loaded.lexicon.concepts.count == 4)
        #expect(loaded.sha256 == SHA256.hex(validLexiconJSON.utf8Array))
    }

    @Test("coverage gaps and repeated patterns are findings, in a fixed order")
    func findings() throws {
        let text = validLexiconJSON
            .replacingFirst("[\"en\", \"fr\"]", with: "[\"en\", \"fr\", \"it\"]")
            .replacingFirst("\"fr\": [\"accueil*\"]", with: "\"fr\": [\"accueil*\", \"accueil*\", \"Accueil*\"], \"de\": [\"willkommen\"]")
            .replacingFirst("\"pole\": \"reformist\"", with: "\"pole\": \"radical\"")
        let loaded = try LexiconLoader.parse(bytes: text.utf8Array, path: "x.json")
        #expect(loaded.findings.map(\.code) == [
            "pole-without-concepts",
            "missing-language", "missing-language", "missing-language", "missing-language",
            "undeclared-language", "duplicate-pattern", "duplicate-pattern",
            "missing-cues",
        ])
        #expect(loaded.findings[0].message.hasPrefix("pole 'reformist' of axis 'radicalism' has no concepts"))
        #expect(loaded.findings[1].message == "concept 'abolish-residence-permit' has no Italian patterns")
        #expect(loaded.findings[6].message == "concept 'welcome' lists the French pattern 'accueil*' twice")
        #expect(loaded.findings[7].message == "concept 'welcome' has French patterns 'accueil*' and 'Accueil*' that match the same words")
        #expect(loaded.findings[8].message.hasPrefix("no cue lists for Italian"))
    }
}

import Foundation
