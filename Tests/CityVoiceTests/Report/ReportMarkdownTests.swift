import Testing
@testable import CityVoice

@Suite("Markdown report")
struct ReportMarkdownTests {
    @Test("Markdown-significant characters are escaped", arguments: [
        ("a | b", "a \\| b"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("`code`", "\\`code\\`"),
        ("<script>", "\\<script\\>"),
        ("[link](x)", "\\[link\\](x)"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two lines"),
        ("plain text, déjà vu", "plain text, déjà vu"),
    ])
    func escaping(text: String, expected: String) {
        #expect(Markdown.escaped(text) == expected)
    }

    @Test("The summary has the matrix, rankings, evidence in bold and provenance")
    func sections() {
        let report = ReportFixtures.tiny
        let markdown = report.markdown()
        for heading in ["# CityVoice report: tiny 1.0", "## Axes", "## Positions (θ ± SE)", "## Rankings", "## Evidence",
                        "## Findings", "## Provenance"] {
            #expect(markdown.contains("\n\(heading)") || markdown.hasPrefix(heading), "missing \(heading)")
        }
        #expect(markdown.contains("| Alpha | en | +1.10 ± 1.63 | +1.39 ± 1.58 | 20 |"))
        #expect(markdown.contains("**abolition of the residence permit**"))
        #expect(markdown.contains("↺ flipped by negator 'not'"))
        #expect(markdown.contains("not scored (empty)"))
        #expect(markdown.contains(String(repeating: "ab", count: 32)))
        #expect(markdown.contains("seed 7"))
        for document in report.provenance.documents where !document.sha256.isEmpty { #expect(markdown.contains(document.sha256)) }
    }

    @Test("Document text cannot break the tables or the emphasis")
    func hostileText() throws {
        let markdown = ReportFixtures.hostile.markdown()
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("Evil \\<b\\>\"x\"\\</b\\> \\& co"))
        // Every row of every table has as many cell separators as the table's header.
        var header: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { header = nil; continue }
            let pipes = unescapedPipes(line)
            if let header { #expect(pipes == header, "\(line)") } else { header = pipes }
        }
    }

    @Test("At most the requested number of matches is quoted per cell, with a pointer to the rest")
    func evidenceLimit() {
        let one = ReportFixtures.tiny.markdown(evidencePerCell: 1)
        #expect(one.contains("… and 1 more (`cityvoice explain alpha-en --axis narrative`)"))
        let none = ReportFixtures.tiny.markdown(evidencePerCell: 0)
        #expect(!none.contains("**abolition"))
    }

    @Test("The evidence that explains a cell comes first: the side θ leans to, heavier matches first")
    func topEvidence() {
        let matches = ReportFixtures.tiny.document("alpha-en")!.matches.filter { $0.axis == "narrative" }
        #expect(Report.topEvidence(matches, theta: 1, limit: 1).map(\.concept) == ["burden"])
        #expect(Report.topEvidence(matches, theta: 1, limit: 5).map(\.concept) == ["burden", "asset"])
        #expect(Report.topEvidence(matches, theta: -1, limit: 1).map(\.concept) == ["burden"])
    }

    @Test("The Markdown of the tiny report matches its golden file")
    func golden() {
        Snapshot.check(ReportFixtures.tiny.markdown(), named: "tiny.md")
    }

    private func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
