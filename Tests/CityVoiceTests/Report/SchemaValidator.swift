import Foundation
@testable import CityVoice

/// A small JSON Schema (draft 2020-12) checker, for the keywords the report schema uses:
/// `type`, `required`, `properties`, `additionalProperties: false`, `items`, `enum`, `const`,
/// local `$ref`, `minimum`, `maximum`, `minLength` and `pattern`. Annotations (`title`,
/// `description`, `$schema`, `$id`, `$defs`) are skipped. It is no general validator:
/// `unknownKeywords` lists anything else a schema uses, so a test can insist there is none.
struct SchemaValidator {
    static let checkedKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "$ref",
        "minimum", "maximum", "minLength", "pattern",
    ]
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]

    let schema: JSONDocument

    init(schemaBytes: [UInt8]) throws {
        schema = try JSONDocument(bytes: schemaBytes)
    }

    /// Every violation of the schema by `value`, as "path: problem".
    func errors(in value: JSONDocument.Node) -> [String] {
        var errors: [String] = []
        check(value, against: schema.root, at: "$", into: &errors)
        return errors
    }

    /// Keywords the schema uses that this checker neither checks nor skips, with where they are.
    func unknownKeywords() -> [String] {
        var found: [String] = []
        func walk(_ node: JSONDocument.Node, at path: String, isSchema: Bool) {
            switch node.content {
            case .object(let members):
                for member in members {
                    let here = "\(path)/\(member.key)"
                    if isSchema && !Self.checkedKeywords.contains(member.key) && !Self.annotations.contains(member.key) {
                        found.append(here)
                    }
                    switch member.key {
                    case "properties", "$defs":
                        for child in member.value.objectValue ?? [] { walk(child.value, at: "\(here)/\(child.key)", isSchema: true) }
                    case "items", "additionalProperties":
                        walk(member.value, at: here, isSchema: member.value.objectValue != nil)
                    default:
                        break
                    }
                }
            default:
                break
            }
        }
        walk(schema.root, at: "#", isSchema: true)
        return found
    }

    private func resolve(_ reference: String) -> JSONDocument.Node? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONDocument.Node? = schema.root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(part)]
        }
        return node
    }

    private func check(_ value: JSONDocument.Node, against rule: JSONDocument.Node, at path: String, into errors: inout [String]) {
        if let reference = rule["$ref"]?.stringValue {
            guard let target = resolve(reference) else {
                errors.append("\(path): the schema's $ref '\(reference)' leads nowhere")
                return
            }
            check(value, against: target, at: path, into: &errors)
        }
        if let type = rule["type"] {
            let allowed = type.stringValue.map { [$0] } ?? (type.arrayValue ?? []).compactMap(\.stringValue)
            guard allowed.contains(where: { Self.isOfType(value, $0) }) else {
                errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(value.kindDescription)")
                return
            }
        }
        if let constant = rule["const"], !Self.same(value, constant) {
            errors.append("\(path): expected the constant \(Self.describe(constant)), found \(Self.describe(value))")
        }
        if let choices = rule["enum"]?.arrayValue, !choices.contains(where: { Self.same(value, $0) }) {
            errors.append("\(path): \(Self.describe(value)) is not one of \(choices.map(Self.describe).joined(separator: ", "))")
        }
        if let number = value.numberValue {
            if let minimum = rule["minimum"]?.numberValue, number < minimum { errors.append("\(path): \(number) is below \(minimum)") }
            if let maximum = rule["maximum"]?.numberValue, number > maximum { errors.append("\(path): \(number) is above \(maximum)") }
        }
        if let text = value.stringValue {
            if let minimum = rule["minLength"]?.numberValue, Double(text.unicodeScalars.count) < minimum {
                errors.append("\(path): the string is shorter than \(Int(minimum))")
            }
            if let pattern = rule["pattern"]?.stringValue {
                let regex = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(text.startIndex..<text.endIndex, in: text)
                if regex?.firstMatch(in: text, range: range) == nil {
                    errors.append("\(path): \(Self.describe(value)) does not match /\(pattern)/")
                }
            }
        }
        if let members = value.objectValue {
            for required in (rule["required"]?.arrayValue ?? []).compactMap(\.stringValue) where value[required] == nil {
                errors.append("\(path): the required member '\(required)' is missing")
            }
            let properties = rule["properties"]
            for member in members {
                if let property = properties?[member.key] {
                    check(member.value, against: property, at: "\(path).\(member.key)", into: &errors)
                } else if case .bool(false) = rule["additionalProperties"]?.content {
                    errors.append("\(path): '\(member.key)' is not in the schema")
                }
            }
        }
        if let elements = value.arrayValue, let items = rule["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", into: &errors)
            }
        }
    }

    static func isOfType(_ value: JSONDocument.Node, _ type: String) -> Bool {
        switch (type, value.content) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
            return true
        case ("integer", .number(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }

    static func same(_ a: JSONDocument.Node, _ b: JSONDocument.Node) -> Bool {
        switch (a.content, b.content) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }

    static func describe(_ node: JSONDocument.Node) -> String {
        switch node.content {
        case .string(let text): return "'\(text)'"
        case .number(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .null: return "null"
        default: return node.kindDescription
        }
    }
}
