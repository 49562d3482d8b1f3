import Foundation

/// A lexicon read from a file, with what identifies it and what is worth knowing about it.
public struct LoadedLexicon: Sendable {
    public let lexicon: Lexicon
    /// SHA-256 of the file's bytes, lower-case hexadecimal, recorded in every report.
    public let sha256: String
    /// The path the lexicon was read from.
    public let path: String
    /// Coverage gaps and redundancies that do not stop a run ("concept 'x' has no Italian patterns").
    public let findings: [Finding]

    public init(lexicon: Lexicon, sha256: String, path: String, findings: [Finding]) {
        self.lexicon = lexicon
        self.sha256 = sha256
        self.path = path
        self.findings = findings
    }
}

/// Reads and checks lexicon files in the JSON format `cityvoice.lexicon/1` (see `Lexicons/README.md`).
///
/// Every problem in a file is reported at once, each with its line and column, the value
/// as written, what was expected and, where a known name is close, a suggestion. Only
/// broken JSON syntax or encoding stops the checks early.
public enum LexiconLoader {
    /// Reads the lexicon file at `path` and checks it.
    ///
    /// - Parameter path: a file in the format `cityvoice.lexicon/1`.
    /// - Returns: the lexicon, the SHA-256 of the file and the findings.
    /// - Throws: `LexiconError` listing every problem, or the reason the file cannot be read.
    public static func load(path: String) throws -> LoadedLexicon {
        try parse(bytes: readFile(path), path: path)
    }

    /// Parses and checks the bytes of a lexicon file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents, UTF-8 JSON.
    ///   - path: the file's name, used in messages and recorded in the result.
    /// - Returns: the lexicon, the SHA-256 of `bytes` and the findings.
    /// - Throws: `LexiconError` listing every problem found.
    public static func parse(bytes: [UInt8], path: String) throws -> LoadedLexicon {
        let encodingProblems = LexiconText.utf8Problems(in: bytes)
        guard encodingProblems.isEmpty else {
            throw LexiconError(path: path, problems: encodingProblems)
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch {
            let message = error.reason.map { "invalid JSON: \($0)" } ?? "invalid JSON"
            throw LexiconError(path: path, problems: [
                LexiconProblem(line: error.line, column: error.column, message: message, value: error.found, expected: error.expected),
            ])
        }
        var reader = LexiconReader(document: document)
        let lexicon = reader.readLexicon()
        guard reader.problems.isEmpty, let lexicon else {
            throw LexiconError(path: path, problems: reader.sortedProblems)
        }
        return LoadedLexicon(lexicon: lexicon, sha256: SHA256.hex(bytes), path: path, findings: lexicon.coverageFindings())
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: `LexiconError` with one problem naming why the file cannot be read.
    static func readFile(_ path: String, format: LexiconFileFormat = .json) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LexiconError(path: path, problems: [
                LexiconProblem(line: 0, column: 0, message: "no such file", value: nil, expected: "the path of a lexicon file"),
            ], format: format)
        }
        guard !isDirectory.boolValue else {
            throw LexiconError(path: path, problems: [
                LexiconProblem(line: 0, column: 0, message: "this is a directory", value: nil, expected: "the path of a lexicon file"),
            ], format: format)
        }
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw LexiconError(path: path, problems: [
                LexiconProblem(line: 0, column: 0, message: "the file cannot be read (\(error.localizedDescription))",
                               value: nil, expected: "a readable lexicon file"),
            ], format: format)
        }
    }
}

/// Walks a JSON document and builds a `Lexicon`, collecting every problem on the way.
struct LexiconReader {
    typealias Node = JSONDocument.Node
    typealias Position = JSONDocument.Position

    /// One allowed key of an object: its name, whether it must be present, and what its value looks like.
    struct Field {
        let key: String
        let required: Bool
        let expected: String
    }

