import Foundation
import Testing

/// Golden files for renderers, in `Tests/CityVoiceTests/Fixtures/reports/`.
///
/// A test compares its output with the stored file. To accept a deliberate change, run the
/// tests with `RECORD_SNAPSHOTS=1`: the files are rewritten and each recording is reported as
/// an issue, so a recording run never passes by accident. A missing file is never created
/// silently.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Report
        .deletingLastPathComponent()   // CityVoiceTests
        .appendingPathComponent("Fixtures/reports")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Checks `actual` against the golden file `name`.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            do {
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded \(url.path); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(url.path); run 'RECORD_SNAPSHOTS=1 swift test' to create it, then review it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let actualCopy = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
        try? Data(actual.utf8).write(to: actualCopy)
        Issue.record("""
            output differs from \(name) at line \(line + 1)
              expected: \(line < expectedLines.count ? expectedLines[line] : "(end of file)")
              actual:   \(line < actualLines.count ? actualLines[line] : "(end of output)")
            the whole output is in \(actualCopy.path); if the change is intended, re-record with RECORD_SNAPSHOTS=1
            """, sourceLocation: sourceLocation)
    }
}
