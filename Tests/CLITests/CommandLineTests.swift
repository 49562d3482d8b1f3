import Foundation
import Testing

@Suite("Command line", .serialized)
struct CommandLineTests {
    @Test("compare prints the documents × axes matrix of the bundled corpus")
    func compareTable() throws {
        let result = try CLI.run(["compare"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Palermo (it)"))
        #expect(result.stdout.contains("Mechelen (en)"))
        #expect(result.stdout.contains("radicalism"))
    }

    @Test("compare writes the same JSON with one thread and with all cores")
    func deterministicAcrossThreads() throws {
        let one = try CLI.run(["compare", "--format", "json", "--threads", "1"])
        let many = try CLI.run(["compare", "--format", "json", "--threads", "8"])
        #expect(one.status == 0 && many.status == 0)
        #expect(one.stdout == many.stdout)
        #expect(one.stdout.contains("\"schema\" : \"cityvoice.report/1\""))
    }

    @Test("--out writes the file atomically and says so on stderr")
    func outFile() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent("scores.csv").path
        let result = try CLI.run(["compare", "--format", "csv", "--out", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("wrote"))
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        #expect(csv.hasPrefix("document,label,title,language,status,axis,"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("explain shows the sentences and arithmetic behind a cell")
    func explain() throws {
        let result = try CLI.run(["explain", "palermo-it", "--axis", "mobility"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("θ  = ln((P + 0.5) / (N + 0.5))"))
        #expect(result.stdout.contains("⟦"))
    }

    @Test("kwic finds a pattern across the corpus")
    func kwic() throws {
        let result = try CLI.run(["kwic", "migra*"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("["))
        #expect(result.stdout.contains("match(es) in 14 document(s)"))
    }

    @Test("tokens splits elisions and keeps hyphenated words, from standard input")
    func tokens() throws {
        let result = try CLI.run(["tokens", "-"], input: "Qu’il s’agisse de l’accueil des sans-papiers…")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("language: fr"))
        for token in ["Qu’", "s’", "l’", "accueil", "sans-papiers"] { #expect(result.stdout.contains(token)) }
        #expect(result.stdout.contains("sans-papiers (sans + papiers)"))
        let json = try CLI.run(["tokens", "-", "--format", "json"], input: "l’accueil")
        #expect(json.stdout.contains("\"form\" : \"l'\""))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("Bad input gets one clear message and the right exit code", arguments: [
        ErrorCase(arguments: ["comprae"], status: 64, message: "did you mean 'compare'?"),
        ErrorCase(arguments: ["compare", "--formt", "json"], status: 64, message: "did you mean '--format'?"),
        ErrorCase(arguments: ["compare", "--format", "jsn"], status: 64, message: "did you mean 'json'?"),
        ErrorCase(arguments: ["compare", "--threads", "zero"], status: 64, message: "'--threads' must be a whole number"),
        ErrorCase(arguments: ["compare", "no/such/folder"], status: 1, message: "no such file or folder: 'no/such/folder'"),
        ErrorCase(arguments: ["compare", "--lexicon", "missing.json"], status: 1, message: "missing.json"),
        ErrorCase(arguments: ["explain", "palermo-it", "--axis", "mobilty"], status: 64, message: "did you mean 'mobility'?"),
        ErrorCase(arguments: ["explain", "palermo", "--axis", "mobility"], status: 64, message: "did you mean 'palermo-it'?"),
        ErrorCase(arguments: ["kwic", "mi*"], status: 64, message: "matches too many words"),
        ErrorCase(arguments: ["tokens"], status: 64, message: "give exactly one FILE"),
        ErrorCase(arguments: ["compare", "--language", "french2"], status: 64, message: "unknown language 'french2'"),
    ])
    func errors(_ example: ErrorCase) throws {
        let result = try CLI.run(example.arguments)
        #expect(result.status == example.status)
        #expect(result.stderr.contains(example.message), "stderr was: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("Away from the repository root, compare says how to point at a corpus and lexicon")
    func elsewhere() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["compare"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--lexicon") || result.stderr.contains("repository root"))
    }

    @Test("Every command has help, and --version prints the version")
    func help() throws {
        for command in ["compare", "report", "score", "explain", "kwic", "tokens", "lexicon"] {
            let result = try CLI.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: cityvoice \(command)"))
        }
        let version = try CLI.run(["--version"])
        #expect(version.stdout.hasPrefix("cityvoice "))
    }

    @Test("Empty and non-UTF-8 documents are reported, not skipped, and never crash")
    func badDocuments() throws {
        let folder = try CLI.temporaryFolder()
        try Data().write(to: folder.appendingPathComponent("empty.en.txt"))
        try Data([0x57, 0x65, 0x20, 0xFF, 0xFE, 0x20] + Array("reject detention and welcome migrants.".utf8)).write(to: folder.appendingPathComponent("broken.en.txt"))
        let result = try CLI.run(["compare", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"status\" : \"empty\""))
        #expect(result.stdout.contains("\"invalidUTF8\" : 2"))
        #expect(result.stderr.contains("empty"))
    }
}
