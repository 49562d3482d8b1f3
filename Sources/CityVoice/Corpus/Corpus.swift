import Foundation

/// Where a document's bytes come from.
public enum DocumentOrigin: Sendable, Equatable {
    case file(path: String)
    case standardInput(bytes: [UInt8])
}

/// A document of a corpus, before it is read: its metadata and where to find it.
public struct DocumentEntry: Sendable, Equatable {
    public var metadata: DocumentMetadata
    public var origin: DocumentOrigin

    public init(metadata: DocumentMetadata, origin: DocumentOrigin) {
        self.metadata = metadata
        self.origin = origin
    }

    /// The path shown in messages and reports (`-` for standard input).
    public var path: String {
        switch origin {
        case .file(let path): path
        case .standardInput: "-"
        }
    }

    /// The document's bytes, exactly as stored.
    ///
    /// - Throws: `CorpusError.unreadable` when the file cannot be read.
    public func read() throws -> [UInt8] {
        switch origin {
        case .standardInput(let bytes):
            return bytes
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                if FileManager.default.fileExists(atPath: path) {
                    throw CorpusError.unreadable(path: path, reason: "permission denied or not a regular file")
                }
                throw CorpusError.notFound(path: path)
            }
            return [UInt8](data)
        }
    }
}

/// The documents to compare, in a fixed order. The corpus is never modified.
///
/// A folder with a `manifest.json` gives its documents in manifest order with their
/// metadata; a folder without one gives its `.txt` and `.md` files in name order; a file
/// is one document (with metadata if a manifest beside it lists it); `-` reads standard
/// input. A file named `NAME.LANG.txt` (e.g. `palermo.it.txt`) declares its language.
public struct Corpus: Sendable, Equatable {
    public var entries: [DocumentEntry]

    public init(entries: [DocumentEntry]) {
        self.entries = entries
    }

    public static let documentExtensions: Set<String> = ["txt", "md"]

    /// Gathers the documents named by `paths`.
    ///
    /// - Parameters:
    ///   - paths: folders, files, or `-` for standard input.
    ///   - standardInput: reads standard input when `-` is given.
    /// - Throws: `CorpusError` naming the first path that cannot be used.
    public static func gather(paths: [String], standardInput: () throws -> [UInt8]) throws -> Corpus {
        var entries: [DocumentEntry] = []
        var usedStandardInput = false
        for path in paths {
            if path == "-" {
                guard !usedStandardInput else { throw CorpusError.standardInputTwice }
                usedStandardInput = true
                entries.append(DocumentEntry(metadata: DocumentMetadata(id: "stdin"), origin: .standardInput(bytes: try standardInput())))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CorpusError.notFound(path: path)
            }
            if isFolder.boolValue {
                entries += try folderEntries(path)
            } else {
                entries.append(try fileEntry(path))
            }
        }
        var seen: [String: String] = [:]
        for entry in entries {
            if let first = seen[entry.metadata.id] {
                throw CorpusError.duplicateID(id: entry.metadata.id, first: first, second: entry.path)
            }
            seen[entry.metadata.id] = entry.path
        }
        return Corpus(entries: entries)
    }

    static func folderEntries(_ folder: String) throws -> [DocumentEntry] {
        let manifestPath = join(folder, "manifest.json")
        if FileManager.default.fileExists(atPath: manifestPath) {
            let manifest = try readManifest(manifestPath)
            return try manifest.documents.map { metadata in
                guard let file = metadata.file else {
                    throw CorpusError.manifest(path: manifestPath, problem: "document '\(metadata.id)' has no \"file\"")
                }
                let path = join(folder, file)
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CorpusError.manifest(path: manifestPath, problem: "document '\(metadata.id)' names \"\(file)\", which does not exist")
                }
                return DocumentEntry(metadata: metadata, origin: .file(path: path))
            }
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CorpusError.unreadable(path: folder, reason: "the folder cannot be listed")
        }
        let documents = names.filter { name in
            !name.hasPrefix(".") && documentExtensions.contains(fileExtension(name)) && name.uppercased() != "README.MD"
        }.sorted()
        guard !documents.isEmpty else { throw CorpusError.noDocuments(path: folder) }
        return documents.map { name in
            DocumentEntry(metadata: inferredMetadata(fileName: name), origin: .file(path: join(folder, name)))
        }
    }

    static func fileEntry(_ path: String) throws -> DocumentEntry {
        let name = (path as NSString).lastPathComponent
        guard documentExtensions.contains(fileExtension(name)) else { throw CorpusError.unsupportedFile(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        let manifestPath = join(folder.isEmpty ? "." : folder, "manifest.json")
        if FileManager.default.fileExists(atPath: manifestPath),
           let manifest = try? readManifest(manifestPath),
           let metadata = manifest.documents.first(where: { $0.file == name }) {
            return DocumentEntry(metadata: metadata, origin: .file(path: path))
        }
        return DocumentEntry(metadata: inferredMetadata(fileName: name), origin: .file(path: path))
    }

    /// Metadata from a file name: `palermo.it.txt` → id `palermo-it`, language `it`.
    static func inferredMetadata(fileName: String) -> DocumentMetadata {
        var parts = fileName.split(separator: ".").map(String.init)
        if parts.count > 1 { parts.removeLast() }
        var language: String?
        if parts.count > 1, let last = parts.last, Language(rawValue: last.lowercased()) != nil {
            language = last.lowercased()
        }
        let id = parts.joined(separator: "-")
        return DocumentMetadata(id: id, file: fileName, language: language)
    }

    static func readManifest(_ path: String) throws -> CorpusManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "the manifest cannot be read")
        }
        let manifest: CorpusManifest
        do {
            manifest = try JSONDecoder().decode(CorpusManifest.self, from: data)
        } catch let error as DecodingError {
            throw CorpusError.manifest(path: path, problem: describe(error))
        } catch {
            throw CorpusError.manifest(path: path, problem: "not valid JSON")
        }
        guard manifest.format == CorpusManifest.format else {
            throw CorpusError.manifest(path: path, problem: "\"format\" is '\(manifest.format)', expected '\(CorpusManifest.format)'")
        }
        for document in manifest.documents {
            if let language = document.language, Language(rawValue: language) == nil {
                let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
                throw CorpusError.manifest(path: path, problem: "document '\(document.id)' has language '\(language)', expected one of \(known)")
            }
        }
        return manifest
    }

    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)) should be \(type == String.self ? "a string" : "\(type)")"
        case .valueNotFound(_, let context):
            return "\(place(context.codingPath)) is null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(place(context.codingPath)) is not valid"
        @unknown default:
            return "not a valid manifest"
        }
    }

    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
