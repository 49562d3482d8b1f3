import Testing
@testable import CityVoice

@Suite("LIWC dictionary import")
struct LIWCDictionaryTests {
    static let axis = Axis(id: "securitization", label: "Humanitarian ↔ securitarian", description: "",
                           negative: Pole(id: "humanitarian", label: "Humanitarian"),
                           positive: Pole(id: "securitarian", label: "Securitarian"))

    /// A small dictionary in the LIWC layout, with the quirks real files have.
    static let dictionary = """
    %
    1\tposemo\tPositive emotion
    2\tnegemo
    03\tFear and Anxiety
    %
    welcom*\t1
    accept\t1\t2
    reject*\t2

    fear*\t03 2
    kind\t<of>131/125 1
    like\t(02 134)126/253 1
    ab*\t1
    greeting card\t1
    welcom*\t1

    """

    static let mapping = ["posemo": "humanitarian", "negemo": "securitarian", "3": "securitarian"]

    static func importSample(_ text: String = dictionary, mapping: [String: String] = mapping,
                             unmapped: LIWCDictionary.UnmappedCategories = .error) throws -> (concepts: [Concept], findings: [Finding]) {
        try LIWCDictionary.importDictionary(bytes: text.utf8Array, path: "dicts/sample.dic", axis: axis, poleForCategory: mapping,
                                            language: .en, unmapped: unmapped)
    }

    @Test("each category becomes a concept on its mapped pole, with the entries as patterns")
    func importsCategories() throws {
        let (concepts, _) = try Self.importSample()
        #expect(concepts.map(\.id) == ["posemo", "negemo", "fear-and-anxiety"])
        #expect(concepts.map(\.pole) == ["humanitarian", "securitarian", "securitarian"])
        #expect(concepts.allSatisfy { $0.axis == "securitization" && $0.weight == 1 })
        #expect(concepts[0].patterns == [.en: ["welcom*", "accept", "kind", "like", "greeting card"]])
        #expect(concepts[1].patterns == [.en: ["accept", "reject*", "fear*"]])
        #expect(concepts[2].patterns == [.en: ["fear*"]])
        #expect(concepts[0].description == "LIWC category 'posemo' (1) from sample.dic: Positive emotion")
    }

    @Test("conditional codes, unusable entries and repeats are findings, not errors")
    func findings() throws {
        let (_, findings) = try Self.importSample()
        #expect(findings.map(\.code) == ["liwc-conditional-code", "liwc-conditional-code", "liwc-entry-skipped", "duplicate-pattern"])
        #expect(findings[0].message == "line 11: LIWC conditional codes '<of>131/125' of 'kind' have no CityVoice equivalent and were ignored")
        #expect(findings[1].message.contains("'(02 134)126/253'"))
        #expect(findings[2].message.hasPrefix("line 13: 'ab*' (category 'posemo') was skipped: 'ab*' matches too many words"))
    }

    @Test("the concepts drop into a lexicon that loads")
    func conceptsMakeAValidLexicon() throws {
        let (concepts, _) = try Self.importSample()
        let lexicon = Lexicon(id: "liwc", version: "1", description: "", languages: [.en], window: 6, axes: [Self.axis],
                              concepts: concepts, cues: [:])
        #expect(try LexiconLoader.parse(bytes: lexicon.canonicalJSONBytes(), path: "liwc.json").lexicon == lexicon)
    }

    @Test("unmapped categories are an error listing the poles, or skipped on request")
    func unmappedCategories() throws {
        let mapping = ["posemo": "humanitarian"]
        let error = try #require(lexiconError { try Self.importSample(mapping: mapping) })
        #expect(error.problems.map(\.line) == [3, 4])
        #expect(error.problems[0].rendered(path: "sample.dic")
            == "sample.dic:3:1: category 'negemo' has no pole in the mapping — found 'negemo', expected a pole of axis 'securitization' for it: 'humanitarian' or 'securitarian'")
        let (concepts, findings) = try Self.importSample(mapping: mapping, unmapped: .skip)
        #expect(concepts.map(\.id) == ["posemo"])
        #expect(findings.prefix(2).map(\.code) == ["liwc-category-skipped", "liwc-category-skipped"])
    }

    struct BadDictionary: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let column: Int
        let message: String
        var suggestion: String? = nil
        var testDescription: String { name }
    }

    static let badDictionaries: [BadDictionary] = [
        BadDictionary(name: "no opening %", text: "1\tposemo\n%\nhappy\t1\n", line: 1, column: 1,
                      message: "malformed header: a LIWC dictionary starts with a line containing only '%'"),
        BadDictionary(name: "no closing %", text: "\n%\n1\tposemo\nhappy\t1\n", line: 2, column: 1,
                      message: "the category header opened here is never closed"),
        BadDictionary(name: "category line without a number", text: "%\nposemo\n%\nhappy\tposemo\n", line: 2, column: 1,
                      message: "malformed category line in the header"),
        BadDictionary(name: "category number twice", text: "%\n1\tposemo\n1\tnegemo\n%\nhappy\t1\n", line: 3, column: 1,
                      message: "category number 1 is used twice (first on line 2)"),
        BadDictionary(name: "unknown category number in an entry", text: "%\n1\tposemo\n%\nhappy\t1\nsad\t1 7\n", line: 5, column: 7,
                      message: "the entry 'sad' names an unknown category number"),
        BadDictionary(name: "entry without numbers", text: "%\n1\tposemo\n%\nhappy\n", line: 4, column: 6,
                      message: "the entry 'happy' has no category numbers"),
        BadDictionary(name: "mapping to a pole the axis lacks", text: "%\n1\thappy-words\n%\nhappy\t1\n", line: 2, column: 1,
                      message: "category 'happy-words' is mapped to a pole that axis 'securitization' does not have", suggestion: "humanitarian"),
    ]

    @Test("a malformed dictionary is reported with its line number", arguments: badDictionaries)
    func malformed(_ bad: BadDictionary) throws {
        let mapping = ["posemo": "humanitarian", "negemo": "securitarian", "happy-words": "humanitarain"]
        let error = try #require(lexiconError {
            try Self.importSample(bad.text, mapping: mapping, unmapped: .skip)
        })
        #expect(error.format == .liwc)
        let problem = try #require(error.problems.first { $0.line > 0 }, "\(error.problems)")
        #expect(problem.line == bad.line)
        #expect(problem.column == bad.column)
        #expect(problem.message == bad.message)
        #expect(problem.suggestion == bad.suggestion)
    }

    @Test("a mapping key that names no category is an error with a suggestion")
    func mappingNamesUnknownCategory() throws {
        let mapping = ["posemo": "humanitarian", "negemo": "securitarian", "3": "securitarian", "negmeo": "securitarian"]
        let error = try #require(lexiconError { try Self.importSample(mapping: mapping) })
        #expect(error.problems.count == 1)
        #expect(error.problems[0].value == "negmeo")
        #expect(error.problems[0].suggestion == "negemo")
        #expect(error.description.hasPrefix("dicts/sample.dic: the pole mapping names a category the dictionary does not have"))
    }
}
