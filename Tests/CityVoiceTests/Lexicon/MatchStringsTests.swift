import Testing
@testable import CityVoice

@Suite("Match strings")
struct MatchStringsTests {
    /// Byte ranges of a tricky text (invalid UTF-8 included), many of them repeated.
    static func ranges(in bytes: [UInt8], seed: UInt64, count: Int) -> [Range<Int>] {
        var generator = TrickyText.Generator(state: seed)
        return (0..<count).map { _ in
            let start = generator.below(bytes.count)
            return start..<min(bytes.count, start + generator.below(24))
        }
    }

    @Test("A text is the string TokenizedText.text(bytes:) makes, however full the table", arguments: [1, 7, 1 << 14])
    func texts(_ maxEntries: Int) {
        let bytes = TrickyText.text(seed: 11, count: 400)
        var strings = MatchStrings(maxEntries: maxEntries, maxKeyBytes: 256)
        let ranges = Self.ranges(in: bytes, seed: 5, count: 300)
        bytes.withUnsafeBufferPointer { buffer in
            // Twice over, so that the second pass finds what the first one kept (or lost).
            for range in ranges + ranges {
                let made = strings.text(range, in: buffer)
                let expected = String(decoding: bytes[range], as: UTF8.self)
                #expect(made == expected && Array(made.utf8) == Array(expected.utf8), "bytes \(range)")
            }
        }
    }

    @Test("An effect is the one Match.effect words from the same cue texts", arguments: [1, 1 << 14])
    func effects(_ maxEntries: Int) {
        let bytes = Array("not never reject refuse support welcome no".utf8) + [0xFF, 0xC3]
        var strings = MatchStrings(maxEntries: maxEntries)
        let cues: [Range<Int>?] = [nil, 0..<3, 4..<9, 10..<16, 17..<23, 24..<31, 40..<42, 41..<42, 39..<42]
        func text(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        bytes.withUnsafeBufferPointer { buffer in
            for _ in 0..<2 {
                for negation in cues {
                    for opposition in cues {
                        for support in cues {
                            let made = strings.effect(negation: negation, opposition: opposition, support: support, in: buffer)
                            #expect(made == Match.effect(negation: text(negation), opposition: text(opposition), support: text(support)))
                        }
                    }
                }
            }
        }
    }

    @Test("Two cancelling cues are told apart by where the first one ends")
    func cancellingPairs() {
        // "ab" + "c" and "a" + "bc" have the same bytes in a row.
        let bytes = Array("abc".utf8)
        var strings = MatchStrings()
        bytes.withUnsafeBufferPointer { buffer in
            #expect(strings.effect(negation: 0..<2, opposition: 2..<3, support: nil, in: buffer) == "negator 'ab' and opposition 'c' cancel")
            #expect(strings.effect(negation: 0..<1, opposition: 1..<3, support: nil, in: buffer) == "negator 'a' and opposition 'bc' cancel")
        }
    }
}
