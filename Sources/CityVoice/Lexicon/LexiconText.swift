import Foundation

/// Text rules shared by the lexicon readers: ids, suggestions, language codes, UTF-8 checks.
enum LexiconText {
    /// What an id looks like, for "expected" texts.
    static let idRule = "an id of lower-case ASCII letters, digits and '-'"

    /// Whether `id` is non-empty and made of lower-case ASCII letters, digits and `-` only.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }

    /// `text` turned into a valid id: accents removed, lower-cased, other runs of characters turned into one `-`.
    ///
    /// Returns nil when nothing usable is left ("★★").
    static func slug(_ text: String) -> String? {
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        var slug = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            let isIDCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isIDCharacter {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? nil : slug
    }

    /// The language for an ISO 639-1 code.
    static func language(_ code: String) -> Language? { Language(rawValue: code) }

    /// Language names in English and in the language itself, accents removed, lower-cased.
    static let languageNames: [(name: String, language: Language)] = [
        ("english", .en), ("french", .fr), ("francais", .fr), ("spanish", .es), ("espanol", .es), ("castellano", .es),
        ("italian", .it), ("italiano", .it), ("german", .de), ("deutsch", .de), ("portuguese", .pt), ("portugues", .pt),
    ]

    /// The code `value` most likely means: the code of a language it names ("French", "français"), or a close code.
    static func languageSuggestion(for value: String) -> String? {
        let folded = (value.applyingTransform(.stripDiacritics, reverse: false) ?? value).lowercased()
        if let named = languageNames.first(where: { $0.name == folded }) { return named.language.rawValue }
        if let code = Language(rawValue: folded) { return code.rawValue }
        return Suggestion.closest(to: value, among: Language.allCases.map(\.rawValue))
    }

    /// The valid language codes, for "expected" texts.
    static var languageCodes: String {
        "a language code: " + Language.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Up to `limit` quoted names joined with commas, e.g. `'a', 'b', 'c'`.
    static func quotedList(_ names: [String], limit: Int = 8) -> String {
        let shown = names.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > limit ? shown + ", …" : shown
    }

    /// Where `bytes` are not UTF-8: each maximal invalid sequence with its line, column and first byte.
    ///
    /// - Complexity: O(n).
    static func invalidUTF8(in bytes: [UInt8]) -> [(line: Int, column: Int, byte: UInt8)] {
        var result: [(Int, Int, UInt8)] = []
        var line = 1, column = 1
        // A byte order mark is not part of the text, and no column counts it.
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            var iterator = bytes[index...].makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                index += encoded.count
            case .error(let length):
                result.append((line, column, byte))
                index += length
            case .emptyInput:
                index = bytes.count
            }
            column += 1
        }
        return result
    }

    /// Problems for the invalid UTF-8 in `bytes`, at most `limit` of them plus one that counts the rest.
    static func utf8Problems(in bytes: [UInt8], limit: Int = 10) -> [LexiconProblem] {
        let invalid = invalidUTF8(in: bytes)
        var problems: [LexiconProblem] = []
        for place in invalid.prefix(limit) {
            problems.append(LexiconProblem(
                line: place.line, column: place.column, message: "the file is not valid UTF-8",
                value: "byte 0x" + String(place.byte, radix: 16, uppercase: true),
                expected: "UTF-8 text (re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`)"))
        }
        if invalid.count > limit {
            let next = invalid[limit]
            problems.append(LexiconProblem(
                line: next.line, column: next.column,
                message: "the file is not valid UTF-8 here and in \(invalid.count - limit - 1) more places",
                value: nil, expected: "UTF-8 text"))
        }
        return problems
    }

    /// The lines of `bytes` with their 1-based numbers; `\n` ends a line, a `\r` before it is dropped.
    static func lines(of bytes: [UInt8]) -> [(number: Int, text: String)] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var result: [(Int, String)] = []
        var number = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            result.append((number, String(decoding: bytes[start..<lineEnd], as: UTF8.self)))
            number += 1
            start = end + 1
        }
        return result
    }
}
