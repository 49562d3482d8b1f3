import CityVoice
import Foundation

enum LexiconCommand {
    static let command = Subcommand(
        name: "lexicon",
        summary: "check a lexicon, or convert it to and from TSV and LIWC .dic",
        usage: """
            USAGE: cityvoice lexicon check [FILE] [--corpus PATH]
                   cityvoice lexicon export [FILE] --format tsv|json [--out PATH]
                   cityvoice lexicon import FILE.tsv [--base LEXICON] [--out PATH]
                   cityvoice lexicon import FILE.dic --axis AXIS --map CATEGORY=POLE,... --language CODE
                                            [--base LEXICON] [--poles NEGATIVE,POSITIVE] [--skip-unmapped] [--out PATH]

            check    validates FILE (default: Lexicons/cityvoice-migration.json): every problem with
                     its line and column, then axes, concepts per pole, patterns and cue lists per
                     language, and which concepts lack patterns in which language. With --corpus,
                     also how often each concept matched, per language.
            export   writes the lexicon as TSV (one row per pattern: axis, pole, concept, language,
                     pattern, weight) or as canonical JSON.
            import   builds a lexicon JSON from a TSV file (axes and cues from --base), or adds the
                     categories of a LIWC .dic file to --base as concepts of AXIS: --map says which
                     pole each category (by name or number) goes to. An AXIS not in the base is
                     created with --poles. The result goes to standard output or --out.

            EXAMPLES:
              cityvoice lexicon check
              cityvoice lexicon export --format tsv --out lexicon.tsv
              cityvoice lexicon import lexicon.tsv --out my-lexicon.json
              cityvoice lexicon import moral.dic --axis narrative --map 'virtue=positive,vice=burden' --language en

            """,
        spec: OptionSpec(values: ["corpus", "format", "out", "base", "axis", "map", "language", "poles"], flags: ["skip-unmapped"]),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        guard let action = arguments.positionals.first else {
            throw UsageError(message: "say what to do: check, export or import", command: "lexicon")
        }
        let rest = Array(arguments.positionals.dropFirst())
        switch action {
        case "check": try check(rest, arguments)
        case "export": try export(rest, arguments)
        case "import": try importFile(rest, arguments)
        default:
            let hint = Suggestion.closest(to: action, among: ["check", "export", "import"]).map { " — did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown lexicon action '\(action)'\(hint)", command: "lexicon")
        }
    }

    static func lexiconPath(_ rest: [String]) throws -> String {
        guard rest.count <= 1 else { throw UsageError(message: "give at most one lexicon FILE", command: "lexicon") }
        let path = rest.first ?? Workspace.defaultLexicon
        if rest.isEmpty && !FileManager.default.fileExists(atPath: path) {
            throw RunError(description: "no FILE given and '\(Workspace.defaultLexicon)' is not here — run from the repository root or name the lexicon file")
        }
        return path
    }

    static func check(_ rest: [String], _ arguments: Arguments) throws {
        let path = try lexiconPath(rest)
        let loaded = try LexiconLoader.load(path: path)
        let lexicon = loaded.lexicon
        var out = "\(path): valid lexicon '\(lexicon.id)' version \(lexicon.version)\n"
        out += "sha256 \(loaded.sha256)\n"
        out += "\(lexicon.axes.count) axes, \(lexicon.concepts.count) concepts, cue window \(lexicon.window) words\n\n"
        for axis in lexicon.axes {
            let negative = lexicon.concepts.filter { $0.axis == axis.id && $0.pole == axis.negative.id }.count
            let positive = lexicon.concepts.filter { $0.axis == axis.id && $0.pole == axis.positive.id }.count
            out += "  \(axis.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(axis.negative.id) \(negative) ↔ \(positive) \(axis.positive.id)\n"
        }
        out += "\nlanguage  concepts covered  patterns  cues (neg/pseudo/opp-before/opp-after/support/term)\n"
        for language in Language.allCases {
            let covered = lexicon.concepts.filter { !($0.patterns[language] ?? []).isEmpty }.count
            let patterns = lexicon.concepts.reduce(0) { $0 + ($1.patterns[language]?.count ?? 0) }
            guard covered > 0 || lexicon.cues[language] != nil else { continue }
            let cues = lexicon.cues[language].map { c in
                [c.negators.count + c.negationPairs.count, c.pseudoNegators.count, c.oppositionBefore.count,
                 c.oppositionAfter.count, c.support.count, c.terminators.count].map(String.init).joined(separator: "/")
            } ?? "none"
            out += "  \(language.rawValue)      \(String(covered).leftPad(4)) of \(lexicon.concepts.count)     \(String(patterns).leftPad(6))  \(cues)\n"
        }
        let missing = lexicon.languages.flatMap { language in
            lexicon.concepts.filter { ($0.patterns[language] ?? []).isEmpty }.map { "\($0.id) (\(language.rawValue))" }
        }
        out += missing.isEmpty
            ? "\nevery concept has patterns in every declared language (\(lexicon.languages.map(\.rawValue).joined(separator: ", ")))\n"
            : "\nconcepts without patterns in a declared language: \(missing.joined(separator: ", "))\n"
        if let corpusPath = arguments.values["corpus"] {
            let corpus = try Workspace.corpus([corpusPath])
            let analyses = Analyzer(lexicon: lexicon).analyze(corpus)
            let report = Report(analyses: analyses, lexicon: lexicon, lexiconSHA256: loaded.sha256, lexiconPath: path, options: AnalysisOptions())
            let languages = report.coverage.first?.hits.map(\.language) ?? []
            out += "\nhits per concept in \(corpusPath) (\(languages.joined(separator: " / "))):\n"
            for entry in report.coverage {
                out += "  \(entry.concept.padding(toLength: 36, withPad: " ", startingAt: 0)) " + entry.hits.map { String($0.hits).leftPad(4) }.joined(separator: " ")
                out += entry.hits.allSatisfy({ $0.hits == 0 }) ? "   (no hits)\n" : "\n"
            }
        }
        if !loaded.findings.isEmpty {
            out += "\n\(loaded.findings.count) finding(s):\n" + loaded.findings.map { "  \($0.severity.rawValue): \($0.message)\n" }.joined()
        }
        try Output.emit(out, out: arguments.values["out"])
    }