    static let lexiconFields = [
        Field(key: "format", required: true, expected: "\"\(Lexicon.format)\""),
        Field(key: "id", required: true, expected: LexiconText.idRule),
        Field(key: "version", required: true, expected: "a version string such as \"1.0.0\""),
        Field(key: "description", required: false, expected: "a string"),
        Field(key: "languages", required: true, expected: "an array of language codes such as [\"en\", \"fr\"]"),
        Field(key: "scope", required: true, expected: "an object such as {\"window\": 6}"),
        Field(key: "axes", required: true, expected: "an array of axes"),
        Field(key: "concepts", required: true, expected: "an array of concepts"),
        Field(key: "cues", required: false, expected: "an object of cue lists by language"),
    ]
    static let scopeFields = [
        Field(key: "window", required: true, expected: "an integer from 1 to 20"),
    ]
    static let axisFields = [
        Field(key: "id", required: true, expected: LexiconText.idRule),
        Field(key: "label", required: false, expected: "a string"),
        Field(key: "description", required: false, expected: "a string"),
        Field(key: "negative", required: true, expected: "a pole such as {\"id\": \"reformist\", \"label\": \"Reformist\"}"),
        Field(key: "positive", required: true, expected: "a pole such as {\"id\": \"radical\", \"label\": \"Radical\"}"),
    ]
    static let poleFields = [
        Field(key: "id", required: true, expected: LexiconText.idRule),
        Field(key: "label", required: false, expected: "a string"),
    ]
    static let conceptFields = [
        Field(key: "id", required: true, expected: LexiconText.idRule),
        Field(key: "axis", required: true, expected: "the id of an axis"),
        Field(key: "pole", required: true, expected: "the id of one of the axis's two poles"),
        Field(key: "weight", required: false, expected: "a number greater than 0"),
        Field(key: "description", required: false, expected: "a string"),
        Field(key: "patterns", required: true, expected: "an object of pattern lists by language, e.g. {\"en\": [\"asylum seeker*\"]}"),
    ]
    /// The cue list names in documented order.
    static let cueListNames = ["negators", "negationPairs", "pseudoNegators", "oppositionBefore", "oppositionAfter", "support", "terminators"]

    let document: JSONDocument
    private(set) var problems: [LexiconProblem] = []

    init(document: JSONDocument) {
        self.document = document
        for duplicate in document.duplicateKeys {
            report(duplicate.position, "the key '\(duplicate.key)' appears twice in one object (first at \(duplicate.firstPosition))",
                   value: duplicate.key, expected: "each key once per object")
        }
    }

