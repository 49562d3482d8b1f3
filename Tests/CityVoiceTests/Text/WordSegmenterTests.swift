import Testing
@testable import CityVoice

/// One line of WordBreakTest.txt: the scalars and the scalar offsets marked ÷.
private struct BreakTestCase {
    let lineNumber: Int
    let line: Substring
    let scalars: [Unicode.Scalar]
    let boundaries: [Int]
}

/// Parses WordBreakTest.txt: "÷ 0001 × 0308 ÷ 000D ÷ # comment".
private func wordBreakTestCases() throws -> [BreakTestCase] {
    var cases: [BreakTestCase] = []
    for (offset, line) in try Fixtures.lines("unicode/WordBreakTest.txt").enumerated() {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        var scalars: [Unicode.Scalar] = []
        var boundaries: [Int] = []
        for token in content.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            switch token {
            case "÷": boundaries.append(scalars.count)
            case "×": continue
            default:
                guard let value = UInt32(token, radix: 16), let scalar = Unicode.Scalar(value) else {
                    Issue.record("line \(offset + 1): bad token '\(token)'")
                    continue
                }
                scalars.append(scalar)
            }
        }
        if !scalars.isEmpty {
            cases.append(BreakTestCase(lineNumber: offset + 1, line: line, scalars: scalars, boundaries: boundaries))
        }
    }
    return cases
}

/// The UTF-8 bytes of `scalars`, with the byte offset where each scalar starts (plus the total length).
private func utf8(_ scalars: [Unicode.Scalar]) -> (bytes: [UInt8], offsets: [Int]) {
    var bytes: [UInt8] = []
    var offsets: [Int] = []
    for scalar in scalars {
        offsets.append(bytes.count)
        UTF8.encode(scalar) { bytes.append($0) }
    }
    offsets.append(bytes.count)
    return (bytes, offsets)
}

/// The boundaries (byte offsets, 0 and the end included) of a segmentation.
private func boundaries(of segments: [(range: Range<Int>, kind: SegmentKind)]) -> [Int] {
    guard let first = segments.first else { return [] }
    return [first.range.lowerBound] + segments.map(\.range.upperBound)
}

/// A description of the segments of `bytes`, for failure messages.
private func describe(_ segments: [(range: Range<Int>, kind: SegmentKind)], of bytes: [UInt8]) -> String {
    segments.map { segment in
        "\(segment.kind):" + bytes[segment.range].map { String($0, radix: 16) }.joined(separator: " ")
    }.joined(separator: " | ")
}

/// The fast segmenter's segments of a string, as (text, kind) pairs.
private func segmented(_ text: String) -> [(String, SegmentKind)] {
    let bytes = Array(text.utf8)
    return WordSegmenter.segments(in: bytes).map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
}

/// Checks that `segments` are non-empty, contiguous, and cover `count` bytes exactly.
private func expectCovers(_ segments: [(range: Range<Int>, kind: SegmentKind)], count: Int, _ label: String) {
    var position = 0
    for segment in segments {
        #expect(segment.range.lowerBound == position, "\(label): gap or overlap at byte \(position)")
        #expect(!segment.range.isEmpty, "\(label): empty segment at byte \(position)")
        position = segment.range.upperBound
    }
    #expect(position == count, "\(label): segments end at \(position), input has \(count) bytes")
}

@Suite("Word segmentation (UAX #29)")
struct WordSegmenterTests {
    @Test("The reference implementation passes every case of WordBreakTest.txt")
    func referenceConformance() throws {
        let cases = try wordBreakTestCases()
        #expect(cases.count == 1823)
        var failures: [String] = []
        for testCase in cases {
            let actual = ReferenceWordSegmenter.boundaries(in: testCase.scalars)
            if actual != testCase.boundaries {
                failures.append("line \(testCase.lineNumber): got \(actual), expected \(testCase.boundaries): \(testCase.line)")
            }
        }
        for failure in failures.prefix(20) { print(failure) }
        #expect(failures.count == 0, "\(failures.count) of \(cases.count) WordBreakTest.txt cases fail (reference)")
    }

