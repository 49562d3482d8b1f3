/// The Snowball stemmer for Spanish.
///
/// Follows https://snowballstem.org/algorithms/spanish/stemmer.html: attached pronouns,
/// standard suffixes, verb suffixes (those starting with *y* first), a residual vowel,
/// and finally the removal of acute accents.
///
/// - Complexity: O(n) for a word of n letters; the suffix tables have fixed size.
public struct SpanishStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var word = IberianSnowballWord(Array(word.unicodeScalars), isVowel: Self.isVowel)
        Self.removeAttachedPronoun(&word)
        if !Self.removeStandardSuffix(&word), !Self.removeYVerbSuffix(&word) {
            Self.removeVerbSuffix(&word)
        }
        Self.removeResidualSuffix(&word)
        return word.string(mapping: Self.withoutAcute)
    }

    // MARK: Letters

    /// The vowels of the Spanish algorithm; ñ and y are consonants.
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ü": true
        default: false
        }
    }

    /// Drops an acute accent, the algorithm's last step; ü and ñ stay.
    static func withoutAcute(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "á": "a"
        case "é": "e"
        case "í": "i"
        case "ó": "o"
        case "ú": "u"
        default: c
        }
    }

    private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    // MARK: Step 0: attached pronoun

    private static let pronouns = IberianSuffixTable<Void>([
        ("me se sela selo selas selos la le lo las les los nos", ()),
    ])

    private enum PronounHost: Sendable {
        /// An accented gerund or infinitive, whose accent only existed because of the pronoun.
        case accented(replacement: [Unicode.Scalar])
        case plain
        /// *yendo* counts only after *u* (*construyendo*), which may lie outside RV.
        case yendo
    }

    private static let pronounHosts = IberianSuffixTable<PronounHost>([
        ("iéndo", .accented(replacement: scalars("iendo"))),
        ("ándo", .accented(replacement: scalars("ando"))),
        ("ár", .accented(replacement: scalars("ar"))),
        ("ér", .accented(replacement: scalars("er"))),
        ("ír", .accented(replacement: scalars("ir"))),
        ("ando iendo ar er ir", .plain),
        ("yendo", .yendo),
    ])

    /// Removes an object pronoun, but only from a gerund or infinitive ending inside RV,
    /// since elsewhere *-la*, *-lo*, *-se*… are just the end of the word.
    private static func removeAttachedPronoun(_ word: inout IberianSnowballWord) {
        guard let pronoun = pronouns.longestMatch(in: word) else { return }
        var host = word
        host.removeLast(pronoun.length)
        guard let match = pronounHosts.longestMatch(in: host), host.count - match.length >= host.rv else { return }
        switch match.action {
        case .accented(let replacement):
            host.replaceLast(match.length, with: replacement)
        case .plain:
            break
        case .yendo:
            guard host.hasSuffix(["u"], before: match.length) else { return }
        }
        word = host
    }

    // MARK: Step 1: standard suffixes

    /// What follows the match of each group of step-1 suffixes.
    private enum StandardSuffix: Sendable {
        case plain
        /// Agent and action nouns, which may sit on an *-ic-* that goes too.
        case agent
        case logia
        case ucion
        case encia
        /// Checked against R1 rather than R2: adverbs in *-amente* have short stems.
        case amente
        case mente
        case idad
        case iva
    }

    private static let standardSuffixes = IberianSuffixTable<StandardSuffix>([
        ("anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas "
            + "oso osa osos osas amiento amientos imiento imientos", .plain),
        ("adora ador ación acion adoras adores aciones ante antes ancia ancias", .agent),
        ("logía logías", .logia),
        ("ución ucion uciones", .ucion),
        ("encia encias", .encia),
        ("amente", .amente),
        ("mente", .mente),
        ("idad idades", .idad),
        ("iva ivo ivas ivos", .iva),
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
        default:
            guard start >= word.r2 else { return false }
        }
        switch match.action {
        case .plain:
            word.removeLast(match.length)
        case .agent:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["ic"])
        case .logia:
            word.replaceLast(match.length, with: scalars("log"))
        case .ucion:
            word.replaceLast(match.length, with: ["u"])
        case .encia:
            word.replaceLast(match.length, with: scalars("ente"))
        case .amente:
            word.removeLast(match.length)
            word.removeAmenteResidue()
        case .mente:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["ante", "able", "ible"])
        case .idad:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["abil", "ic", "iv"])
        case .iva:
            word.removeLast(match.length)
            word.removeSuffixInR2(oneOf: ["at"])
        }
        return true
    }

    // MARK: Step 2a: verb suffixes beginning with y

    private static let yVerbSuffixes = IberianSuffixTable<Void>([
        ("ya ye yan yen yeron yendo yo yó yas yes yais yamos", ()),
    ])

    /// Removes a *y*-initial verb ending after *u* (*huya*, *construyeron*); the *u* may lie outside RV.
    ///
    /// - Returns: whether an ending was removed; if not, step 2b runs.
    private static func removeYVerbSuffix(_ word: inout IberianSnowballWord) -> Bool {
        guard let match = yVerbSuffixes.longestMatch(in: word, notBefore: word.rv),
              word.hasSuffix(["u"], before: match.length)
        else { return false }
        word.removeLast(match.length)
        return true
    }

    // MARK: Step 2b: other verb suffixes

    private enum VerbSuffix: Sendable {
        case plain
        /// After *gu* the *u* only kept the *g* hard before *e*, so it goes too.
        case afterGu
    }

    private static let verbSuffixes = IberianSuffixTable<VerbSuffix>([
        ("en es éis emos", .afterGu),
        ("arían arías arán arás aríais aría aréis aríamos aremos ará aré "
            + "erían erías erán erás eríais ería eréis eríamos eremos erá eré "
            + "irían irías irán irás iríais iría iréis iríamos iremos irá iré "
            + "aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran "
            + "asen iesen aron ieron ado ido ando iendo ió ar er ir as abas adas idas ías "
            + "aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis "
            + "isteis ados idos amos ábamos íamos imos áramos iéramos iésemos ásemos", .plain),
    ])

    /// Removes the longest verb ending lying wholly inside RV.
    private static func removeVerbSuffix(_ word: inout IberianSnowballWord) {
        guard let match = verbSuffixes.longestMatch(in: word, notBefore: word.rv) else { return }
        word.removeLast(match.length)
        if case .afterGu = match.action, word.hasSuffix(scalars("gu")) {
            word.removeLast(1)
        }
    }

    // MARK: Step 3: residual suffix

    private static let residualSuffixes = IberianSuffixTable<VerbSuffix>([
        ("os a o á í ó", .plain),
        ("e é", .afterGu),
    ])

    /// Removes a final vowel or *-os* in RV; after *gu*, the *u* of *-gue* goes only if it too is in RV.
    private static func removeResidualSuffix(_ word: inout IberianSnowballWord) {
        guard let match = residualSuffixes.longestMatch(in: word),
              word.count - match.length >= word.rv
        else { return }
        word.removeLast(match.length)
        if case .afterGu = match.action, word.hasSuffix(scalars("gu")), word.count - 1 >= word.rv {
            word.removeLast(1)
        }
    }
}
