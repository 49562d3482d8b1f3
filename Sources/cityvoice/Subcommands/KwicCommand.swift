import CityVoice
import Foundation

enum KwicCommand {
    static let command = Subcommand(
        name: "kwic",
        summary: "keyword in context: where a pattern occurs, with the words around it",
        usage: """
            USAGE: cityvoice kwic PATTERN [PATH ...] [options]

            Prints a concordance of PATTERN, written in the lexicon pattern language: a word,
            a prefix glob (migra*), a stem (~detention), a phrase, a bounded gap
            (regardless {0,3} status). Quote patterns with spaces. Matching is case- and
            accent-insensitive and uses each document's language. Default PATH: Corpus/.

            OPTIONS:
              --width N          characters of context on each side (default 40, 10–200)
              --language CODE    language of documents that declare none
              --format table|json   --out PATH

            EXAMPLES:
              cityvoice kwic 'migra*'
              cityvoice kwic 'quel* que {0,2} statut' Corpus

            """,
        spec: OptionSpec(values: ["width", "language", "format", "out"], flags: []),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        guard let pattern = arguments.positionals.first else {
            throw UsageError(message: "give a PATTERN, e.g. 'migra*'", command: "kwic")
        }
        let width = try arguments.integer("width", in: 10...200, command: "kwic") ?? 40
        let format = try arguments.choice("format", from: ["table", "json"], command: "kwic") ?? "table"
        let forced = try arguments.language(command: "kwic")
        let corpus = try Workspace.corpus(Array(arguments.positionals.dropFirst()))
        var lines: [ConcordanceLine] = []
        for entry in corpus.entries {
            let bytes = try entry.read()
            let language = entry.metadata.language.flatMap(Language.init(rawValue:))
                ?? forced ?? LanguageIdentifier.identify(bytes).language
            let text = Tokenizer(language: language).tokenize(bytes)
            do {
                lines += try Concordance.lines(pattern: pattern, in: text, document: entry.metadata.id, width: width)
            } catch let problem as PatternProblem {
                throw UsageError(message: "pattern '\(pattern)': \(problem)", command: "kwic")
            }
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try Output.emit(String(decoding: try encoder.encode(lines), as: UTF8.self) + "\n", out: arguments.values["out"])
            return
        }
        let idWidth = min(24, lines.map(\.document.count).max() ?? 8)
        var text = ""
        for line in lines {
            text += line.document.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
            text += String(repeating: " ", count: max(0, width - line.left.count)) + line.left
            text += " [" + line.match + "] " + line.right + "\n"
        }
        text += "\(lines.count) match(es) in \(corpus.entries.count) document(s)\n"
        try Output.emit(text, out: arguments.values["out"])
    }
}
