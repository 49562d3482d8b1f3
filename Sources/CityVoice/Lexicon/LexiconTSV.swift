import Foundation

/// Converts a lexicon's concepts to and from a spreadsheet-friendly TSV, one row per pattern.
///
/// The file is UTF-8 with `\n` line ends (`\r\n` is accepted on import). The first line is
/// the header `axis	pole	concept	language	pattern	weight`; every other non-blank line has
/// exactly those six tab-separated fields. Concept descriptions, axes and cue lists are not
/// in the TSV: on import they come from a base lexicon.
public enum LexiconTSV {
    /// The column names, in order.
    public static let columns = ["axis", "pole", "concept", "language", "pattern", "weight"]

    /// The header line, without its line break.
    public static var header: String { columns.joined(separator: "\t") }

    /// The window used when a TSV is imported without a base lexicon (the value the format documentation uses).
    public static let defaultWindow = 6

    /// Writes one row per pattern, sorted by axis order, concept order, language (`Language`
    /// case order) and the patterns' file order.
    ///
    /// Concepts whose axis is not among the lexicon's axes come last, in concept order.
    /// - Parameters:
    ///   - lexicon: the lexicon to export.
    ///   - path: where the lexicon came from, for messages.
    /// - Returns: the TSV text, header included, each line ending in `\n`.
    /// - Throws: `LexiconError` when a field would contain a tab or line break, which a TSV field cannot hold.
    public static func export(_ lexicon: Lexicon, path: String) throws -> String {
        let axisOrder = lexicon.axes.map(\.id)
        let ordered = axisOrder.flatMap { axis in lexicon.concepts.filter { $0.axis == axis } }
            + lexicon.concepts.filter { !axisOrder.contains($0.axis) }
        var lines = [header]
        var problems: [LexiconProblem] = []
        for concept in ordered {
            for language in Language.allCases {
                for pattern in concept.patterns[language] ?? [] {
                    let fields = [concept.axis, concept.pole, concept.id, language.rawValue, pattern, concept.weight.description]
                    for (index, field) in fields.enumerated() where field.contains(where: { $0 == "\t" || $0.isNewline }) {
                        problems.append(LexiconProblem(
                            line: 0, column: 0,
                            message: "the \(columns[index]) of concept '\(concept.id)' (\(language.name)) contains a tab or line break, which a TSV field cannot hold",
                            value: field, expected: "a \(columns[index]) without tabs or line breaks (a space separates pattern words)"))
                    }
                    lines.append(fields.joined(separator: "\t"))
                }
            }
        }
        guard problems.isEmpty else { throw LexiconError(path: path, problems: problems, format: .tsv) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Builds a lexicon from TSV rows and a base lexicon.
    ///
    /// The concepts are the TSV's, in order of first appearance; a concept keeps the
    /// description of the base concept with the same id. Axes and cue lists come from
    /// `base`; an axis id the base does not define creates an axis whose poles are the two
    /// pole ids the TSV uses with it, negative first in order of appearance. Without a base,
    /// the lexicon gets its id from the file name, version "0.1.0", window `defaultWindow`
    /// and no cue lists. An empty weight field takes the weight of the concept's other rows (or 1).
    /// - Parameters:
    ///   - bytes: the TSV file's contents.
    ///   - path: the TSV file's name, for messages.
    ///   - base: the lexicon whose metadata, axes and cues the result keeps; its concepts are replaced.
    /// - Returns: the lexicon and findings (axes created, languages added, coverage gaps).
    /// - Throws: `LexiconError` listing every problem, each with its line and field number.
    public static func importLexicon(bytes: [UInt8], path: String, base: Lexicon?) throws -> (lexicon: Lexicon, findings: [Finding]) {
        var reader = TSVReader(base: base)
        reader.read(bytes)
        guard reader.problems.isEmpty else {
            let sorted = reader.problems.enumerated().sorted { a, b in
                (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
            }
            throw LexiconError(path: path, problems: sorted.map(\.element), format: .tsv)
        }
        return reader.build(path: path)
    }
}

/// Reads TSV rows into concepts, collecting every problem.
private struct TSVReader {
    /// One valid row.
    struct Row {
        var line: Int
        var axis: String
        var pole: String
        var concept: String
        var language: Language
        var pattern: String
        var weight: Double?
    }

    /// What the rows say about one concept so far.
    struct ConceptDraft {
        var firstLine: Int
        var axis: String
        var pole: String
        var weight: Double?
        var weightLine: Int
        var patterns: [Language: [String]] = [:]
    }

    /// An axis the base does not define, as the TSV uses it.
    struct NewAxis {
        var id: String
        var firstLine: Int
        var poles: [(id: String, line: Int)] = []
    }

    let base: Lexicon?
    var problems: [LexiconProblem] = []
    var conceptOrder: [String] = []
    var drafts: [String: ConceptDraft] = [:]
    var newAxes: [NewAxis] = []
    var languagesSeen: Set<Language> = []

    init(base: Lexicon?) {
        self.base = base
    }

    mutating func report(_ line: Int, _ field: Int, _ message: String, value: String?, expected: String, suggestion: String? = nil) {
        problems.append(LexiconProblem(line: line, column: field, message: message, value: value, expected: expected, suggestion: suggestion))
    }

    mutating func read(_ bytes: [UInt8]) {
        problems = LexiconText.utf8Problems(in: bytes)
        guard problems.isEmpty else { return }
        let lines = LexiconText.lines(of: bytes).filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard let headerLine = lines.first else {
            report(1, 0, "the file is empty", value: nil, expected: "the header line '\(LexiconTSV.header)'")
            return
        }
        guard checkHeader(headerLine.text, line: headerLine.number) else { return }
        for line in lines.dropFirst() {
            if let row = parseRow(line.text, line: line.number) { add(row) }
        }
        resolveAxes()
    }

    /// Whether the header is right; reports the first wrong column name otherwise.
    mutating func checkHeader(_ text: String, line: Int) -> Bool {
        let names = text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, expected) in LexiconTSV.columns.enumerated() {
            let found = index < names.count ? names[index] : nil
            if found?.lowercased() != expected {
                report(line, index + 1, "the first line must be the header with the columns \(LexiconTSV.columns.joined(separator: ", "))", value: found,
                       expected: "the column name '\(expected)'", suggestion: found.flatMap { Suggestion.closest(to: $0, among: [expected]) })
                return false
            }
        }
        if names.count > LexiconTSV.columns.count {
            report(line, LexiconTSV.columns.count + 1, "the header has more than \(LexiconTSV.columns.count) columns",
                   value: names[LexiconTSV.columns.count], expected: "exactly the columns '\(LexiconTSV.header)'")
            return false
        }
        return true
    }

    /// A checked row, or nil after reporting every problem in it.
    mutating func parseRow(_ text: String, line: Int) -> Row? {
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unquoted($0.trimmingCharacters(in: .whitespaces)) }
        let count = LexiconTSV.columns.count
        guard fields.count == count else {
            let hint = fields.count > count
                ? "; a field cannot contain a tab"
                : (text.contains("\"") ? "; a field cannot contain a line break" : "")
            report(line, min(fields.count, count) + 1, "the row has \(fields.count) field\(fields.count == 1 ? "" : "s")\(hint)",
                   value: text, expected: "\(count) tab-separated fields: \(LexiconTSV.columns.joined(separator: ", "))")
            return nil
        }
        let axis = id(fields[0], line: line, field: 1, what: "axis")
        let pole = id(fields[1], line: line, field: 2, what: "pole")
        let concept = id(fields[2], line: line, field: 3, what: "concept")
        var language: Language?
        if let known = LexiconText.language(fields[3]) {
            language = known
        } else {
            report(line, 4, "unknown language code", value: fields[3], expected: LexiconText.languageCodes,
                   suggestion: LexiconText.languageSuggestion(for: fields[3]))
        }
        var pattern: String?
        if let language {
            switch PatternParser.parse(fields[4], language: language) {
            case .success: pattern = fields[4]
            case .failure(let problem):
                report(line, 5, "invalid \(language.name) pattern: \(problem.message)", value: fields[4], expected: problem.expected)
            }
        }
        var weight: Double?
        var weightValid = true
        if !fields[5].isEmpty {
            if let number = Double(fields[5]), number.isFinite, number > 0, fields[5].first != "+" {
                weight = number
            } else {
                weightValid = false
                let decimalPoint = fields[5].replacingOccurrences(of: ",", with: ".")
                let suggestion = Double(decimalPoint).map { $0.isFinite && $0 > 0 } == true ? decimalPoint : nil
                report(line, 6, Double(fields[5]) == nil ? "the weight is not a number" : "the weight must be a finite number greater than 0",
                       value: fields[5], expected: "a number greater than 0 with a decimal point, e.g. 1.0 or 0.5 (or an empty field for the concept's weight)",
                       suggestion: suggestion)
            }
        }
        guard let axis, let pole, let concept, let language, let pattern, weightValid else { return nil }
        return Row(line: line, axis: axis, pole: pole, concept: concept, language: language, pattern: pattern, weight: weight)
    }

    /// A field holding a valid id, or nil after reporting it.
    mutating func id(_ field: String, line: Int, field number: Int, what: String) -> String? {
        guard LexiconText.isValidID(field) else {
            let slug = LexiconText.slug(field)
            report(line, number, field.isEmpty ? "the \(what) id is empty" : "the \(what) id is not valid", value: field,
                   expected: LexiconText.idRule, suggestion: slug == field ? nil : slug)
            return nil
        }
        return field
    }

    /// Adds a row to its concept, reporting rows that disagree with the concept's earlier rows.
    mutating func add(_ row: Row) {
        languagesSeen.insert(row.language)
        guard var draft = drafts[row.concept] else {
            var draft = ConceptDraft(firstLine: row.line, axis: row.axis, pole: row.pole, weight: row.weight, weightLine: row.line)
            draft.patterns[row.language] = [row.pattern]
            drafts[row.concept] = draft
            conceptOrder.append(row.concept)
            noteAxisUse(row)
            return
        }
        var consistent = true
        if row.axis != draft.axis {
            report(row.line, 1, "concept '\(row.concept)' has axis '\(row.axis)' here but '\(draft.axis)' on line \(draft.firstLine)",
                   value: row.axis, expected: "the same axis on every row of concept '\(row.concept)'")
            consistent = false
        } else if row.pole != draft.pole {
            report(row.line, 2, "concept '\(row.concept)' has pole '\(row.pole)' here but '\(draft.pole)' on line \(draft.firstLine)",
                   value: row.pole, expected: "the same pole on every row of concept '\(row.concept)'")
            consistent = false
        }
        if let weight = row.weight {
            if let earlier = draft.weight, earlier != weight {
                report(row.line, 6, "concept '\(row.concept)' has weight \(weight) here but \(earlier) on line \(draft.weightLine)",
                       value: String(weight), expected: "the same weight on every row of concept '\(row.concept)' (or an empty field)")
                consistent = false
            } else if draft.weight == nil {
                draft.weight = weight
                draft.weightLine = row.line
            }
        }
        guard consistent else { return }
        draft.patterns[row.language, default: []].append(row.pattern)
        drafts[row.concept] = draft
    }

    /// Checks a concept's pole against its axis: a base axis's poles, or the poles collected for a new axis.
    mutating func noteAxisUse(_ row: Row) {
        if let axis = base?.axis(row.axis) {
            if axis.side(of: row.pole) == nil {
                report(row.line, 2, "concept '\(row.concept)' names a pole that axis '\(axis.id)' does not have", value: row.pole,
                       expected: "'\(axis.negative.id)' or '\(axis.positive.id)'",
                       suggestion: Suggestion.closest(to: row.pole, among: [axis.negative.id, axis.positive.id]))
            }
            return
        }
        let index: Int
        if let existing = newAxes.firstIndex(where: { $0.id == row.axis }) {
            index = existing
        } else {
            newAxes.append(NewAxis(id: row.axis, firstLine: row.line))
            index = newAxes.count - 1
        }
        guard !newAxes[index].poles.contains(where: { $0.id == row.pole }) else { return }
        if newAxes[index].poles.count == 2 {
            let known = newAxes[index].poles
            report(row.line, 2, "axis '\(row.axis)' would get a third pole '\(row.pole)' (it has '\(known[0].id)' from line \(known[0].line) and '\(known[1].id)' from line \(known[1].line))",
                   value: row.pole, expected: "one of the axis's two poles '\(known[0].id)' or '\(known[1].id)'",
                   suggestion: Suggestion.closest(to: row.pole, among: known.map(\.id)))
            return
        }
        newAxes[index].poles.append((row.pole, row.line))
    }

    /// Reports new axes that do not end up with exactly two poles.
    mutating func resolveAxes() {
        let baseAxisIDs = base?.axes.map(\.id) ?? []
        for axis in newAxes where axis.poles.count < 2 {
            let inBase = base == nil ? "there is no base lexicon" : "the base lexicon does not define it"
            report(axis.firstLine, 1, "axis '\(axis.id)' is new (\(inBase)) and the TSV gives it only the pole '\(axis.poles[0].id)'",
                   value: axis.id, expected: "two pole ids for a new axis, or an axis defined in the base lexicon",
                   suggestion: Suggestion.closest(to: axis.id, among: baseAxisIDs))
        }
    }

    /// The lexicon and findings from rows that had no problems.
    func build(path: String) -> (lexicon: Lexicon, findings: [Finding]) {
        var findings: [Finding] = []
        let baseAxisIDs = base?.axes.map(\.id) ?? []
        var axes = base?.axes ?? []
        for new in newAxes {
            let negative = new.poles[0].id, positive = new.poles[1].id
            axes.append(Axis(id: new.id, label: new.id, description: "",
                             negative: Pole(id: negative, label: negative), positive: Pole(id: positive, label: positive)))
            let origin = base == nil ? "created from the TSV" : "is not in the base lexicon, so it was created from the TSV"
            var message = "axis '\(new.id)' \(origin) with negative pole '\(negative)' and positive pole '\(positive)' "
                + "(in the order they first appear, from line \(new.firstLine)); swap them in the JSON if the direction is wrong"
            if let close = Suggestion.closest(to: new.id, among: baseAxisIDs) { message += "; did you mean '\(close)'?" }
            findings.append(Finding(base == nil ? .info : .warning, code: "axis-created", message: message))
        }
        var languages = base?.languages ?? []
        for language in Language.allCases where languagesSeen.contains(language) && !languages.contains(language) {
            languages.append(language)
            if base != nil {
                findings.append(Finding(.info, code: "language-added",
                                        message: "the TSV has \(language.name) patterns, so '\(language.rawValue)' was added to the lexicon's languages"))
            }
        }
        let concepts = conceptOrder.map { id in
            let draft = drafts[id]!
            let description = base?.concepts.first { $0.id == id }?.description ?? ""
            return Concept(id: id, axis: draft.axis, pole: draft.pole, weight: draft.weight ?? 1, description: description, patterns: draft.patterns)
        }
        let fileName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let lexicon = Lexicon(
            id: base?.id ?? LexiconText.slug(fileName) ?? "imported",
            version: base?.version ?? "0.1.0",
            description: base?.description ?? "Imported from \(URL(fileURLWithPath: path).lastPathComponent).",
            languages: languages,
            window: base?.window ?? LexiconTSV.defaultWindow,
            axes: axes,
            concepts: concepts,
            cues: base?.cues ?? [:])
        return (lexicon, findings + lexicon.coverageFindings())
    }

    /// A field without the double quotes a spreadsheet may put around it (`""` inside becomes `"`).
    static func unquoted(_ field: String) -> String {
        guard field.count >= 2, field.hasPrefix("\""), field.hasSuffix("\"") else { return field }
        return String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}
