/// A lexicon file that cannot be used, with every problem found in it.
///
/// The description lists all problems, one per line, in the form
/// `PATH:LINE:COLUMN: message — found 'VALUE', expected EXPECTED; did you mean 'X'?`,
/// and ends with a one-line hint on where the format is documented.
public struct LexiconError: Error, CustomStringConvertible {
    /// The file the problems are in.
    public var path: String
    /// The problems, in the order they are reported (by position where there is one).
    public var problems: [LexiconProblem]
    /// Which kind of file was read; it chooses the closing hint.
    public var format: LexiconFileFormat

    public init(path: String, problems: [LexiconProblem], format: LexiconFileFormat = .json) {
        self.path = path
        self.problems = problems
        self.format = format
    }

    public var description: String {
        var lines = problems.map { $0.rendered(path: path) }
        lines.append("hint: \(format.hint(path: path))")
        return lines.joined(separator: "\n")
    }
}

/// The kinds of file a lexicon is read from.
public enum LexiconFileFormat: String, Sendable, Equatable {
    /// The canonical JSON form, `cityvoice.lexicon/1`.
    case json
    /// The spreadsheet form, one pattern per row.
    case tsv
    /// A LIWC `.dic` dictionary.
    case liwc

    /// How to fix a file of this kind, in one line.
    func hint(path: String) -> String {
        switch self {
        case .json:
            "correct each place listed above and run `cityvoice lexicon check \(path)` again; "
                + "the lexicon format (fields, ids, pattern syntax) is documented in Lexicons/README.md"
        case .tsv:
            "a lexicon TSV has the header line 'axis<TAB>pole<TAB>concept<TAB>language<TAB>pattern<TAB>weight' "
                + "and one pattern per line with exactly those 6 tab-separated fields; ids and patterns are described in Lexicons/README.md"
        case .liwc:
            "a LIWC .dic file starts with a line '%', lists 'number<TAB>category' lines, closes them with a second '%' line, "
                + "then has 'word<TAB>numbers' lines; patterns are described in Lexicons/README.md"
        }
    }
}

/// One thing wrong in a lexicon file: where, what, the value as written, and what was expected.
public struct LexiconProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// 1-based column in Unicode scalars (in a TSV: the field number); 0 when there is no position.
    public var column: Int
    /// The offending value as written, or nil when something is missing.
    public var value: String?
    /// What was expected instead.
    public var expected: String
    /// A likely intended value ("radicalism" for "radicalsim"), if one is close enough.
    public var suggestion: String?
    /// What is wrong, in words.
    public var message: String

    public init(line: Int, column: Int, message: String, value: String?, expected: String, suggestion: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.value = value
        self.expected = expected
        self.suggestion = suggestion
    }

    /// The problem without the path: `LINE:COLUMN: message — found 'VALUE', expected EXPECTED`.
    public var description: String {
        var text = ""
        if line > 0 {
            text += "\(line):"
            if column > 0 { text += "\(column):" }
            text += " "
        }
        text += message + " — "
        if let value { text += "found '\(LexiconProblem.quoted(value))', " }
        text += "expected \(expected)"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text
    }

    /// The problem as one line of a compiler-style report: `PATH:LINE:COLUMN: …`.
    public func rendered(path: String) -> String {
        line > 0 ? "\(path):\(description)" : "\(path): \(description)"
    }

    /// `value` made printable on one line: control characters escaped, long values shortened.
    static func quoted(_ value: String) -> String {
        let limit = 60
        var text = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                text += "…"
                break
            }
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: text.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return text
    }
}
