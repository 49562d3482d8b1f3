/// Writes RFC 4180 CSV: comma-separated, CRLF-free (`\n` line ends, which R and pandas read),
/// fields quoted when they hold a comma, quote, or line break, quotes doubled.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) {
        row(header)
    }

    /// Appends one row.
    public mutating func row(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",")
        text += "\n"
    }

    /// A field, quoted if needed.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Fixed formatting for numbers in text outputs: up to 6 decimals, no trailing zeros, no exponent.
public enum NumberFormat {
    public static func plain(_ value: Double) -> String {
        if value == 0 { return "0" }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `plain(value)` that always reads as a real number ("3.0", "0.0", "-1.5"), so a column of
    /// weighted counts or positions loads as float64 in pandas and double in R whatever its values.
    public static func decimal(_ value: Double) -> String {
        let text = plain(value)
        return text.contains(".") ? text : text + ".0"
    }

    /// `plain(value)` with a "+" before positive values ("+0.75", "-2", "0").
    public static func signedPlain(_ value: Double) -> String {
        let text = plain(value)
        return text == "0" || text.hasPrefix("-") ? text : "+" + text
    }

    /// A value with exactly `digits` decimals and an explicit sign ("+1.25", "-0.40", "0.00").
    public static func signed(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-") { return Double(text) == 0 ? String(text.dropFirst()) : text }
        return Double(text) == 0 ? text : "+" + text
    }

    /// A value with exactly `digits` decimals.
    public static func fixed(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}

import Foundation
