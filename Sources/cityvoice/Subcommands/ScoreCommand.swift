import CityVoice

enum ScoreCommand {
    static let command = Subcommand(
        name: "score",
        summary: "every score of each document: P, N, T, salience, θ, SE, rank",
        usage: """
            USAGE: cityvoice score FILE ... [options]

            Prints, for each document, every axis with P, N, T, salience per 1,000 words,
            θ = ln((P+0.5)/(N+0.5)), its standard error, the relative difference and the rank
            among the documents given. FILE may be a folder or - for standard input.

            OPTIONS:
              --lexicon FILE   --language CODE   --window N   --threads N   --seed N
              --format table|json|csv   --out PATH

            """,
        spec: OptionSpec(values: Workspace.analysisOptions + ["format", "out"], flags: []),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "give at least one FILE (or - for standard input)", command: "score")
        }
        let format = try arguments.choice("format", from: ["table", "json", "csv"], command: "score") ?? "table"
        let report = try Workspace.report(arguments, paths: arguments.positionals, command: "score")
        if format != "table" {
            try Output.emit(try CompareCommand.render(report, format: format, arguments: arguments), out: arguments.values["out"])
            return
        }
        var text = ""
        for document in report.documents {
            text += "\(document.label) (\(document.language), \(document.languageSource.rawValue)) — \(document.id): \(document.tokens) word tokens, \(document.sentences) sentences\n"
            guard document.status == .scored else {
                text += "  not scored: \(document.status.rawValue)\n\n"
                continue
            }
            text += "  " + ["axis", "P", "N", "salience", "θ", "SE", "RPD", "rank"].enumerated().map { $0 == 0 ? $1.padding(toLength: 16, withPad: " ", startingAt: 0) : pad($1, 9) }.joined() + "\n"
            for score in document.scores {
                text += "  " + score.axis.padding(toLength: 16, withPad: " ", startingAt: 0)
                text += pad(NumberFormat.plain(score.positive), 9) + pad(NumberFormat.plain(score.negative), 9)
                text += pad(NumberFormat.fixed(score.salience), 9) + pad(NumberFormat.signed(score.theta), 9)
                text += pad(NumberFormat.fixed(score.standardError), 9) + pad(NumberFormat.signed(score.relativeDifference), 9)
                text += pad(score.rank.map(String.init) ?? "", 9) + "\n"
            }
            text += "\n"
        }
        try Output.emit(text, out: arguments.values["out"])
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
