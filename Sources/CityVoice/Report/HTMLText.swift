import Foundation

/// Escaping for the HTML report: text in elements and attributes, and JSON in a script element.
enum HTMLText {
    /// `text` with `& < > " '` replaced by character references, safe in element content and
    /// in quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON text made safe inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and
    /// U+2029 written as `\u003c`-style escapes, so no document text can close the element or
    /// open a comment, and the result still parses as the same JSON.
    ///
    /// Outside strings JSON never contains these characters, so escaping the whole text is exact.
    static func scriptSafeJSON(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
