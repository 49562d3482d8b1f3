import Foundation
import Testing
@testable import CityVoice

@Suite("Tokenizer")
struct TokenizerTests {
    /// The word and number tokens of `text`, as written.
    func words(_ text: String, _ language: Language) -> [String] {
        let tokenized = Tokenizer(language: language).tokenize(text)
        return (0..<tokenized.tokens.count).filter { tokenized.tokens.kinds[$0].isCounted }.map { tokenized.text(ofToken: $0) }
    }

    /// The normalized forms of the word and number tokens.
    func forms(_ text: String, _ language: Language) -> [String] {
        let tokenized = Tokenizer(language: language).tokenize(text)
        return (0..<tokenized.tokens.count).filter { tokenized.tokens.kinds[$0].isCounted }.map { tokenized.vocabulary.form(tokenized.tokens.types[$0]) }
    }

    struct SplitCase: CustomTestStringConvertible, Sendable {
        let language: Language
        let text: String
        let expected: [String]
        var testDescription: String { "\(language.rawValue): \(text)" }
    }

    @Test("Elided articles and clitics are split from their host, with either apostrophe", arguments: [
        SplitCase(language: .fr, text: "l'accueil", expected: ["l'", "accueil"]),
        SplitCase(language: .fr, text: "l’accueil", expected: ["l’", "accueil"]),
        SplitCase(language: .fr, text: "d’asile", expected: ["d’", "asile"]),
        SplitCase(language: .fr, text: "qu'il s’agisse", expected: ["qu'", "il", "s’", "agisse"]),
        SplitCase(language: .fr, text: "jusqu’à aujourd'hui", expected: ["jusqu’", "à", "aujourd'hui"]),
        SplitCase(language: .it, text: "dell'accoglienza", expected: ["dell'", "accoglienza"]),
        SplitCase(language: .it, text: "all’Europa nell’ambito", expected: ["all’", "Europa", "nell’", "ambito"]),
        SplitCase(language: .en, text: "the city's council", expected: ["the", "city", "'s", "council"]),
        SplitCase(language: .en, text: "We don’t accept", expected: ["We", "do", "n’t", "accept"]),
        SplitCase(language: .en, text: "rock'n'roll", expected: ["rock'n'roll"]),
        SplitCase(language: .es, text: "l'accueil", expected: ["l'accueil"]),
    ])
    func elisions(_ example: SplitCase) {
        #expect(words(example.text, example.language) == example.expected)
    }

    @Test("Hyphenated words stay whole and know their parts")
    func compounds() {
        let text = Tokenizer(language: .fr).tokenize("les sans-papiers et la co-construction multi-level")
        let index = (0..<text.tokens.count).first { text.text(ofToken: $0) == "sans-papiers" }
        #expect(index != nil)
        if let index {
            let type = text.tokens.types[index]
            #expect(text.vocabulary.form(type) == "sans-papiers")
            #expect(text.vocabulary.parts(of: type).map { text.vocabulary.form($0) } == ["sans", "papiers"])
        }
        #expect(words("co-construction multi-level", .en) == ["co-construction", "multi-level"])
        #expect(words("2017-2018", .en) == ["2017", "2018"])
        #expect(words("well - known", .en) == ["well", "known"])
    }

    @Test("Forms are case-folded, and canonically equivalent spellings are one form")
    func normalization() {
        #expect(forms("État ÉTAT état", .fr) == ["état", "état", "état"])
        #expect(forms("e\u{301}tat \u{E9}tat", .fr) == ["état", "état"])
        let text = Tokenizer(language: .fr).tokenize("Sécurité securite")
        #expect(text.vocabulary.key(ofForm: text.tokens.types[0]) == text.vocabulary.key(ofForm: text.tokens.types[2]))
    }

