import Testing
@testable import CityVoice

@Suite("Stance cues")
struct StanceCueTests {
    struct CueCase: CustomTestStringConvertible, Sendable {
        let language: Language
        let sentence: String
        let concept: String
        let pole: String
        let flipped: Bool
        var testDescription: String { "\(language.rawValue): \(sentence) → \(pole)" }
    }

    @Test("Cues move a target to the pole the sentence argues for", arguments: [
        // English
        CueCase(language: .en, sentence: "We do not call for the abolition of residence permits.", concept: "abolish-permit", pole: "reformist", flipped: true),
        CueCase(language: .en, sentence: "We call for the abolition of residence permits.", concept: "abolish-permit", pole: "radical", flipped: false),
        CueCase(language: .en, sentence: "We reject the construction of detention camps.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .en, sentence: "Migration is not only a responsibility but also an asset.", concept: "asset", pole: "positive", flipped: false),
        CueCase(language: .en, sentence: "Migration is not only a responsibility but also an asset.", concept: "burden", pole: "burden", flipped: false),
        CueCase(language: .en, sentence: "The detention of children is unacceptable, and we oppose it.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .en, sentence: "We do not oppose detention.", concept: "detention", pole: "securitisation", flipped: false),
        CueCase(language: .en, sentence: "We reject exclusion, but detention remains.", concept: "detention", pole: "securitisation", flipped: false),
        CueCase(language: .en, sentence: "Cities don't build detention camps.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .en, sentence: "We reject hate and welcome every opportunity.", concept: "asset", pole: "positive", flipped: false),
        // French
        CueCase(language: .fr, sentence: "Nous ne demandons pas l’abolition du titre de séjour.", concept: "abolish-permit", pole: "reformist", flipped: true),
        CueCase(language: .fr, sentence: "Nous refusons la construction de centres de rétention.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .fr, sentence: "La migration n'est plus une charge.", concept: "burden", pole: "positive", flipped: true),
        CueCase(language: .fr, sentence: "La migration est plus qu'une charge.", concept: "burden", pole: "burden", flipped: false),
        CueCase(language: .fr, sentence: "La migration est non seulement un défi mais aussi une chance.", concept: "asset", pole: "positive", flipped: false),
        CueCase(language: .fr, sentence: "La rétention des enfants est inacceptable.", concept: "detention", pole: "anti-securitisation", flipped: true),
        // Spanish
        CueCase(language: .es, sentence: "No pedimos la abolición del permiso de residencia.", concept: "abolish-permit", pole: "reformist", flipped: true),
        CueCase(language: .es, sentence: "Rechazamos la construcción de centros de detención.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .es, sentence: "La migración no sólo es un desafío sino también una oportunidad.", concept: "asset", pole: "positive", flipped: false),
        CueCase(language: .es, sentence: "La migración no sólo es un desafío sino también una oportunidad.", concept: "burden", pole: "burden", flipped: false),
        // Italian
        CueCase(language: .it, sentence: "Non chiediamo l'abolizione del permesso di soggiorno.", concept: "abolish-permit", pole: "reformist", flipped: true),
        CueCase(language: .it, sentence: "Respingiamo la costruzione di centri di detenzione.", concept: "detention", pole: "anti-securitisation", flipped: true),
        CueCase(language: .it, sentence: "La migrazione non solo è una responsabilità ma anche una risorsa.", concept: "asset", pole: "positive", flipped: false),
        CueCase(language: .it, sentence: "La detenzione amministrativa è inaccettabile.", concept: "detention", pole: "anti-securitisation", flipped: true),
    ])
    func cueTable(_ example: CueCase) throws {
        let matches = TestLexicon.matches(example.sentence, example.language).filter { $0.concept == example.concept }
        try #require(matches.count == 1, "expected one '\(example.concept)' match, got \(matches.map(\.text))")
        #expect(matches[0].pole == example.pole)
        #expect(matches[0].flipped == example.flipped)
    }

    @Test("Every flipped match records the cue that flipped it")
    func recordsCue() throws {
        let match = try #require(TestLexicon.matches("We reject the construction of detention camps.", .en).first)
        #expect(match.effect == "flipped by opposition 'reject'")
        #expect(match.cues.map(\.kind) == [.oppositionBefore])
        #expect(match.cues.first?.text == "reject")
        let negated = try #require(TestLexicon.matches("We do not call for the abolition of residence permits.", .en).first)
        #expect(negated.cues.map(\.kind) == [.negator, .support])
        #expect(negated.effect == "flipped by negator 'not'")
    }

    @Test("Cues outside the window or in another clause do not reach the target")
    func scope() throws {
        let far = try #require(TestLexicon.matches("We reject one two three four five six seven detention.", .en).first)
        #expect(!far.flipped)
        let otherClause = try #require(TestLexicon.matches("We reject hatred; detention continues.", .en).first)
        #expect(!otherClause.flipped)
        let narrow = Matcher(lexicon: CompiledLexicon(lexicon: TestLexicon.lexicon, language: .en), window: 2)
            .matches(in: Tokenizer(language: .en).tokenize("We reject the new detention camps."))
        #expect(narrow.first?.flipped == false)
    }

    @Test("A cue word inside a target does not act on that target")
    func cueInsideTarget() throws {
        var lexicon = TestLexicon.lexicon
        lexicon.concepts.append(Concept(id: "status-blind", axis: "narrative", pole: "positive", patterns: [.en: ["without distinction"]]))
        let match = try #require(TestLexicon.matches("Help is given without distinction.", .en, lexicon: lexicon).first)
        #expect(match.concept == "status-blind")
        #expect(!match.flipped)
    }

    struct ListCase: CustomTestStringConvertible, Sendable {
        let text: String
        /// Whether each detention match, in text order, is flipped.
        let flipped: [Bool]
        var testDescription: String { text.debugDescription }
    }

    @Test("Negators and opposition cues before a colon reach the list items that follow it, and no further", arguments: [
        // The introducing sentence has a cue but no target of its own.
        ListCase(text: "The charter opposes the following:\n1. detention camps\n2. detention centres", flipped: [true, true]),
        ListCase(text: "The charter opposes the following:\n- detention camps\n- detention centres", flipped: [true, true]),
        // No colon, or a sentence that is no list item, ends the reach.
        ListCase(text: "The charter opposes the following.\n1. detention camps", flipped: [false]),
        ListCase(text: "The charter opposes the following:\nDetention camps remain.\n2. detention centres", flipped: [false, false]),
        // A cue in the introducing sentence's first clause does not reach the list.
        ListCase(text: "The charter opposes hatred; it lists the following:\n1. detention camps", flipped: [false]),
        // The introducing sentence has a target of its own.
        ListCase(text: "We oppose detention in all its forms:\n1. detention camps\n2. detention centres", flipped: [true, true, true]),
        // A negator and an opposition cue, handed on together, cancel.
        ListCase(text: "We do not oppose the following:\n1. detention camps", flipped: [false]),
        // A list item that ends with a colon hands on its own cues instead.
        ListCase(text: "We oppose the following:\n1. the rules below:\n2. detention camps", flipped: [false]),
        ListCase(text: "We oppose the following:\n1. never the rules below:\n2. detention camps", flipped: [true]),
        // A colon sentence without cues hands on none.
        ListCase(text: "We oppose the following:\n1. these rules:\n2. detention camps", flipped: [false]),
    ])
    func lists(_ example: ListCase) {
        let matches = TestLexicon.matches(example.text, .en).filter { $0.concept == "detention" }
        #expect(matches.map(\.flipped) == example.flipped, "\(matches.map { ($0.text, $0.effect) })")
    }
}
