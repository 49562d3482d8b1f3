/// Why a corpus could not be read. Each case names the thing and how to fix it.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case unsupportedFile(path: String)
    case noDocuments(path: String)
    case manifest(path: String, problem: String)
    case duplicateID(id: String, first: String, second: String)
    case standardInputTwice

    public var description: String {
        switch self {
        case .notFound(let path):
            "no such file or folder: '\(path)' — check the path, or run from the repository root to use the bundled Corpus/"
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason) — check that the file exists and is readable"
        case .unsupportedFile(let path):
            "'\(path)' is not a text document — CityVoice reads .txt and .md files (UTF-8); convert it or list it in a manifest"
        case .noDocuments(let path):
            "'\(path)' holds no .txt or .md documents — add some, or point at the files directly"
        case .manifest(let path, let problem):
            "\(path): \(problem) — see README.md (\"Your own documents\") for the manifest format"
        case .duplicateID(let id, let first, let second):
            "two documents have the id '\(id)' ('\(first)' and '\(second)') — rename one file or give it another id in the manifest"
        case .standardInputTwice:
            "'-' (standard input) can be given only once"
        }
    }
}
