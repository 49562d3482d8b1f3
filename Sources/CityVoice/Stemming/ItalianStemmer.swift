/// Stems Italian words with the Snowball Italian algorithm.
///
/// Follows <https://snowballstem.org/algorithms/italian/stemmer.html>: acute accents become grave,
/// u after q and u or i between vowels are marked as consonants, then the regions RV, R1 and R2,
/// the attached-pronoun step, the standard and verb suffixes, and the residual vowel step.
///
/// - Complexity: O(*n*) in the length of the word, times the (constant) size of the suffix lists.
public struct ItalianStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var word = SnowballWordFRIT(Self.markedLetters(Array(word.unicodeScalars)))
        Self.markRegions(&word)

        Self.attachedPronoun(&word)
        if !Self.standardSuffix(&word) {
            Self.verbSuffix(&word)
        }
        Self.residualVowel(&word)

        var view = String.UnicodeScalarView()
        view.append(contentsOf: word.letters.map { letter -> Unicode.Scalar in
            switch letter {
            case "I": "i"
            case "U": "u"
            default: letter
            }
        })
        return String(view)
    }

    // MARK: Letters

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "à", "è", "ì", "ò", "ù"]

    private static func isVowel(_ letter: Unicode.Scalar) -> Bool { vowels.contains(letter) }

    /// Writes acute accents as grave, and upper-cases the u of qu and u or i between vowels.
    ///
    /// Italian texts use both accents on final vowels (perché, perchè), so they are made one
    /// letter. The marks go left to right, so a marked letter is no longer a vowel for the next.
    private static func markedLetters(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var letters = input.map { letter -> Unicode.Scalar in
            switch letter {
            case "á": "à"
            case "é": "è"
            case "í": "ì"
            case "ó": "ò"
            case "ú": "ù"
            default: letter
            }
        }
        for index in letters.indices.dropFirst() where letters[index] == "u" && letters[index - 1] == "q" {
            letters[index] = "U"
        }
        var index = 1
        while index + 1 < letters.count {
            if isVowel(letters[index - 1]), isVowel(letters[index + 1]) {
                if letters[index] == "u" {
                    letters[index] = "U"
                } else if letters[index] == "i" {
                    letters[index] = "I"
                }
            }
            index += 1
        }
        return letters
    }

    // MARK: Regions

    /// RV depends on how the word starts: after the next vowel when the second letter is a
    /// consonant, after the next consonant when the word starts with two vowels, otherwise after
    /// the third letter. Words starting with divan take RV after it, so divano does not lose its
    /// "ano" as if it were a verb ending.
    private static func markRegions(_ word: inout SnowballWordFRIT) {
        let letters = word.letters
        let count = letters.count
        if word.has("divan", endingAt: 5) {
            word.rv = 5
        } else if count >= 2 {
            switch (isVowel(letters[0]), isVowel(letters[1])) {
            case (_, false):
                word.rv = word.offsetPast(from: 2, where: isVowel) ?? count
            case (true, true):
                word.rv = word.offsetPast(from: 2) { !isVowel($0) } ?? count
            case (false, true):
                word.rv = min(3, count)
            }
        }
        word.markR1R2(isVowel: isVowel)
    }

    // MARK: Step 0

    private static let pronouns = SuffixListFRIT([
        "ci", "gli", "la", "le", "li", "lo", "mi", "ne", "si", "ti", "vi",
        "sene", "gliela", "gliele", "glieli", "glielo", "gliene",
        "mela", "mele", "meli", "melo", "mene",
        "tela", "tele", "teli", "telo", "tene",
        "cela", "cele", "celi", "celo", "cene",
        "vela", "vele", "veli", "velo", "vene",
    ])

    private static let pronounHosts = SuffixListFRIT(["ando", "endo", "ar", "er", "ir"])

    /// Step 0: a pronoun attached to a gerund is dropped, one attached to a shortened
    /// infinitive gives back the infinitive's e (mangiarlo → mangiare).
    private static func attachedPronoun(_ word: inout SnowballWordFRIT) {
        guard let pronoun = pronouns.longestMatch(in: word) else { return }
        let start = word.count - pronoun.unicodeScalars.count
        var stem = word
        stem.truncate(at: start)
        guard let host = pronounHosts.longestMatch(in: stem),
              start - host.unicodeScalars.count >= word.rv else { return }
        if host == "ando" || host == "endo" {
            word.truncate(at: start)
        } else {
            word.replace(from: start, with: "e")
        }
    }

    // MARK: Step 1

    private static let standardSuffixes = SuffixListFRIT([
        "anza", "anze", "ico", "ici", "ica", "ice", "iche", "ichi", "ismo", "ismi", "abile", "abili",
        "ibile", "ibili", "ista", "iste", "isti", "istà", "istè", "istì", "oso", "osi", "osa", "ose",
        "mente", "atrice", "atrici", "ante", "anti",
        "azione", "azioni", "atore", "atori",
        "logia", "logie",
        "uzione", "uzioni", "usione", "usioni",
        "enza", "enze",
        "amento", "amenti", "imento", "imenti",
        "amente",
        "ità",
        "ivo", "ivi", "iva", "ive",
    ])

    /// Step 1; `true` when it removed or replaced a suffix, which rules out step 2.
    private static func standardSuffix(_ word: inout SnowballWordFRIT) -> Bool {
        guard let suffix = standardSuffixes.longestMatch(in: word) else { return false }
        let start = word.count - suffix.unicodeScalars.count
        switch suffix {
        case "azione", "azioni", "atore", "atori":
            guard start >= word.r2 else { return false }
            word.truncate(at: start)
            deleteInR2(&word, "ic")
        case "logia", "logie":
            guard start >= word.r2 else { return false }
            word.replace(from: start, with: "log")
        case "uzione", "uzioni", "usione", "usioni":
            guard start >= word.r2 else { return false }
            word.replace(from: start, with: "u")
        case "enza", "enze":
            guard start >= word.r2 else { return false }
            word.replace(from: start, with: "ente")
        case "amento", "amenti", "imento", "imenti":
            guard start >= word.rv else { return false }
            word.truncate(at: start)
        case "amente":
            guard start >= word.r1 else { return false }
            word.truncate(at: start)
            if word.hasSuffix("iv") {
                if deleteInR2(&word, "iv") { deleteInR2(&word, "at") }
            } else {
                _ = deleteInR2(&word, "os") || deleteInR2(&word, "ic") || deleteInR2(&word, "abil")
            }
        case "ità":
            guard start >= word.r2 else { return false }
            word.truncate(at: start)
            _ = deleteInR2(&word, "abil") || deleteInR2(&word, "ic") || deleteInR2(&word, "iv")
        case "ivo", "ivi", "iva", "ive":
            guard start >= word.r2 else { return false }
            word.truncate(at: start)
            if deleteInR2(&word, "at") { deleteInR2(&word, "ic") }
        default:
            guard start >= word.r2 else { return false }
            word.truncate(at: start)
        }
        return true
    }

    /// Deletes a final `piece` when it lies in R2; `true` when it did.
    @discardableResult
    private static func deleteInR2(_ word: inout SnowballWordFRIT, _ piece: String) -> Bool {
        let start = word.count - piece.unicodeScalars.count
        guard word.hasSuffix(piece), start >= word.r2 else { return false }
        word.truncate(at: start)
        return true
    }

    // MARK: Step 2

    private static let verbSuffixes = SuffixListFRIT([
        "ammo", "ando", "ano", "are", "arono", "asse", "assero", "assi", "assimo", "ata", "ate", "ati",
        "ato", "ava", "avamo", "avano", "avate", "avi", "avo", "emmo", "enda", "ende", "endi", "endo",
        "erà", "erai", "eranno", "ere", "erebbe", "erebbero", "erei", "eremmo", "eremo", "ereste",
        "eresti", "erete", "erò", "erono", "essero", "ete", "eva", "evamo", "evano", "evate", "evi",
        "evo", "iamo", "immo", "irà", "irai", "iranno", "ire", "irebbe", "irebbero", "irei",
        "iremmo", "iremo", "ireste", "iresti", "irete", "irò", "irono", "isca", "iscano", "isce",
        "isci", "isco", "iscono", "issero", "ita", "ite", "iti", "ito", "iva", "ivamo", "ivano",
        "ivate", "ivi", "ivo", "ono", "uta", "ute", "uti", "uto", "ar", "ir",
    ])

    /// Step 2: verb endings inside RV.
    private static func verbSuffix(_ word: inout SnowballWordFRIT) {
        guard let suffix = verbSuffixes.longestMatch(in: word, notBefore: word.rv) else { return }
        word.truncate(at: word.count - suffix.unicodeScalars.count)
    }

    // MARK: Step 3

    /// Step 3a drops a final vowel (and an i before it) in RV; step 3b turns a final ch or gh
    /// in RV back into c or g, since the h only served to keep the consonant hard before e or i.
    private static func residualVowel(_ word: inout SnowballWordFRIT) {
        let finalVowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "à", "è", "ì", "ò"]
        if let last = word.last, finalVowels.contains(last), word.count - 1 >= word.rv {
            word.truncate(at: word.count - 1)
            if word.last == "i", word.count - 1 >= word.rv {
                word.truncate(at: word.count - 1)
            }
        }
        if (word.hasSuffix("ch") || word.hasSuffix("gh")), word.count - 2 >= word.rv {
            word.truncate(at: word.count - 1)
        }
    }
}
