import Foundation

/// Locates files under `Tests/CityVoiceTests/Fixtures`, independent of the working directory.
enum Fixtures {
    /// The fixtures folder, found from this source file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Support
        .deletingLastPathComponent()   // CityVoiceTests
        .appendingPathComponent("Fixtures")

    /// The URL of a fixture, e.g. `url("unicode/WordBreakTest.txt")`.
    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// A fixture's contents as UTF-8 text.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The lines of a fixture, without line terminators; a trailing empty line is dropped.
    static func lines(_ relativePath: String) throws -> [Substring] {
        var lines = try text(relativePath).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }
}
