/// The tokenizer's language data: elided prefixes, clitics and abbreviations.
///
/// Plain data in one place per language; `LanguageData.validate()` checks it when the
/// tests run. Forms are written with the ASCII apostrophe; the tokenizer treats
/// U+2019 and the other typographic apostrophes the same way.
public struct LanguageData: Sendable {
    /// Words that, followed by an apostrophe, are split from their host word
    /// ("l'accueil" → "l'" + "accueil"), lower-case, without the apostrophe.
    public let elisions: Set<String>
    /// Suffix clitics split from their host ("city's" → "city" + "'s"), lower-case,
    /// including the apostrophe; checked longest first.
    public let suffixClitics: [String]
    /// Abbreviations after which a full stop does not end a sentence, lower-case, without the stop.
    public let abbreviations: Set<String>
    /// Abbreviations that may end a sentence: a stop after them ends one when the next word is capitalised.
    public let sentenceFinalAbbreviations: Set<String>

    /// How a full stop after a word reads (`fullStopClass(of:)`): it does not end a sentence.
    static let abbreviationStop: UInt8 = 1
    /// It ends a sentence when the next word is capitalised.
    static let maybeFinalStop: UInt8 = 2

    /// How a full stop after the normalized form `form` reads: `abbreviationStop`,
    /// `maybeFinalStop`, or 0 (it ends a sentence unless a lower-case word follows).
    func fullStopClass(of form: String) -> UInt8 {
        abbreviations.contains(form) ? Self.abbreviationStop : sentenceFinalAbbreviations.contains(form) ? Self.maybeFinalStop : 0
    }

    /// The data for `language`.
    public static func forLanguage(_ language: Language) -> LanguageData {
        switch language {
        case .en: english
        case .fr: french
        case .es: spanish
        case .it: italian
        case .de: german
        case .pt: portuguese
        }
    }

    static let commonAbbreviations: Set<String> = [
        "art", "arts", "cf", "e.g", "i.e", "no", "nos", "n", "nr", "p", "pp", "vol", "vs", "ed", "eds",
        "fig", "ch", "chap", "para", "par", "sec", "dr", "prof", "st", "u.n", "u.s", "e.u", "u.e",
    ]

    static let english = LanguageData(
        elisions: [],
        suffixClitics: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
        abbreviations: commonAbbreviations.union(["mr", "mrs", "ms", "jr", "sr", "gov", "dept", "approx", "inc", "ltd", "co", "govt", "min", "max", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "dec", "viz"]),
        sentenceFinalAbbreviations: ["etc", "al"]
    )

    static let french = LanguageData(
        elisions: ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"],
        suffixClitics: [],
        abbreviations: commonAbbreviations.union(["m", "mm", "mme", "mmes", "mlle", "me", "dr", "ste", "cie", "av", "bd", "env", "ex", "op", "cit", "éd", "chap", "dép", "adj", "réf"]),
        sentenceFinalAbbreviations: ["etc", "al"]
    )

    static let spanish = LanguageData(
        elisions: [],
        suffixClitics: [],
        abbreviations: commonAbbreviations.union(["sr", "sra", "srta", "sres", "dra", "lic", "ing", "av", "avda", "núm", "pág", "págs", "dña", "d", "ud", "uds", "ej", "aprox"]),
        sentenceFinalAbbreviations: ["etc", "al"]
    )

    static let italian = LanguageData(
        elisions: [
            "l", "d", "c", "s", "m", "t", "v", "n", "un", "dell", "all", "dall", "nell", "sull", "coll", "pell",
            "quell", "quest", "anch", "sant", "bell", "tutt", "senz", "com", "dov", "cos", "po",
        ],
        suffixClitics: [],
        abbreviations: commonAbbreviations.union(["sig", "sigg", "sig.ra", "dott", "dott.ssa", "ing", "avv", "on", "pag", "ecc", "es", "cfr", "d.lgs", "l"]),
        sentenceFinalAbbreviations: ["ecc", "etc", "al"]
    )

    static let german = LanguageData(
        elisions: [],
        suffixClitics: [],
        abbreviations: commonAbbreviations.union(["z.b", "bzw", "ca", "d.h", "u.a", "usw", "vgl", "abs", "hr", "fr", "nr", "str", "s"]),
        sentenceFinalAbbreviations: ["usw", "etc", "al"]
    )

    static let portuguese = LanguageData(
        elisions: ["d", "n"],
        suffixClitics: [],
        abbreviations: commonAbbreviations.union(["sr", "sra", "srs", "dr", "dra", "av", "pág", "núm", "ex", "aprox"]),
        sentenceFinalAbbreviations: ["etc", "al"]
    )

    /// Problems in the data: entries that are not lower-case, contain spaces, or carry an apostrophe where none belongs.
    public func validate() -> [String] {
        var problems: [String] = []
        for entry in elisions.sorted() where entry != entry.lowercased() || entry.contains("'") || entry.contains(" ") || entry.isEmpty {
            problems.append("elision '\(entry)' must be lower-case, non-empty, without apostrophe or space")
        }
        for entry in suffixClitics where entry != entry.lowercased() || !entry.contains("'") {
            problems.append("clitic '\(entry)' must be lower-case and contain an apostrophe")
        }
        for entry in abbreviations.union(sentenceFinalAbbreviations).sorted() where entry != entry.lowercased() || entry.hasSuffix(".") || entry.contains(" ") {
            problems.append("abbreviation '\(entry)' must be lower-case, without a final stop or space")
        }
        return problems
    }
}
