/// The Snowball stemmer for Portuguese.
///
/// Follows https://snowballstem.org/algorithms/portuguese/stemmer.html: nasal vowels are
/// spelled *a~* and *o~* while stemming, then standard suffixes, verb suffixes, a residual
/// vowel and a residual *e* or *ç* are handled in turn.
///
/// - Complexity: O(n) for a word of n letters; the suffix tables have fixed size.
public struct PortugueseStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var word = IberianSnowballWord(Self.markingNasals(word), isVowel: Self.isVowel)
        if Self.removeStandardSuffix(&word) || Self.removeVerbSuffix(&word) {
            Self.removeIAfterC(&word)
        } else {
            Self.removeResidualSuffix(&word)
        }
        Self.removeResidualForm(&word)
        return Self.unmarkingNasals(word)
    }

    // MARK: Letters

    /// The vowels of the Portuguese algorithm; ã and õ never reach here, being split in two first.
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "â", "ê", "ô": true
        default: false
        }
    }

    /// Spells ã and õ as a vowel followed by `~`, so that the nasal counts as a consonant
    /// when regions are computed.
    private static func markingNasals(_ word: String) -> [Unicode.Scalar] {
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(word.unicodeScalars.count + 2)
        for c in word.unicodeScalars {
            switch c {
            case "ã": letters.append(contentsOf: ["a", "~"])
            case "õ": letters.append(contentsOf: ["o", "~"])
            default: letters.append(c)
            }
        }
        return letters
    }

    /// Undoes `markingNasals` on the stem.
    private static func unmarkingNasals(_ word: IberianSnowballWord) -> String {
        let letters = word.letters
        var view = String.UnicodeScalarView()
        var i = 0
        while i < letters.count {
            if i + 1 < letters.count, letters[i + 1] == "~", letters[i] == "a" || letters[i] == "o" {
                view.append(letters[i] == "a" ? "ã" : "õ")
                i += 2
            } else {
                view.append(letters[i])
                i += 1
            }
        }
        return String(view)
    }

    private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    // MARK: Step 1: standard suffixes

    /// What follows the match of each group of step-1 suffixes.
    private enum StandardSuffix: Sendable {
        case plain
        case logia
        case ucao
        case encia
        /// Checked against R1 rather than R2: adverbs in *-amente* have short stems.
        case amente
        case mente
        case idade
        case iva
        /// Only *-eira* loses it (to *-eir*), and only inside RV.
        case ira
    }

    private static let standardSuffixes = IberianSuffixTable<StandardSuffix>([
        ("eza ezas ico ica icos icas ismo ismos ável ível ista istas oso osa osos osas "
            + "amento amentos imento imentos adora ador aça~o adoras adores aço~es "
            + "ante antes ância", .plain),
        ("logia logias", .logia),
        ("uça~o uço~es", .ucao),
        ("ência ências", .encia),
        ("amente", .amente),
        ("mente", .mente),
        ("idade idades", .idade),
        ("iva ivo ivas ivos", .iva),
        ("ira iras", .ira),
    ])

    /// Handles the longest standard suffix; like Snowball's `among`, a longest match outside
    /// its region blocks any shorter one.
    ///
    /// - Returns: whether a suffix was removed or rewritten, which decides if step 2 runs.
    private static func removeStandardSuffix(_ word: inout IberianSnowballWord) -> Bool {
        guard let match = standardSuffixes.longestMatch(in: word) else { return false }
        let start = word.count - match.length
        switch match.action {
        case .amente:
            guard start >= word.r1 else { return false }
        case .ira:
            guard start >= word.rv, word.hasSuffix(["e"], before: match.length) else { return false }
        default:
            guard start >= word.r2 else { return false }
        }
        switch match.action {
        case .plain:
            word.removeLast(match.length)
        case .logia:
            word.replaceLast(match.length, with: scalars("log"))
        case .ucao:
            word.replaceLast(match.length, with: ["u"])
        case .encia:
            word.replaceLast(match.length, with: scalars("ente"))
        case .amente:
            word.removeLast(match.length)
            word.removeAmenteResidue()
        case .mente:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["ante", "avel", "ível"])
        case .idade:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["abil", "ic", "iv"])
        case .iva:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["at"])
        case .ira:
            word.replaceLast(match.length, with: scalars("ir"))
        }
        return true
    }

    // MARK: Step 2: verb suffixes

    private static let verbSuffixes = IberianSuffixTable<Void>([
        ("ada ida ia aria eria iria ará ara erá era irá ava asse esse isse aste este iste "
            + "ei arei erei irei am iam ariam eriam iriam aram eram iram avam em arem erem irem "
            + "assem essem issem ado ido ando endo indo ara~o era~o ira~o ar er ir as adas idas "
            + "ias arias erias irias arás aras erás eras irás avas es ardes erdes irdes ares "
            + "eres ires asses esses isses astes estes istes is ais eis íeis aríeis eríeis "
            + "iríeis áreis éreis íreis ásseis ésseis ísseis áveis ados idos ámos amos íamos "
            + "aríamos eríamos iríamos áramos éramos íramos ávamos emos aremos eremos iremos "
            + "ássemos êssemos íssemos imos armos ermos irmos eu iu ou ira iras", ()),
    ])

    /// Removes the longest verb ending lying wholly inside RV.
    ///
    /// - Returns: whether an ending was removed; if not, step 4 runs instead of step 3.
    private static func removeVerbSuffix(_ word: inout IberianSnowballWord) -> Bool {
        guard let match = verbSuffixes.longestMatch(in: word, notBefore: word.rv) else { return false }
        word.removeLast(match.length)
        return true
    }

    // MARK: Step 3

    /// After a suffix went, a final *i* after *c* is what remains of *-ci-* forms (*-ciar*).
    private static func removeIAfterC(_ word: inout IberianSnowballWord) {
        if word.hasSuffix(scalars("ci")), word.count - 1 >= word.rv {
            word.removeLast(1)
        }
    }

    // MARK: Step 4: residual suffix

    private static let residualSuffixes = IberianSuffixTable<Void>([
        ("os a i o á í ó", ()),
    ])

    /// Removes a final vowel or *-os* in RV, for words that no earlier step touched.
    private static func removeResidualSuffix(_ word: inout IberianSnowballWord) {
        guard let match = residualSuffixes.longestMatch(in: word),
              word.count - match.length >= word.rv
        else { return }
        word.removeLast(match.length)
    }

    // MARK: Step 5: residual form

    /// Removes a final *e* in RV, and turns a final *ç* into *c*, whatever the earlier steps did.
    private static func removeResidualForm(_ word: inout IberianSnowballWord) {
        switch word.last {
        case "e", "é", "ê":
            guard word.count - 1 >= word.rv else { return }
            word.removeLast(1)
            // The u of gu and the i of ci only served the following e.
            if word.hasSuffix(scalars("gu")) || word.hasSuffix(scalars("ci")), word.count - 1 >= word.rv {
                word.removeLast(1)
            }
        case "ç":
            word.replaceLast(1, with: ["c"])
        default:
            break
        }
    }
}
