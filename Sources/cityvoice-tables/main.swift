// Regenerates Sources/CityVoice/Text/WordBreakProperty+Generated.swift from the Unicode 15.0 data files.
//
// Usage: swift run cityvoice-tables [WordBreakProperty.txt [emoji-data.txt [output.swift]]]
//
// Paths default to the fixtures and the source folder of the package this file belongs to, so the
// command works from any working directory. The output depends only on the input files (and on the
// toolchain's General_Category and White_Space data for code points assigned by Unicode 15.0), so
// running the generator twice gives byte-identical output.

import Foundation

// MARK: - Inputs and outputs

/// The package root, found from this source file's path (Sources/cityvoice-tables/main.swift).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()   // cityvoice-tables
    .deletingLastPathComponent()   // Sources
    .deletingLastPathComponent()   // package root

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("-h") || arguments.contains("--help") {
    print("usage: cityvoice-tables [WordBreakProperty.txt [emoji-data.txt [output.swift]]]")
    exit(0)
}

/// The path given as argument `index`, or `defaultPath` relative to the package root.
func path(argument index: Int, default defaultPath: String) -> URL {
    if index < arguments.count { return URL(fileURLWithPath: arguments[index]) }
    return packageRoot.appendingPathComponent(defaultPath)
}

let wordBreakURL = path(argument: 0, default: "Tests/CityVoiceTests/Fixtures/unicode/WordBreakProperty.txt")
let emojiURL = path(argument: 1, default: "Tests/CityVoiceTests/Fixtures/unicode/emoji-data.txt")
let outputURL = path(argument: 2, default: "Sources/CityVoice/Text/WordBreakProperty+Generated.swift")

/// Prints `message` to standard error and exits with status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cityvoice-tables: \(message)\n".utf8))
    exit(1)
}

// MARK: - Packed scalar data (must match WordBreakProperty.swift)

/// Word_Break values, numbered as in `WordBreakProperty`'s raw values.
let propertyNumbers: [String: UInt8] = [
    "Other": 0, "CR": 1, "LF": 2, "Newline": 3, "Extend": 4, "ZWJ": 5,
    "Regional_Indicator": 6, "Format": 7, "Katakana": 8, "Hebrew_Letter": 9,
    "ALetter": 10, "Single_Quote": 11, "Double_Quote": 12, "MidNumLet": 13,
    "MidLetter": 14, "MidNum": 15, "Numeric": 16, "ExtendNumLet": 17, "WSegSpace": 18,
]
let extendedPictographicFlag: UInt8 = 0x20
let letterFlag: UInt8 = 0x40
let whiteSpaceFlag: UInt8 = 0x80
let blockShift = 8
let blockSize = 1 << blockShift
let scalarLimit = 0x110000

// MARK: - Parsing

/// The (range, value) entries of a UCD-style file: `XXXX[..YYYY] ; Value # comment`.
func entries(of url: URL) -> [(ClosedRange<Int>, String)] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(url.path)") }
    var result: [(ClosedRange<Int>, String)] = []
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
        let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let fields = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 2, !fields[0].isEmpty else { continue }
        let bounds = fields[0].split(separator: ".", omittingEmptySubsequences: true)
        guard let lower = Int(bounds[0], radix: 16), let upper = Int(bounds.last!, radix: 16),
              lower <= upper, upper < scalarLimit
        else { fail("bad code point field '\(fields[0])' in \(url.lastPathComponent)") }
        result.append((lower...upper, fields[1]))
    }
    return result
}

var data = [UInt8](repeating: 0, count: scalarLimit)

for (range, name) in entries(of: wordBreakURL) {
    guard let number = propertyNumbers[name] else { fail("unknown Word_Break value '\(name)'") }
    for codePoint in range { data[codePoint] = number }
}

var pictographicCount = 0
for (range, name) in entries(of: emojiURL) where name == "Extended_Pictographic" {
    for codePoint in range { data[codePoint] |= extendedPictographicFlag }
    pictographicCount += range.count
}
if pictographicCount == 0 { fail("no Extended_Pictographic entries in \(emojiURL.path)") }

/// Whether `scalar` was assigned by Unicode 15.0 according to the toolchain's data.
func assignedByUnicode15(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return age.major < 15 || (age.major == 15 && age.minor == 0)
}

let letterProperties: Set<UInt8> = [propertyNumbers["ALetter"]!, propertyNumbers["Hebrew_Letter"]!, propertyNumbers["Katakana"]!]
let spaceProperties: Set<UInt8> = [
    propertyNumbers["WSegSpace"]!, propertyNumbers["CR"]!, propertyNumbers["LF"]!, propertyNumbers["Newline"]!,
]
for codePoint in 0..<scalarLimit {
    let property = data[codePoint] & 0x1F
    var isLetter = letterProperties.contains(property)
    var isWhiteSpace = spaceProperties.contains(property)
    if let scalar = Unicode.Scalar(UInt32(codePoint)), assignedByUnicode15(scalar) {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: isLetter = true
        default: break
        }
        if scalar.properties.isWhitespace { isWhiteSpace = true }
    }
    if isLetter { data[codePoint] |= letterFlag }
    if isWhiteSpace { data[codePoint] |= whiteSpaceFlag }
}