    static func export(_ rest: [String], _ arguments: Arguments) throws {
        let path = try lexiconPath(rest)
        guard let format = try arguments.choice("format", from: ["tsv", "json"], command: "lexicon") else {
            throw UsageError(message: "'--format tsv' or '--format json' is required", command: "lexicon")
        }
        let loaded = try LexiconLoader.load(path: path)
        let text = format == "tsv" ? try LexiconTSV.export(loaded.lexicon, path: path) : loaded.lexicon.canonicalJSON()
        try Output.emit(text, out: arguments.values["out"])
    }

    static func importFile(_ rest: [String], _ arguments: Arguments) throws {
        guard rest.count == 1, let path = rest.first else {
            throw UsageError(message: "give the one file to import (.tsv or .dic)", command: "lexicon")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError(description: "cannot read '\(path)' — check the path")
        }
        let basePath = arguments.values["base"] ?? (FileManager.default.fileExists(atPath: Workspace.defaultLexicon) ? Workspace.defaultLexicon : nil)
        let base = try basePath.map { try LexiconLoader.load(path: $0).lexicon }
        var findings: [Finding] = []
        let result: Lexicon
        if path.lowercased().hasSuffix(".dic") {
            guard var lexicon = base else {
                throw UsageError(message: "importing a .dic adds its categories to a lexicon: give --base LEXICON", command: "lexicon")
            }
            guard let axisID = arguments.values["axis"] else {
                throw UsageError(message: "'--axis AXIS' is required: the axis the categories become concepts of", command: "lexicon")
            }
            guard let language = try arguments.language(command: "lexicon") else {
                throw UsageError(message: "'--language CODE' is required: the language of the dictionary's words", command: "lexicon")
            }
            let axis: Axis
            if let existing = lexicon.axis(axisID) {
                axis = existing
            } else {
                guard let poles = arguments.values["poles"]?.split(separator: ",").map(String.init), poles.count == 2 else {
                    let hint = Suggestion.closest(to: axisID, among: lexicon.axes.map(\.id)).map { " — did you mean '\($0)'?" } ?? ""
                    throw UsageError(message: "axis '\(axisID)' is not in the base lexicon\(hint); to create it, give --poles NEGATIVE,POSITIVE", command: "lexicon")
                }
                axis = Axis(id: axisID, label: axisID, description: "Imported from \(path)",
                            negative: Pole(id: poles[0], label: poles[0]), positive: Pole(id: poles[1], label: poles[1]))
                lexicon.axes.append(axis)
            }
            var mapping: [String: String] = [:]
            for pair in (arguments.values["map"] ?? "").split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else {
                    throw UsageError(message: "'--map' takes CATEGORY=POLE pairs separated by commas, not '\(pair)'", command: "lexicon")
                }
                mapping[parts[0]] = parts[1]
            }
            let imported = try LIWCDictionary.importDictionary(bytes: [UInt8](data), path: path, axis: axis, poleForCategory: mapping,
                                                               language: language, unmapped: arguments.flags.contains("skip-unmapped") ? .skip : .error)
            let existing = Set(lexicon.concepts.map(\.id))
            for concept in imported.concepts where existing.contains(concept.id) {
                throw RunError(description: "category '\(concept.id)' clashes with a concept of the base lexicon — rename the category in the .dic file")
            }
            lexicon.concepts += imported.concepts
            if !lexicon.languages.contains(language) { lexicon.languages.append(language) }
            findings = imported.findings
            result = lexicon
        } else {
            let imported = try LexiconTSV.importLexicon(bytes: [UInt8](data), path: path, base: base)
            findings = imported.findings
            result = imported.lexicon
        }
        for finding in findings { Output.message("\(finding.severity.rawValue): \(finding.message)") }
        // Check the result as the loader will, so a written lexicon always loads.
        _ = try LexiconLoader.parse(bytes: result.canonicalJSONBytes(), path: arguments.values["out"] ?? "(imported lexicon)")
        try Output.emit(result.canonicalJSON(), out: arguments.values["out"])
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
