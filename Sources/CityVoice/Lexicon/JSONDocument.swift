/// A parsed JSON text (RFC 8259) that remembers where every value and object key stands.
///
/// Positions are 1-based lines and columns, columns counted in Unicode scalars, so a
/// checker can point at the exact place of a bad value ("line 12, column 15"). Object
/// members keep their file order; a key that appears twice in one object is kept (the
/// first value wins when looked up) and listed in `duplicateKeys`.
public struct JSONDocument: Sendable {
    /// A place in the source: 1-based line, and 1-based column counted in Unicode scalars.
    public struct Position: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.column) < (rhs.line, rhs.column)
        }

        public var description: String { "line \(line), column \(column)" }
    }

    /// What a value is.
    public enum Content: Sendable, Equatable {
        case null
        case bool(Bool)
        /// A number; the literal as written is available through `JSONDocument.sourceText(of:)`.
        case number(Double)
        case string(String)
        case array([Node])
        case object([Member])
    }

    /// A value with the position of its first character and the byte range it spans.
    public struct Node: Sendable, Equatable {
        public var content: Content
        public var position: Position
        /// Byte offsets of the value in the document, from its first to past its last byte.
        public var span: Range<Int>

        /// The string, if this is a string.
        public var stringValue: String? {
            if case .string(let text) = content { return text }
            return nil
        }

        /// The elements, if this is an array.
        public var arrayValue: [Node]? {
            if case .array(let elements) = content { return elements }
            return nil
        }

        /// The members in file order, if this is an object.
        public var objectValue: [Member]? {
            if case .object(let members) = content { return members }
            return nil
        }

        /// The number, if this is a number.
        public var numberValue: Double? {
            if case .number(let number) = content { return number }
            return nil
        }

        /// The first member named `key`, if this is an object that has one.
        public subscript(key: String) -> Node? {
            objectValue?.first { $0.key == key }?.value
        }

        /// A word for the kind of value, for messages: "a string", "an array", …
        public var kindDescription: String {
            switch content {
            case .null: "null"
            case .bool: "a boolean"
            case .number: "a number"
            case .string: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }
    }

    /// An object member: its key, where the key stands, and its value.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyPosition: Position
        public var value: Node
    }

    /// A key that appears more than once in the same object.
    public struct DuplicateKey: Sendable, Equatable {
        public var key: String
        /// Where the repeated key stands.
        public var position: Position
        /// Where the key first appears in that object.
        public var firstPosition: Position
    }

    /// The deepest nesting of arrays and objects accepted, to keep recursion bounded.
    public static let maximumDepth = 512

    /// The source bytes.
    public let bytes: [UInt8]
    /// The top-level value.
    public let root: Node
    /// Keys repeated within one object, in file order.
    public let duplicateKeys: [DuplicateKey]

    /// Parses `bytes` as one JSON text; a leading UTF-8 byte order mark is skipped.
    ///
    /// - Parameter bytes: UTF-8 encoded JSON.
    /// - Throws: `JSONSyntaxError` at the first place the text is not JSON.
    /// - Complexity: O(n) in the number of bytes.
    public init(bytes: [UInt8]) throws(JSONSyntaxError) {
        var parser = JSONParser(bytes: bytes)
        root = try parser.parseDocument()
        duplicateKeys = parser.duplicateKeys
        self.bytes = bytes
    }

    /// The value exactly as written in the source.
    public func sourceText(of node: Node) -> String {
        String(decoding: bytes[node.span], as: UTF8.self)
    }
}

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong when it is more than a missing token ("trailing comma", "unterminated string").
    public var reason: String?
    /// The text found at the error position, or nil at the end of the input.
    public var found: String?
    /// What the grammar expected there, e.g. "',' or '}' after an object member".
    public var expected: String
    public var line: Int
    public var column: Int

    public init(reason: String? = nil, found: String?, expected: String, line: Int, column: Int) {
        self.reason = reason
        self.found = found
        self.expected = expected
        self.line = line
        self.column = column
    }

    /// For example "expected ',' or '}' after an object member at line 12, column 5, found '\"'".
    public var description: String {
        let prefix = reason.map { "\($0): " } ?? ""
        let foundPart = found.map { "found '\($0)'" } ?? "found the end of the input"
        return "\(prefix)expected \(expected) at line \(line), column \(column), \(foundPart)"
    }
}

