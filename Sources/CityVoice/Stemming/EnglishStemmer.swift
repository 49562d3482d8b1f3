/// The Snowball English ("Porter2") stemmer.
///
/// Follows https://snowballstem.org/algorithms/english/stemmer.html and reproduces the
/// Snowball project's English vocabulary (data of May 2026) exactly. Where that data goes
/// beyond the published description, the rule inferred from it is marked as such.
///
/// - Complexity: O(n) in the word's length.
public struct EnglishStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        if let exception = Self.exceptionalForms[word] { return exception }
        var word = SnowballWordEnDe(word)
        guard word.count > 2 else { return word.string }

        Self.prelude(&word)
        let r1 = Self.r1Start(word)
        let r2 = word.regionStart(from: r1, isVowel: Self.isVowel)
        let regions = Regions(r1: r1, r2: r2)

        Self.step0(&word)
        Self.step1a(&word)
        if !Self.invariantAfterStep1a.contains(word.string) {
            Self.step1b(&word, regions)
            Self.step1c(&word)
            Self.step2(&word, regions)
            Self.step3(&word, regions)
            Self.step4(&word, regions)
            Self.step5(&word, regions)
        }
        for index in word.letters.indices where word.letters[index] == "Y" {
            word.letters[index] = "y"
        }
        return word.string
    }

    /// Where R1 and R2 begin, fixed before any suffix is removed: a suffix is in a region
    /// when it starts at or after that position.
    struct Regions {
        let r1: Int
        let r2: Int

        func inR1(_ word: SnowballWordEnDe, suffixLength: Int) -> Bool {
            word.count - suffixLength >= r1
        }

        func inR2(_ word: SnowballWordEnDe, suffixLength: Int) -> Bool {
            word.count - suffixLength >= r2
        }
    }

    // MARK: - Letters

    static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }

    /// Whether `index` holds a letter that is not a vowel (a marked `Y` counts as one).
    static func isConsonant(_ word: SnowballWordEnDe, at index: Int) -> Bool {
        guard let letter = word[safe: index] else { return false }
        return !isVowel(letter)
    }

    /// Whether the letters before `end` form a short syllable: consonant–vowel–consonant
    /// with the last not w, x or Y, or a vowel–consonant pair opening the word.
    static func endsWithShortSyllable(_ word: SnowballWordEnDe, before end: Int) -> Bool {
        guard end >= 2, let last = word[safe: end - 1], let middle = word[safe: end - 2] else {
            return false
        }
        guard !isVowel(last), isVowel(middle) else { return false }
        if end == 2 { return true }
        return isConsonant(word, at: end - 3) && last != "w" && last != "x" && last != "Y"
    }

    /// A short word ends in a short syllable and has an empty R1.
    static func isShort(_ word: SnowballWordEnDe, r1: Int) -> Bool {
        r1 >= word.count && endsWithShortSyllable(word, before: word.count)
    }

    // MARK: - Preparation

    /// Words stemmed by look-up, because the rules would mangle them. The "paste" forms
    /// are inferred from the data, which keeps them apart from "past".
    static let exceptionalForms: [String: String] = [
        "skis": "ski", "skies": "sky",
        "paste": "paste", "pastes": "paste", "pasted": "paste", "pasting": "paste",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]

    /// Words left alone once step 1a has run, since later steps would wrongly strip them
    /// ("evening" is inferred from the data).
    static let invariantAfterStep1a: Set<String> = [
        "inning", "outing", "canning", "herring", "earring",
        "proceed", "exceed", "succeed", "evening",
    ]

    /// Prefixes after which R1 starts even though the usual rule would put it earlier,
    /// so that e.g. "generous" and "general" stay apart ("inter" is inferred from the data:
    /// it keeps "internal" and "interval" whole).
    static let r1Prefixes: [[Unicode.Scalar]] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
    ].map { Array($0.unicodeScalars) }

    /// Drops a leading apostrophe and marks consonantal y as `Y`, which is not a vowel.
    static func prelude(_ word: inout SnowballWordEnDe) {
        if word.letters.first == "'" { word.letters.removeFirst() }
        for index in word.letters.indices where word.letters[index] == "y" {
            if index == 0 || isVowel(word.letters[index - 1]) { word.letters[index] = "Y" }
        }
    }

    static func r1Start(_ word: SnowballWordEnDe) -> Int {
        // No prefix in the list begins another, so the first match is the only one.
        for prefix in r1Prefixes where word.letters.starts(with: prefix) {
            return prefix.count
        }
        return word.regionStart(from: 0, isVowel: isVowel)
    }

    // MARK: - Steps

    static let step0Suffixes = SnowballWordEnDe.SuffixSet(["'", "'s", "'s'"])

    static func step0(_ word: inout SnowballWordEnDe) {
        if let suffix = word.longestSuffix(in: step0Suffixes) {
            word.replaceSuffix(length: suffix.unicodeScalars.count)
        }
    }

    static let step1aSuffixes = SnowballWordEnDe.SuffixSet(["sses", "ied", "ies", "s", "ss", "us"])

    static func step1a(_ word: inout SnowballWordEnDe) {
        guard let suffix = word.longestSuffix(in: step1aSuffixes) else { return }
        switch suffix {
        case "sses":
            word.replaceSuffix(length: 2)
        case "ied", "ies":
            // "ties" becomes "tie" but "cries" becomes "cri".
            word.replaceSuffix(length: 3, with: word.count > 4 ? "i" : "ie")
        case "s":
            // The vowel must come before the letter preceding the s: "gas", "this" stay.
            if word.letters[..<max(0, word.count - 2)].contains(where: isVowel) {
                word.replaceSuffix(length: 1)
            }
        default:
            break
        }
    }

    static let step1bSuffixes = SnowballWordEnDe.SuffixSet(["eed", "eedly", "ed", "edly", "ing", "ingly"])
    static let doubles = SnowballWordEnDe.SuffixSet(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"])

    static func step1b(_ word: inout SnowballWordEnDe, _ regions: Regions) {
        guard let suffix = word.longestSuffix(in: step1bSuffixes) else { return }
        let length = suffix.unicodeScalars.count
        switch suffix {
        case "eed", "eedly":
            if regions.inR1(word, suffixLength: length) {
                word.replaceSuffix(length: length, with: "ee")
            }
        default:
            guard word.letters[..<(word.count - length)].contains(where: isVowel) else { return }
            word.replaceSuffix(length: length)
            repairStem(&word, removed: suffix, r1: regions.r1)
        }
    }

    /// Mends the end of a stem whose -ed or -ing has just been removed, so that e.g.
    /// "hoped" and "hope" or "hopped" and "hop" meet.
    static func repairStem(_ word: inout SnowballWordEnDe, removed suffix: String, r1: Int) {
        if suffix == "ing", word.count == 2, isConsonant(word, at: 0), word.letters[1] == "y" {
            // "dying", "vying": the verb ends in -ie, which -ing turned into y. This generalises
            // the former exceptional forms dying, lying and tying ("hying" is in the data).
            word.replaceSuffix(length: 1, with: "ie")
        } else if word.hasSuffix("at") || word.hasSuffix("bl") || word.hasSuffix("iz") {
            word.replaceSuffix(length: 0, with: "e")
        } else if word.longestSuffix(in: doubles) != nil {
            // A vowel plus a double consonant is a whole stem ("added", "erring"): keep it
            // (inferred from the data).
            if !(word.count == 3 && isVowel(word.letters[0])) { word.replaceSuffix(length: 1) }
        } else if isShort(word, r1: r1) {
            word.replaceSuffix(length: 0, with: "e")
        }
    }

    static func step1c(_ word: inout SnowballWordEnDe) {
        guard let last = word.letters.last, last == "y" || last == "Y" else { return }
        let before = word.count - 2
        if before > 0, isConsonant(word, at: before) {
            word.letters[word.count - 1] = "i"
        }
    }

    static let step2Suffixes = SnowballWordEnDe.SuffixSet([
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator",
        "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti",
        "bli", "ogi", "ogist", "fulli", "lessli", "li",
    ])

    /// Letters after which a final "li" is a suffix rather than part of the stem.
    static func isValidLiEnding(_ letter: Unicode.Scalar?) -> Bool {
        guard let letter else { return false }
        return "cdeghkmnrt".unicodeScalars.contains(letter)
    }

    static func step2(_ word: inout SnowballWordEnDe, _ regions: Regions) {
        guard let suffix = word.longestSuffix(in: step2Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard regions.inR1(word, suffixLength: length) else { return }
        let replacement: String
        switch suffix {
        case "tional": replacement = "tion"
        case "enci": replacement = "ence"
        case "anci": replacement = "ance"
        case "abli": replacement = "able"
        case "entli": replacement = "ent"
        case "izer", "ization": replacement = "ize"
        case "ational", "ation", "ator": replacement = "ate"
        case "alism", "aliti", "alli": replacement = "al"
        case "fulness": replacement = "ful"
        case "ousli", "ousness": replacement = "ous"
        case "iveness", "iviti": replacement = "ive"
        case "biliti", "bli": replacement = "ble"
        case "ogi", "ogist": // -ogist is inferred from the data: "geologist" meets "geology".
            guard word[safe: word.count - length - 1] == "l" else { return }
            replacement = "og"
        case "fulli": replacement = "ful"
        case "lessli": replacement = "less"
        default: // "li"
            guard isValidLiEnding(word[safe: word.count - 3]) else { return }
            replacement = ""
        }
        word.replaceSuffix(length: length, with: replacement)
    }

    static let step3Suffixes = SnowballWordEnDe.SuffixSet([
        "tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative",
    ])

    static func step3(_ word: inout SnowballWordEnDe, _ regions: Regions) {
        guard let suffix = word.longestSuffix(in: step3Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard regions.inR1(word, suffixLength: length) else { return }
        switch suffix {
        case "tional": word.replaceSuffix(length: length, with: "tion")
        case "ational": word.replaceSuffix(length: length, with: "ate")
        case "alize": word.replaceSuffix(length: length, with: "al")
        case "icate", "iciti", "ical": word.replaceSuffix(length: length, with: "ic")
        case "ful", "ness": word.replaceSuffix(length: length)
        default: // "ative"
            if regions.inR2(word, suffixLength: length) { word.replaceSuffix(length: length) }
        }
    }

    static let step4Suffixes = SnowballWordEnDe.SuffixSet([
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ism", "ate", "iti", "ous", "ive", "ize", "ion",
    ])

    static func step4(_ word: inout SnowballWordEnDe, _ regions: Regions) {
        guard let suffix = word.longestSuffix(in: step4Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard regions.inR2(word, suffixLength: length) else { return }
        if suffix == "ion" {
            let before = word[safe: word.count - 4]
            guard before == "s" || before == "t" else { return }
        }
        word.replaceSuffix(length: length)
    }

    static func step5(_ word: inout SnowballWordEnDe, _ regions: Regions) {
        switch word.letters.last {
        case "e":
            if regions.inR2(word, suffixLength: 1)
                || (regions.inR1(word, suffixLength: 1)
                    && !endsWithShortSyllable(word, before: word.count - 1)) {
                word.replaceSuffix(length: 1)
            }
        case "l":
            if regions.inR2(word, suffixLength: 1), word[safe: word.count - 2] == "l" {
                word.replaceSuffix(length: 1)
            }
        default:
            break
        }
    }
}