    @Test("No-break spaces separate words, and soft hyphens vanish from forms")
    func spacesAndSoftHyphens() {
        #expect(words("accueil\u{00A0}digne\u{202F}!", .fr) == ["accueil", "digne"])
        #expect(words("«\u{202F}accueil\u{202F}»", .fr) == ["accueil"])
        #expect(forms("10\u{202F}000", .fr) == ["10\u{202F}000"])
        #expect(forms("ac\u{AD}cueil", .fr) == ["accueil"])
    }

    @Test("Joining the tokens gives back the input exactly", arguments: [
        "", " ", "\n\n", "Qu’il s’agisse de l’accueil des sans-papiers…",
        "Art. 3 — U.N. & co.;\r\n1) first\n• second\n- third",
        "bad \u{FFFD} bytes", "tab\tand\u{0}nul\u{7}bell", "emoji 👩‍👩‍👧 and e\u{301}", "a-", "-a", "l'", "'s",
    ])
    func rebuildsInput(_ input: String) {
        let text = Tokenizer(language: .fr).tokenize(input)
        var rebuilt: [UInt8] = []
        for index in 0..<text.tokens.count { rebuilt += text.bytes[text.tokens.range(index)] }
        #expect(rebuilt == Array(input.utf8))
        #expect(text.tokens.byteCount == rebuilt.count)
        // Each token holds what its kind says: no letter or digit in a space, no space in a word.
        for index in 0..<text.tokens.count {
            let scalars = String(decoding: text.bytes[text.tokens.range(index)], as: UTF8.self).unicodeScalars
            #expect(!scalars.isEmpty)
            switch text.tokens.kinds[index] {
            case .space: #expect(!scalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            case .word, .number: #expect(!scalars.contains(" "))
            case .punctuation: #expect(!scalars.contains { $0.properties.isAlphabetic })
            }
        }
    }

