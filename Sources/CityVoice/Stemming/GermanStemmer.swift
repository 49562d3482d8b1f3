/// The Snowball German stemmer.
///
/// Follows https://snowballstem.org/algorithms/german/stemmer.html and reproduces the
/// Snowball project's German vocabulary (data of May 2026) exactly. That data reads ae, oe
/// and ue as umlauts (the former "german2" variant) and removes -erin(nen), -et and the n of
/// -ln; where the exact conditions are inferred from the data, that is said.
///
/// - Complexity: O(n) in the word's length.
public struct GermanStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var word = SnowballWordEnDe(word)
        Self.prelude(&word)
        let (r1, r2) = Self.regions(word)
        Self.step1(&word, r1: r1)
        Self.step2(&word, r1: r1)
        Self.step3(&word, r1: r1, r2: r2)
        Self.postlude(&word)
        return word.string
    }

    // MARK: - Letters

    static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y", "ä", "ö", "ü": true
        default: false
        }
    }

    /// Letters that may stand before a plural or genitive -s.
    static func isSEnding(_ letter: Unicode.Scalar?) -> Bool {
        guard let letter else { return false }
        return "bdfghklmnrt".unicodeScalars.contains(letter)
    }

    /// Letters that may stand before a superlative -st: the s-endings except r.
    static func isSTEnding(_ letter: Unicode.Scalar?) -> Bool {
        letter != "r" && isSEnding(letter)
    }

    // MARK: - Preparation

    /// Marks u and y between vowels as consonants (`U`, `Y`), then spells out ß and reads
    /// ae, oe and ue as umlauts. The marking comes first so that "feuer" keeps its "ue".
    static func prelude(_ word: inout SnowballWordEnDe) {
        var letters = word.letters
        if letters.count >= 3 {
            // Left to right, so a letter marked just before counts as a consonant.
            for index in 1..<(letters.count - 1)
            where isVowel(letters[index - 1]) && isVowel(letters[index + 1]) {
                switch letters[index] {
                case "u": letters[index] = "U"
                case "y": letters[index] = "Y"
                default: break
                }
            }
        }

        var result: [Unicode.Scalar] = []
        result.reserveCapacity(letters.count + 2)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            switch (letter, next) {
            case ("ß", _):
                result.append(contentsOf: ["s", "s"])
                index += 1
            case ("a", "e"), ("o", "e"), ("u", "e"):
                result.append(letter == "a" ? "ä" : letter == "o" ? "ö" : "ü")
                index += 2
            case ("q", "u"):
                // The u of qu is never part of an umlaut: "quelle" keeps its e.
                result.append(contentsOf: ["q", "u"])
                index += 2
            default:
                result.append(letter)
                index += 1
            }
        }
        word.letters = result
    }

    /// R1 and R2, with R1 moved so that at least three letters precede it; R2 is still
    /// measured from where R1 would have begun.
    static func regions(_ word: SnowballWordEnDe) -> (r1: Int, r2: Int) {
        guard word.count >= 3 else { return (word.count, word.count) }
        let standardR1 = word.regionStart(from: 0, isVowel: isVowel)
        let r2 = standardR1 < word.count ? word.regionStart(from: standardR1, isVowel: isVowel) : word.count
        return (max(standardR1, 3), r2)
    }

    // MARK: - Steps

    static let step1Suffixes = SnowballWordEnDe.SuffixSet([
        "em", "ern", "er", "erin", "erinnen", "e", "en", "es", "s", "ln", "lns",
    ])

    static func step1(_ word: inout SnowballWordEnDe, r1: Int) {
        guard let suffix = word.longestSuffix(in: step1Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard word.count - length >= r1 else { return }
        switch suffix {
        case "em":
            // "system" is a whole word, not "syst" plus a dative ending.
            if !word.hasSuffix("system") { word.replaceSuffix(length: length) }
        case "ern", "er", "erin", "erinnen":
            // The feminine -erin(nen) goes whole, so "lehrerinnen" meets "lehrer".
            word.replaceSuffix(length: length)
        case "ln", "lns":
            // The n of infinitives in -eln ("lächeln", genitive "rasselns") goes and the l of
            // the stem stays; inferred from the data, as is requiring all of it in R1.
            word.replaceSuffix(length: length, with: "l")
        case "e", "en", "es":
            word.replaceSuffix(length: length)
            // "bedürfnisse" loses its ending and then the doubled s of the plural.
            if word.hasSuffix("niss") { word.replaceSuffix(length: 1) }
        default: // "s"
            if isSEnding(word[safe: word.count - 2]) { word.replaceSuffix(length: 1) }
        }
    }

    static let step2Suffixes = SnowballWordEnDe.SuffixSet(["en", "er", "est", "st", "et"])

    /// Letters after which a final -et is a verb ending ("arbeitet", "regnet", "säet"), as
    /// the data shows; after b, h or p ("lobet", "gehet") it stays.
    static func isETEnding(_ letter: Unicode.Scalar?) -> Bool {
        guard let letter else { return false }
        return "dfgklmnrstzUä".unicodeScalars.contains(letter)
    }

    /// Endings whose -et belongs to the stem although the letter before it would allow
    /// removal ("tret" is the stem of "treten"); "geordnet" is kept whole so that
    /// "Abgeordnete" does not meet "ordnen". Inferred from the data.
    static let etKeepingEndings = ["geordnet", "internet", "planet", "ticket", "tret"]

    static func step2(_ word: inout SnowballWordEnDe, r1: Int) {
        guard let suffix = word.longestSuffix(in: step2Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard word.count - length >= r1 else { return }
        if suffix == "st" {
            // The letter before -st must itself follow at least three letters.
            guard isSTEnding(word[safe: word.count - 3]), word.count - 3 >= 3 else { return }
        } else if suffix == "et" {
            guard isETEnding(word[safe: word.count - 3]),
                  !etKeepingEndings.contains(where: word.hasSuffix) else { return }
        }
        word.replaceSuffix(length: length)
    }

    static let step3Suffixes = SnowballWordEnDe.SuffixSet([
        "end", "ung", "ig", "ik", "isch", "lich", "heit", "keit",
    ])

    static func step3(_ word: inout SnowballWordEnDe, r1: Int, r2: Int) {
        guard let suffix = word.longestSuffix(in: step3Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        guard word.count - length >= r2 else { return }
        switch suffix {
        case "end", "ung":
            word.replaceSuffix(length: length)
            removeIg(&word, r2: r2)
        case "ig", "ik", "isch":
            if word[safe: word.count - length - 1] != "e" { word.replaceSuffix(length: length) }
        case "lich", "heit":
            word.replaceSuffix(length: length)
            if (word.hasSuffix("er") || word.hasSuffix("en")) && word.count - 2 >= r1 {
                word.replaceSuffix(length: 2)
            }
        default: // "keit"
            word.replaceSuffix(length: length)
            if word.hasSuffix("lich"), word.count - 4 >= r2 {
                word.replaceSuffix(length: 4)
            } else if word.hasSuffix("ig"), word.count - 2 >= r2 {
                word.replaceSuffix(length: 2)
            }
        }
    }

    /// Drops an -ig left in R2 before a removed -end or -ung, unless an e precedes it.
    static func removeIg(_ word: inout SnowballWordEnDe, r2: Int) {
        guard word.hasSuffix("ig"), word[safe: word.count - 3] != "e", word.count - 2 >= r2 else { return }
        word.replaceSuffix(length: 2)
    }

    /// Undoes the prelude's marks and drops the umlauts.
    static func postlude(_ word: inout SnowballWordEnDe) {
        for index in word.letters.indices {
            switch word.letters[index] {
            case "U", "ü": word.letters[index] = "u"
            case "Y": word.letters[index] = "y"
            case "ä": word.letters[index] = "a"
            case "ö": word.letters[index] = "o"
            default: break
            }
        }
    }
}