    @Test("The fast segmenter passes every case of WordBreakTest.txt")
    func fastConformance() throws {
        let cases = try wordBreakTestCases()
        #expect(cases.count == 1823)
        var failures: [String] = []
        for testCase in cases {
            let (bytes, offsets) = utf8(testCase.scalars)
            let expected = testCase.boundaries.map { offsets[$0] }
            let segments = WordSegmenter.segments(in: bytes)
            let actual = boundaries(of: segments)
            if actual != expected {
                failures.append("line \(testCase.lineNumber): got \(describe(segments, of: bytes)): \(testCase.line)")
            }
        }
        for failure in failures.prefix(20) { print(failure) }
        #expect(failures.count == 0, "\(failures.count) of \(cases.count) WordBreakTest.txt cases fail (fast)")
    }

    @Test("Segments cover awkward inputs exactly and agree with the reference")
    func awkwardInputs() {
        let inputs: [(String, [UInt8])] = [
            ("empty", []),
            ("lone FF", [0xFF]),
            ("lone C3", [0xC3]),
            ("C3 then ASCII", [0xC3, 0x41]),
            ("truncated 4-byte", [0xF0, 0x9F, 0x98]),
            ("truncated 4-byte then letter", [0x61, 0xF0, 0x9F, 0x98, 0x62]),
            ("overlong slash", [0xC0, 0xAF]),
            ("overlong 3-byte", [0xE0, 0x80, 0xAF]),
            ("overlong 4-byte", [0xF0, 0x80, 0x80, 0xAF]),
            ("surrogate", [0xED, 0xA0, 0x80]),
            ("surrogate pair", [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]),
            ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
            ("stray continuations", [0x80, 0xBF, 0x61, 0x80]),
            ("F5 lead", [0xF5, 0x80, 0x80, 0x80]),
            ("NUL and controls", [0x00, 0x01, 0x61, 0x00, 0x7F, 0x1B]),
            ("CRLF", Array("a\r\nb\r\r\n\n".utf8)),
            ("no-break spaces", Array("a\u{00A0}b \u{00A0} 10\u{202F}000 \u{202F}".utf8)),
            ("soft hyphen", Array("po\u{00AD}li\u{00AD}tique \u{00AD}".utf8)),
            ("emoji ZWJ sequences", Array("👩‍👩‍👧 🏳️‍🌈👍🏽 a‍👍 🇫🇷🇪🇸🇮".utf8)),
            ("combining", Array("e\u{0301}te\u{0301} \u{0301}\u{0301} 5\u{0301}".utf8)),
            ("mixed prose", Array("L’accueil, c’est 3,5 % du P.I.B.—n’est-ce pas? «Sí», ¡claro! perché...".utf8)),
            ("truncated at end", Array("café".utf8).dropLast()),
        ]
        for (label, bytes) in inputs {
            let fast = WordSegmenter.segments(in: bytes)
            expectCovers(fast, count: bytes.count, label)
            let reference = ReferenceWordSegmenter.segments(in: bytes)
            #expect(fast.map(\.range) == reference.map(\.range), "\(label): \(describe(fast, of: bytes))")
            #expect(fast.map(\.kind) == reference.map(\.kind), "\(label): \(describe(fast, of: bytes))")
            let rejoined = fast.flatMap { bytes[$0.range] }
            #expect(rejoined == bytes, "\(label): re-joined segments differ from the input")
        }
    }

    @Test("Each maximal invalid subsequence is one U+FFFD punctuation segment")
    func invalidUTF8() {
        let cases: [([UInt8], [Int])] = [
            ([0xFF], [1]),
            ([0xC3], [1]),
            ([0xF0, 0x9F, 0x98], [3]),
            ([0xC0, 0xAF], [1, 1]),
            ([0xE0, 0x80, 0xAF], [1, 1, 1]),
            ([0xED, 0xA0, 0x80], [1, 1, 1]),
            ([0xF4, 0x90, 0x80, 0x80], [1, 1, 1, 1]),
            ([0xE2, 0x82], [2]),
            ([0xE2, 0x82, 0x41], [2, 1]),
        ]
        for (bytes, lengths) in cases {
            let segments = WordSegmenter.segments(in: bytes)
            let hex = bytes.map { String($0, radix: 16) }.joined(separator: " ")
            let expectedKinds = lengths.indices.map { index -> SegmentKind in
                index == lengths.count - 1 && bytes.last == 0x41 ? .word : .punctuation
            }
            #expect(segments.map(\.range.count) == lengths, "\(hex)")
            #expect(segments.map(\.kind) == expectedKinds, "\(hex)")
            #expect(ReferenceWordSegmenter.decode(bytes).map(\.range.count) == lengths, "\(hex) (standard library)")
        }
    }

