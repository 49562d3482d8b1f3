import Foundation
import Testing
@testable import CityVoice

@Suite("Normalizer")
struct NormalizerTests {
    /// One expectation: a surface form, its matching form and its accent-free form.
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let folded: String
        let accentFree: String
        let note: String

        init(_ input: String, _ folded: String, _ accentFree: String, _ note: String) {
            self.input = input
            self.folded = folded
            self.accentFree = accentFree
            self.note = note
        }

        var testDescription: String { note }
    }

    static let cases: [Case] = [
        Case("Migration", "migration", "migration", "ASCII capital"),
        Case("ÉTAT", "état", "etat", "French capital with acute"),
        Case("E\u{0301}TAT", "état", "etat", "decomposed capital É"),
        Case("Straße", "strasse", "strasse", "German sharp s folds to ss"),
        Case("STRASSE", "strasse", "strasse", "capital spelling of Straße"),
        Case("GROẞE", "grosse", "grosse", "capital sharp s"),
        Case("ﬁnanciación", "financiación", "financiacion", "fi ligature"),
        Case("ΣΟΦΟΣ", "σοφοσ", "σοφοσ", "Greek capitals"),
        Case("σοφος", "σοφοσ", "σοφοσ", "Greek final sigma"),
        Case("Ἀθῆναι", "ἀθῆναι", "αθηναι", "Greek polytonic"),
        Case("ᾼ", "αι", "αι", "Greek capital with prosgegrammeni"),
        Case("İstanbul", "istanbul", "istanbul", "Turkish capital dotted I"),
        Case("I\u{0307}zmir", "izmir", "izmir", "decomposed dotted capital I"),
        Case("DİYARBAKIR", "diyarbakir", "diyarbakir", "Turkish capitals"),
        Case("ılık", "ılık", "ilik", "Turkish dotless i kept, accent-folded to i"),
        Case("ŉ", "'n", "'n", "n preceded by apostrophe"),
        Case("µ", "μ", "μ", "micro sign folds to Greek mu"),
        Case("l\u{2019}accueil", "l'accueil", "l'accueil", "right single quotation mark"),
        Case("l\u{02BC}accueil", "l'accueil", "l'accueil", "modifier letter apostrophe"),
        Case("l\u{2018}accueil", "l'accueil", "l'accueil", "left single quotation mark"),
        Case("l\u{FF07}accueil", "l'accueil", "l'accueil", "fullwidth apostrophe"),
        Case("l\u{00B4}accueil", "l'accueil", "l'accueil", "acute accent typed as apostrophe"),
        Case("dell\u{2019}Unione", "dell'unione", "dell'unione", "Italian elision"),
        Case("ré\u{00AD}fu\u{00AD}gié", "réfugié", "refugie", "soft hyphens removed"),
        Case("porte\u{2011}parole", "porte-parole", "porte-parole", "non-breaking hyphen"),
        Case("Niño", "niño", "nino", "Spanish tilde"),
        Case("n\u{0303}andú", "ñandú", "nandu", "decomposed ñ"),
        Case("Ação", "ação", "acao", "Portuguese tilde and cedilla"),
        Case("FRANÇAIS", "français", "francais", "cedilla under a capital"),
        Case("Über", "über", "uber", "German umlaut"),
        Case("città", "città", "citta", "Italian grave"),
        Case("Øresund", "øresund", "oresund", "o with stroke"),
        Case("Æther", "æther", "aether", "ae ligature letter"),
        Case("Œuvre", "œuvre", "oeuvre", "oe ligature letter"),
        Case("Łódź", "łódź", "lodz", "Polish l with stroke"),
        Case("Đorđević", "đorđević", "dordevic", "d with stroke"),
        Case("Þór", "þór", "thor", "thorn"),
        Case("ǰ", "ǰ", "j", "j with caron, full folding keeps it composed"),
        Case("МИГРАЦИЯ", "миграция", "миграция", "Cyrillic"),
        Case("Йорк", "йорк", "иорк", "Cyrillic short i loses its breve"),
        Case("", "", "", "empty word"),
    ]

    @Test("fold and foldAccents give the expected forms", arguments: cases)
    func expectedForms(_ testCase: Case) {
        let folded = Normalizer.fold(testCase.input)
        #expect(folded.unicodeScalars.elementsEqual(testCase.folded.unicodeScalars))
        #expect(Normalizer.foldAccents(folded).unicodeScalars.elementsEqual(testCase.accentFree.unicodeScalars))
    }

    @Test("Canonically equivalent spellings fold to identical scalars", arguments: [
        ("\u{00E9}", "e\u{0301}"),
        ("\u{1E69}", "s\u{0323}\u{0307}"),          // ṩ: marks in canonical order
        ("\u{1E69}", "s\u{0307}\u{0323}"),          // the same marks typed in the other order
        ("\u{00C5}ngström", "A\u{030A}ngstro\u{0308}m"),
        ("\u{212B}", "\u{00C5}"),                   // ANGSTROM SIGN is a singleton for Å
        ("\u{0130}", "I\u{0307}"),
        ("\u{1F88}", "\u{0391}\u{0313}\u{0345}"),   // ᾈ
        ("\u{1E9B}", "\u{017F}\u{0307}"),           // ẛ
        ("a\u{0316}\u{0897}", "a\u{0897}\u{0316}"), // a mark added in Unicode 16
    ])
    func canonicalEquivalence(_ pair: (String, String)) {
        let first = Normalizer.fold(pair.0)
        let second = Normalizer.fold(pair.1)
        #expect(first.unicodeScalars.elementsEqual(second.unicodeScalars))
        #expect(Normalizer.foldAccents(first).unicodeScalars.elementsEqual(Normalizer.foldAccents(second).unicodeScalars))
    }

    @Test("Folded forms are in NFC and folding again changes nothing", arguments: cases.map(\.input))
    func idempotent(_ input: String) {
        let folded = Normalizer.fold(input)
        #expect(folded.unicodeScalars.elementsEqual(folded.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Normalizer.fold(folded).unicodeScalars.elementsEqual(folded.unicodeScalars))
        let accentFree = Normalizer.foldAccents(folded)
        #expect(Normalizer.foldAccents(accentFree).unicodeScalars.elementsEqual(accentFree.unicodeScalars))
    }

    @Test("The ASCII fast path agrees with the full Unicode path on every ASCII string")
    func asciiFastPath() {
        var words: [String] = ["", "a", "Z", "@[`{", "Hello-World", "L'ACCUEIL", "don't", "x1Y2z3", "MiXeD_CaSe.txt"]
        // Every ASCII character, alone and between capitals.
        for byte in UInt8(0)...UInt8(0x7F) {
            let character = String(decoding: [byte], as: UTF8.self)
            words.append(character)
            words.append("A" + character + "Z")
        }
        for word in words {
            let fast = Normalizer.asciiLowercased(word)
            #expect(fast != nil)
            #expect(fast == Normalizer.foldUnicode(word))
            #expect(Normalizer.fold(word) == Normalizer.foldUnicode(word))
        }
        #expect(Normalizer.asciiLowercased("état") == nil)
    }

    @Test("A supplementary letter before a combining mark is not mistaken for a BMP letter")
    func supplementaryStarter() {
        // Foundation on Linux composes U+10041 + U+0301 as if it were "A" + U+0301.
        let word = "\u{10041}\u{0301}"
        #expect(Normalizer.fold(word).unicodeScalars.map(\.value) == [0x10041, 0x0301])
        #expect(Normalizer.foldAccents(Normalizer.fold(word)).unicodeScalars.map(\.value) == [0x10041])
    }

    @Test("Full case folding covers letters that lower-casing leaves alone")
    func fullCaseFolding() {
        #expect(Normalizer.fold("ﬃ") == "ffi")
        #expect(Normalizer.fold("ſ") == "s")
        #expect(Normalizer.fold("ϐ") == "β")
        #expect(Normalizer.fold("\u{1C80}") == "в")
        #expect(Normalizer.fold("\u{AB70}") == "\u{13A0}")   // Cherokee folds to capitals
        #expect(Normalizer.fold("\u{13A0}") == "\u{13A0}")
        #expect(Normalizer.fold("ǅ") == "ǆ")
    }
}
