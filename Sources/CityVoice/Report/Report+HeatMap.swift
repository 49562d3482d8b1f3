extension Report {
    /// How the terminal heat map colours its cells.
    public enum TerminalColors: Sendable, Equatable {
        /// The xterm 256-colour palette (`ESC[48;5;Nm`): every modern terminal.
        case ansi256
        /// 24-bit colour (`ESC[48;2;R;G;Bm`), for terminals that set `COLORTERM=truecolor`.
        case trueColor
    }

    /// The documents × axes matrix as a coloured heat map for a terminal: θ in every cell on a
    /// diverging background (blue toward the first pole, orange toward the second, white at 0),
    /// then a colour legend and the two poles of every axis.
    ///
    /// Labels are abbreviated ("Palermo it") and pole names shortened so that no line is wider
    /// than `width` columns (14 documents × 8 axes fit in 100). The plain-text counterpart, for
    /// pipes and `NO_COLOR`, is `table()`.
    /// - Parameters:
    ///   - colors: the palette the terminal understands.
    ///   - width: the widest a line may be, in columns.
    public func heatMap(colors: TerminalColors, width: Int = 100) -> String {
        let codes = axisCodes()
        let thetas = scoredDocuments.flatMap { $0.scores.map(\.theta) }
        let scale = ColorScale.positions(limit: ColorScale.positionLimit(covering: thetas))
        let paint = TerminalPainter(colors: colors)

        let labels = documents.map { "\($0.label) \($0.language)" }
        let axisCount = max(1, axes.count)
        let widestLabel = labels.map(\.count).max() ?? 8
        let labelWidth = max(8, min(widestLabel, 18, width - 1 - 6 * axisCount))
        let cellWidth = max(6, min(7, (width - labelWidth - 1) / axisCount))

        var lines: [String] = []
        lines.append(Self.fitted("θ by document and axis: blue leans to the first pole, orange to the second; · no matches", width))
        lines.append(String(repeating: " ", count: labelWidth + 1) + codes.map { Self.centered($0, cellWidth) }.joined())
        for (document, label) in zip(documents, labels) {
            var line = Self.fitted(label, labelWidth).padding(labelWidth) + " "
            guard document.status == .scored else {
                line += "(\(document.status.rawValue): not scored)"
                lines.append(line)
                continue
            }
            for score in document.scores {
                let text = score.matches == 0 ? "·" : NumberFormat.signed(score.theta)
                line += paint.cell(Self.centered(text, cellWidth), value: score.theta, scale: scale)
            }
            lines.append(line)
        }

        lines.append("")
        var legend = "colour: "
        for tick in scale.ticks(count: 5) {
            legend += paint.cell(Self.centered(NumberFormat.signedPlain(tick), 7), value: tick, scale: scale)
        }
        legend += "  θ = ln((P+0.5)/(N+0.5))"
        lines.append(legend)
        let codeWidth = (codes.map(\.count).max() ?? 4) + 1
        let idWidth = min(16, axes.map(\.id.count).max() ?? 8)
        for (axis, code) in zip(axes, codes) {
            let prefix = "  " + code.padding(codeWidth) + Self.fitted(axis.id, idWidth).padding(idWidth) + "  "
            let room = max(8, width - prefix.count - 11)
            let negative = Self.fitted(axis.negative.label, max(room / 2, room - axis.positive.label.count))
            let positive = Self.fitted(axis.positive.label, room - negative.count)
            lines.append(prefix + "◀ " + paint.cell(" \(negative) ", value: scale.lower, scale: scale) + " ↔ "
                         + paint.cell(" \(positive) ", value: scale.upper, scale: scale) + " ▶")
        }
        let unscored = documents.count - scoredDocuments.count
        if unscored > 0 {
            lines.append(Self.fitted("\(unscored) document(s) could not be scored; see the findings.", width))
        }
        let warnings = findings.filter { $0.severity == .warning }.count
        if warnings > 0 {
            lines.append(Self.fitted("\(warnings) warning(s): run with --format json to see them all, or read stderr.", width))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `width` characters, ending in "…" when cut.
    static func fitted(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` centred in `width` columns (an odd space goes to the left), cut if longer.
    static func centered(_ text: String, _ width: Int) -> String {
        let cut = fitted(text, width)
        let left = (width - cut.count + 1) / 2
        return String(repeating: " ", count: left) + cut + String(repeating: " ", count: width - cut.count - left)
    }

    /// The number of columns `text` takes on a terminal: its characters, without ANSI escape sequences.
    public static func visibleWidth(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            count += 1
        }
        return count
    }
}

/// Wraps text in ANSI SGR sequences for one palette.
private struct TerminalPainter {
    var colors: Report.TerminalColors

    static let reset = "\u{1B}[0m"

    /// The diverging position scale as nine entries of the xterm cube, from −limit to +limit: exact
    /// palette colours keep their hue, where the nearest cube colour to a pale orange is a pink.
    static let diverging256 = [25, 68, 110, 153, 255, 223, 215, 172, 130]

    /// `text` on the colour of `value`, with whichever of dark or white text reads better on it.
    func cell(_ text: String, value: Double, scale: ColorScale) -> String {
        let codes: String
        switch colors {
        case .ansi256:
            let fraction = (min(scale.upper, max(scale.lower, value)) - scale.lower) / (scale.upper - scale.lower)
            let index = Self.diverging256[Int((fraction * Double(Self.diverging256.count - 1)).rounded())]
            let foreground = RGBColor(ansi256: index).readableForeground == .white ? 231 : 16
            codes = "48;5;\(index);38;5;\(foreground)"
        case .trueColor:
            let background = scale.color(for: value), foreground = background.readableForeground
            codes = "48;2;\(background.red);\(background.green);\(background.blue);38;2;\(foreground.red);\(foreground.green);\(foreground.blue)"
        }
        return "\u{1B}[" + codes + "m" + text + Self.reset
    }
}
