import Foundation

/// Imports LIWC `.dic` dictionaries as concepts of one axis.
///
/// A `.dic` file has a header between two lines that contain only `%`, listing
/// `number<TAB>category name`, then one entry per line: `word<TAB>numbers…`, the numbers
/// separated by tabs or spaces. A word ending in `*` is a prefix; an entry may have several
/// words separated by spaces; blank lines are ignored. LIWC's conditional codes
/// (`<of>131/125`, `(02 134)126/253`) have no CityVoice equivalent and are skipped with a finding.
public enum LIWCDictionary {
    /// What to do with a category that `poleForCategory` does not map.
    public enum UnmappedCategories: Sendable, Equatable {
        /// Report it as an error that lists the axis's pole ids.
        case error
        /// Leave it out, with a finding.
        case skip
    }

    /// Turns each category of a LIWC dictionary into a concept on one pole of `axis`.
    ///
    /// Concept ids are the category names made into ids ("Positive Emotion" → `positive-emotion`);
    /// patterns keep the entries' file order; weights are 1. Entries CityVoice cannot match
    /// (a prefix with fewer than 3 letters, a word with no letters) are skipped with a finding.
    /// - Parameters:
    ///   - bytes: the `.dic` file's contents, UTF-8.
    ///   - path: the file's name, for messages.
    ///   - axis: the axis every concept belongs to.
    ///   - poleForCategory: the pole id for each category, keyed by category name or number.
    ///   - language: the language of the entries.
    ///   - unmapped: whether a category missing from `poleForCategory` is an error (the default) or skipped.
    /// - Returns: one concept per mapped category that has usable entries, and the findings.
    /// - Throws: `LexiconError` listing every problem, with line numbers: a malformed header,
    ///   a missing second `%`, an entry with an unknown category number, an unmapped category.
    public static func importDictionary(bytes: [UInt8], path: String, axis: Axis, poleForCategory: [String: String],
                                        language: Language, unmapped: UnmappedCategories = .error) throws
        -> (concepts: [Concept], findings: [Finding]) {
        var reader = DicReader(axis: axis, poleForCategory: poleForCategory, language: language, unmapped: unmapped)
        reader.read(bytes, fileName: URL(fileURLWithPath: path).lastPathComponent)
        guard reader.problems.isEmpty else {
            let sorted = reader.problems.enumerated().sorted { a, b in
                (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
            }
            throw LexiconError(path: path, problems: sorted.map(\.element), format: .liwc)
        }
        return (reader.concepts, reader.findings)
    }
}

/// Parses a `.dic` file and builds concepts, collecting every problem.
private struct DicReader {
    struct Category {
        var number: Int
        var name: String
        var note: String
        var line: Int
        /// The pole id, when the category is mapped to a valid pole.
        var pole: String?
        var conceptID: String?
        var patterns: [String] = []
    }

    let axis: Axis
    let poleForCategory: [String: String]
    let language: Language
    let unmapped: LIWCDictionary.UnmappedCategories
    var problems: [LexiconProblem] = []
    var findings: [Finding] = []
    var categories: [Category] = []
    var concepts: [Concept] = []

    init(axis: Axis, poleForCategory: [String: String], language: Language, unmapped: LIWCDictionary.UnmappedCategories) {
        self.axis = axis
        self.poleForCategory = poleForCategory
        self.language = language
        self.unmapped = unmapped
    }

    mutating func report(_ line: Int, _ column: Int, _ message: String, value: String?, expected: String, suggestion: String? = nil) {
        problems.append(LexiconProblem(line: line, column: column, message: message, value: value, expected: expected, suggestion: suggestion))
    }

    mutating func read(_ bytes: [UInt8], fileName: String) {
        problems = LexiconText.utf8Problems(in: bytes)
        guard problems.isEmpty else { return }
        let lines = LexiconText.lines(of: bytes).filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard let opening = lines.first else {
            report(1, 0, "the file is empty", value: nil, expected: "a LIWC dictionary starting with a line '%'")
            return
        }
        guard opening.text.trimmingCharacters(in: .whitespaces) == "%" else {
            report(opening.number, 1, "malformed header: a LIWC dictionary starts with a line containing only '%'",
                   value: opening.text, expected: "'%'")
            return
        }
        guard let closingIndex = lines.dropFirst().firstIndex(where: { $0.text.trimmingCharacters(in: .whitespaces) == "%" }) else {
            report(opening.number, 1, "the category header opened here is never closed", value: nil,
                   expected: "a second line containing only '%' after the 'number<TAB>category' lines")
            return
        }
        for line in lines[1..<closingIndex] { readCategory(line.text, line: line.number) }
        if categories.isEmpty && problems.isEmpty {
            report(lines[closingIndex].number, 1, "the header lists no categories", value: nil,
                   expected: "'number<TAB>category' lines between the two '%' lines")
        }
        mapCategories()
        for line in lines[(closingIndex + 1)...] { readEntry(line.text, line: line.number) }
        guard problems.isEmpty else { return }
        buildConcepts(fileName: fileName)
    }