// MARK: - Two-stage table

var blockIndex: [UInt16] = []
var blocks: [UInt8] = []
var knownBlocks: [[UInt8]: UInt16] = [:]
for start in stride(from: 0, to: scalarLimit, by: blockSize) {
    let block = Array(data[start..<start + blockSize])
    if let index = knownBlocks[block] {
        blockIndex.append(index)
    } else {
        let index = UInt16(knownBlocks.count)
        knownBlocks[block] = index
        blockIndex.append(index)
        blocks.append(contentsOf: block)
    }
}

/// The digits of run lengths: "a" is 0, "p" is 15.
let runLengthDigits = Array("abcdefghijklmnop")

/// Run-length text encoding of `values`, each written as `width` upper-case hex digits followed by the
/// run length minus one in "a"–"p" digits (a = 0 … p = 15), omitted for a run of one.
func encodeRuns<T: FixedWidthInteger>(_ values: [T], width: Int) -> String {
    var out = ""
    var index = 0
    while index < values.count {
        var end = index + 1
        while end < values.count && values[end] == values[index] { end += 1 }
        let hex = String(values[index], radix: 16, uppercase: true)
        out += String(repeating: "0", count: width - hex.count) + hex
        if end - index > 1 {
            var length = end - index - 1
            var digits: [Character] = []
            repeat {
                digits.append(runLengthDigits[length & 15])
                length >>= 4
            } while length > 0
            out += String(digits.reversed())
        }
        index = end
    }
    return out
}

/// `text` cut into lines of at most `width` characters.
func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var rest = Substring(text)
    while !rest.isEmpty {
        lines.append(String(rest.prefix(width)))
        rest = rest.dropFirst(width)
    }
    return lines
}

// MARK: - Output

let indexText = encodeRuns(blockIndex, width: 4)
let blockText = encodeRuns(blocks, width: 2)
let asciiRows = stride(from: 0, to: 128, by: 16).map { row in
    "        " + (row..<row + 16).map { "0x" + String(data[$0], radix: 16, uppercase: true).leftPadded(to: 2) }
        .joined(separator: ", ") + ","
}

extension String {
    /// The string with leading zeros up to `count` characters.
    func leftPadded(to count: Int) -> String { String(repeating: "0", count: max(0, count - self.count)) + self }
}

var output = """
// Generated by `swift run cityvoice-tables` from Unicode 15.0 WordBreakProperty.txt and emoji-data.txt — do not edit.
//
// Each code point maps to one byte: bits 0–4 are its Word_Break value (the raw value of
// `WordBreakProperty`), bit 5 is Extended_Pictographic, bit 6 marks letters (ALetter, Hebrew_Letter,
// Katakana, or General_Category L), bit 7 marks White_Space (General_Category and White_Space come from
// the toolchain's Unicode data, restricted to code points assigned by Unicode 15.0).
//
// The non-ASCII table is two-stage: `blockIndexRuns` gives, for each block of \(blockSize) code points, the
// number of its block in `blockRuns`. Both are run-length encoded: each run is a value in upper-case hex
// (4 digits for block numbers, 2 for data bytes) optionally followed by the run length minus one written
// with the digits "a"–"p" (a = 0 … p = 15). Line breaks are not part of the data.
//
// \(blockIndex.count) block entries, \(knownBlocks.count) distinct blocks of \(blockSize) bytes.

extension WordBreakProperty {
    /// log2 of the number of code points per block in the two-stage table.
    @inlinable static var blockShift: Int { \(blockShift) }

    /// The number of distinct blocks encoded in `blockRuns`.
    static let blockCount = \(knownBlocks.count)

    /// The packed data byte of each ASCII code point, U+0000 to U+007F.
    static let asciiData: [UInt8] = [

"""
output += asciiRows.joined(separator: "\n") + "\n    ]\n\n"
output += "    /// For each block of code points, the number of its data block (run-length encoded).\n"
output += "    static let blockIndexRuns: String = \"\"\"\n"
output += wrapped(indexText, width: 112).map { "        " + $0 + "\n" }.joined()
output += "        \"\"\"\n\n"
output += "    /// The distinct data blocks, one packed byte per code point (run-length encoded).\n"
output += "    static let blockRuns: String = \"\"\"\n"
output += wrapped(blockText, width: 112).map { "        " + $0 + "\n" }.joined()
output += "        \"\"\"\n}\n"

do {
    try output.write(to: outputURL, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(outputURL.path): \(error)")
}
print("wrote \(outputURL.path): \(output.utf8.count) bytes, \(knownBlocks.count) blocks of \(blockSize)")
