import CityVoice
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where output goes: data to stdout or a file, messages to stderr.
enum Output {
    /// Writes data to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a message line to standard error.
    static func message(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Whether to colour standard output: a terminal, `NO_COLOR` unset, `--no-color` not given.
    static func useColor(_ arguments: Arguments) -> Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true && !arguments.flags.contains("no-color")
    }

    /// The colours the terminal understands: 24-bit when `COLORTERM` says so, else the 256-colour palette.
    static var terminalColors: Report.TerminalColors {
        let colorTerm = ProcessInfo.processInfo.environment["COLORTERM"]?.lowercased() ?? ""
        return colorTerm == "truecolor" || colorTerm == "24bit" ? .trueColor : .ansi256
    }

    /// Writes `data` to `path` atomically (a temporary file in the same folder, then a rename),
    /// so a reader never sees half a file and a failed run leaves the old file intact.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RunError(description: "cannot write '\(path)': the folder '\(folder)' does not exist — create it first")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw RunError(description: "cannot write '\(path)': \(error.localizedDescription) — check the folder's permissions and free space")
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw RunError(description: "cannot replace '\(path)' — check permissions")
        }
    }

    /// Whether `path` names a folder to write into: it ends with "/" or is an existing folder.
    static func isFolderTarget(_ path: String) -> Bool {
        if path.hasSuffix("/") { return true }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Writes each file into `folder` atomically, creating the folder if needed, and names them on stderr.
    ///
    /// - Parameter files: file names (no slashes) and their contents, written in this order.
    static func writeFiles(_ files: [(name: String, data: Data)], into folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw RunError(description: "cannot write into '\(folder)': it is a file, not a folder — give a folder path ending in /")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw RunError(description: "cannot create the folder '\(folder)': \(error.localizedDescription) — check the path and permissions")
            }
        }
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        for file in files {
            try writeAtomically(file.data, to: base.appendingPathComponent(file.name).path)
        }
        message("wrote \(files.map(\.name).joined(separator: ", ")) to \(folder)")
    }

    /// Writes `text` to `--out PATH` if given, else to standard output.
    static func emit(_ text: String, out: String?) throws {
        if let out {
            try writeAtomically(Data(text.utf8), to: out)
            message("wrote \(out)")
        } else {
            print(text)
        }
    }
}