    /// Reads `number<TAB>name[<TAB>note]`.
    mutating func readCategory(_ text: String, line: Int) {
        let expected = "'number<TAB>category name', e.g. '1<TAB>posemo'"
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count)
        guard let number = Int(digits), rest.first?.isWhitespace == true else {
            report(line, 1, "malformed category line in the header", value: text, expected: expected)
            return
        }
        let fields = rest.trimmingCharacters(in: .whitespaces).split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = fields.first, !name.isEmpty else {
            report(line, 1, "category \(number) has no name", value: text, expected: expected)
            return
        }
        if let first = categories.first(where: { $0.number == number }) {
            report(line, 1, "category number \(number) is used twice (first on line \(first.line))", value: String(digits),
                   expected: "a different number for each category")
            return
        }
        if let first = categories.first(where: { $0.name == name }) {
            report(line, digits.count + 2, "category name '\(name)' is used twice (first on line \(first.line))", value: name,
                   expected: "a different name for each category")
            return
        }
        categories.append(Category(number: number, name: name, note: fields.count > 1 ? fields[1] : "", line: line))
    }

    /// Gives each category its pole and concept id, reporting unmapped categories, bad poles and clashing ids.
    mutating func mapCategories() {
        let poles = [axis.negative.id, axis.positive.id]
        let known = Set(categories.map(\.name) + categories.map { String($0.number) })
        for key in poleForCategory.keys.sorted() where !known.contains(key) {
            report(0, 0, "the pole mapping names a category the dictionary does not have", value: key,
                   expected: "one of the categories " + LexiconText.quotedList(categories.map(\.name)),
                   suggestion: Suggestion.closest(to: key, among: categories.map(\.name)))
        }
        var conceptLines: [String: (name: String, line: Int)] = [:]
        for index in categories.indices {
            let category = categories[index]
            guard let pole = poleForCategory[category.name] ?? poleForCategory[String(category.number)] else {
                switch unmapped {
                case .error:
                    report(category.line, 1, "category '\(category.name)' has no pole in the mapping", value: category.name,
                           expected: "a pole of axis '\(axis.id)' for it: '\(poles[0])' or '\(poles[1])'")
                case .skip:
                    findings.append(Finding(.info, code: "liwc-category-skipped",
                                            message: "LIWC category '\(category.name)' (line \(category.line)) has no pole in the mapping and was left out"))
                }
                continue
            }
            guard poles.contains(pole) else {
                report(category.line, 1, "category '\(category.name)' is mapped to a pole that axis '\(axis.id)' does not have", value: pole,
                       expected: "'\(poles[0])' or '\(poles[1])'", suggestion: Suggestion.closest(to: pole, among: poles))
                continue
            }
            let conceptID = LexiconText.slug(category.name) ?? "category-\(category.number)"
            if let first = conceptLines[conceptID] {
                report(category.line, 1, "categories '\(first.name)' (line \(first.line)) and '\(category.name)' both become the concept id '\(conceptID)'",
                       value: category.name, expected: "category names that differ in letters or digits")
                continue
            }
            conceptLines[conceptID] = (category.name, category.line)
            categories[index].pole = pole
            categories[index].conceptID = conceptID
        }
    }

