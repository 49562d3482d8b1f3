extension Lexicon {
    /// The widest line the writer fills with an inline array before it puts one element per line.
    static let canonicalLineWidth = 100

    /// The lexicon as canonical JSON text in the format `cityvoice.lexicon/1`.
    ///
    /// Deterministic: 2-space indent; keys in the documented order (format, id, version,
    /// description, languages, scope, axes, concepts, cues); languages in `Language` case
    /// order; cue lists in documented order, empty ones left out; arrays of strings on one
    /// line when they fit in 100 columns, else one element per line; a final line break.
    /// `LexiconLoader.parse` of the result gives back an equal lexicon when the lexicon is
    /// valid and its `languages` are in `Language` case order.
    public func canonicalJSON() -> String {
        var top: [(String, CanonicalJSON)] = [
            ("format", .string(Lexicon.format)),
            ("id", .string(id)),
            ("version", .string(version)),
            ("description", .string(description)),
            ("languages", .array(Language.allCases.filter { languages.contains($0) }.map { .string($0.rawValue) })),
            ("scope", .object([("window", .number(String(window)))])),
            ("axes", .array(axes.map(Self.json(of:)))),
            ("concepts", .array(concepts.map(Self.json(of:)))),
        ]
        let cueMembers = Language.allCases.compactMap { language in
            cues[language].map { (language.rawValue, Self.json(of: $0)) }
        }
        top.append(("cues", .object(cueMembers)))
        return CanonicalJSON.object(top).rendered(indent: 0, lineStart: 0) + "\n"
    }

    /// The canonical JSON as UTF-8 bytes.
    public func canonicalJSONBytes() -> [UInt8] { Array(canonicalJSON().utf8) }

    private static func json(of axis: Axis) -> CanonicalJSON {
        .object([
            ("id", .string(axis.id)),
            ("label", .string(axis.label)),
            ("description", .string(axis.description)),
            ("negative", .object([("id", .string(axis.negative.id)), ("label", .string(axis.negative.label))])),
            ("positive", .object([("id", .string(axis.positive.id)), ("label", .string(axis.positive.label))])),
        ])
    }

    private static func json(of concept: Concept) -> CanonicalJSON {
        let patterns = Language.allCases.compactMap { language in
            concept.patterns[language].map { (language.rawValue, CanonicalJSON.array($0.map { .string($0) })) }
        }
        return .object([
            ("id", .string(concept.id)),
            ("axis", .string(concept.axis)),
            ("pole", .string(concept.pole)),
            ("weight", .number(concept.weight.description)),
            ("description", .string(concept.description)),
            ("patterns", .object(patterns)),
        ])
    }

    private static func json(of lists: CueLists) -> CanonicalJSON {
        let strings: [(String, [String])] = [
            ("negators", lists.negators),
            ("negationPairs", []),
            ("pseudoNegators", lists.pseudoNegators),
            ("oppositionBefore", lists.oppositionBefore),
            ("oppositionAfter", lists.oppositionAfter),
            ("support", lists.support),
            ("terminators", lists.terminators),
        ]
        var members: [(String, CanonicalJSON)] = []
        for (name, list) in strings {
            if name == "negationPairs" {
                if !lists.negationPairs.isEmpty {
                    members.append((name, .array(lists.negationPairs.map { .array($0.map { .string($0) }) })))
                }
            } else if !list.isEmpty {
                members.append((name, .array(list.map { .string($0) })))
            }
        }
        return .object(members)
    }
}

/// A JSON value to write, with members in a chosen order.
private indirect enum CanonicalJSON {
    case string(String)
    /// A number already formatted as a JSON literal.
    case number(String)
    case array([CanonicalJSON])
    case object([(String, CanonicalJSON)])

    /// Whether the value is a string or number, or an array of those.
    var isFlat: Bool {
        switch self {
        case .string, .number: true
        case .array(let elements): elements.allSatisfy { if case .array = $0 { false } else { $0.isFlat } }
        case .object: false
        }
    }

    /// The value on one line.
    var inline: String {
        switch self {
        case .string(let text): Self.quoted(text)
        case .number(let literal): literal
        case .array(let elements): "[" + elements.map(\.inline).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0.0) + ": " + $0.1.inline }.joined(separator: ", ") + "}"
        }
    }

    /// The value starting at column `lineStart` of a line, nested `indent` spaces deep.
    func rendered(indent: Int, lineStart: Int) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let closing = String(repeating: " ", count: indent)
        switch self {
        case .string, .number:
            return inline
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            let flat = elements.allSatisfy(\.isFlat)
            // +1 for a comma that may follow.
            if flat, lineStart + inline.unicodeScalars.count + 1 <= Lexicon.canonicalLineWidth { return inline }
            let lines = elements.map { inner + $0.rendered(indent: indent + 2, lineStart: indent + 2) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + closing + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let lines = members.map { key, value in
                let prefix = inner + Self.quoted(key) + ": "
                return prefix + value.rendered(indent: indent + 2, lineStart: prefix.unicodeScalars.count)
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + closing + "}"
        }
    }

    /// `text` as a JSON string literal; only `"`, `\` and control characters are escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
