import CityVoice
import Foundation

enum TokensCommand {
    static let command = Subcommand(
        name: "tokens",
        summary: "show how a text is tokenized: forms, stems, sentences, clauses, offsets",
        usage: """
            USAGE: cityvoice tokens FILE|- [options]

            Prints each token of the text with its kind, its normalized (case-folded) form, its
            accent-folded matching key, its Snowball stem, its sentence and clause, and its byte
            offsets; then the detected language and its confidence. Spaces are left out of the
            table (they are kept in the token stream and in JSON). For teaching and debugging.

            OPTIONS:
              --language CODE    tokenize as this language instead of the detected one
              --format table|json (default: table)
              --out PATH

            EXAMPLE:
              echo "Qu’il s’agisse de l’accueil des sans-papiers…" | cityvoice tokens -

            """,
        spec: OptionSpec(values: ["language", "format", "out"], flags: []),
        run: run
    )

    struct TokenRow: Codable {
        var index: Int
        var kind: TokenKind
        var text: String
        var form: String?
        var key: String?
        var stem: String?
        var parts: [String]?
        var sentence: Int
        var clause: Int
        var byteStart: Int
        var byteEnd: Int
    }

    struct TokenListing: Codable {
        var language: String
        var languageSource: String
        var detectedLanguage: String
        var confidence: Double
        var invalidUTF8: Int
        var sentences: Int
        var clauses: Int
        var words: Int
        var tokens: [TokenRow]
    }

    static func run(_ arguments: Arguments) throws {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(message: "give exactly one FILE, or - for standard input", command: "tokens")
        }
        let format = try arguments.choice("format", from: ["table", "json"], command: "tokens") ?? "table"
        let bytes: [UInt8]
        if path == "-" {
            bytes = try Workspace.readStandardInput()
        } else {
            let corpus = try Corpus.gather(paths: [path], standardInput: Workspace.readStandardInput)
            guard let entry = corpus.entries.first else { throw RunError(description: "'\(path)' holds no document") }
            bytes = try entry.read()
        }
        let guess = LanguageIdentifier.identify(bytes)
        let forced = try arguments.language(command: "tokens")
        let language = forced ?? guess.language
        let text = Tokenizer(language: language).tokenize(bytes)
        let stems = StemCache(vocabulary: text.vocabulary, language: language)
        var rows: [TokenRow] = []
        for index in 0..<text.tokens.count {
            let type = text.tokens.types[index]
            let range = text.tokens.range(index)
            let hasType = type >= 0
            rows.append(TokenRow(
                index: index, kind: text.tokens.kinds[index], text: text.text(ofToken: index),
                form: hasType ? text.vocabulary.form(type) : nil,
                key: hasType ? text.vocabulary.key(ofForm: type) : nil,
                stem: hasType && text.tokens.kinds[index] == .word ? stems.stem(of: type) : nil,
                parts: hasType && !text.vocabulary.parts(of: type).isEmpty ? text.vocabulary.parts(of: type).map { text.vocabulary.form($0) } : nil,
                sentence: text.tokens.sentence(ofToken: index), clause: text.tokens.clause(ofToken: index),
                byteStart: range.lowerBound, byteEnd: range.upperBound))
        }
        let listing = TokenListing(
            language: language.rawValue, languageSource: forced == nil ? "detected" : "option",
            detectedLanguage: guess.language.rawValue, confidence: (guess.confidence * 1000).rounded() / 1000,
            invalidUTF8: text.invalidUTF8Sequences, sentences: text.tokens.sentenceStarts.count,
            clauses: text.tokens.clauseStarts.count, words: text.wordCount, tokens: rows)
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try Output.emit(String(decoding: try encoder.encode(listing), as: UTF8.self) + "\n", out: arguments.values["out"])
            return
        }
        var out = "language: \(language.rawValue) (\(language.name)), \(forced == nil ? "detected" : "given with --language"); "
        out += "detector says \(guess.language.rawValue) with confidence \(NumberFormat.fixed(guess.confidence))\n"
        out += "\(text.wordCount) word tokens, \(listing.sentences) sentence(s), \(listing.clauses) clause(s)"
        out += text.invalidUTF8Sequences > 0 ? ", \(text.invalidUTF8Sequences) invalid UTF-8 sequence(s) replaced\n\n" : "\n\n"
        let header = ["#", "kind", "text", "form", "key", "stem", "sent", "clause", "bytes"]
        var table = [header]
        for row in rows where row.kind != .space {
            var form = row.form ?? ""
            if let parts = row.parts { form += " (" + parts.joined(separator: " + ") + ")" }
            let cells: [String] = [String(row.index), row.kind.rawValue, Self.visible(row.text), form, row.key ?? "", row.stem ?? "",
                                   String(row.sentence), String(row.clause), "\(row.byteStart)..<\(row.byteEnd)"]
            table.append(cells)
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        for line in table {
            var padded = zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
            while padded.hasSuffix(" ") { padded.removeLast() }
            out += padded + "\n"
        }
        try Output.emit(out, out: arguments.values["out"])
    }

    /// Control characters shown as escapes so the table stays on one line per token.
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { scalar -> [Character] in
            scalar.value < 0x20 || scalar.value == 0x7F ? Array(String(format: "\\u{%X}", scalar.value)) : [Character(scalar)]
        })
    }
}