    @Test("Segment kinds on French, Spanish, Italian and English examples")
    func kinds() {
        #expect(segmented("l’accueil").map(\.1) == [.word])
        #expect(segmented("l'accueil").map(\.0) == ["l'accueil"])
        #expect(segmented("3.5").map(\.1) == [.number])
        #expect(segmented("1,000.25").map(\.1) == [.number])
        #expect(segmented("sans-papiers").map(\.0) == ["sans", "-", "papiers"])
        #expect(segmented("sans-papiers").map(\.1) == [.word, .punctuation, .word])
        #expect(segmented("¿Qué pasó?").map(\.0) == ["¿", "Qué", " ", "pasó", "?"])
        #expect(segmented("¿Qué pasó?").map(\.1) == [.punctuation, .word, .space, .word, .punctuation])
        #expect(segmented("perché  l’ho").map(\.1) == [.word, .space, .word])
        #expect(segmented("A1 B_2 __ 2024").map(\.1) == [.word, .space, .word, .space, .punctuation, .space, .number])
        #expect(segmented("\r\n").map(\.1) == [.space])
        #expect(segmented("\t\u{00A0}\u{202F}").map(\.1) == [.space, .space, .space])
        #expect(segmented("👍🏽").map(\.1) == [.punctuation])
        #expect(segmented("東京").map(\.1) == [.word, .word])
        #expect(segmented("e\u{0301}").map(\.1) == [.word])
        #expect(segmented("U.S.A. 42").map(\.0) == ["U.S.A", ".", " ", "42"])
    }

    @Test("The fast segmenter agrees with the reference on random byte strings")
    func randomized() {
        var generator = SplitMix64(state: 0x5EED_C17E_7015_0CE5)
        // Scalars that exercise every rule, plus raw bytes that make invalid UTF-8.
        let everything: [Unicode.Scalar] = [
            "a", "Z", "é", "ß", "א", "ב", "ア", "ー", "ｱ", "東", "ก", "0", "9", "٣", "_", "\u{202F}",
            "'", "\"", ".", ",", ":", ";", "’", "·", "-", "?", " ", "\u{3000}", "\t", "\u{00A0}",
            "\r", "\n", "\u{0085}", "\u{2028}", "\u{000B}", "\u{0301}", "\u{0308}", "\u{00AD}", "\u{200D}",
            "\u{FE0F}", "\u{1F3FD}", "\u{1F1EB}", "\u{1F1F7}", "\u{1F1E6}", "\u{1F44D}", "\u{2640}", "\u{24C2}",
            "\u{1F6D1}", "©", "\u{0000}", "\u{FFFD}", "\u{E0061}", "\u{10FFFF}",
        ]
        // Mostly what the shortcuts handle (ASCII and Latin letters, digits, apostrophes, separators),
        // with a few scalars that make them hand over to the full rules.
        let prose: [Unicode.Scalar] = [
            "a", "b", "Z", "e", "é", "à", "ñ", "ç", "Œ", "ÿ", "×", "÷", "ª", "ж", "α", "0", "1", "9",
            "'", "’", "‘", ".", ",", ";", ":", "_", "\"", " ", " ", " ", "-", "¿", "«", "—", "\u{00A0}",
            "\n", "\r", "\u{0301}", "\u{00AD}", "\u{200D}", "א", "٫", "%",
        ]
        let rawBytes: [UInt8] = [0x80, 0xBF, 0xC0, 0xC3, 0xE0, 0xE2, 0xED, 0xA0, 0xF0, 0xF4, 0x90, 0x9F, 0xF5, 0xFF]
        var mismatches = 0
        let rounds = 20_000
        for round in 0..<rounds {
            let pool = round % 2 == 0 ? everything : prose
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...32, using: &generator)
            for _ in 0..<length {
                if Int.random(in: 0..<16, using: &generator) == 0 {
                    bytes.append(rawBytes.randomElement(using: &generator)!)
                } else {
                    UTF8.encode(pool.randomElement(using: &generator)!) { bytes.append($0) }
                }
            }
            let fast = WordSegmenter.segments(in: bytes)
            let reference = ReferenceWordSegmenter.segments(in: bytes)
            expectCovers(fast, count: bytes.count, "round \(round)")
            if fast.map(\.range) != reference.map(\.range) || fast.map(\.kind) != reference.map(\.kind) {
                mismatches += 1
                if mismatches <= 20 {
                    print("round \(round): fast \(describe(fast, of: bytes))")
                    print("round \(round): reference \(describe(reference, of: bytes))")
                }
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(rounds) random strings segment differently")
    }

    @Test("The fast segmenter agrees with the reference on random prose")
    func randomProse() {
        var generator = SplitMix64(state: 0x0C17_7F01_CE00_2024)
        let words = [
            "the", "city", "council", "anticonstitutionnellement", "l’accueil", "d'été", "l’école", "U.S.A.",
            "débat", "réfugiés", "perché", "più", "¿Quién", "pagará", "niño", "Œuvre", "×", "3,5", "2,500",
            "10.000,25", "2030", "2030s", "1'000", "x1", "A_B", "__", "e\u{0301}", "naïve", "sans-papiers",
            "«Sí»", "—", "“quote”", "it’s", "l’", "’s", "a.", "a.b", "a:b", "a..b", "1.a", "a’1",
            "\u{00A0}", "\u{202F}", "\t", "\r\n", "\n", "…", "%", "(", ")", "!", "?", ";", ",", ".",
            "ﬁn", "ΑΘΗΝΑ", "Москва", "שלום", "東京", "🇫🇷", "👍🏽", "\u{00AD}", "x\u{200D}y",
        ]
        let separators = [" ", " ", " ", "", "  ", ", ", ". ", "\n"]
        var mismatches = 0
        let rounds = 3_000
        for round in 0..<rounds {
            var text = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += separators.randomElement(using: &generator)!
            }
            var bytes = Array(text.utf8)
            if round % 5 == 0, !bytes.isEmpty {
                bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &generator))   // may cut a scalar
            }
            let fast = WordSegmenter.segments(in: bytes)
            let reference = ReferenceWordSegmenter.segments(in: bytes)
            expectCovers(fast, count: bytes.count, "round \(round)")
            if fast.map(\.range) != reference.map(\.range) || fast.map(\.kind) != reference.map(\.kind) {
                mismatches += 1
                if mismatches <= 20 {
                    print("round \(round): fast \(describe(fast, of: bytes))")
                    print("round \(round): reference \(describe(reference, of: bytes))")
                }
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(rounds) random texts segment differently")
    }

