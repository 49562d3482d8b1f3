import Testing
@testable import CityVoice

@Suite("JSON document")
struct JSONDocumentTests {
    typealias Position = JSONDocument.Position

    @Test("values and keys keep their line and column, counted in Unicode scalars")
    func positions() throws {
        let text = "{\n  \"é🙂\": \"x\",\n\t\"n\": [1, -2.5e3, true, null]\n}"
        let document = try JSONDocument(bytes: text.utf8Array)
        let members = try #require(document.root.objectValue)
        #expect(document.root.position == Position(line: 1, column: 1))
        #expect(members[0].key == "é🙂")
        #expect(members[0].keyPosition == Position(line: 2, column: 3))
        #expect(members[0].value.position == Position(line: 2, column: 9))
        #expect(members[1].keyPosition == Position(line: 3, column: 2))
        let numbers = try #require(members[1].value.arrayValue)
        #expect(numbers.map(\.position.column) == [8, 11, 19, 25])
        #expect(numbers[1].numberValue == -2500)
        #expect(document.sourceText(of: numbers[1]) == "-2.5e3")
        #expect(numbers[2].content == .bool(true))
        #expect(numbers[3].content == .null)
    }

    @Test("escapes decode, including surrogate pairs")
    func escapes() throws {
        let text = #"["a\"b\\c\/d", "\n\t\r\b\f", "\u00e9\u0041", "\ud83d\ude00", "ok"]"#
        let document = try JSONDocument(bytes: text.utf8Array)
        let strings = try #require(document.root.arrayValue).map(\.stringValue)
        #expect(strings == ["a\"b\\c/d", "\n\t\r\u{08}\u{0C}", "éA", "😀", "ok"])
    }

    @Test("a byte order mark is skipped and does not count as a column")
    func byteOrderMark() throws {
        let document = try JSONDocument(bytes: [0xEF, 0xBB, 0xBF] + "[7]".utf8Array)
        #expect(document.root.arrayValue?.first?.position == Position(line: 1, column: 2))
    }

    @Test("a repeated key is kept and listed with both positions")
    func duplicateKeys() throws {
        let document = try JSONDocument(bytes: "{\"a\": 1,\n \"a\": 2}".utf8Array)
        #expect(document.duplicateKeys == [.init(key: "a", position: Position(line: 2, column: 2), firstPosition: Position(line: 1, column: 2))])
        #expect(document.root["a"]?.numberValue == 1)
    }

    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let description: String
        var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }
    }

    static let syntaxCases: [SyntaxCase] = [
        SyntaxCase(text: "", line: 1, column: 1, description: "the input is empty: expected a JSON value at line 1, column 1, found the end of the input"),
        SyntaxCase(text: "{\"a\": 1\n \"b\": 2}", line: 2, column: 2,
                   description: "missing comma: expected ',' or '}' after an object member at line 2, column 2, found '\"'"),
        SyntaxCase(text: "{\"a\": 1 x}", line: 1, column: 9, description: "expected ',' or '}' after an object member at line 1, column 9, found 'x'"),
        SyntaxCase(text: "[1, 2,]", line: 1, column: 7, description: "trailing comma: expected a JSON value after ',' at line 1, column 7, found ']'"),
        SyntaxCase(text: "{\"a\": 1,}", line: 1, column: 9,
                   description: "trailing comma: expected a member name in double quotes after ',' at line 1, column 9, found '}'"),
        SyntaxCase(text: "{a: 1}", line: 1, column: 2, description: "expected a member name in double quotes at line 1, column 2, found 'a'"),
        SyntaxCase(text: "{\"a\" 1}", line: 1, column: 6, description: "expected ':' after the member name \"a\" at line 1, column 6, found '1'"),
        SyntaxCase(text: "['a']", line: 1, column: 2, description: "JSON strings use double quotes: expected a JSON value at line 1, column 2, found '''"),
        SyntaxCase(text: "[01]", line: 1, column: 2,
                   description: "a JSON number cannot have leading zeros: expected a number such as 0, 7 or 0.5 at line 1, column 2, found '01'"),
        SyntaxCase(text: "[1.]", line: 1, column: 4, description: "malformed number: expected a digit after the decimal point at line 1, column 4, found ']'"),
        SyntaxCase(text: "[True]", line: 1, column: 2,
                   description: "expected a JSON value (object, array, string, number, true, false or null) at line 1, column 2, found 'True'"),
        SyntaxCase(text: "[tru]", line: 1, column: 2,
                   description: "expected a JSON value (true, false and null are written in lower case) at line 1, column 2, found 'tru'"),
        SyntaxCase(text: "[\"é\\x\"]", line: 1, column: 4,
                   description: "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX at line 1, column 4, found '\\x'"),
        SyntaxCase(text: "[\"\\udc00\"]", line: 1, column: 3,
                   description: "\\uDC00 is the second half of a surrogate pair without the first: expected a \\uD800…\\uDBFF escape before it at line 1, column 3, found the end of the input"),
        SyntaxCase(text: "[\"\\ud800x\"]", line: 1, column: 3,
                   description: "\\uD800 is the first half of a surrogate pair: expected a second escape \\uDC00…\\uDFFF right after it at line 1, column 3, found the end of the input"),
        SyntaxCase(text: "[\"\\u12g4\"]", line: 1, column: 7, description: "invalid \\u escape: expected four hexadecimal digits after \\u at line 1, column 7, found 'g'"),
        SyntaxCase(text: "{\"a\": \"open\n}", line: 1, column: 12,
                   description: "a line break inside a string (or a string missing its closing quote): expected '\\n' or a closing '\"' at line 1, column 12, found '\n'"),
        SyntaxCase(text: "[\"open", line: 1, column: 2,
                   description: "unterminated string: expected a closing '\"' for the string that starts here at line 1, column 2, found the end of the input"),
        SyntaxCase(text: "{} {}", line: 1, column: 4,
                   description: "unexpected text after the JSON value: expected the end of the input at line 1, column 4, found '{'"),
        SyntaxCase(text: "{\n  // note\n}", line: 2, column: 3,
                   description: "JSON does not allow comments: expected a JSON value or punctuation at line 2, column 3, found '/'"),
        SyntaxCase(text: "[1,\n[2,\n", line: 3, column: 1,
                   description: "the input ends early: expected a JSON value at line 3, column 1, found the end of the input"),
    ]

    @Test("syntax errors name the line, the column, what was found and what was expected", arguments: syntaxCases)
    func syntaxErrors(_ syntaxCase: SyntaxCase) {
        #expect(throws: JSONSyntaxError.self) { try JSONDocument(bytes: syntaxCase.text.utf8Array) }
        do {
            _ = try JSONDocument(bytes: syntaxCase.text.utf8Array)
        } catch {
            #expect(error.line == syntaxCase.line)
            #expect(error.column == syntaxCase.column)
            #expect(error.description == syntaxCase.description)
        }
    }

    @Test("nesting beyond the limit is an error, not a crash")
    func deepNesting() {
        let text = String(repeating: "[", count: JSONDocument.maximumDepth + 1) + String(repeating: "]", count: JSONDocument.maximumDepth + 1)
        #expect(throws: JSONSyntaxError.self) { try JSONDocument(bytes: text.utf8Array) }
        let allowed = String(repeating: "[", count: JSONDocument.maximumDepth) + String(repeating: "]", count: JSONDocument.maximumDepth)
        #expect(throws: Never.self) { try JSONDocument(bytes: allowed.utf8Array) }
    }
}
