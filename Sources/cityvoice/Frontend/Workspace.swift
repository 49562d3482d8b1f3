import CityVoice
import Foundation

/// Finds the bundled corpus and lexicon, loads lexicons and corpora, and runs analyses.
enum Workspace {
    static let defaultLexicon = "Lexicons/cityvoice-migration.json"
    static let defaultCorpus = "Corpus"

    /// Options shared by the commands that analyze documents.
    static let analysisOptions = ["lexicon", "threads", "window", "language", "seed"]

    /// The lexicon named by `--lexicon`, else the bundled one (found from the current folder).
    static func lexicon(_ arguments: Arguments) throws -> LoadedLexicon {
        let path = arguments.values["lexicon"] ?? defaultLexicon
        if arguments.values["lexicon"] == nil && !FileManager.default.fileExists(atPath: path) {
            throw RunError(description: "no lexicon given and '\(defaultLexicon)' is not here — run from the CityVoice repository root, or pass --lexicon FILE")
        }
        let loaded = try LexiconLoader.load(path: path)
        for finding in loaded.findings where finding.severity == .warning {
            Output.message("warning: \(path): \(finding.message)")
        }
        return loaded
    }

    /// The corpus named by `paths`, else the bundled `Corpus/` (found from the current folder).
    static func corpus(_ paths: [String]) throws -> Corpus {
        if paths.isEmpty {
            guard FileManager.default.fileExists(atPath: defaultCorpus) else {
                throw RunError(description: "no documents given and '\(defaultCorpus)/' is not here — run from the CityVoice repository root, or pass folders or files (or - for standard input)")
            }
            return try Corpus.gather(paths: [defaultCorpus], standardInput: readStandardInput)
        }
        return try Corpus.gather(paths: paths, standardInput: readStandardInput)
    }

    @Sendable static func printProgress(done: Int, total: Int) {
        let line = "\r\(done)/\(total) documents" + (done == total ? "\n" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func readStandardInput() throws -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    /// The analysis options from the command line.
    static func options(_ arguments: Arguments, command: String) throws -> AnalysisOptions {
        let threads = try arguments.integer("threads", in: 1...256, command: command) ?? ProcessInfo.processInfo.activeProcessorCount
        let window = try arguments.integer("window", in: 1...20, command: command)
        let seed = try arguments.values["seed"].map { text -> UInt64 in
            guard let value = UInt64(text) else {
                throw UsageError(message: "'--seed' must be a non-negative whole number, not '\(text)'", command: command)
            }
            return value
        } ?? 0
        return AnalysisOptions(threads: threads, window: window, language: try arguments.language(command: command), seed: seed)
    }

    /// Loads everything and analyzes the corpus into a report.
    static func report(_ arguments: Arguments, paths: [String], command: String) throws -> Report {
        let options = try options(arguments, command: command)
        let loaded = try lexicon(arguments)
        let corpus = try corpus(paths)
        let analyzer = Analyzer(lexicon: loaded.lexicon, options: options)
        let showProgress = Output.stderrIsTerminal && corpus.entries.count >= 20
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? Self.printProgress : nil
        let analyses = analyzer.analyze(corpus, progress: progress)
        let report = Report(analyses: analyses, lexicon: loaded.lexicon, lexiconSHA256: loaded.sha256, lexiconPath: loaded.path,
                            options: options, lexiconFindings: loaded.findings)
        for finding in report.findings where finding.severity == .warning && finding.document != nil {
            Output.message("warning: \(finding.document ?? ""): \(finding.message)")
        }
        guard !report.scoredDocuments.isEmpty else {
            throw RunError(description: "none of the \(report.documents.count) document(s) could be scored (empty or unreadable) — check the files")
        }
        return report
    }
}
