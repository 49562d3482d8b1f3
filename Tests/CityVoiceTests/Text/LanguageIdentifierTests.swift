import Foundation
import Testing
@testable import CityVoice

@Suite("LanguageIdentifier")
struct LanguageIdentifierTests {
    /// The fixture texts under `language-id/`, named `<language>-<n>.txt`: five per language,
    /// 50–120 words each, in several registers (municipal declaration, news, everyday prose,
    /// a text full of proper names and English loanwords, a short public notice).
    static let fixtureNames: [String] = Language.allCases.flatMap { language in
        (1...5).map { "\(language.rawValue)-\($0)" }
    }

    static func fixture(_ name: String) throws -> String {
        try Fixtures.text("language-id/\(name).txt")
    }

    static func language(ofFixture name: String) -> Language {
        Language(rawValue: String(name.prefix(2)))!
    }

    @Test("Each fixture text is identified with confidence above 0.5", arguments: fixtureNames)
    func fixtureIdentified(_ name: String) throws {
        let text = try Self.fixture(name)
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        #expect((50...120).contains(words), "\(name) has \(words) words")
        let guess = LanguageIdentifier.identify(text)
        #expect(guess.language == Self.language(ofFixture: name))
        #expect(guess.confidence > 0.5)
    }

    @Test("Clear texts of 50 words or more reach a confidence above 0.8")
    func highConfidenceOnClearTexts() throws {
        var lowest = (name: "", confidence: 1.0)
        for name in Self.fixtureNames {
            let guess = LanguageIdentifier.identify(try Self.fixture(name))
            if guess.confidence < lowest.confidence { lowest = (name, guess.confidence) }
        }
        #expect(lowest.confidence > 0.8, "lowest: \(lowest.name) at \(lowest.confidence)")
    }

    @Test("Sentences of similar Romance languages are told apart", arguments: [
        (Language.es, "Los derechos de los migrantes deben ser respetados por todas las administraciones públicas del país."),
        (.pt, "Os direitos dos migrantes devem ser respeitados por todas as administrações públicas do país."),
        (.it, "I diritti dei migranti devono essere rispettati da tutte le amministrazioni pubbliche del paese."),
        (.fr, "Les droits des migrants doivent être respectés par toutes les administrations publiques du pays."),
        (.es, "El alcalde dijo que la situacion es muy dificil pero que no hay alternativas"),
        (.pt, "O prefeito disse que a situacao e muito dificil mas que nao ha alternativas"),
        (.it, "Il sindaco ha detto che la situazione e molto difficile ma che non ci sono alternative"),
        (.fr, "Le maire a dit que la situation est tres difficile mais qu il n y a pas d alternative"),
        (.es, "LA CIUDAD DEBE GARANTIZAR EL ACCESO A LA VIVIENDA PARA TODAS LAS PERSONAS QUE LLEGAN"),
        (.pt, "A CIDADE DEVE GARANTIR O ACESSO À HABITAÇÃO PARA TODAS AS PESSOAS QUE CHEGAM"),
        (.it, "La città deve garantire l'accesso alla casa per tutte le persone che arrivano"),
        (.fr, "La ville doit garantir l'accès au logement pour toutes les personnes qui arrivent"),
    ])
    func romanceSentences(_ expected: Language, _ text: String) {
        #expect(LanguageIdentifier.identify(text).language == expected)
    }

    @Test("Three words give a lower confidence than a full text", arguments: [
        (Language.en, "the city council"),
        (.fr, "le conseil municipal"),
        (.es, "el gobierno municipal"),
        (.it, "il consiglio comunale"),
        (.de, "der neue Stadtrat"),
        (.pt, "o conselho municipal"),
    ])
    func shortTexts(_ language: Language, _ phrase: String) throws {
        let short = LanguageIdentifier.identify(phrase)
        let long = LanguageIdentifier.identify(try Self.fixture("\(language.rawValue)-1"))
        #expect(short.confidence < 0.5)
        #expect(short.confidence < long.confidence)
    }

    @Test("Text without words gives English with confidence 0 and even scores", arguments: [
        "", "   \n\t", "2024-05-01 12:00", "¿?¡!", "— … «»",
    ])
    func noWords(_ text: String) {
        let guess = LanguageIdentifier.identify(text)
        #expect(guess.language == .en)
        #expect(guess.confidence == 0)
        #expect(guess.scores.map(\.language) == Language.allCases)
        #expect(guess.scores.allSatisfy { abs($0.score - 1.0 / 6.0) < 1e-12 })
    }

    @Test("A text that mixes two languages evenly gets a lower confidence")
    func mixedText() throws {
        let english = try Self.fixture("en-1")
        let french = try Self.fixture("fr-1")
        let mixed = LanguageIdentifier.identify(english + "\n" + french)
        #expect(mixed.confidence < 0.8)
        #expect(mixed.confidence < LanguageIdentifier.identify(english).confidence)
        #expect(mixed.confidence < LanguageIdentifier.identify(french).confidence)
        #expect(Set(mixed.scores.prefix(2).map(\.language)) == [.en, .fr])
    }

