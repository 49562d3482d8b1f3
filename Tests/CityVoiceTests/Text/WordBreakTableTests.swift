import Testing
@testable import CityVoice

/// The (range, value) entries of a UCD-style fixture: `XXXX[..YYYY] ; Value # comment`.
private func entries(_ fixture: String) throws -> [(ClosedRange<UInt32>, Substring)] {
    var result: [(ClosedRange<UInt32>, Substring)] = []
    for line in try Fixtures.lines(fixture) {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let fields = content.split(separator: ";")
        guard fields.count == 2 else { continue }
        let codePoints = fields[0].split(separator: ".").compactMap { UInt32($0.filter { $0 != " " }, radix: 16) }
        guard let lower = codePoints.first, let upper = codePoints.last else { continue }
        result.append((lower...upper, fields[1].split(separator: " ").first ?? ""))
    }
    return result
}

@Suite("Generated Word_Break table")
struct WordBreakTableTests {
    @Test("Every code point has the Word_Break value and Extended_Pictographic flag of the Unicode 15.0 files")
    func matchesDataFiles() throws {
        let names: [Substring: WordBreakProperty] = [
            "CR": .cr, "LF": .lf, "Newline": .newline, "Extend": .extend, "ZWJ": .zwj,
            "Regional_Indicator": .regionalIndicator, "Format": .format, "Katakana": .katakana,
            "Hebrew_Letter": .hebrewLetter, "ALetter": .aLetter, "Single_Quote": .singleQuote,
            "Double_Quote": .doubleQuote, "MidNumLet": .midNumLet, "MidLetter": .midLetter, "MidNum": .midNum,
            "Numeric": .numeric, "ExtendNumLet": .extendNumLet, "WSegSpace": .wSegSpace,
        ]
        var expected = [WordBreakProperty](repeating: .other, count: 0x110000)
        var listed = 0
        for (range, name) in try entries("unicode/WordBreakProperty.txt") {
            let property = try #require(names[name], "unknown value \(name)")
            for codePoint in range { expected[Int(codePoint)] = property }
            listed += range.count
        }
        var pictographic = [Bool](repeating: false, count: 0x110000)
        for (range, name) in try entries("unicode/emoji-data.txt") where name == "Extended_Pictographic" {
            for codePoint in range { pictographic[Int(codePoint)] = true }
        }
        #expect(listed > 4_000)
        #expect(pictographic.filter { $0 }.count == 3_537)

        let table = WordBreakTable.shared
        var wrong: [String] = []
        for codePoint in 0..<UInt32(0x110000) {
            let packed = table.packed(codePoint)
            let property = WordBreakProperty(packed: packed)
            let isPictographic = packed & WordBreakProperty.extendedPictographicFlag != 0
            if property != expected[Int(codePoint)] || isPictographic != pictographic[Int(codePoint)] {
                wrong.append("U+\(String(codePoint, radix: 16, uppercase: true)): \(property) \(isPictographic)")
            }
        }
        for line in wrong.prefix(20) { print(line) }
        #expect(wrong.isEmpty, "\(wrong.count) code points differ from the data files")
    }

    @Test("Letter and White_Space flags match the standard library's Unicode 15.0 properties")
    func flags() {
        let table = WordBreakTable.shared
        var wrong: [String] = []
        for codePoint in 0..<UInt32(0x110000) {
            guard let scalar = Unicode.Scalar(codePoint) else { continue }
            let packed = table.packed(codePoint)
            let isLetter = packed & WordBreakProperty.letterFlag != 0
            let isWhiteSpace = packed & WordBreakProperty.whiteSpaceFlag != 0
            if isLetter != ReferenceWordSegmenter.isLetter(scalar) || isWhiteSpace != ReferenceWordSegmenter.isWhiteSpace(scalar) {
                wrong.append("U+\(String(codePoint, radix: 16, uppercase: true)): letter \(isLetter), space \(isWhiteSpace)")
            }
        }
        for line in wrong.prefix(20) { print(line) }
        #expect(wrong.isEmpty, "\(wrong.count) code points have wrong flags")
        // U+FFFD, which stands for invalid UTF-8, is plain Other.
        #expect(table.packed(0xFFFD) == 0)
        #expect(table.packed(0x00A0) == WordBreakProperty.whiteSpaceFlag)
        #expect(table.packed(0x202F) == WordBreakProperty.extendNumLet.rawValue | WordBreakProperty.whiteSpaceFlag)
    }

    @Test("The ASCII table agrees with the two-stage table")
    func asciiTable() {
        let table = WordBreakTable.shared
        for codePoint in 0..<128 {
            let twoStage = table.blocks[Int(table.blockOffsets[0]) + codePoint]
            #expect(table.ascii[codePoint] == twoStage, "U+\(String(codePoint, radix: 16))")
        }
    }

    @Test("The shortcuts' assumptions about ASCII, Latin letters and U+2019 hold in the table")
    func shortcutAssumptions() {
        let table = WordBreakTable.shared
        let letterByte = WordBreakProperty.aLetter.rawValue | WordBreakProperty.letterFlag
        for codePoint in UInt32(0)..<128 {
            let isASCIILetter = (0x41...0x5A).contains(codePoint) || (0x61...0x7A).contains(codePoint)
            #expect((table.packed(codePoint) == letterByte) == isASCIILetter, "U+\(String(codePoint, radix: 16))")
            #expect(WordBreakProperty(packed: table.packed(codePoint)).isIgnorable == false)
        }
        for codePoint in UInt32(0xC0)...0x17F where codePoint != 0xD7 && codePoint != 0xF7 {
            #expect(table.packed(codePoint) == letterByte, "U+\(String(codePoint, radix: 16))")
        }
        #expect(WordBreakProperty(packed: table.packed(0xD7)) == .other)
        #expect(WordBreakProperty(packed: table.packed(0xF7)) == .other)
        #expect(WordBreakProperty(packed: table.packed(0x2019)) == .midNumLet)
        #expect(table.packed(0x20) == WordBreakProperty.wSegSpace.rawValue | WordBreakProperty.whiteSpaceFlag)
        for codePoint in UInt32(0x80)..<0x800 where WordBreakProperty(packed: table.packed(codePoint)) == .aLetter {
            #expect(table.packed(codePoint) == letterByte, "U+\(String(codePoint, radix: 16))")
        }
    }
}
