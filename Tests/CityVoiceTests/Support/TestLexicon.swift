@testable import CityVoice

/// A small lexicon written for the tests, independent of the bundled one.
enum TestLexicon {
    static let axes = [
        Axis(id: "radicalism", label: "Reformist ↔ radical", description: "",
             negative: Pole(id: "reformist", label: "Reformist"), positive: Pole(id: "radical", label: "Radical")),
        Axis(id: "securitisation", label: "Securitisation ↔ anti-securitisation", description: "",
             negative: Pole(id: "securitisation", label: "Securitisation"), positive: Pole(id: "anti-securitisation", label: "Anti-securitisation")),
        Axis(id: "narrative", label: "Burden ↔ positive", description: "",
             negative: Pole(id: "burden", label: "Burden"), positive: Pole(id: "positive", label: "Positive")),
    ]

    static let concepts = [
        Concept(id: "abolish-permit", axis: "radicalism", pole: "radical", patterns: [
            .en: ["abolition of {0,2} residence permit*", "abolish* {0,2} residence permit*"],
            .fr: ["abolition {0,3} titre* de séjour"],
            .es: ["abolición {0,3} permiso* de residencia"],
            .it: ["abolizione {0,3} permess* di soggiorno"],
        ]),
        Concept(id: "residence-permit", axis: "radicalism", pole: "reformist", weight: 0.5, patterns: [
            .en: ["residence permit*"], .fr: ["titre* de séjour"], .es: ["permiso* de residencia"], .it: ["permess* di soggiorno"],
        ]),
        Concept(id: "detention", axis: "securitisation", pole: "securitisation", patterns: [
            .en: ["detention", "detention camp*", "detention centre*"],
            .fr: ["rétention", "centre* de rétention"],
            .es: ["detención", "centro* de detención"],
            .it: ["detenzione", "centr* di detenzione"],
        ]),
        Concept(id: "asset", axis: "narrative", pole: "positive", patterns: [
            .en: ["asset*", "opportunit*"], .fr: ["atout*", "chance"], .es: ["oportunidad*"], .it: ["risorsa", "risorse"],
        ]),
        Concept(id: "burden", axis: "narrative", pole: "burden", patterns: [
            .en: ["burden*", "responsibility"], .fr: ["charge", "fardeau"], .es: ["carga", "desafío"], .it: ["onere", "responsabilità"],
        ]),
    ]

    static let cues: [Language: CueLists] = [
        .en: CueLists(negators: ["not", "no", "never", "without", "n't"], pseudoNegators: ["not only", "no doubt"],
                      oppositionBefore: ["reject*", "oppose*", "condemn*"], oppositionAfter: ["unacceptable", "oppose it"],
                      support: ["support*", "call for", "welcome"], terminators: ["but", "however"]),
        .fr: CueLists(negators: ["ne", "n'", "pas", "jamais", "sans", "aucun*"], negationPairs: [["ne", "plus"], ["n'", "plus"]],
                      pseudoNegators: ["non seulement"], oppositionBefore: ["refus*", "rejet*", "oppos*"],
                      oppositionAfter: ["inacceptable"], support: ["demand*", "soutien*"], terminators: ["mais"]),
        .es: CueLists(negators: ["no", "nunca", "sin"], pseudoNegators: ["no sólo", "no solo"],
                      oppositionBefore: ["rechaz*", "nos oponemos"], oppositionAfter: ["inaceptable"],
                      support: ["pedimos", "apoy*"], terminators: ["pero", "sino"]),
        .it: CueLists(negators: ["non", "mai", "senza"], pseudoNegators: ["non solo"],
                      oppositionBefore: ["resping*", "rifiut*"], oppositionAfter: ["inaccettabile"],
                      support: ["chiediamo", "sosten*"], terminators: ["ma"]),
    ]

    static let lexicon = Lexicon(id: "test", version: "1", description: "test lexicon", languages: [.en, .fr, .es, .it],
                                 window: 6, axes: axes, concepts: concepts, cues: cues)

    /// The matches of `text` in `language`.
    static func matches(_ text: String, _ language: Language, lexicon: Lexicon = lexicon) -> [Match] {
        let compiled = CompiledLexicon(lexicon: lexicon, language: language)
        return Matcher(lexicon: compiled).matches(in: Tokenizer(language: language).tokenize(text))
    }
}
