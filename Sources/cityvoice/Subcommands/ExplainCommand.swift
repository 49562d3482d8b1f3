import CityVoice

enum ExplainCommand {
    static let command = Subcommand(
        name: "explain",
        summary: "the matches and arithmetic behind one document's position on one axis",
        usage: """
            USAGE: cityvoice explain DOCUMENT --axis AXIS [PATH ...] [options]

            Shows every match of DOCUMENT on AXIS in its sentence (matched words in ⟦ ⟧), with
            its pole, weight, pattern and the cue that changed it, and how P and N add up to θ.
            DOCUMENT is a document id (e.g. palermo-it) from the corpus in PATH (default: the
            bundled Corpus/), or the path of a file.

            OPTIONS:
              --axis AXIS        axis id (required), e.g. radicalism
              --lexicon FILE   --language CODE   --window N   --threads N   --out PATH

            EXAMPLE:
              cityvoice explain palermo-it --axis mobility

            """,
        spec: OptionSpec(values: Workspace.analysisOptions + ["axis", "out"], flags: []),
        run: run
    )

    static func run(_ arguments: Arguments) throws {
        guard let documentID = arguments.positionals.first else {
            throw UsageError(message: "name a DOCUMENT (an id such as palermo-it, or a file)", command: "explain")
        }
        guard let axis = arguments.values["axis"] else {
            throw UsageError(message: "'--axis' is required", command: "explain")
        }
        var paths = Array(arguments.positionals.dropFirst())
        let isFile = documentID.contains("/") || documentID.hasSuffix(".txt") || documentID.hasSuffix(".md")
        if isFile && paths.isEmpty { paths = [documentID] }
        let report = try Workspace.report(arguments, paths: paths, command: "explain")
        guard let axisInfo = report.axes.first(where: { $0.id == axis }) else {
            let ids = report.axes.map(\.id)
            let hint = Suggestion.closest(to: axis, among: ids).map { " — did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "unknown axis '\(axis)'\(hint); axes: \(ids.joined(separator: ", "))", command: "explain")
        }
        let document = isFile ? report.documents.first : report.document(documentID)
        guard let document else {
            let ids = report.documents.map(\.id)
            let hint = Suggestion.closest(to: documentID, among: ids).map { " — did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "no document '\(documentID)' in the corpus\(hint); documents: \(ids.joined(separator: ", "))", command: "explain")
        }
        try Output.emit(report.explanation(document: document.id, axis: axisInfo.id) ?? "", out: arguments.values["out"])
    }
}
