import Foundation
import Testing

/// The report formats end to end, on a small corpus and lexicon written by the tests (so they
/// do not depend on the bundled lexicon's contents).
@Suite("Report formats on the command line", .serialized)
struct ReportCommandTests {
    static let lexicon = """
        {
          "format": "cityvoice.lexicon/1", "id": "cli-test", "version": "1", "description": "",
          "languages": ["en"], "scope": { "window": 6 },
          "axes": [
            { "id": "radicalism", "label": "Reformist ↔ radical", "description": "",
              "negative": { "id": "reformist", "label": "Reformist" }, "positive": { "id": "radical", "label": "Radical" } },
            { "id": "narrative", "label": "Burden ↔ positive", "description": "",
              "negative": { "id": "burden", "label": "Burden" }, "positive": { "id": "positive", "label": "Positive" } }
          ],
          "concepts": [
            { "id": "abolish", "axis": "radicalism", "pole": "radical", "weight": 1, "description": "", "patterns": { "en": ["abolition"] } },
            { "id": "implement", "axis": "radicalism", "pole": "reformist", "weight": 1, "description": "", "patterns": { "en": ["implementation"] } },
            { "id": "asset", "axis": "narrative", "pole": "positive", "weight": 1, "description": "", "patterns": { "en": ["asset*"] } },
            { "id": "burden", "axis": "narrative", "pole": "burden", "weight": 1, "description": "", "patterns": { "en": ["burden*"] } }
          ],
          "cues": { "en": { "negators": ["not"], "terminators": ["but"] } }
        }
        """

    static let manifest = """
        { "format": "cityvoice.corpus/1", "documents": [
          { "id": "one-en", "file": "one.en.txt", "title": "One, \\"the first\\"\\nof three", "label": "One", "language": "en" },
          { "id": "two-en", "file": "two.en.txt", "title": "Two <b>&</b>", "label": "Two", "language": "en" },
          { "id": "three-en", "file": "three.en.txt", "title": "Three", "label": "Three", "language": "en" }
        ] }
        """

    /// A folder with `corpus/` (three documents and a manifest) and `lexicon.json`.
    static func workspace() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data(lexicon.utf8).write(to: folder.appendingPathComponent("lexicon.json"))
        try Data(manifest.utf8).write(to: corpus.appendingPathComponent("manifest.json"))
        let texts = [
            "one.en.txt": "We demand the abolition of borders <script>alert(1)</script>. Migrants are an asset.",
            "two.en.txt": "We support the implementation of the compact. Migration is a burden & a cost.",
            "three.en.txt": "Migrants are not a burden but an asset. The implementation must continue.",
        ]
        for name in texts.keys.sorted() { try Data(texts[name]!.utf8).write(to: corpus.appendingPathComponent(name)) }
        return folder
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("report writes HTML, Markdown, JSON and the CSV folder from one run")
    func reportWritesEverything() throws {
        let folder = try Self.workspace()
        let result = try CLI.run(["report", "corpus", "--lexicon", "lexicon.json", "--html", "report.html", "--md", "report.md",
                                  "--json", "report.json", "--csv", "tables"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script>alert(1)</script>"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# CityVoice report: cli-test 1"))
        let json = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"schema\" : \"cityvoice.report/1\""))
        let tables = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tables").path).sorted()
        #expect(tables == ["axis-correlations.csv", "distances.csv", "positions.csv", "scores.csv", "similarities.csv", "standard-errors.csv"])
        #expect(try Self.leftovers(in: folder) == [])
        for name in ["report.html", "report.md", "report.json", "tables"] { #expect(result.stderr.contains(name)) }
    }

    @Test("report without an output is a usage error that shows an example")
    func reportNeedsAnOutput() throws {
        let folder = try Self.workspace()
        let result = try CLI.run(["report", "corpus", "--lexicon", "lexicon.json"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--html FILE"))
    }

    @Test("report checks every output folder before it starts")
    func reportChecksFolders() throws {
        let folder = try Self.workspace()
        let result = try CLI.run(["report", "corpus", "--lexicon", "lexicon.json", "--md", "ok.md", "--html", "missing/report.html"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ok.md").path))
    }

    @Test("compare --format csv --out DIR/ writes the tidy table and every matrix", arguments: ["tables/", "existing"])
    func compareCSVFolder(out: String) throws {
        let folder = try Self.workspace()
        if out == "existing" { try FileManager.default.createDirectory(at: folder.appendingPathComponent(out), withIntermediateDirectories: true) }
        let result = try CLI.run(["compare", "corpus", "--lexicon", "lexicon.json", "--format", "csv", "--out", out], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let target = folder.appendingPathComponent(out)
        let files = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        #expect(files == ["axis-correlations.csv", "distances.csv", "positions.csv", "scores.csv", "similarities.csv", "standard-errors.csv"])
        let scores = try String(contentsOf: target.appendingPathComponent("scores.csv"), encoding: .utf8)
        #expect(scores.contains("\"One, \"\"the first\"\"\nof three\""))
        #expect(try Self.leftovers(in: target) == [])
    }

    @Test("compare writes Markdown and HTML to standard output or to a file", arguments: ["md", "html"])
    func compareFormats(format: String) throws {
        let folder = try Self.workspace()
        let printed = try CLI.run(["compare", "corpus", "--lexicon", "lexicon.json", "--format", format], in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix(format == "md" ? "# CityVoice report" : "<!DOCTYPE html>"))
        let written = try CLI.run(["compare", "corpus", "--lexicon", "lexicon.json", "--format", format, "--out", "out/"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let file = folder.appendingPathComponent("out/report.\(format)")
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    }

    @Test("compare prints the plain table, without escape codes, when output is not a terminal")
    func plainTableInPipes() throws {
        let folder = try Self.workspace()
        let result = try CLI.run(["compare", "corpus", "--lexicon", "lexicon.json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("θ "))
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
