import Foundation
import Testing
@testable import CityVoice

@Suite("HTML report")
struct ReportHTMLTests {
    static let dataOpening = "<script type=\"application/json\" id=\"cityvoice-data\">"

    /// The JSON text embedded for the script.
    static func embeddedJSON(_ html: String) throws -> String {
        let start = try #require(html.range(of: dataOpening))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test("Element and attribute text is escaped", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & \"Jerry\" 'x'", "Tom &amp; &quot;Jerry&quot; &#39;x&#39;"),
        ("déjà vu ↔ θ", "déjà vu ↔ θ"),
    ])
    func escaping(text: String, expected: String) {
        #expect(HTMLText.escaped(text) == expected)
    }

    @Test("JSON for a script element escapes what could end the element, and still parses to the same value")
    func scriptJSON() throws {
        let hostile = ["text": "</script><!-- & \u{2028}\u{2029} <b>"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(hostile), as: UTF8.self)
        let safe = HTMLText.scriptSafeJSON(json)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!safe.contains(forbidden)) }
        #expect(safe.contains("\\u003c/script\\u003e"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == hostile)
    }

    @Test("Document text with a script tag, quotes and & renders as text, never as markup")
    func hostileDocument() throws {
        let html = try ReportFixtures.hostile.html()
        let raw = "<script>alert(1)</script>"
        #expect(!html.contains(raw))
        #expect(!html.contains("alert(1)</script>"))
        #expect(!html.contains("<b>\"x\"</b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Charter&quot; &#39;x&#39;"))
        #expect(html.contains("Evil &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; co"))
        // Only the page's own two script elements open and close.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script").count - 1 == 2)
        // The sentence reaches the script as escaped JSON, and parses back to the original text.
        let json = try Self.embeddedJSON(html)
        #expect(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(data["documents"] as? [[String: Any]])
        #expect(documents.first?["label"] as? String == "Evil <b>\"x\"</b> & co")
        #expect(json.contains("detention camps"))
    }

    @Test("The script builds elements with textContent, never by parsing HTML")
    func scriptNeverParsesHTML() {
        for risky in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
            #expect(!HTMLAssets.script.contains(risky), "\(risky)")
        }
        #expect(HTMLAssets.script.contains("JSON.parse(document.getElementById(\"cityvoice-data\").textContent)"))
        #expect(!HTMLAssets.script.contains("</"))
    }

    @Test("The page is self-contained: no external resources, and a policy that forbids them")
    func selfContained() throws {
        let html = try ReportFixtures.tiny.html()
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        for reference in ["src=", "<link", "@import", "url(", "@font-face", "<iframe", "<img"] {
            #expect(!html.contains(reference), "\(reference)")
        }
        // The only URL is the SVG namespace, an identifier the browser never fetches.
        let urls = html.components(separatedBy: "://").dropFirst().map { String($0.prefix(20)) }
        #expect(urls == ["www.w3.org/2000/svg\""], "\(urls)")
    }

    @Test("Every scored cell is a keyboard-reachable button with the data the script needs")
    func cellsAreButtons() throws {
        let report = ReportFixtures.tiny
        let html = try report.html()
        let cells = html.components(separatedBy: "<button type=\"button\" class=\"cell").count - 1
        #expect(cells == report.scoredDocuments.count * report.axes.count)
        #expect(html.contains("data-doc=\"0\" data-axis=\"1\""))
        #expect(html.contains("aria-pressed=\"false\""))
        #expect(html.contains("not scored: empty"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(Self.embeddedJSON(html).utf8)) as? [String: Any])
        let rows = try #require(data["cells"] as? [Any])
        #expect(rows.count == report.documents.count)
        #expect(rows.last is [NSNull] || (rows.last as? [Any])?.allSatisfy { $0 is NSNull } == true)
    }

    @Test("The drill-down data carries the arithmetic and each match cut into text, match and cue")
    func drillDownData() throws {
        let report = ReportFixtures.tiny
        let page = HTMLPageData(report: report)
        let cell = try #require(page.cells[0][1])
        #expect(cell.arithmetic.contains("θ = ln((P + 0.5) / (N + 0.5)) = ln((1.5 + 0.5) / (0 + 0.5)) = +1.386"))
        #expect(cell.arithmetic.contains("SE = √(1/(P + 0.5) + 1/(N + 0.5)) = 1.581"))
        let flipped = try #require(cell.matches.first { $0.flipped })
        #expect(flipped.segments == [
            .init(kind: "t", text: "Migration is "), .init(kind: "c", text: "not"), .init(kind: "t", text: " a "),
            .init(kind: "m", text: "burden"), .init(kind: "t", text: " | but an *asset* & a <chance>."),
        ])
        #expect(flipped.lexiconPoleLabel == "Burden")
        #expect(flipped.poleLabel == "Positive narrative")
        #expect(page.cells[3][0] == nil)
    }

    @Test("The heat maps use a diverging scale for positions and a sequential one for distances, with legends")
    func heatMaps() throws {
        let html = try ReportFixtures.tiny.html()
        let scale = ColorScale.positions(limit: 2)
        #expect(html.contains("background:\(scale.color(for: 0).hex)"))
        #expect(html.contains("class=\"legend-bar\""))
        #expect(html.components(separatedBy: "class=\"legend\"").count - 1 == 2)
        #expect(html.contains("id=\"distance-map\""))
        #expect(html.contains("<select id=\"map-x\">") && html.contains("<select id=\"map-y\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("◀ first pole"))
    }

    @Test("The same report gives the same page, byte for byte")
    func deterministic() throws {
        #expect(try ReportFixtures.tiny.html() == (try Report.decode(ReportFixtures.tiny.jsonData()).html()))
    }

    @Test("The page of the tiny report matches its golden file (style and script left out)")
    func golden() throws {
        var html = try ReportFixtures.tiny.html()
        html = html.replacingOccurrences(of: HTMLAssets.style, with: "/* HTMLAssets.style */\n")
        html = html.replacingOccurrences(of: HTMLAssets.script, with: "/* HTMLAssets.script */\n")
        Snapshot.check(html, named: "tiny.html")
    }
}
