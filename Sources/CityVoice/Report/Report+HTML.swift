extension Report {
    /// The report as one self-contained HTML page: inline CSS and script, no network requests
    /// (a Content-Security-Policy forbids them), readable on a projector and printable.
    ///
    /// It shows the documents × axes heat map (θ on a diverging blue–white–orange scale centred
    /// on 0, pole names in the column headers, a legend); a drill-down beside it that lists the
    /// sentences behind a clicked cell with the matched words marked, each match's pole, weight
    /// and cue, and the arithmetic from P and N to θ and SE; a two-axis map of positions with
    /// ±1 SE error bars, axes picked from two menus; the documents × documents distance heat
    /// map; the findings; and the provenance.
    ///
    /// The heat maps are static HTML, so they show and print without the script. Every piece of
    /// text from documents, the manifest or the lexicon is escaped; the script gets its data
    /// as JSON in a `<script type="application/json">` element with `<`, `>` and `&` escaped,
    /// and writes it with `textContent` only. A link ending in `#cell=DOCUMENT/AXIS` opens that
    /// cell; `#x=AXIS&y=AXIS` picks the map's axes.
    /// - Throws: `EncodingError` if the data cannot be encoded (a non-finite number).
    public func html() throws -> String {
        var page = HTMLPage()
        let scored = scoredDocuments
        let title = "CityVoice report: \(scored.count) documents × \(axes.count) axes"
        page.line("<!DOCTYPE html>")
        page.line("<html lang=\"en\">")
        page.line("<head>")
        page.line("<meta charset=\"utf-8\">")
        page.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
        page.line("<meta name=\"generator\" content=\"\(HTMLText.escaped("\(provenance.engine) \(provenance.engineVersion)"))\">")
        page.line("<title>\(HTMLText.escaped(title))</title>")
        page.line("<style>\n\(HTMLAssets.style)</style>")
        page.line("</head>")
        page.line("<body>")
        page.line("<header class=\"page-head\">")
        page.line("<h1>CityVoice report</h1>")
        page.line("<p class=\"subtitle\">\(documents.count) documents (\(scored.count) scored) × \(axes.count) stance axes · lexicon "
                  + "<strong>\(HTMLText.escaped(provenance.lexicon.id))</strong> \(HTMLText.escaped(provenance.lexicon.version))"
                  + " · \(HTMLText.escaped(provenance.engine)) \(HTMLText.escaped(provenance.engineVersion))</p>")
        page.line("<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#positions\">Positions</a> <a href=\"#map\">Two-axis map</a> "
                  + "<a href=\"#distances\">Distances</a>\(findings.isEmpty ? "" : " <a href=\"#findings\">Findings</a>") <a href=\"#provenance\">Provenance</a></nav>")
        page.line("</header>")
        page.line("<main>")
        positionsSection(&page)
        mapSection(&page)
        distancesSection(&page)
        findingsSection(&page)
        page.line("</main>")
        provenanceFooter(&page)
        page.line("<script type=\"application/json\" id=\"cityvoice-data\">\(try HTMLPageData(report: self).scriptJSON())</script>")
        page.line("<script>\n\(HTMLAssets.script)</script>")
        page.line("</body>")
        page.line("</html>")
        return page.text
    }

    // MARK: - Sections

    private func positionsSection(_ page: inout HTMLPage) {
        let thetas = scoredDocuments.flatMap { $0.scores.map(\.theta) }
        let scale = ColorScale.positions(limit: ColorScale.positionLimit(covering: thetas))
        let codes = axisCodes()
        let first = scale.color(for: scale.lower), second = scale.color(for: scale.upper)
        page.line("<section id=\"positions\">")
        page.line("<h2>Positions on the axes</h2>")
        page.line("<p class=\"lead\">Each cell is a document’s position θ = ln((P + 0.5) / (N + 0.5)) on an axis, "
                  + "with its standard error below. P and N count the matches on the axis’s second and first pole, "
                  + "after negation and stance cues. <span class=\"screen-only\">Click a cell (or tab to it and press Enter) "
                  + "to read the sentences behind it.</span></p>")
        page.line("<div class=\"positions-layout\">")
        page.line("<div class=\"map-column\">")
        page.line("<div class=\"table-scroll\">")
        page.line("<table class=\"heat\" id=\"position-map\">")
        page.line("<caption>θ ± SE by document and axis; blue leans to the first pole, orange to the second, a dash marks a cell without matches</caption>")
        page.line("<thead><tr><th scope=\"col\" class=\"corner\">Document</th>")
        for (axis, code) in zip(axes, codes) {
            page.line("<th scope=\"col\" class=\"axis-head\" title=\"\(HTMLText.escaped(axis.label))\">"
                      + "<span class=\"axis-code\">\(HTMLText.escaped(code))</span>"
                      + "<span class=\"axis-id\">\(HTMLText.escaped(axis.id))</span>"
                      + "<span class=\"pole pole-negative\"><span class=\"swatch\" style=\"background:\(first.hex)\"></span>\(HTMLText.escaped(axis.negative.label))</span>"
                      + "<span class=\"pole pole-positive\"><span class=\"swatch\" style=\"background:\(second.hex)\"></span>\(HTMLText.escaped(axis.positive.label))</span></th>")
        }
        page.line("<th scope=\"col\" class=\"tokens-head\">T</th></tr></thead>")
        page.line("<tbody>")
        for (row, document) in documents.enumerated() {
            var line = "<tr><th scope=\"row\" class=\"doc\">" + documentLabelHTML(document) + "</th>"
            if document.status == .scored {
                for (column, (axis, score)) in zip(axes, document.scores).enumerated() {
                    let color = scale.color(for: score.theta)
                    let empty = score.matches == 0
                    let value = empty ? "–" : NumberFormat.signed(score.theta)
                    let label = "\(document.label) (\(document.language)), \(axis.id): θ \(NumberFormat.signed(score.theta)), "
                        + "SE \(NumberFormat.fixed(score.standardError)), \(score.matches) match\(score.matches == 1 ? "" : "es")"
                    line += "<td><button type=\"button\" class=\"cell\(empty ? " empty" : "")\" data-doc=\"\(row)\" data-axis=\"\(column)\" "
                        + "style=\"background:\(color.hex);color:\(color.readableForeground.hex)\" aria-pressed=\"false\" "
                        + "aria-label=\"\(HTMLText.escaped(label))\">"
                        + "<span class=\"theta\">\(value)</span><span class=\"se\">±\(NumberFormat.fixed(score.standardError))</span></button></td>"
                }
                line += "<td class=\"tokens\">\(document.tokens)</td>"
            } else {
                line += "<td class=\"unscored\" colspan=\"\(axes.count + 1)\">not scored: \(HTMLText.escaped(document.status.rawValue))</td>"
            }
            page.line(line + "</tr>")
        }
        page.line("</tbody>")
        page.line("</table>")
        page.line("</div>")
        legend(&page, scale: scale, ticks: 5, lowLabel: "◀ first pole", middleLabel: "balanced or no evidence", highLabel: "second pole ▶",
               format: NumberFormat.signedPlain, name: "θ")
        page.line("</div>")
        page.line("<aside id=\"drill\" class=\"drill idle\" aria-live=\"polite\" aria-label=\"Evidence for the selected cell\">")
        page.line("<p class=\"hint\">Click a cell of the heat map to see the sentences behind it: each match with its pole, weight and cue, "
                  + "and the arithmetic from P and N to θ.</p>")
        page.line("</aside>")
        page.line("</div>")
        page.line("</section>")
    }

    private func mapSection(_ page: inout HTMLPage) {
        page.line("<section id=\"map\">")
        page.line("<h2>Two-axis map</h2>")
        page.line("<p class=\"lead\">Each point is a document at its positions on two axes, with bars of ±1 standard error. "
                  + "Lines join the language versions of one declaration.</p>")
        page.line("<div class=\"controls\">")
        for (id, name, selected) in [("map-x", "Horizontal axis", 0), ("map-y", "Vertical axis", min(1, max(0, axes.count - 1)))] {
            var options = ""
            for (index, axis) in axes.enumerated() {
                options += "<option value=\"\(index)\"\(index == selected ? " selected" : "")>\(HTMLText.escaped(axis.id)): "
                    + "\(HTMLText.escaped(axis.negative.label)) ↔ \(HTMLText.escaped(axis.positive.label))</option>"
            }
            page.line("<label>\(name) <select id=\"\(id)\">\(options)</select></label>")
        }
        page.line("</div>")
        page.line("<figure class=\"scatter-figure\"><svg id=\"scatter\" viewBox=\"0 0 900 600\" role=\"img\" aria-label=\"Documents on two axes\"></svg>"
                  + "<noscript><p>The map needs JavaScript; the heat map above shows the same positions.</p></noscript></figure>")
        page.line("</section>")
    }

    private func distancesSection(_ page: inout HTMLPage) {
        guard let comparison else { return }
        let maximum = comparison.distances.flatMap { $0 }.max() ?? 1
        let scale = ColorScale.distances(maximum: max(maximum, 0.01))
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        page.line("<section id=\"distances\">")
        page.line("<h2>Distances between documents</h2>")
        page.line("<p class=\"lead\">Euclidean distance between the documents’ standardized positions (each axis as z-scores "
                  + "across the documents): 0 for the same profile, darker for further apart.</p>")
        page.line("<div class=\"table-scroll\">")
        page.line("<table class=\"heat distances\" id=\"distance-map\">")
        page.line("<caption>Distance between standardized axis positions</caption>")
        var head = "<thead><tr><th scope=\"col\" class=\"corner\">Document</th>"
        for id in comparison.documents {
            head += "<th scope=\"col\" class=\"doc-col\"><span>" + (byID[id].map(documentLabelHTML) ?? HTMLText.escaped(id)) + "</span></th>"
        }
        page.line(head + "</tr></thead>")
        page.line("<tbody>")
        for (id, row) in zip(comparison.documents, comparison.distances) {
            var line = "<tr><th scope=\"row\" class=\"doc\">" + (byID[id].map(documentLabelHTML) ?? HTMLText.escaped(id)) + "</th>"
            for (other, value) in zip(comparison.documents, row) {
                let color = scale.color(for: value)
                let names = "\(byID[id].map { "\($0.label) (\($0.language))" } ?? id) – \(byID[other].map { "\($0.label) (\($0.language))" } ?? other)"
                line += "<td class=\"dist\" style=\"background:\(color.hex);color:\(color.readableForeground.hex)\" "
                    + "title=\"\(HTMLText.escaped(names)): \(NumberFormat.fixed(value))\">\(NumberFormat.fixed(value, digits: 1))</td>"
            }
            page.line(line + "</tr>")
        }
        page.line("</tbody>")
        page.line("</table>")
        page.line("</div>")
        legend(&page, scale: scale, ticks: 5, lowLabel: "alike", middleLabel: "", highLabel: "far apart",
               format: { NumberFormat.fixed($0, digits: 1) }, name: "distance")
        page.line("</section>")
    }

    private func findingsSection(_ page: inout HTMLPage) {
        guard !findings.isEmpty else { return }
        let warnings = findings.filter { $0.severity == .warning }.count
        page.line("<section id=\"findings\">")
        page.line("<h2>Findings</h2>")
        page.line("<details\(warnings > 0 ? " open" : "")><summary>\(findings.count) finding(s), \(warnings) warning(s)</summary><ul class=\"findings\">")
        for finding in findings {
            let about = finding.document.map { " <span class=\"about\">\(HTMLText.escaped($0))</span>" } ?? ""
            page.line("<li class=\"\(finding.severity.rawValue)\"><span class=\"severity\">\(finding.severity.rawValue)</span> "
                      + "<code>\(HTMLText.escaped(finding.code))</code>\(about): \(HTMLText.escaped(finding.message))</li>")
        }
        page.line("</ul></details>")
        page.line("</section>")
    }

    private func provenanceFooter(_ page: inout HTMLPage) {
        let lexicon = provenance.lexicon, options = provenance.options
        page.line("<footer id=\"provenance\">")
        page.line("<h2>Provenance</h2>")
        page.line("<dl class=\"provenance\">")
        page.line("<dt>Engine</dt><dd>\(HTMLText.escaped(provenance.engine)) \(HTMLText.escaped(provenance.engineVersion)) · report schema <code>\(HTMLText.escaped(schema))</code></dd>")
        page.line("<dt>Lexicon</dt><dd><strong>\(HTMLText.escaped(lexicon.id))</strong> \(HTMLText.escaped(lexicon.version)) · "
                  + "<span class=\"path\">\(HTMLText.escaped(lexicon.path))</span><br>SHA-256 <code class=\"hash\">\(HTMLText.escaped(lexicon.sha256))</code></dd>")
        page.line("<dt>Options</dt><dd>cue window \(options.window) words · language: \(HTMLText.escaped(options.language ?? "as declared or detected")) · seed \(options.seed)</dd>")
        page.line("</dl>")
        page.line("<div class=\"table-scroll\"><table class=\"documents\">")
        page.line("<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Title</th><th scope=\"col\">Language</th>"
                  + "<th scope=\"col\" class=\"num\">Tokens</th><th scope=\"col\" class=\"num\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead>")
        page.line("<tbody>")
        for (document, source) in zip(documents, provenance.documents) {
            let title = document.metadata.title.map(HTMLText.escaped) ?? ""
            let date = document.metadata.date.map { " <span class=\"date\">(\(HTMLText.escaped($0)))</span>" } ?? ""
            page.line("<tr><td><code>\(HTMLText.escaped(document.id))</code></td><td>\(title)\(date)</td>"
                      + "<td>\(HTMLText.escaped(document.language)) (\(document.languageSource.rawValue))</td>"
                      + "<td class=\"num\">\(document.tokens)</td><td class=\"num\">\(source.bytes)</td>"
                      + "<td><code class=\"hash\" title=\"\(HTMLText.escaped(source.path))\">\(HTMLText.escaped(source.sha256))</code></td></tr>")
        }
        page.line("</tbody></table></div>")
        page.line("</footer>")
    }

    // MARK: - Pieces

    /// "Palermo it": the label and a smaller language code.
    private func documentLabelHTML(_ document: DocumentReport) -> String {
        "<span class=\"doc-label\">\(HTMLText.escaped(document.label))</span> <span class=\"lang\">\(HTMLText.escaped(document.language))</span>"
    }

    /// A colour bar with its end labels and tick values.
    private func legend(_ page: inout HTMLPage, scale: ColorScale, ticks: Int, lowLabel: String, middleLabel: String, highLabel: String,
                        format: (Double) -> String, name: String) {
        let steps = 12
        let gradient = (0...steps).map { step -> String in
            let value = scale.lower + (scale.upper - scale.lower) * Double(step) / Double(steps)
            return "\(scale.color(for: value).hex) \(NumberFormat.plain(Double(step) * 100 / Double(steps)))%"
        }.joined(separator: ", ")
        page.line("<div class=\"legend\" role=\"img\" aria-label=\"\(HTMLText.escaped("colour scale for \(name), from \(format(scale.lower)) to \(format(scale.upper))"))\">")
        page.line("<div class=\"legend-labels\"><span>\(HTMLText.escaped(lowLabel))</span><span>\(HTMLText.escaped(middleLabel))</span><span>\(HTMLText.escaped(highLabel))</span></div>")
        page.line("<div class=\"legend-bar\" style=\"background:linear-gradient(to right, \(gradient))\"></div>")
        page.line("<div class=\"legend-ticks\">" + scale.ticks(count: ticks).map { "<span>\(format($0))</span>" }.joined() + "</div>")
        page.line("</div>")
    }
}

/// The HTML page as it is written, line by line.
private struct HTMLPage {
    var text = ""

    mutating func line(_ html: String) {
        text += html
        text += "\n"
    }
}
