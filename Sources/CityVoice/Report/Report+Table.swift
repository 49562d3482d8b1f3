extension Report {
    /// The documents × axes matrix as a plain-text table: θ per cell, with a legend of the axes.
    public func table() -> String {
        var lines: [String] = []
        let scored = scoredDocuments
        let labels = documents.map { "\($0.label) (\($0.language))" }
        let labelWidth = max(8, labels.map(\.count).max() ?? 8)
        let columnWidth = 7
        let codes = axisCodes()
        var header = "θ".padding(labelWidth) + " "
        for code in codes { header += code.leftPadding(columnWidth) }
        header += "      T"
        lines.append(header)
        for (document, label) in zip(documents, labels) {
            var line = label.padding(labelWidth) + " "
            if document.status == .scored {
                for score in document.scores { line += NumberFormat.signed(score.theta).leftPadding(columnWidth) }
                line += String(document.tokens).leftPadding(7)
            } else {
                line += "  (\(document.status.rawValue): not scored)"
            }
            lines.append(line)
        }
        lines.append("")
        lines.append("θ = ln((P+0.5)/(N+0.5)): above 0 leans to the second pole, below 0 to the first.")
        for (axis, code) in zip(axes, codes) {
            lines.append(Self.fitted("  \(code.padding(4)) \(axis.id): \(axis.negative.label) ↔ \(axis.positive.label)", 100))
        }
        if scored.count < documents.count {
            lines.append("\(documents.count - scored.count) document(s) could not be scored; see the findings.")
        }
        let warnings = findings.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            lines.append("\(warnings.count) warning(s): run with --format json to see them all, or read stderr.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Short, unique column codes for the axes: the id's first letters ("RADI" for radicalism);
    /// where those collide, the starts of its first and last words ("access-housing" → "ACHO");
    /// where those collide too, a number.
    public func axisCodes(length: Int = 4) -> [String] {
        let ids = axes.map(\.id)
        var codes = ids.map { String($0.prefix(length)).uppercased() }
        func collides(_ index: Int) -> Bool { codes.indices.contains { $0 != index && codes[$0] == codes[index] } }
        let colliding = codes.indices.filter(collides)
        for index in colliding {
            let words = ids[index].split(separator: "-")
            guard let first = words.first, let last = words.last, words.count > 1 else { continue }
            codes[index] = (String(first.prefix(max(1, length / 2))) + String(last.prefix(length - length / 2))).uppercased()
        }
        for index in codes.indices where collides(index) {
            let number = String(index + 1)
            codes[index] = String(codes[index].prefix(max(1, length - number.count))) + number
        }
        return codes
    }
}

extension String {
    /// Pads with spaces on the right to `width` characters (no truncation).
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    /// Pads with spaces on the left to `width` characters (no truncation).
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
