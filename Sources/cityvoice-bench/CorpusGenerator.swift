/// A deterministic multilingual test corpus: English, French, Spanish and Italian prose in
/// the register of municipal declarations, with accents, elisions, hyphenated compounds,
/// numbers, list items and the occasional stance cue.
struct CorpusGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let vocabularies: [[String]] = [
        // English
        ["the", "city", "cities", "migrants", "refugees", "local", "authorities", "reception", "access", "services",
         "regardless", "of", "legal", "status", "we", "call", "for", "support", "reject", "detention", "not", "only",
         "but", "also", "human", "rights", "mobility", "multi-level", "governance", "resources", "funding", "council",
         "residents", "participation", "development", "opportunity", "contribution", "and", "to", "in", "a", "is",
         "city's", "don't", "safe", "orderly", "regular", "migration", "inclusion", "health", "education", "housing"],
        // French
        ["la", "ville", "les", "personnes", "migrantes", "l’accueil", "d’asile", "qu’il", "inconditionnel", "statut",
         "quel", "que", "soit", "leur", "nous", "demandons", "refusons", "la", "rétention", "ne", "pas", "sans-papiers",
         "co-construction", "collectivités", "territoriales", "moyens", "hospitalité", "dignité", "accès", "aux",
         "droits", "l'État", "mobilité", "citoyenneté", "participation", "enrichissement", "mutuel", "et", "des", "à",
         "été", "où", "ça", "français", "européenne", "sécurité", "d’hébergement", "l'éducation", "santé", "non", "seulement"],
        // Spanish
        ["la", "ciudad", "los", "migrantes", "acogida", "independientemente", "de", "su", "situación", "administrativa",
         "rechazamos", "detención", "no", "sólo", "sino", "también", "derechos", "humanos", "movilidad", "gobiernos",
         "locales", "recursos", "financiación", "participación", "interculturalidad", "aporte", "desarrollo", "y", "el",
         "en", "con", "niños", "año", "población", "migración", "inclusión", "comunas", "municipalidades", "señor"],
        // Italian
        ["la", "città", "i", "migranti", "dell’accoglienza", "all'Europa", "nell’ambito", "permesso", "di", "soggiorno",
         "abolizione", "cittadinanza", "residenza", "mobilità", "diritto", "non", "solo", "ma", "anche", "sicurezza",
         "respingiamo", "detenzione", "comuni", "risorse", "partecipazione", "sviluppo", "risorsa", "onere", "e", "il",
         "è", "più", "perché", "società", "umanità", "l'accoglienza", "persone", "dignità"],
    ]

    /// About `bytes` bytes of text.
    mutating func generate(bytes target: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(target + 1024)
        var item = 1
        while out.count < target {
            let language = Int(random.next() % 4)
            let words = Self.vocabularies[language]
            let sentences = 2 + Int(random.next() % 5)
            if random.next() % 4 == 0 {
                out.append(contentsOf: Array("\(item). ".utf8))
                item += 1
            }
            for _ in 0..<sentences {
                let length = 8 + Int(random.next() % 22)
                for index in 0..<length {
                    var word = words[Int(random.next() % UInt64(words.count))]
                    if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                    out.append(contentsOf: Array(word.utf8))
                    let roll = random.next() % 40
                    if index == length - 1 {
                        out.append(roll < 30 ? UInt8(ascii: ".") : roll < 36 ? UInt8(ascii: ";") : UInt8(ascii: "!"))
                        out.append(UInt8(ascii: " "))
                    } else if roll == 0 {
                        out.append(contentsOf: Array(", \(random.next() % 2030) ".utf8))
                    } else if roll == 1 {
                        out.append(contentsOf: Array(", ".utf8))
                    } else {
                        out.append(UInt8(ascii: " "))
                    }
                }
            }
            out.append(contentsOf: [0x0A, 0x0A])
        }
        return out
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
