import Foundation

/// What the HTML report's script reads: the cells of the documents × axes matrix with the
/// evidence behind each, ready to show (sentences cut into plain text, match and cue pieces;
/// the arithmetic already written out with the report's number formatting).
///
/// It travels as JSON inside `<script type="application/json">` and is read with
/// `JSON.parse(textContent)`; the script builds the drill-down with `textContent` only.
struct HTMLPageData: Encodable {
    struct AxisEntry: Encodable {
        var id: String
        var code: String
        var negative: String
        var positive: String
    }

    struct DocumentEntry: Encodable {
        var id: String
        var label: String
        var language: String
        /// Documents of one declaration (its language versions) share a group, drawn linked on the map.
        var group: String
        var scored: Bool
    }

    struct Cell: Encodable {
        var theta: Double
        var standardError: Double
        var matchCount: Int
        /// The arithmetic behind θ, one line each: P, N, T, θ, SE, salience, rank.
        var arithmetic: [String]
        var matches: [MatchEntry]
    }

    struct MatchEntry: Encodable {
        /// "positive" or "negative": the side the match counts for after cues.
        var side: String
        var poleLabel: String
        var lexiconPoleLabel: String
        var weight: String
        var concept: String
        var pattern: String
        var flipped: Bool
        var effect: String
        var cues: [CueEntry]
        var location: String
        /// The sentence as pieces: kind "t" (text), "m" (the match), "c" (a cue).
        var segments: [Segment]
    }

    struct CueEntry: Encodable {
        var kind: String
        var text: String
    }

    struct Segment: Encodable, Equatable {
        var kind: String
        var text: String
    }

    var axes: [AxisEntry]
    var documents: [DocumentEntry]
    /// `cells[document][axis]`, null for documents that could not be scored.
    var cells: [[Cell?]]

    init(report: Report) {
        let codes = report.axisCodes()
        axes = zip(report.axes, codes).map { axis, code in
            AxisEntry(id: axis.id, code: code, negative: axis.negative.label, positive: axis.positive.label)
        }
        documents = report.documents.map { document in
            DocumentEntry(id: document.id, label: document.label, language: document.language,
                          group: document.metadata.declaration ?? document.id, scored: document.status == .scored)
        }
        let scoredCount = report.scoredDocuments.count
        cells = report.documents.map { document in
            guard document.status == .scored else { return report.axes.map { _ in nil } }
            return zip(report.axes, document.scores).map { axis, score in
                Self.cell(document: document, axis: axis, score: score, scoredCount: scoredCount)
            }
        }
    }

    static func cell(document: DocumentReport, axis: Axis, score: AxisScore, scoredCount: Int) -> Cell {
        let p = NumberFormat.plain(score.positive), n = NumberFormat.plain(score.negative)
        var arithmetic = [
            "P = \(p)  (\(axis.positive.label))",
            "N = \(n)  (\(axis.negative.label))",
            "T = \(score.tokens) word tokens",
            "θ = ln((P + 0.5) / (N + 0.5)) = ln((\(p) + 0.5) / (\(n) + 0.5)) = \(NumberFormat.signed(score.theta, digits: 3))",
            "SE = √(1/(P + 0.5) + 1/(N + 0.5)) = \(NumberFormat.fixed(score.standardError, digits: 3))",
            "salience = (P + N) / T × 1000 = \(NumberFormat.fixed(score.salience, digits: 2)) per 1,000 words",
        ]
        if let rank = score.rank {
            arithmetic.append("rank \(rank) of \(scoredCount) (1 = most \(axis.positive.label))")
        }
        let sentences = document.evidence
        let matches = document.matches.filter { $0.axis == axis.id }.map { match -> MatchEntry in
            let sentence = sentences.first { $0.index == match.sentence }
            return MatchEntry(
                side: match.side.rawValue, poleLabel: axis.pole(match.side).label,
                lexiconPoleLabel: axis.side(of: match.lexiconPole).map { axis.pole($0).label } ?? match.lexiconPole,
                weight: NumberFormat.plain(match.weight), concept: match.concept, pattern: match.pattern,
                flipped: match.flipped, effect: match.effect,
                cues: match.cues.map { CueEntry(kind: $0.kind.rawValue, text: $0.text) },
                location: "sentence \(match.sentence + 1) · bytes \(match.byteStart)–\(match.byteEnd)",
                segments: sentence.map { segments(of: $0, match: match) } ?? [Segment(kind: "m", text: match.text)]
            )
        }
        return Cell(theta: score.theta, standardError: score.standardError, matchCount: score.matches,
                    arithmetic: arithmetic, matches: matches)
    }

    /// The sentence cut into text, match and cue pieces by byte offsets (the match wins where they overlap).
    static func segments(of sentence: EvidenceSentence, match: Match) -> [Segment] {
        let bytes = Array(sentence.text.utf8)
        var kinds = [UInt8](repeating: UInt8(ascii: "t"), count: bytes.count)
        func mark(_ start: Int, _ end: Int, as kind: UInt8) {
            let lower = max(0, min(bytes.count, start - sentence.byteStart))
            let upper = max(lower, min(bytes.count, end - sentence.byteStart))
            for index in lower..<upper { kinds[index] = kind }
        }
        for cue in match.cues { mark(cue.byteStart, cue.byteEnd, as: UInt8(ascii: "c")) }
        mark(match.byteStart, match.byteEnd, as: UInt8(ascii: "m"))
        var segments: [Segment] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && kinds[end] == kinds[start] { end += 1 }
            segments.append(Segment(kind: String(UnicodeScalar(kinds[start])), text: String(decoding: bytes[start..<end], as: UTF8.self)))
            start = end
        }
        return segments
    }

    /// The data as JSON, safe to place inside a `<script type="application/json">` element.
    func scriptJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return HTMLText.scriptSafeJSON(String(decoding: try encoder.encode(self), as: UTF8.self))
    }
}