    @Test("ASCII letter runs of every length from 1 to 40 end where the reference says, whatever follows them")
    func letterRunLengths() {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        let followers = ["", " ", ".", "’s", "'a", "é", "1", "@", "[", "`", "{", "\u{00A0}", "\n", "-x"]
        for length in 1...40 {
            let word = (0..<length).map { letters[($0 * 7 + length) % letters.count] }
            for follower in followers {
                // With nothing, a little or more than sixteen bytes after it, so that the run ends in
                // the sixteen-byte step, the eight-byte step or the byte-by-byte tail.
                for prefix in ["", " ", "ab "] {
                    for suffix in ["", " tail of text", String(repeating: "x ", count: 9)] {
                        let bytes = Array(prefix.utf8) + word + Array(follower.utf8) + Array(suffix.utf8)
                        let fast = WordSegmenter.segments(in: bytes)
                        let reference = ReferenceWordSegmenter.segments(in: bytes)
                        #expect(fast.map(\.range) == reference.map(\.range), "\(length) letters + \(follower.debugDescription)")
                        #expect(fast.map(\.kind) == reference.map(\.kind), "\(length) letters + \(follower.debugDescription)")
                    }
                }
            }
        }
    }

    @Test("forEachSegment calls nothing for empty input and reads only within the buffer")
    func bufferBounds() {
        var calls = 0
        WordSegmenter.forEachSegment(in: UnsafeBufferPointer(start: nil, count: 0)) { _, _ in calls += 1 }
        #expect(calls == 0)
        // A truncated sequence at the very end of a slice of a larger buffer must not read the next byte.
        let bytes: [UInt8] = [0x61, 0xE2, 0x82, 0xAC]
        bytes.withUnsafeBufferPointer { whole in
            let prefix = UnsafeBufferPointer(rebasing: whole[0..<3])
            var ranges: [Range<Int>] = []
            WordSegmenter.forEachSegment(in: prefix) { range, _ in ranges.append(range) }
            #expect(ranges == [0..<1, 1..<3])
        }
    }
}