    /// Reads `word<TAB>numbers…` (or, without a tab, the trailing number-like tokens as the numbers).
    mutating func readEntry(_ text: String, line: Int) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [(text: String, start: Int)]
        let wordEnd: Int
        if let tab = scalars.firstIndex(of: "\t") {
            wordEnd = tab
            tokens = Self.codeTokens(scalars, from: tab + 1)
        } else {
            // Without a tab the word is everything before the trailing run of code-like tokens.
            tokens = Self.codeTokens(scalars, from: 0)
            var firstCode = tokens.count
            while firstCode > 0, Self.isCodeLike(tokens[firstCode - 1].text) { firstCode -= 1 }
            wordEnd = firstCode < tokens.count ? tokens[firstCode].start : scalars.count
            tokens = Array(tokens[firstCode...])
        }
        let word = String(String.UnicodeScalarView(scalars[..<wordEnd])).trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty else {
            report(line, 1, "an entry without a word", value: text, expected: "'word<TAB>category numbers'")
            return
        }
        guard !tokens.isEmpty else {
            report(line, scalars.count + 1, "the entry '\(word)' has no category numbers", value: text,
                   expected: "one or more category numbers after a tab, e.g. '\(word)<TAB>1'")
            return
        }
        var ignored: [String] = []
        var targets: [Int] = []
        for token in tokens {
            if let number = Int(token.text), token.text.allSatisfy(\.isASCII) {
                guard let index = categories.firstIndex(where: { $0.number == number }) else {
                    report(line, token.start + 1, "the entry '\(word)' names an unknown category number", value: token.text,
                           expected: "one of the category numbers in the header: " + categories.map { String($0.number) }.joined(separator: ", "))
                    continue
                }
                if !targets.contains(index) { targets.append(index) }
            } else if Self.isConditional(token.text) {
                ignored.append(token.text)
            } else {
                report(line, token.start + 1, "the entry '\(word)' has something that is not a category number", value: token.text,
                       expected: "category numbers separated by tabs or spaces")
            }
        }
        if !ignored.isEmpty {
            findings.append(Finding(.info, code: "liwc-conditional-code",
                                    message: "line \(line): LIWC conditional codes \(LexiconText.quotedList(ignored)) of '\(word)' have no CityVoice equivalent and were ignored"))
        }
        for index in targets where categories[index].pole != nil {
            addPattern(word, to: index, line: line)
        }
    }

    /// Adds `word` as a pattern of a category if CityVoice can match it; otherwise a finding says why not.
    mutating func addPattern(_ word: String, to index: Int, line: Int) {
        let name = categories[index].name
        if case .failure(let problem) = PatternParser.parse(word, language: language) {
            findings.append(Finding(.warning, code: "liwc-entry-skipped",
                                    message: "line \(line): '\(word)' (category '\(name)') was skipped: \(problem.message) (expected \(problem.expected))"))
            return
        }
        guard !categories[index].patterns.contains(word) else {
            findings.append(Finding(.info, code: "duplicate-pattern",
                                    message: "line \(line): '\(word)' is listed twice for category '\(name)'; kept once"))
            return
        }
        categories[index].patterns.append(word)
    }

    mutating func buildConcepts(fileName: String) {
        for category in categories {
            guard let pole = category.pole, let conceptID = category.conceptID else { continue }
            guard !category.patterns.isEmpty else {
                findings.append(Finding(.warning, code: "liwc-empty-category",
                                        message: "LIWC category '\(category.name)' has no usable entries, so no concept was made for it"))
                continue
            }
            var description = "LIWC category '\(category.name)' (\(category.number)) from \(fileName)"
            if !category.note.isEmpty { description += ": \(category.note)" }
            concepts.append(Concept(id: conceptID, axis: axis.id, pole: pole, weight: 1, description: description,
                                    patterns: [language: category.patterns]))
        }
    }

    /// The whitespace-separated tokens of a line from offset `start`, with their scalar offsets; `(…)` and `<…>` groups stay whole.
    static func codeTokens(_ scalars: [Unicode.Scalar], from start: Int) -> [(text: String, start: Int)] {
        var tokens: [(String, Int)] = []
        var index = start
        while index < scalars.count {
            if scalars[index].properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            var closing: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                if let expectedClose = closing {
                    if scalar == expectedClose { closing = nil }
                } else if scalar == "(" {
                    closing = ")"
                } else if scalar == "<" {
                    closing = ">"
                } else if scalar.properties.isWhitespace {
                    break
                }
                index += 1
            }
            tokens.append((String(String.UnicodeScalarView(scalars[start..<index])), start))
        }
        return tokens
    }

    /// Whether a token looks like a category number or a LIWC conditional code.
    static func isCodeLike(_ token: String) -> Bool {
        (!token.isEmpty && token.allSatisfy { $0.isASCII && $0.isNumber }) || isConditional(token)
    }

    /// Whether a token is a LIWC conditional code: `<of>131/125`, `(02 134)126/253`, `125/464`.
    static func isConditional(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        if first == "<" || first == "(" { return true }
        return token.contains("/") && token.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "/" }
    }
}