    @Test("Scores cover every language once, best first, summing to 1")
    func scoresShape() throws {
        for name in ["en-2", "it-3", "pt-4"] {
            let guess = LanguageIdentifier.identify(try Self.fixture(name))
            #expect(Set(guess.scores.map(\.language)) == Set(Language.allCases))
            #expect(guess.scores.count == Language.allCases.count)
            #expect(zip(guess.scores, guess.scores.dropFirst()).allSatisfy { $0.score >= $1.score })
            #expect(abs(guess.scores.reduce(0) { $0 + $1.score } - 1) < 1e-9)
            #expect(guess.scores[0].language == guess.language)
            #expect(guess.confidence <= guess.scores[0].score)
        }
    }

    @Test("The same text always gives the same guess")
    func deterministic() throws {
        let text = try Self.fixture("es-4")
        let first = LanguageIdentifier.identify(text)
        for _ in 0..<3 {
            #expect(LanguageIdentifier.identify(text) == first)
        }
    }

    @Test("A memo kept across texts changes no guess, also when it fills up and starts afresh", arguments: [100_000, 40])
    func memoAcrossTexts(capacity: Int) throws {
        var memo = LanguageIdentifier.WordMemo(capacity: capacity)
        for name in Self.fixtureNames + Self.fixtureNames.reversed() {
            let text = try Self.fixture(name)
            let bytes = Array(text.utf8)
            let guess = LanguageIdentifier.identify(text)
            #expect(LanguageIdentifier.identify(bytes, memo: &memo) == guess)
            #expect(LanguageIdentifier.identify(bytes) == guess)
            #expect(memo.count <= capacity)
        }
    }

    @Test("Only the first sampleLimit bytes are read")
    func sampleLimit() throws {
        let english = try Self.fixture("en-3")
        let french = try Self.fixture("fr-3")
        let text = english + String(repeating: french, count: 300)   // far past `sampleBytes`
        #expect(LanguageIdentifier.identify(text, sampleLimit: english.utf8.count).language == .en)
        #expect(LanguageIdentifier.identify(text).language == .fr)
        // A limit falling inside a multi-byte character reads the whole characters before it.
        let accented = "é é " + french
        #expect(LanguageIdentifier.identify(accented, sampleLimit: 1) == LanguageIdentifier.identify(""))
        #expect(LanguageIdentifier.identify(accented, sampleLimit: 4) == LanguageIdentifier.identify("é "))
        #expect(LanguageIdentifier.identify(text, sampleLimit: 0).confidence == 0)
    }

    @Test("Bytes are sampled to a whole scalar, as a string is", arguments: [1, 2, 3])
    func byteSampleCutsAtScalars(before: Int) throws {
        let french = try Self.fixture("fr-3")
        // A scalar straddling the cut: it starts `before` bytes before `sampleBytes`.
        for scalar in ["é", "€", "𝄞"] where scalar.utf8.count > before {
            let head = String(repeating: french, count: 40).utf8.prefix(LanguageIdentifier.sampleBytes - before - 1)
            let text = String(decoding: head, as: UTF8.self) + " " + scalar + " " + french
            let bytes = Array(text.utf8)
            let cut = LanguageIdentifier.sampleBytes - before
            #expect(bytes[cut...].starts(with: Array(scalar.utf8)))
            #expect(bytes.withUnsafeBufferPointer { LanguageIdentifier.sampleEnd(of: $0, limit: LanguageIdentifier.sampleBytes) } == cut)
            #expect(LanguageIdentifier.identify(bytes) == LanguageIdentifier.identify(text))
        }
        // Stray continuation bytes at the cut move it back at most 3 bytes and never crash.
        let stray = [UInt8](repeating: 0x80, count: LanguageIdentifier.sampleBytes + 10)
        #expect(stray.withUnsafeBufferPointer { LanguageIdentifier.sampleEnd(of: $0, limit: LanguageIdentifier.sampleBytes) } == LanguageIdentifier.sampleBytes - 3)
        #expect(LanguageIdentifier.identify(stray).confidence == 0)
    }

    @Test("A declared language wins over detection")
    func declaredWins() throws {
        let english = try Self.fixture("en-1")
        let declared = LanguageIdentifier.resolve(declared: .it, text: english)
        #expect(declared.language == .it)
        #expect(declared.declared)
        #expect(declared.guess == nil)

        let detected = LanguageIdentifier.resolve(declared: nil, text: english)
        #expect(detected.language == .en)
        #expect(!detected.declared)
        #expect(detected.guess == LanguageIdentifier.identify(english))
    }

    @Test("A guess survives a JSON round trip")
    func codable() throws {
        let guess = LanguageIdentifier.identify(try Self.fixture("de-2"))
        let data = try JSONEncoder().encode(guess)
        #expect(try JSONDecoder().decode(LanguageGuess.self, from: data) == guess)
    }

    @Test("Every profile lists distinct function words in folded form")
    func profilesAreClean() {
        #expect(LanguageProfile.all.map(\.language) == Language.allCases)
        for profile in LanguageProfile.all {
            #expect(Set(profile.stopwords).count == profile.stopwords.count, "\(profile.language) repeats a word")
            for word in profile.stopwords {
                #expect(Normalizer.fold(word) == word, "\(profile.language): \(word)")
            }
        }
    }
}