/// A recursive-descent parser over UTF-8 bytes that tracks line and column as it goes.
private struct JSONParser {
    typealias Position = JSONDocument.Position
    typealias Node = JSONDocument.Node

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1
    var depth = 0
    var duplicateKeys: [JSONDocument.DuplicateKey] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    var position: Position { Position(line: line, column: column) }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves past one byte; a scalar's column advances on its lead byte only.
    mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> Node {
        try skipWhitespace()
        guard current != nil else {
            throw failure(reason: "the input is empty", expected: "a JSON value")
        }
        let root = try parseValue()
        try skipWhitespace()
        if current != nil {
            throw failure(reason: "unexpected text after the JSON value", expected: "the end of the input")
        }
        return root
    }

    mutating func skipWhitespace() throws(JSONSyntaxError) {
        while let byte = current {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "/") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
                throw failure(reason: "JSON does not allow comments", expected: "a JSON value or punctuation")
            default:
                return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> Node {
        guard let byte = current else {
            throw failure(reason: "the input ends early", expected: "a JSON value")
        }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let start = position, startIndex = index
            let text = try parseString()
            return Node(content: .string(text), position: start, span: startIndex..<index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try parseLiteral()
        case UInt8(ascii: "'"):
            throw failure(reason: "JSON strings use double quotes", expected: "a JSON value")
        case UInt8(ascii: "+"), UInt8(ascii: "."):
            throw failure(reason: "a JSON number starts with '-' or a digit", expected: "a JSON value")
        default:
            throw failure(expected: "a JSON value (object, array, string, number, true, false or null)")
        }
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONDocument.maximumDepth {
            throw failure(reason: "arrays and objects nest deeper than \(JSONDocument.maximumDepth) levels", expected: "a shallower structure")
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> Node {
        let start = position, startIndex = index
        try enter()
        advance()
        var members: [JSONDocument.Member] = []
        var firstPositions: [String: Position] = [:]
        try skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return Node(content: .object([]), position: start, span: startIndex..<index)
        }
        while true {
            try skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") {
                    throw failure(reason: "trailing comma", expected: "a member name in double quotes after ','")
                }
                if current == UInt8(ascii: "'") {
                    throw failure(reason: "JSON strings use double quotes", expected: "a member name in double quotes")
                }
                throw failure(expected: "a member name in double quotes")
            }
            let keyPosition = position
            let key = try parseString()
            try skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure(expected: "':' after the member name \"\(key)\"")
            }
            advance()
            try skipWhitespace()
            let value = try parseValue()
            if let first = firstPositions[key] {
                duplicateKeys.append(.init(key: key, position: keyPosition, firstPosition: first))
            } else {
                firstPositions[key] = keyPosition
            }
            members.append(.init(key: key, keyPosition: keyPosition, value: value))
            try skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                advance()
            case UInt8(ascii: "}"):
                advance()
                depth -= 1
                return Node(content: .object(members), position: start, span: startIndex..<index)
            case UInt8(ascii: "\""):
                throw failure(reason: "missing comma", expected: "',' or '}' after an object member")
            case nil:
                throw failure(reason: "the input ends inside an object opened at \(start)", expected: "',' or '}' after an object member")
            default:
                throw failure(expected: "',' or '}' after an object member")
            }
        }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> Node {
        let start = position, startIndex = index
        try enter()
        advance()
        var elements: [Node] = []
        try skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return Node(content: .array([]), position: start, span: startIndex..<index)
        }
        while true {
            try skipWhitespace()
            if current == UInt8(ascii: "]") {
                throw failure(reason: "trailing comma", expected: "a JSON value after ','")
            }
            elements.append(try parseValue())
            try skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                advance()
            case UInt8(ascii: "]"):
                advance()
                depth -= 1
                return Node(content: .array(elements), position: start, span: startIndex..<index)
            case nil:
                throw failure(reason: "the input ends inside an array opened at \(start)", expected: "',' or ']' after an array element")
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
                throw failure(reason: "missing comma", expected: "',' or ']' after an array element")
            default:
                throw failure(expected: "',' or ']' after an array element")
            }
        }
    }

    /// Parses a string starting at its opening quote and returns its decoded text.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        advance()
        var buffer: [UInt8] = []
        while true {
            guard let byte = current else {
                throw JSONSyntaxError(reason: "unterminated string", found: nil, expected: "a closing '\"' for the string that starts here",
                                      line: start.line, column: start.column)
            }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw JSONSyntaxError(reason: "the string is not valid UTF-8", found: nil, expected: "UTF-8 text",
                                          line: start.line, column: start.column)
                }
                return text
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0x00..<0x20:
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    throw failure(reason: "a line break inside a string (or a string missing its closing quote)",
                                  expected: "'\\n' or a closing '\"'")
                }
                throw failure(reason: "an unescaped control character U+\(hex4(UInt16(byte))) inside a string",
                              expected: "an escape such as '\\t' or '\\u\(hex4(UInt16(byte)))'")
            default:
                buffer.append(byte)
                advance()
            }
        }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let escapePosition = position
        advance()
        guard let byte = current else {
            throw failure(reason: "unterminated string", expected: "an escape character after '\\'")
        }
        let simple: UInt8?
        switch byte {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw JSONSyntaxError(reason: "invalid escape", found: "\\" + scalarText(), expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                                  line: escapePosition.line, column: escapePosition.column)
        }
        advance()
        if let simple {
            buffer.append(simple)
            return
        }
        let unit = try parseHex4()
        var scalarValue = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
            let lowPosition = position
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(reason: "\\u\(hex4(unit)) is the first half of a surrogate pair", found: nil,
                                      expected: "a second escape \\uDC00…\\uDFFF right after it",
                                      line: escapePosition.line, column: escapePosition.column)
            }
            advance()
            advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError(reason: "\\u\(hex4(unit)) is followed by \\u\(hex4(low)), not by the second half of a surrogate pair", found: nil,
                                      expected: "an escape \\uDC00…\\uDFFF", line: lowPosition.line, column: lowPosition.column)
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
            throw JSONSyntaxError(reason: "\\u\(hex4(unit)) is the second half of a surrogate pair without the first", found: nil,
                                  expected: "a \\uD800…\\uDBFF escape before it", line: escapePosition.line, column: escapePosition.column)
        }
        // Every value outside the surrogate range, and every combined pair, is a scalar.
        let scalar = Unicode.Scalar(scalarValue)!
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    mutating func parseHex4() throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else {
                throw JSONSyntaxError(reason: "invalid \\u escape", found: current == nil ? nil : scalarText(),
                                      expected: "four hexadecimal digits after \\u", line: line, column: column)
            }
            value = value << 4 | UInt16(digit)
            advance()
        }
        return value
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> Node {
        let start = position, startIndex = index
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else {
            throw failure(reason: "malformed number", expected: "a digit after '-'")
        }
        advance()
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) {
            throw JSONSyntaxError(reason: "a JSON number cannot have leading zeros", found: wordText(from: startIndex),
                                  expected: "a number such as 0, 7 or 0.5", line: start.line, column: start.column)
        }
        skipDigits()
        if current == UInt8(ascii: ".") {
            advance()
            guard let next = current, isDigit(next) else {
                throw failure(reason: "malformed number", expected: "a digit after the decimal point")
            }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let next = current, isDigit(next) else {
                throw failure(reason: "malformed number", expected: "a digit in the exponent")
            }
            skipDigits()
        }
        let literal = String(decoding: bytes[startIndex..<index], as: UTF8.self)
        // The grammar above only admits literals Double can read; huge ones become ±infinity.
        let number = Double(literal) ?? .nan
        return Node(content: .number(number), position: start, span: startIndex..<index)
    }

    mutating func skipDigits() {
        while let byte = current, isDigit(byte) { advance() }
    }

    mutating func parseLiteral() throws(JSONSyntaxError) -> Node {
        let start = position, startIndex = index
        let word = wordText(from: index)
        let content: JSONDocument.Content
        switch word {
        case "true": content = .bool(true)
        case "false": content = .bool(false)
        case "null": content = .null
        default:
            throw failure(expected: "a JSON value (true, false and null are written in lower case)")
        }
        for _ in 0..<word.utf8.count { advance() }
        return Node(content: content, position: start, span: startIndex..<index)
    }

    /// An error at the current position, quoting what stands there.
    func failure(reason: String? = nil, expected: String) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, found: current == nil ? nil : foundText(), expected: expected, line: line, column: column)
    }

    /// The token at the current position: a run of word characters, or one scalar.
    func foundText() -> String {
        let word = wordText(from: index)
        return word.isEmpty ? scalarText() : word
    }

    /// The run of letters, digits and `+-._` starting at `start`.
    func wordText(from start: Int) -> String {
        var end = start
        while end < bytes.count, end - start < 40 {
            let byte = bytes[end]
            let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            guard isWordByte else { break }
            end += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The scalar at the current position (U+FFFD if the bytes are not UTF-8).
    func scalarText() -> String {
        guard index < bytes.count else { return "" }
        var end = index + 1
        while end < bytes.count, end - index < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return text.unicodeScalars.first.map { String(Character($0)) } ?? text
    }
}

private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Four upper-case hexadecimal digits.
private func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
