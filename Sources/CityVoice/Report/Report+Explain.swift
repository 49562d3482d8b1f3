extension Report {
    /// How one document's position on one axis comes about: the arithmetic, then every match in context.
    ///
    /// - Returns: nil when the document or the axis is unknown.
    public func explanation(document id: String, axis axisID: String) -> String? {
        guard let document = document(id), let axis = axes.first(where: { $0.id == axisID }) else { return nil }
        var lines: [String] = []
        lines.append("\(document.label) (\(document.language)) — \(document.id)")
        lines.append("axis \(axis.id): \(axis.negative.label) (N) ↔ \(axis.positive.label) (P)")
        guard document.status == .scored, let score = document.scores.first(where: { $0.axis == axis.id }) else {
            lines.append("not scored: \(document.status.rawValue)")
            return lines.joined(separator: "\n") + "\n"
        }
        let p = NumberFormat.plain(score.positive), n = NumberFormat.plain(score.negative)
        lines.append("")
        lines.append("P = \(p) (\(axis.positive.id))   N = \(n) (\(axis.negative.id))   T = \(score.tokens) word tokens")
        lines.append("θ  = ln((P + 0.5) / (N + 0.5)) = ln(\(p) + 0.5) − ln(\(n) + 0.5) = \(NumberFormat.signed(score.theta, digits: 3))")
        lines.append("SE = sqrt(1/(P + 0.5) + 1/(N + 0.5)) = \(NumberFormat.fixed(score.standardError, digits: 3))")
        lines.append("salience = (P + N) / T × 1000 = \(NumberFormat.fixed(score.salience, digits: 2)) per 1,000 words")
        if let rank = score.rank {
            lines.append("rank \(rank) of \(scoredDocuments.count) on this axis (1 = most \(axis.positive.label))")
        }
        let matches = document.matches.filter { $0.axis == axis.id }
        lines.append("")
        lines.append(matches.isEmpty ? "No matches on this axis: θ = 0 means no evidence either way." : "\(matches.count) match(es):")
        let sentences = Dictionary(uniqueKeysWithValues: document.evidence.map { ($0.index, $0) })
        for (number, match) in matches.enumerated() {
            let sign = match.side == .positive ? "P" : "N"
            lines.append("")
            lines.append("\(number + 1). [\(sign) +\(NumberFormat.plain(match.weight)) \(match.pole)] \(match.concept)   pattern: \(match.pattern)")
            if let sentence = sentences[match.sentence] {
                lines.append("   sentence \(match.sentence + 1): " + Self.highlighted(sentence, match))
            }
            if match.flipped || !match.cues.isEmpty {
                lines.append("   cue: \(match.effect)\(match.flipped ? " (lexicon pole \(match.lexiconPole) → \(match.pole))" : "")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sentence with the match between ⟦ and ⟧, whitespace collapsed.
    static func highlighted(_ sentence: EvidenceSentence, _ match: Match) -> String {
        let parts = sentence.split(at: match)
        return collapse(parts.before) + "⟦" + collapse(parts.match) + "⟧" + collapse(parts.after)
    }

    /// Runs of whitespace turned into one space.
    static func collapse(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace { pendingSpace = true; continue }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            if pendingSpace && result.isEmpty && !text.isEmpty && text.first!.isWhitespace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        if pendingSpace { result.append(" ") }
        return result
    }
}

extension EvidenceSentence {
    /// The sentence cut around a match (by byte offsets), as before / match / after.
    public func split(at match: Match) -> (before: String, match: String, after: String) {
        let bytes = Array(text.utf8)
        let lower = max(0, min(bytes.count, match.byteStart - byteStart))
        let upper = max(lower, min(bytes.count, match.byteEnd - byteStart))
        return (String(decoding: bytes[..<lower], as: UTF8.self),
                String(decoding: bytes[lower..<upper], as: UTF8.self),
                String(decoding: bytes[upper...], as: UTF8.self))
    }
}
