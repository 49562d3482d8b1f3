extension Report {
    /// The report as Markdown (CommonMark with GitHub tables), for a paper's appendix or a
    /// class handout: the documents × axes matrix (θ ± SE), a ranking per axis, the top
    /// evidence of every cell with the matched words in bold, findings, and provenance.
    ///
    /// Text that comes from documents, the manifest or the lexicon is escaped, so a `|`, `*`
    /// or `<` in a declaration shows as itself.
    /// - Parameter evidencePerCell: the most matches quoted per document × axis.
    public func markdown(evidencePerCell: Int = 2) -> String {
        var out: [String] = []
        let scored = scoredDocuments
        let codes = axisCodes()
        out.append("# CityVoice report: \(Markdown.escaped(provenance.lexicon.id)) \(Markdown.escaped(provenance.lexicon.version))")
        out.append("")
        out.append("\(documents.count) document(s), \(scored.count) scored, on \(axes.count) stance axes, by \(provenance.engine) \(provenance.engineVersion). "
                   + "Each cell gives the position θ = ln((P + 0.5) / (N + 0.5)) ± its standard error "
                   + "SE = √(1/(P + 0.5) + 1/(N + 0.5)), where P and N are the weighted matches on the axis's "
                   + "second and first pole (after negation and stance cues). θ below 0 leans to the first pole, above 0 to the second; "
                   + "a cell without matches reads 0 and is marked “–”.")
        out.append("")

        out.append("## Axes")
        out.append("")
        out.append("| Code | Axis | First pole (θ < 0) | Second pole (θ > 0) |")
        out.append("|---|---|---|---|")
        for (axis, code) in zip(axes, codes) {
            out.append("| \(code) | \(Markdown.escaped(axis.id)) | \(Markdown.escaped(axis.negative.label)) | \(Markdown.escaped(axis.positive.label)) |")
        }
        out.append("")

        out.append("## Positions (θ ± SE)")
        out.append("")
        out.append("| Document | Lang. | " + codes.joined(separator: " | ") + " | T |")
        out.append("|---|---|" + String(repeating: "--:|", count: codes.count) + "--:|")
        for document in documents {
            var row = "| \(Markdown.escaped(document.label)) | \(document.language) | "
            if document.status == .scored {
                row += document.scores.map { score in
                    score.matches == 0 ? "–" : "\(NumberFormat.signed(score.theta)) ± \(NumberFormat.fixed(score.standardError))"
                }.joined(separator: " | ")
                row += " | \(document.tokens) |"
            } else {
                row += Array(repeating: "not scored (\(document.status.rawValue))", count: max(1, axes.count)).joined(separator: " | ") + " | 0 |"
            }
            out.append(row)
        }
        out.append("")

        out.append("## Rankings")
        out.append("")
        for (index, axis) in axes.enumerated() {
            let ranked = scored.sorted { a, b in
                let (x, y) = (a.scores[index], b.scores[index])
                return (x.rank ?? Int.max, documentIndex(a.id)) < (y.rank ?? Int.max, documentIndex(b.id))
            }
            let entries = ranked.map { document -> String in
                let score = document.scores[index]
                let value = score.matches == 0 ? "0 (no matches)" : NumberFormat.signed(score.theta)
                return "\(score.rank.map(String.init) ?? "–"). \(Markdown.escaped(document.label)) (\(document.language)) \(value)"
            }
            out.append("**\(Markdown.escaped(axis.id))**, from most \(Markdown.escaped(axis.positive.label)) to most \(Markdown.escaped(axis.negative.label)): "
                       + entries.joined(separator: " · "))
            out.append("")
        }

        out.append("## Evidence")
        out.append("")
        out.append("Up to \(evidencePerCell) match(es) per document and axis, those that pull toward the side the document leans to first; "
                   + "the matched words are in **bold**. ↺ marks a match a cue moved to the other pole.")
        out.append("")
        for (index, axis) in axes.enumerated() {
            out.append("### \(Markdown.escaped(axis.id)): \(Markdown.escaped(axis.negative.label)) ↔ \(Markdown.escaped(axis.positive.label))")
            out.append("")
            for document in scored {
                let score = document.scores[index]
                let matches = document.matches.filter { $0.axis == axis.id }
                guard !matches.isEmpty else { continue }
                out.append("**\(Markdown.escaped(document.label)) (\(document.language))**: θ = \(NumberFormat.signed(score.theta)) ± \(NumberFormat.fixed(score.standardError)) "
                           + "(P = \(NumberFormat.plain(score.positive)), N = \(NumberFormat.plain(score.negative)), \(matches.count) match(es))")
                out.append("")
                let chosen = Self.topEvidence(matches, theta: score.theta, limit: evidencePerCell)
                for match in chosen {
                    out.append(markdownItem(match, in: document, axis: axis))
                }
                if matches.count > chosen.count {
                    out.append("- … and \(matches.count - chosen.count) more (`cityvoice explain \(document.id) --axis \(axis.id)`)")
                }
                out.append("")
            }
        }

        if !findings.isEmpty {
            out.append("## Findings")
            out.append("")
            for finding in findings {
                let about = finding.document.map { " (\(Markdown.escaped($0)))" } ?? ""
                out.append("- \(finding.severity.rawValue) `\(finding.code)`\(about): \(Markdown.escaped(finding.message))")
            }
            out.append("")
        }

        out.append("## Provenance")
        out.append("")
        out.append("- Engine: \(provenance.engine) \(provenance.engineVersion); report schema `\(schema)`")
        out.append("- Lexicon: \(Markdown.escaped(provenance.lexicon.id)) \(Markdown.escaped(provenance.lexicon.version)), "
                   + "SHA-256 `\(provenance.lexicon.sha256)` (\(Markdown.escaped(provenance.lexicon.path)))")
        out.append("- Options: cue window \(provenance.options.window) words; language \(provenance.options.language ?? "as declared or detected"); "
                   + "seed \(provenance.options.seed)")
        out.append("")
        out.append("| Document | Title | File | Bytes | SHA-256 |")
        out.append("|---|---|---|--:|---|")
        for (document, source) in zip(documents, provenance.documents) {
            let title = document.metadata.title.map(Markdown.escaped) ?? ""
            let hash = source.sha256.isEmpty ? "–" : "`\(source.sha256)`"
            out.append("| \(Markdown.escaped(source.id)) | \(title) | \(Markdown.escaped(source.path)) | \(source.bytes) | \(hash) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The position of document `id` in the report, for stable ordering.
    private func documentIndex(_ id: String) -> Int {
        documents.firstIndex { $0.id == id } ?? Int.max
    }

    /// One match as a list item: the sentence quoted with the match in bold, then pole, weight, concept and cue.
    private func markdownItem(_ match: Match, in document: DocumentReport, axis: Axis) -> String {
        let side = match.side == .positive ? "P" : "N"
        var item = "- "
        if let sentence = document.evidence.first(where: { $0.index == match.sentence }) {
            let parts = sentence.split(at: match)
            item += "“" + Markdown.escaped(Self.collapse(parts.before)) + "**" + Markdown.escaped(Self.collapse(parts.match).withoutSurroundingSpaces)
                + "**" + Markdown.escaped(Self.collapse(parts.after)) + "” "
        } else {
            item += "**\(Markdown.escaped(match.text))** "
        }
        item += "— \(side), \(Markdown.escaped(axis.pole(match.side).label)), weight \(NumberFormat.plain(match.weight)), "
            + "concept `\(match.concept)`, sentence \(match.sentence + 1)"
        if match.flipped {
            let lexiconPole = axis.side(of: match.lexiconPole).map { axis.pole($0).label } ?? match.lexiconPole
            item += "; ↺ \(Markdown.escaped(match.effect)) (the lexicon puts it on \(Markdown.escaped(lexiconPole)))"
        } else if !match.cues.isEmpty {
            item += "; cue: \(Markdown.escaped(match.effect))"
        }
        return item
    }

    /// The matches that best explain a cell: those on the side θ leans to, heaviest first, then in text order.
    static func topEvidence(_ matches: [Match], theta: Double, limit: Int) -> [Match] {
        let leaning: PoleSide? = theta > 0 ? .positive : theta < 0 ? .negative : nil
        let order = matches.indices.sorted { a, b in
            let (x, y) = (matches[a], matches[b])
            let xAgrees = leaning == nil || x.side == leaning, yAgrees = leaning == nil || y.side == leaning
            if xAgrees != yAgrees { return xAgrees }
            if x.weight != y.weight { return x.weight > y.weight }
            return a < b
        }
        return order.prefix(max(0, limit)).sorted().map { matches[$0] }
    }
}

/// Escaping for Markdown (CommonMark and GitHub tables).
enum Markdown {
    /// Characters that mean something in Markdown, backslash-escaped, and line breaks turned into spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#", "&", "~":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// Without leading and trailing spaces.
    var withoutSurroundingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