    /// The problems ordered by position; problems at one position keep the order they were found in.
    var sortedProblems: [LexiconProblem] {
        problems.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    mutating func report(_ position: Position, _ message: String, value: String?, expected: String, suggestion: String? = nil) {
        problems.append(LexiconProblem(line: position.line, column: position.column, message: message, value: value,
                                       expected: expected, suggestion: suggestion))
    }

    /// The value as written: a string's text, or the source of anything else on one line.
    func written(_ node: Node) -> String {
        if let text = node.stringValue { return text }
        let source = document.sourceText(of: node)
        return source.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    // MARK: - Generic checks

    /// The fields of an object by key (first occurrence), after reporting unknown and missing keys.
    mutating func fields(of node: Node, _ context: String, _ specs: [Field]) -> [String: Node]? {
        guard let members = node.objectValue else {
            report(node.position, "\(context) must be an object", value: written(node), expected: "an object with the keys "
                + specs.map { "\"\($0.key)\"" }.joined(separator: ", "))
            return nil
        }
        let allowed = specs.map(\.key)
        var fields: [String: Node] = [:]
        for member in members {
            if allowed.contains(member.key) {
                if fields[member.key] == nil { fields[member.key] = member.value }
            } else {
                report(member.keyPosition, "unknown key in \(context)", value: member.key,
                       expected: "one of " + LexiconText.quotedList(allowed, limit: allowed.count),
                       suggestion: Suggestion.closest(to: member.key, among: allowed))
            }
        }
        for spec in specs where spec.required && fields[spec.key] == nil {
            report(node.position, "\(context) has no '\(spec.key)'", value: nil, expected: "a key \"\(spec.key)\" with \(spec.expected)")
        }
        return fields
    }

    /// The text of a string node, or nil after reporting that it is not a string.
    mutating func string(_ node: Node?, _ what: String, expected: String = "a string") -> String? {
        guard let node else { return nil }
        guard let text = node.stringValue else {
            report(node.position, "\(what) must be a string", value: written(node), expected: expected)
            return nil
        }
        return text
    }

    /// A string node holding a valid id, or nil after reporting what is wrong with it.
    mutating func id(_ node: Node?, _ what: String) -> String? {
        guard let text = string(node, what, expected: LexiconText.idRule), let node else { return nil }
        guard LexiconText.isValidID(text) else {
            let slug = LexiconText.slug(text)
            report(node.position, "\(what) is not a valid id", value: text, expected: LexiconText.idRule,
                   suggestion: slug == text ? nil : slug)
            return nil
        }
        return text
    }

    /// The elements of an array node, or nil after reporting that it is not an array.
    mutating func array(_ node: Node?, _ what: String, expected: String) -> [Node]? {
        guard let node else { return nil }
        guard let elements = node.arrayValue else {
            report(node.position, "\(what) must be an array", value: written(node), expected: expected)
            return nil
        }
        return elements
    }

    /// A language for an object key or string, or nil after reporting an unknown code.
    mutating func language(_ code: String, at position: Position, _ what: String) -> Language? {
        if let language = LexiconText.language(code) { return language }
        report(position, "unknown language code in \(what)", value: code, expected: LexiconText.languageCodes,
               suggestion: LexiconText.languageSuggestion(for: code))
        return nil
    }

    /// A pattern string checked with `PatternParser`, or nil after reporting why it cannot be used.
    mutating func pattern(_ node: Node, language: Language, _ what: String) -> String? {
        guard let text = string(node, what, expected: "a pattern string such as \"asylum seeker*\"") else { return nil }
        if case .failure(let problem) = PatternParser.parse(text, language: language) {
            report(node.position, "invalid \(language.name) pattern in \(what): \(problem.message)", value: text, expected: problem.expected)
            return nil
        }
        return text
    }

    // MARK: - The lexicon

    mutating func readLexicon() -> Lexicon? {
        guard let top = fields(of: document.root, "the lexicon", Self.lexiconFields) else { return nil }

        if let node = top["format"], let format = string(node, "'format'", expected: "\"\(Lexicon.format)\""), format != Lexicon.format {
            report(node.position, "unsupported lexicon format", value: format, expected: "\"\(Lexicon.format)\"",
                   suggestion: Suggestion.closest(to: format, among: [Lexicon.format]))
        }
        let id = id(top["id"], "the lexicon's 'id'")
        var version = string(top["version"], "'version'", expected: "a version string such as \"1.0.0\"")
        if let node = top["version"], version?.isEmpty == true {
            report(node.position, "'version' is empty", value: "", expected: "a version string such as \"1.0.0\"")
            version = nil
        }
        let description = top["description"].map { string($0, "'description'") } ?? ""
        let languages = readLanguages(top["languages"])
        let window = readScope(top["scope"])
        let axes = readAxes(top["axes"])
        let concepts = readConcepts(top["concepts"], axes: axes)
        let cues = top["cues"].map { readCues($0) } ?? [:]

        guard let id, let version, let description, let languages, let window, let axes, let concepts, let cues else { return nil }
        return Lexicon(id: id, version: version, description: description, languages: languages, window: window,
                       axes: axes.map(\.axis), concepts: concepts, cues: cues)
    }

    mutating func readLanguages(_ node: Node?) -> [Language]? {
        guard let node, let elements = array(node, "'languages'", expected: "an array of language codes such as [\"en\", \"fr\"]") else {
            return nil
        }
        guard !elements.isEmpty else {
            report(node.position, "'languages' is empty", value: "[]", expected: "at least one language code, e.g. [\"en\", \"fr\"]")
            return nil
        }
        var languages: [Language] = []
        var valid = true
        for element in elements {
            guard let code = string(element, "an entry of 'languages'", expected: LexiconText.languageCodes),
                  let language = language(code, at: element.position, "'languages'")
            else {
                valid = false
                continue
            }
            if languages.contains(language) {
                report(element.position, "the language '\(code)' is listed twice in 'languages'", value: code, expected: "each language once")
                valid = false
            }
            languages.append(language)
        }
        return valid ? languages : nil
    }

    mutating func readScope(_ node: Node?) -> Int? {
        guard let node, let scope = fields(of: node, "'scope'", Self.scopeFields), let windowNode = scope["window"] else { return nil }
        let expected = "an integer from 1 to 20"
        guard let number = windowNode.numberValue else {
            report(windowNode.position, "scope.window must be a number", value: written(windowNode), expected: expected)
            return nil
        }
        guard number.rounded() == number, (1...20).contains(number) else {
            report(windowNode.position, "scope.window is out of range", value: written(windowNode), expected: expected)
            return nil
        }
        return Int(number)
    }

    // MARK: - Axes

    /// An axis with the position of its id, for duplicate and reference messages.
    struct ReadAxis {
        var axis: Axis
        var idPosition: Position
    }

    mutating func readAxes(_ node: Node?) -> [ReadAxis]? {
        guard let elements = array(node, "'axes'", expected: "an array of axes") else { return nil }
        var axes: [ReadAxis] = []
        var valid = true
        for (index, element) in elements.enumerated() {
            guard let axis = readAxis(element, number: index + 1) else {
                valid = false
                continue
            }
            if let first = axes.first(where: { $0.axis.id == axis.axis.id }) {
                report(axis.idPosition, "duplicate axis id '\(axis.axis.id)' (first at \(first.idPosition))", value: axis.axis.id,
                       expected: "a unique axis id")
                valid = false
                continue
            }
            axes.append(axis)
        }
        return valid ? axes : nil
    }

    mutating func readAxis(_ node: Node, number: Int) -> ReadAxis? {
        let name = node["id"]?.stringValue.map { "axis '\($0)'" } ?? "axis #\(number)"
        guard let fields = fields(of: node, name, Self.axisFields) else { return nil }
        let id = id(fields["id"], "the id of \(name)")
        let label = fields["label"].map { string($0, "the label of \(name)") } ?? id
        let description = fields["description"].map { string($0, "the description of \(name)") } ?? ""
        let negative = fields["negative"].flatMap { readPole($0, "the negative pole of \(name)") }
        let positive = fields["positive"].flatMap { readPole($0, "the positive pole of \(name)") }
        if let negative, let positive, negative.pole.id == positive.pole.id {
            report(positive.idPosition, "both poles of \(name) have the id '\(positive.pole.id)'", value: positive.pole.id,
                   expected: "two different pole ids")
            return nil
        }
        guard let id, let label, let description, let negative, let positive, let idNode = fields["id"] else { return nil }
        return ReadAxis(axis: Axis(id: id, label: label, description: description, negative: negative.pole, positive: positive.pole),
                        idPosition: idNode.position)
    }

    mutating func readPole(_ node: Node, _ what: String) -> (pole: Pole, idPosition: Position)? {
        guard let fields = fields(of: node, what, Self.poleFields) else { return nil }
        let id = id(fields["id"], "the id of \(what)")
        let label = fields["label"].map { string($0, "the label of \(what)") } ?? id
        guard let id, let label, let idNode = fields["id"] else { return nil }
        return (Pole(id: id, label: label), idNode.position)
    }

    // MARK: - Concepts

    mutating func readConcepts(_ node: Node?, axes: [ReadAxis]?) -> [Concept]? {
        guard let elements = array(node, "'concepts'", expected: "an array of concepts") else { return nil }
        var concepts: [Concept] = []
        var firstPositions: [String: Position] = [:]
        var valid = true
        for (index, element) in elements.enumerated() {
            let concept = readConcept(element, number: index + 1, axes: axes)
            if let idNode = element["id"], let id = idNode.stringValue, LexiconText.isValidID(id) {
                if let first = firstPositions[id] {
                    report(idNode.position, "duplicate concept id '\(id)' (first at \(first))", value: id, expected: "a unique concept id")
                    valid = false
                    continue
                }
                firstPositions[id] = idNode.position
            }
            guard let concept else {
                valid = false
                continue
            }
            concepts.append(concept)
        }
        return valid ? concepts : nil
    }

    mutating func readConcept(_ node: Node, number: Int, axes: [ReadAxis]?) -> Concept? {
        let name = node["id"]?.stringValue.map { "concept '\($0)'" } ?? "concept #\(number)"
        guard let fields = fields(of: node, name, Self.conceptFields) else { return nil }
        let id = id(fields["id"], "the id of \(name)")
        let axisAndPole = readAxisAndPole(fields, name, axes: axes)
        let weight = fields["weight"].map { readWeight($0, name) } ?? 1
        let description = fields["description"].map { string($0, "the description of \(name)") } ?? ""
        let patterns = fields["patterns"].flatMap { readPatterns($0, name) }
        guard let id, let axisAndPole, let weight, let description, let patterns else { return nil }
        return Concept(id: id, axis: axisAndPole.axis, pole: axisAndPole.pole, weight: weight, description: description, patterns: patterns)
    }

    mutating func readAxisAndPole(_ fields: [String: Node], _ name: String, axes: [ReadAxis]?) -> (axis: String, pole: String)? {
        guard let axisNode = fields["axis"], let axisID = string(axisNode, "the axis of \(name)", expected: "the id of an axis") else {
            _ = string(fields["pole"], "the pole of \(name)")
            return nil
        }
        let poleNode = fields["pole"]
        let poleID = string(poleNode, "the pole of \(name)", expected: "the id of one of the axis's two poles")
        // Without readable axes, a reference cannot be judged; the axes' own problems are reported already.
        guard let axes else { return nil }
        guard let axis = axes.first(where: { $0.axis.id == axisID })?.axis else {
            let known = axes.map(\.axis.id)
            report(axisNode.position, "\(name) names an unknown axis", value: axisID,
                   expected: known.isEmpty ? "an axis defined under 'axes'" : "one of the axis ids " + LexiconText.quotedList(known),
                   suggestion: Suggestion.closest(to: axisID, among: known))
            return nil
        }
        guard let poleNode, let poleID else { return nil }
        guard axis.side(of: poleID) != nil else {
            report(poleNode.position, "\(name) names a pole that axis '\(axis.id)' does not have", value: poleID,
                   expected: "'\(axis.negative.id)' or '\(axis.positive.id)'",
                   suggestion: Suggestion.closest(to: poleID, among: [axis.negative.id, axis.positive.id]))
            return nil
        }
        return (axis.id, poleID)
    }

    mutating func readWeight(_ node: Node, _ name: String) -> Double? {
        let expected = "a number greater than 0, e.g. 1.0"
        guard let weight = node.numberValue else {
            report(node.position, "the weight of \(name) must be a number", value: written(node), expected: expected)
            return nil
        }
        guard weight.isFinite, weight > 0 else {
            report(node.position, "the weight of \(name) must be a finite number greater than 0", value: written(node), expected: expected)
            return nil
        }
        return weight
    }

    mutating func readPatterns(_ node: Node, _ name: String) -> [Language: [String]]? {
        let what = "the patterns of \(name)"
        guard let members = node.objectValue else {
            report(node.position, "\(what) must be an object", value: written(node),
                   expected: "an object of pattern lists by language, e.g. {\"en\": [\"asylum seeker*\"]}")
            return nil
        }
        var patterns: [Language: [String]] = [:]
        var valid = true
        for member in members {
            guard let language = language(member.key, at: member.keyPosition, what) else {
                valid = false
                continue
            }
            guard patterns[language] == nil else { continue }  // reported as a duplicate key
            guard let elements = array(member.value, "the \(language.name) patterns of \(name)",
                                       expected: "an array of pattern strings, e.g. [\"asylum seeker*\"]") else {
                valid = false
                continue
            }
            var list: [String] = []
            for element in elements {
                if let text = pattern(element, language: language, name) { list.append(text) } else { valid = false }
            }
            patterns[language] = list
        }
        if valid, patterns.values.allSatisfy(\.isEmpty) {
            report(node.position, "\(name) has no patterns", value: written(node),
                   expected: "at least one pattern in one language, e.g. {\"en\": [\"asylum seeker*\"]}")
            return nil
        }
        return valid ? patterns : nil
    }

    // MARK: - Cues

    mutating func readCues(_ node: Node) -> [Language: CueLists]? {
        guard let members = node.objectValue else {
            report(node.position, "'cues' must be an object", value: written(node), expected: "an object of cue lists by language, e.g. {\"en\": {\"negators\": [\"not\"]}}")
            return nil
        }
        var cues: [Language: CueLists] = [:]
        var valid = true
        for member in members {
            guard let language = language(member.key, at: member.keyPosition, "'cues'") else {
                valid = false
                continue
            }
            guard cues[language] == nil else { continue }  // reported as a duplicate key
            if let lists = readCueLists(member.value, language: language) { cues[language] = lists } else { valid = false }
        }
        return valid ? cues : nil
    }

    mutating func readCueLists(_ node: Node, language: Language) -> CueLists? {
        let context = "the \(language.name) cue lists"
        let specs = Self.cueListNames.map { name in
            Field(key: name, required: false, expected: name == "negationPairs" ? "an array of two-pattern arrays" : "an array of patterns")
        }
        guard let fields = fields(of: node, context, specs) else { return nil }
        var lists = CueLists()
        var valid = true
        func patternList(_ name: String, into list: inout [String], reader: inout LexiconReader) {
            guard let node = fields[name] else { return }
            guard let elements = reader.array(node, "'\(name)' in \(context)", expected: "an array of pattern strings, e.g. [\"not\", \"never\"]") else {
                valid = false
                return
            }
            for element in elements {
                if let text = reader.pattern(element, language: language, "'\(name)' of \(context)") { list.append(text) } else { valid = false }
            }
        }
        patternList("negators", into: &lists.negators, reader: &self)
        patternList("pseudoNegators", into: &lists.pseudoNegators, reader: &self)
        patternList("oppositionBefore", into: &lists.oppositionBefore, reader: &self)
        patternList("oppositionAfter", into: &lists.oppositionAfter, reader: &self)
        patternList("support", into: &lists.support, reader: &self)
        patternList("terminators", into: &lists.terminators, reader: &self)
        if let node = fields["negationPairs"] {
            let expected = "an array of two-pattern arrays, e.g. [[\"ne\", \"pas\"]]"
            if let pairs = array(node, "'negationPairs' in \(context)", expected: expected) {
                for pair in pairs {
                    guard let parts = array(pair, "an entry of 'negationPairs' in \(context)", expected: "an array of exactly two patterns, e.g. [\"ne\", \"pas\"]") else {
                        valid = false
                        continue
                    }
                    guard parts.count == 2 else {
                        report(pair.position, "an entry of 'negationPairs' in \(context) has \(parts.count) pattern\(parts.count == 1 ? "" : "s")",
                               value: written(pair), expected: "an array of exactly two patterns, e.g. [\"ne\", \"pas\"]")
                        valid = false
                        continue
                    }
                    let first = pattern(parts[0], language: language, "'negationPairs' of \(context)")
                    let second = pattern(parts[1], language: language, "'negationPairs' of \(context)")
                    if let first, let second { lists.negationPairs.append([first, second]) } else { valid = false }
                }
            } else {
                valid = false
            }
        }
        return valid ? lists : nil
    }
}
