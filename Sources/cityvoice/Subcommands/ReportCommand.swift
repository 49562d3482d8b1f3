import CityVoice
import Foundation

enum ReportCommand {
    /// The outputs, in the order they are written: the option, and the file name it gets in a folder.
    static let outputs: [(option: String, defaultName: String)] = [
        ("json", "report.json"), ("csv", ""), ("md", "report.md"), ("html", "report.html"),
    ]

    static let command = Subcommand(
        name: "report",
        summary: "write the full report in one run: HTML page, Markdown, JSON, CSV tables",
        usage: """
            USAGE: cityvoice report [PATH ...] [--html FILE] [--md FILE] [--json FILE] [--csv DIR] [options]

            Scores the documents in PATH (default: the bundled Corpus/, run from the repository
            root) and writes the full report in as many forms as asked, from one analysis. Give
            at least one output; every file is written atomically.

            OUTPUTS:
              --html FILE         one self-contained page (no network): heat maps of positions
                                  and distances, a two-axis map, and the sentences behind every
                                  cell; open it in a browser, share a cell as FILE#cell=DOC/AXIS
              --md FILE           Markdown: θ ± SE matrix, rankings, top evidence, provenance
              --json FILE         the full report, schema cityvoice.report/1 (docs/report-schema.md)
              --csv DIR           scores.csv (tidy, one row per document × axis) and the matrices:
                                  positions.csv, standard-errors.csv, distances.csv,
                                  similarities.csv, axis-correlations.csv
                                  A FILE that is a folder (or ends in /) gets report.html,
                                  report.md or report.json inside it.

            OPTIONS:
              --lexicon FILE      lexicon JSON (default: Lexicons/cityvoice-migration.json)
              --evidence N        matches quoted per document × axis in the Markdown (0–50, default: 2)
              --language CODE   --window N   --threads N   --seed N

            EXAMPLES:
              cityvoice report --html report.html
              cityvoice report --html out/ --md out/ --json out/ --csv out/tables/
              cityvoice report my-charters/ --lexicon my-lexicon.json --md appendix.md

            """,
        spec: OptionSpec(values: Workspace.analysisOptions + ["html", "md", "json", "csv", "evidence"], flags: []),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        let requested = outputs.filter { arguments.values[$0.option] != nil }
        guard !requested.isEmpty else {
            throw UsageError(message: "name at least one output: --html FILE, --md FILE, --json FILE or --csv DIR "
                                      + "(e.g. cityvoice report --html report.html)", command: "report")
        }
        let evidence = try arguments.integer("evidence", in: 0...50, command: "report") ?? 2
        for output in requested where output.option != "csv" {
            try checkFolderExists(for: arguments.values[output.option] ?? "")
        }
        let report = try Workspace.report(arguments, paths: arguments.positionals, command: "report")
        for output in requested {
            let path = arguments.values[output.option] ?? ""
            switch output.option {
            case "csv":
                try Output.writeFiles(report.csvFiles().map { ($0.name, Data($0.csv.utf8)) }, into: path)
            default:
                let text: String
                switch output.option {
                case "json": text = String(decoding: try report.jsonData(), as: UTF8.self)
                case "md": text = report.markdown(evidencePerCell: evidence)
                default: text = try report.html()
                }
                if Output.isFolderTarget(path) {
                    try Output.writeFiles([(output.defaultName, Data(text.utf8))], into: path)
                } else {
                    try Output.writeAtomically(Data(text.utf8), to: path)
                    Output.message("wrote \(path)")
                }
            }
        }
    }

    /// Fails before the analysis when a file's folder is missing, so a run never writes half its outputs.
    static func checkFolderExists(for path: String) throws {
        guard !Output.isFolderTarget(path) else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RunError(description: "cannot write '\(path)': the folder '\(folder)' does not exist — create it first")
        }
    }
}
