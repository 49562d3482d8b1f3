import Foundation
@testable import CityVoice

/// The repository's bundled corpus and default lexicon, analyzed once for all tests that need them.
enum BundledCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let lexiconPath = root.appendingPathComponent("Lexicons/cityvoice-migration.json").path
    static let corpusPath = root.appendingPathComponent("Corpus").path

    /// The report for the bundled corpus with the default lexicon (loaded once).
    static let report: Result<Report, Error> = Result {
        let loaded = try LexiconLoader.load(path: lexiconPath)
        let corpus = try Corpus.gather(paths: [corpusPath], standardInput: { [] })
        let options = AnalysisOptions(threads: 2)
        let analyses = Analyzer(lexicon: loaded.lexicon, options: options).analyze(corpus)
        return Report(analyses: analyses, lexicon: loaded.lexicon, lexiconSHA256: loaded.sha256, lexiconPath: loaded.path, options: options)
    }

    /// The two language versions of the corpus: English, and the other language of each declaration.
    static func versions(_ report: Report) -> [(name: String, documents: [String: DocumentReport])] {
        var english: [String: DocumentReport] = [:], other: [String: DocumentReport] = [:]
        for document in report.documents {
            guard let declaration = document.metadata.declaration else { continue }
            if document.language == "en" { english[declaration] = document } else { other[declaration] = document }
        }
        return [("English versions", english), ("original-language versions", other)]
    }
}
