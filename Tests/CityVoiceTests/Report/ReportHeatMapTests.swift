import Testing
@testable import CityVoice

@Suite("Terminal heat map and colour scales")
struct ReportHeatMapTests {
    static let escape = "\u{1B}["

    @Test("14 documents × 8 axes fit in 100 columns, in colour", arguments: [Report.TerminalColors.ansi256, .trueColor])
    func colourFits(colors: Report.TerminalColors) {
        let report = ReportFixtures.wide(documents: 14, axes: 8)
        let map = report.heatMap(colors: colors)
        #expect(map.contains(Self.escape))
        #expect(map.contains(colors == .ansi256 ? "\u{1B}[48;5;" : "\u{1B}[48;2;"))
        let lines = map.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines { #expect(Report.visibleWidth(line) <= 100, "\(Report.visibleWidth(line)): \(line)") }
        // One line per document, each with a coloured cell per axis.
        let rows = lines.filter { $0.hasPrefix("Mechelen") || $0.hasPrefix("Sello") }
        #expect(rows.count == 4)
        for row in rows { #expect(row.components(separatedBy: "\u{1B}[48;").count - 1 == 8) }
        #expect(lines.contains { $0.hasPrefix("Sello Migrante ") })
    }

    @Test("The legend names both poles of every axis")
    func legendNamesPoles() {
        let report = ReportFixtures.tiny
        let map = report.heatMap(colors: .ansi256)
        for axis in report.axes {
            let line = map.split(separator: "\n").first { $0.contains(axis.id) }
            #expect(line?.contains(axis.negative.label) == true)
            #expect(line?.contains(axis.positive.label) == true)
        }
        // Long pole names are shortened, not dropped.
        let wide = ReportFixtures.wide(documents: 2, axes: 8).heatMap(colors: .ansi256)
        #expect(wide.contains("Conditional access"))
        #expect(wide.contains("Unconditional access"))
    }

    @Test("Cells without matches show a dot; others show θ with a sign")
    func cellText() {
        let map = ReportFixtures.tiny.heatMap(colors: .ansi256)
        let beta = map.split(separator: "\n").first { $0.hasPrefix("Beta en") }.map(String.init) ?? ""
        #expect(beta.contains("   ·   "))
        #expect(beta.contains(" -1.10 "))
        #expect(map.contains("Gamma en") && map.contains("(empty: not scored)"))
    }

    @Test("The plain table (for pipes and NO_COLOR) has no escape codes and fits too")
    func plainFits() {
        let table = ReportFixtures.wide(documents: 14, axes: 8).table()
        #expect(!table.contains("\u{1B}"))
        for line in table.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    @Test("Visible width ignores escape sequences", arguments: [
        ("plain", 5), ("\u{1B}[48;5;25;38;5;231m -3.04 \u{1B}[0m", 7), ("\u{1B}[48;2;1;2;3m θ ↔ \u{1B}[0m|", 6),
    ])
    func visibleWidth(text: String, width: Int) {
        #expect(Report.visibleWidth(text) == width)
    }

    @Test("The heat map of the tiny report matches its golden file")
    func golden() {
        Snapshot.check(ReportFixtures.tiny.heatMap(colors: .ansi256), named: "tiny.heatmap.txt")
    }

    @Test("The position scale is white at 0, blue below and orange above, symmetric in lightness")
    func divergingScale() {
        let scale = ColorScale.positions(limit: 3)
        #expect(scale.color(for: 0) == RGBColor(247, 247, 247))
        let low = scale.color(for: -3), high = scale.color(for: 3)
        #expect(low.blue > low.red && high.red > high.blue)
        #expect(scale.color(for: -10) == low && scale.color(for: 10) == high)
        for value in stride(from: 0.5, through: 3, by: 0.5) {
            #expect(abs(scale.color(for: value).luminance - scale.color(for: -value).luminance) < 0.12, "\(value)")
            #expect(scale.color(for: value).luminance < scale.color(for: value - 0.5).luminance)
        }
    }

    @Test("The limit of the position scale covers the data, rounded up to a half, at least 1",
          arguments: [([0.2], 1.0), ([-3.61, 2], 4.0), ([2.2], 2.5), ([], 1.0), ([-1.5], 1.5)])
    func positionLimit(values: [Double], expected: Double) {
        #expect(ColorScale.positionLimit(covering: values) == expected)
    }

    @Test("Text on any cell colour has a contrast of at least 4.5 : 1")
    func readableText() {
        for scale in [ColorScale.positions(limit: 1), ColorScale.distances(maximum: 1)] {
            for step in 0...100 {
                let color = scale.color(for: scale.lower + (scale.upper - scale.lower) * Double(step) / 100)
                #expect(color.contrast(with: color.readableForeground) >= 4.5, "\(color.hex)")
            }
        }
    }

    @Test("Colours print as CSS hex and come from the xterm palette", arguments: [
        (RGBColor(0, 95, 175), "#005faf", 25), (RGBColor(238, 238, 238), "#eeeeee", 255), (RGBColor(255, 215, 175), "#ffd7af", 223),
    ])
    func colorFormats(color: RGBColor, hex: String, index: Int) {
        #expect(color.hex == hex)
        #expect(RGBColor(ansi256: index) == color)
    }
}
