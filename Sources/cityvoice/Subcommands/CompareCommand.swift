import CityVoice
import Foundation

enum CompareCommand {
    static let formats = ["table", "json", "csv", "md", "html"]

    /// The file each format is written to when `--out` names a folder.
    static func fileName(for format: String) -> String {
        switch format {
        case "json": "report.json"
        case "md": "report.md"
        case "html": "report.html"
        case "csv": "scores.csv"
        default: "table.txt"
        }
    }

    static let command = Subcommand(
        name: "compare",
        summary: "score documents on every axis and print the comparison (the main job)",
        usage: """
            USAGE: cityvoice compare [PATH ...] [options]

            Scores every document on every axis of the lexicon and prints the documents × axes
            matrix: a coloured heat map on a terminal, a plain table otherwise. PATH is a folder
            (its manifest.json, or its .txt and .md files), a file, or - for standard input.
            With no PATH, run from the repository root, it uses the bundled Corpus/ and
            Lexicons/cityvoice-migration.json.

            OPTIONS:
              --lexicon FILE      lexicon JSON (default: Lexicons/cityvoice-migration.json)
              --format FORMAT     \(formats.joined(separator: "|")) (default: table)
                                    table: heat map on a colour terminal, plain text otherwise
                                    json:  the full report (every score, match, matrix, finding)
                                    csv:   the tidy table, one row per document × axis
                                    md:    Markdown summary with rankings, evidence, provenance
                                    html:  one self-contained page with heat maps, a two-axis
                                           map and the sentences behind every cell
              --out PATH          write to PATH atomically instead of standard output; a folder
                                  (ending in / or existing) gets report.json, report.md,
                                  report.html or table.txt; with --format csv it gets
                                  scores.csv and every matrix (positions.csv,
                                  standard-errors.csv, distances.csv, similarities.csv,
                                  axis-correlations.csv)
              --language CODE     language of documents that declare none (default: detected)
              --window N          cue window in words, overriding the lexicon's (1–20)
              --threads N         worker threads (default: all cores); output is identical
              --seed N            seed recorded in the report (default: 0)
              --no-color          plain text even on a terminal (NO_COLOR is honoured too)

            EXAMPLES:
              cityvoice compare
              cityvoice compare Corpus --format json --out report.json
              cityvoice compare my-charters/ --lexicon my-lexicon.json --format csv
              cityvoice compare --format csv --out tables/
              cityvoice compare --format html --out report.html

            """,
        spec: OptionSpec(values: Workspace.analysisOptions + ["format", "out"], flags: ["no-color"]),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        let format = try arguments.choice("format", from: formats, command: "compare") ?? "table"
        let report = try Workspace.report(arguments, paths: arguments.positionals, command: "compare")
        guard let out = arguments.values["out"] else {
            Output.print(try render(report, format: format, arguments: arguments))
            return
        }
        if Output.isFolderTarget(out) {
            if format == "csv" {
                try Output.writeFiles(report.csvFiles().map { ($0.name, Data($0.csv.utf8)) }, into: out)
            } else {
                let text = try render(report, format: format, arguments: arguments, toTerminal: false)
                try Output.writeFiles([(fileName(for: format), Data(text.utf8))], into: out)
            }
            return
        }
        try Output.emit(try render(report, format: format, arguments: arguments, toTerminal: false), out: out)
    }

    /// The report in `format`. A table for a colour terminal is the heat map; otherwise plain text.
    static func render(_ report: Report, format: String, arguments: Arguments, toTerminal: Bool = true) throws -> String {
        switch format {
        case "json": return String(decoding: try report.jsonData(), as: UTF8.self)
        case "csv": return report.tidyCSV()
        case "md": return report.markdown()
        case "html": return try report.html()
        default:
            return toTerminal && Output.useColor(arguments) ? report.heatMap(colors: Output.terminalColors) : report.table()
        }
    }
}
