import Foundation
import Testing
@testable import CityVoice

/// Seeded texts full of what the text layer's fast paths special-case.
enum TrickyText {
    typealias Generator = SplitMix64

    /// Pieces of text: words short and long, elisions, clitics, compounds, numbers, list
    /// markers, abbreviations, initials, every kind of space and line break, punctuation that
    /// ends sentences and clauses, narrow no-break spaces at word edges, combining marks,
    /// and invalid UTF-8.
    static let pieces: [[UInt8]] = [
        "the", "The", "city", "City's", "don't", "we", "DON’T", "rock'n'roll", "l'accueil", "l’État", "qu’il", "dell'accoglienza",
        "all’Europa", "jusqu’à", "aujourd'hui", "sans-papiers", "co‐construction", "multi‑level", "well-", "-known", "2017-2018",
        "authorities", "internationalisation", "inconditionnellement", "migrantes", "Rétention", "ÉTAT", "état", "e\u{301}tat",
        "niños", "città", "perché", "Straße", "ﬁnance", "İstanbul", "σοφος", "e.g.", "i.e.", "U.N.", "Dr.", "Mr.", "etc.", "al.",
        "M.", "J.", "p.", "art.", "no.", "1.", "12.", "3)", "a)", "•", "–", "-", "*", "1,000", "3.14", "2030", "’s", "'", "’",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u{A0}", "\u{202F}", "\u{2009}", ".", ". ", "; ", ": ", "! ", "? ", "…", "...",
        ", ", "(", ")", "«", "»", "\"", "“", "”", "¿", "¡", "—", "\u{AD}", "\u{200B}", "\u{0301}", "😀", "👍🏽", "日本語",
    ].map { Array($0.utf8) } + [
        [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xFF], [0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
        [0xE0, 0x80, 0x80], [0xF5], [0xC2],
    ]

    /// A text of about `count` pieces; the narrow no-break space is glued to words on purpose.
    static func text(seed: UInt64, count: Int) -> [UInt8] {
        var generator = Generator(state: seed)
        var bytes: [UInt8] = []
        for _ in 0..<count {
            let piece = pieces[generator.below(pieces.count)]
            bytes += piece
            switch generator.below(6) {
            case 0, 1, 2: bytes.append(0x20)
            case 3: bytes += Array("\u{202F}".utf8)
            default: break
            }
        }
        return bytes
    }

    /// Random bytes, mostly ASCII letters and spaces, with UTF-8 lead and continuation bytes mixed in.
    static func bytes(seed: UInt64, count: Int) -> [UInt8] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            switch generator.below(10) {
            case 0: return UInt8(0x80 + generator.below(0x40))
            case 1: return UInt8(0xC0 + generator.below(0x40))
            case 2: return 0x20
            default: return UInt8(0x61 + generator.below(26))
            }
        }
    }
}

@Suite("Fast paths agree with their reference implementations")
struct FastPathTests {
    static let fixtureTexts: [[UInt8]] = TokenizerFixtureTests.files.compactMap { path in
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
    }

    static let languages: [Language] = [.en, .fr, .it, .es, .de, .pt]

    func expectSameTokenization(_ bytes: [UInt8], _ language: Language, _ label: String) {
        let fast = Tokenizer(language: language).tokenize(bytes)
        let reference = ReferenceTokenizer.tokenize(bytes, language: language)
        #expect(fast.tokens == reference.tokens, "tokens of \(label) in \(language.rawValue)")
        #expect(fast.invalidUTF8Sequences == reference.invalidUTF8Sequences, "invalid UTF-8 in \(label)")
        #expect(fast.vocabulary.count == reference.vocabulary.count, "vocabulary of \(label) in \(language.rawValue)")
        #expect(fast.vocabulary.keyCount == reference.vocabulary.keyCount, "keys of \(label) in \(language.rawValue)")
        guard fast.vocabulary.count == reference.vocabulary.count else { return }
        for type in 0..<Int32(fast.vocabulary.count) {
            let same = fast.vocabulary.form(type) == reference.vocabulary.form(type)
                && fast.vocabulary.key(ofForm: type) == reference.vocabulary.key(ofForm: type)
                && fast.vocabulary.parts(of: type) == reference.vocabulary.parts(of: type)
            #expect(same, "type \(type) of \(label) in \(language.rawValue)")
            if !same { return }
        }
    }