    @Test("Invalid UTF-8 is kept, replaced in forms and counted")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xC3] + Array(" ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8) + [0xE2, 0x82]
        let text = Tokenizer(language: .en).tokenize(bytes)
        #expect(text.invalidUTF8Sequences == 4)
        var rebuilt: [UInt8] = []
        for index in 0..<text.tokens.count { rebuilt += text.bytes[text.tokens.range(index)] }
        #expect(rebuilt == bytes)
        #expect(text.wordCount >= 3)
    }

    @Test("Empty input gives no tokens and no sentences")
    func emptyInput() {
        let text = Tokenizer(language: .en).tokenize("")
        #expect(text.tokens.isEmpty)
        #expect(text.tokens.sentenceStarts.isEmpty)
        #expect(text.wordCount == 0)
    }

    /// The sentences of `text`, whitespace collapsed.
    func sentences(_ text: String, _ language: Language) -> [String] {
        let tokenized = Tokenizer(language: language).tokenize(text)
        return tokenized.tokens.sentenceStarts.indices.map { tokenized.sentenceText($0) }
    }

    @Test("Sentences end at terminal punctuation but not after abbreviations or initials")
    func sentenceBoundaries() {
        #expect(sentences("We met. They left! Did you? Yes.", .en) == ["We met.", "They left!", "Did you?", "Yes."])
        #expect(sentences("See art. 3 and e.g. the annex. Mr. Smith agreed.", .en) == ["See art. 3 and e.g. the annex.", "Mr. Smith agreed."])
        #expect(sentences("The U.N. agency helps. Next.", .en) == ["The U.N. agency helps.", "Next."])
        #expect(sentences("Mme Dupont et M. Martin, etc. Ensuite rien.", .fr) == ["Mme Dupont et M. Martin, etc.", "Ensuite rien."])
        #expect(sentences("Il sig. Rossi, n. 5 del 2015, ecc. parla.", .it).count == 1)
        #expect(sentences("el Sr. García llegó. Luego habló.", .es) == ["el Sr. García llegó.", "Luego habló."])
    }

    @Test("List items and semicolon-separated considerations are sentences of their own")
    func listsAndConsiderations() {
        let text = """
            Considering that cities act;
            Recognising that rights matter;
            We commit to:
            1. open services to all;
            2. support newcomers.
            - a bullet
            • another one
            """
        #expect(sentences(text, .en) == [
            "Considering that cities act;", "Recognising that rights matter;", "We commit to:",
            "1. open services to all;", "2. support newcomers.", "- a bullet", "• another one",
        ])
        #expect(sentences("Title\n\nFirst paragraph\n\nSecond", .en) == ["Title", "First paragraph", "Second"])
    }

    @Test("Clauses split at semicolons and colons within a sentence")
    func clauses() {
        let text = Tokenizer(language: .en).tokenize("We welcome all; we reject detention: now.")
        #expect(text.tokens.sentenceStarts.count == 1)
        #expect(text.tokens.clauseStarts.count == 3)
        let clauseOf = { (word: String) in (0..<text.tokens.count).first { text.text(ofToken: $0) == word }.map { text.tokens.clause(ofToken: $0) } }
        #expect(clauseOf("welcome") == 0)
        #expect(clauseOf("reject") == 1)
        #expect(clauseOf("now") == 2)
    }

    @Test("Each distinct form is interned once")
    func interning() {
        let text = Tokenizer(language: .en).tokenize("City city CITY cities")
        #expect(text.vocabulary.count == 2)
        #expect(Set(text.tokens.types.filter { $0 >= 0 }).count == 2)
    }

    @Test("Word and number tokens are counted from the kinds' bytes, as each kind says")
    func countedTokens() {
        // `Tokens.countedTokens` reads a kind as its byte: 0 word, 1 number, 2 space, 3 punctuation.
        #expect(MemoryLayout<TokenKind>.size == 1)
        for (index, kind) in TokenKind.allCases.enumerated() {
            #expect(withUnsafeBytes(of: kind) { $0[0] } == UInt8(index))
        }
        #expect(TokenKind.allCases.map(\.isCounted) == [true, true, false, false])
        let text = Tokenizer(language: .fr).tokenize("Art. 3 : l’accueil des sans-papiers, 12 000 personnes ; 4) fin")
        #expect(text.wordCount == text.tokens.kinds.filter(\.isCounted).count)
        // Art, 3, l’, accueil, des, sans-papiers, 12, 000, personnes, 4, fin
        #expect(text.wordCount == 11)
    }

    @Test("The language data is well-formed", arguments: Language.allCases)
    func languageData(_ language: Language) {
        #expect(LanguageData.forLanguage(language).validate().isEmpty)
    }
}

@Suite("Tokenizer on every fixture")
struct TokenizerFixtureTests {
    static let files: [String] = {
        let corpus = BundledCorpus.root.appendingPathComponent("Corpus")
        let languageID = Fixtures.url("language-id")
        var paths: [String] = []
        for folder in [corpus, languageID] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
        }
        return paths
    }()

    @Test("Every corpus and fixture text rebuilds exactly from its tokens, with sentences covering all tokens")
    func rebuildsEveryFixture() throws {
        #expect(Self.files.count >= 14 + 30)
        for path in Self.files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            for language in [Language.en, .fr, .it] {
                let text = Tokenizer(language: language).tokenize(bytes)
                var rebuilt: [UInt8] = []
                rebuilt.reserveCapacity(bytes.count)
                for index in 0..<text.tokens.count { rebuilt += text.bytes[text.tokens.range(index)] }
                #expect(rebuilt == bytes, "\(path) does not rebuild as \(language)")
                #expect(text.tokens.sentenceStarts.first == 0)
                #expect(zip(text.tokens.sentenceStarts, text.tokens.sentenceStarts.dropFirst()).allSatisfy { $0 < $1 })
                #expect(Set(text.tokens.sentenceStarts).isSubset(of: Set(text.tokens.clauseStarts)))
            }
        }
    }
}