    @Test("The tokenizer matches the reference tokenizer on every fixture", arguments: languages)
    func tokenizerOnFixtures(_ language: Language) {
        #expect(Self.fixtureTexts.count >= 14)
        for (index, bytes) in Self.fixtureTexts.enumerated() {
            expectSameTokenization(bytes, language, "fixture \(index)")
        }
    }

    @Test("The tokenizer matches the reference tokenizer on tricky generated texts", arguments: Array(UInt64(1)...12))
    func tokenizerOnGeneratedTexts(_ seed: UInt64) {
        let text = TrickyText.text(seed: seed, count: 3_000)
        for language in Self.languages {
            expectSameTokenization(text, language, "text \(seed)")
            // Every short prefix too, so that words end right at the end of the buffer.
            for length in [0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31] where length <= text.count {
                expectSameTokenization(Array(text.prefix(length)), language, "prefix \(length) of text \(seed)")
            }
        }
    }

    @Test("The tokenizer matches the reference tokenizer on random bytes", arguments: Array(UInt64(1)...8))
    func tokenizerOnRandomBytes(_ seed: UInt64) {
        expectSameTokenization(TrickyText.bytes(seed: seed, count: 20_000), .fr, "random bytes \(seed)")
    }

    @Test("Invalid UTF-8 is counted as the standard library's decoder replaces it", arguments: Array(UInt64(1)...20))
    func invalidSequences(_ seed: UInt64) {
        for count in [0, 1, 2, 3, 4, 15, 16, 17, 100, 5_000] {
            let bytes = TrickyText.bytes(seed: seed &* 31 &+ UInt64(count), count: count)
            let expected = UTF8Repair.referenceInvalidSequenceCount(in: bytes)
            #expect(UTF8Repair.invalidSequenceCount(in: bytes) == expected)
            #expect(Tokenizer(language: .en).tokenize(bytes).invalidUTF8Sequences == expected)
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(expected <= decoded.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }

    @Test("Language identification reads words from bytes as the plain word counter does from the decoded text", arguments: Array(UInt64(1)...6))
    func languageIdentifierWords(_ seed: UInt64) {
        var samples = Self.fixtureTexts.map { Array($0.prefix(20_000)) }
        samples.append(TrickyText.text(seed: seed, count: 2_000))
        samples.append(TrickyText.bytes(seed: seed, count: 2_000))   // invalid UTF-8 too
        samples.append(Array("¿Qué? ¡Sí! école e\u{301}cole ÉCOLE École ΣΟΦΟΣ σοφος 日本語 naïve nai\u{308}ve 123 a1b".utf8))
        for sample in samples {
            var words = LanguageIdentifier.Tally<String>()
            let punctuation = sample.withUnsafeBufferPointer { bytes in
                LanguageIdentifier.scanWords(bytes) { words.add(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
            }
            let reference = LanguageIdentifier.referenceCountWords(in: String(decoding: sample, as: UTF8.self))
            #expect(words.items == reference.words.items)
            #expect(words.counts == reference.words.counts)
            #expect(punctuation.items == reference.punctuation.items)
            #expect(punctuation.counts == reference.punctuation.counts)
            // Below `sampleBytes` either way, bytes and the decoded text give one guess.
            if sample.count * 3 < LanguageIdentifier.sampleBytes {
                #expect(LanguageIdentifier.identify(sample) == LanguageIdentifier.identify(String(decoding: sample, as: UTF8.self)))
            }
        }
    }

    @Test("SHA-256 matches the reference implementation for every length and split", arguments: Array(UInt64(1)...4))
    func sha256(_ seed: UInt64) {
        var generator = TrickyText.Generator(state: seed)
        for length in 0...200 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let expected = ReferenceSHA256.hex(bytes)
            #expect(SHA256.hex(bytes) == expected, "length \(length)")
            var hasher = SHA256()
            var offset = 0
            while offset < length {
                let piece = min(length - offset, 1 + generator.below(70))
                hasher.update(bytes[offset..<(offset + piece)])
                offset += piece
            }
            #expect(hasher.finalizeHex() == expected, "length \(length) in pieces")
        }
        let large = (0..<100_003).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(SHA256.hex(large) == ReferenceSHA256.hex(large))
        #expect(SHA256.hex(large.lazy.map { $0 }) == ReferenceSHA256.hex(large), "a collection without contiguous storage")
    }
}
