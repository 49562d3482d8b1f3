import Foundation

/// Turns word forms into the forms CityVoice matches on.
///
/// Two levels exist. ``fold(_:)`` gives the *matching form*: canonical composition (NFC),
/// full Unicode case folding and unified typographic apostrophes and hyphens. It keeps
/// accents, so French "élève" and "élevé" stay apart. ``foldAccents(_:)`` goes one step
/// further for accent-insensitive matching ("Ecole" and "École").
///
/// Both are meant to run once per distinct surface form (callers cache the result), so they
/// favour exactness over speed, except for the pure-ASCII fast path that most words take.
///
/// Case folding is done here rather than by Foundation. On Linux,
/// `String.folding(options: .caseInsensitive, locale: nil)` folds ß, ligatures and final
/// sigma but uses old Unicode tables (Cyrillic U+1C80…U+1C88, Cherokee and Unicode 16
/// letters are wrong) and does not keep NFC; `lowercased()` is no case folding at all
/// (ß, ﬁ and ς stay). The folding below uses the standard library's Unicode properties
/// plus the table of full case foldings that differ from the lowercase mapping.
///
/// Normalization (NFD, NFC) does come from Foundation, with two guards for its Linux
/// implementation: combining marks are put back in canonical order with the standard
/// library's combining classes (see ``decomposed(_:)``), and every composition is checked
/// for canonical equivalence (see ``composed(_:)``). One limit remains: Foundation's tables
/// predate Unicode 16, so the decompositions that version added (Todhri, Tulu-Tigalari,
/// Gurung Khema, Kirat Rai) are not applied, and the precomposed and decomposed spellings of
/// those letters fold differently. Latin, Greek and Cyrillic are not affected.
public enum Normalizer {
    /// The matching form of a word.
    ///
    /// Steps, in order:
    /// 1. Canonical decomposition (NFD), so canonically equivalent inputs (é as U+00E9 or as
    ///    e + U+0301) take the same path and give the same result.
    /// 2. Full Unicode case folding (CaseFolding.txt status C and F): "ÉTAT" → "état",
    ///    "Straße" → "strasse", "ﬁ" → "fi", "ΣΟΦΟΣ" and "σοφος" → "σοφοσ".
    ///    Capital I with dot above (İ) folds to plain "i", as in the Turkic mapping, instead
    ///    of "i" + U+0307, so "İstanbul" matches "istanbul"; dotless ı is kept.
    /// 3. Typographic apostrophes (U+2019, U+02BC, U+2018, U+FF07 and the acute accent
    ///    U+00B4 typed as an apostrophe) become ASCII "'"; soft hyphens (U+00AD) are removed;
    ///    the non-breaking hyphen (U+2011) becomes "-".
    /// 4. Canonical composition (NFC).
    ///
    /// A word made only of ASCII bytes takes a fast path that lower-cases the bytes
    /// directly; it gives the same result as the full path.
    ///
    /// - Parameter word: any word form.
    /// - Returns: the folded word in NFC; empty for an empty word.
    /// - Complexity: O(*n*) in the length of `word`; no allocation for an ASCII word that is
    ///   already lower-case.
    public static func fold(_ word: String) -> String {
        if let ascii = asciiLowercased(word) { return ascii }
        return foldUnicode(word)
    }

    /// The accent-insensitive form of a folded word.
    ///
    /// Decomposes canonically, removes every combining mark with a non-zero canonical
    /// combining class (é → e, ñ → n, ç → c, ü → u, and likewise Greek tonos or Cyrillic
    /// breve), maps letters that carry their "accent" in their shape rather than as a mark
    /// (ø → o, æ → ae, œ → oe, ł → l, đ → d, ß → ss and a few more, see ``letterFoldings``),
    /// and recomposes (NFC). Marks with a zero combining class, such as the vowel signs of
    /// Indic scripts, are kept because they are letters rather than accents.
    ///
    /// - Parameter folded: a word as returned by ``fold(_:)``. Other input works too, but
    ///   its case is kept.
    /// - Returns: the word without accents, in NFC.
    /// - Complexity: O(*n*) in the length of `folded`; an ASCII word is returned unchanged.
    public static func foldAccents(_ folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(folded.unicodeScalars.count)
        for scalar in decomposed(folded) {
            if combiningClass(scalar) != 0 { continue }
            if let replacement = letterFoldings[scalar] {
                output.append(contentsOf: replacement.unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return composed(output)
    }

    // MARK: - Case folding

    /// Lower-cases an all-ASCII word byte by byte; `nil` when the word has a non-ASCII byte.
    ///
    /// - Complexity: O(*n*); returns `word` itself when it has no upper-case letter.
    static func asciiLowercased(_ word: String) -> String? {
        var hasUpper = false
        for byte in word.utf8 {
            if byte >= 0x80 { return nil }
            if byte &- 0x41 < 26 { hasUpper = true }
        }
        if !hasUpper { return word }
        let bytes = word.utf8
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var index = 0
            for byte in bytes {
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }

    /// The full path of ``fold(_:)`` for words with non-ASCII characters.
    ///
    /// - Complexity: O(*n*) scalar operations plus two Foundation normalization passes.
    static func foldUnicode(_ word: String) -> String {
        let decomposed = decomposed(word)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(decomposed.count + 4)
        var skipped: Int? = nil   // index of a U+0307 swallowed by a preceding capital I
        for (index, scalar) in decomposed.enumerated() {
            if index == skipped { continue }
            if scalar == "I" {
                skipped = dotAboveAfterCapitalI(in: decomposed, after: index)
                output.append("i")
                continue
            }
            appendFolded(scalar, to: &output)
        }
        return composed(output)
    }

    /// Where the U+0307 that makes a capital I into İ sits after position `index`, if any.
    ///
    /// Follows SpecialCasing's After_I condition: the dot belongs to the I when only marks of
    /// a combining class other than 0 and 230 stand between them (canonical order puts marks
    /// below before it).
    static func dotAboveAfterCapitalI(in scalars: [Unicode.Scalar], after index: Int) -> Int? {
        var next = index + 1
        while next < scalars.count {
            let scalar = scalars[next]
            if scalar == "\u{0307}" { return next }
            let markClass = combiningClass(scalar)
            if markClass == 0 || markClass == 230 { return nil }
            next += 1
        }
        return nil
    }

    /// Appends the case folding of one scalar, with apostrophes and hyphens unified.
    static func appendFolded(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0x80 {
            output.append(value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value) | 0x20) : scalar)
            return
        }
        if value == 0x00AD { return }   // SOFT HYPHEN: only a hint where a line may break
        if let replacement = punctuationFoldings[value] {
            output.append(replacement)
            return
        }
        if let special = specialCaseFolding(value) {
            for target in special {
                let folded = Unicode.Scalar(target)!
                output.append(punctuationFoldings[target] ?? folded)
            }
            return
        }
        let properties = scalar.properties
        if properties.changesWhenCaseFolded {
            output.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
        } else {
            output.append(scalar)
        }
    }

    /// Punctuation unified for matching: apostrophe look-alikes to "'", the non-breaking
    /// hyphen to "-". (The soft hyphen, removed, is handled in ``appendFolded(_:to:)``.)
    static let punctuationFoldings: [UInt32: Unicode.Scalar] = [
        0x2019: "'",    // RIGHT SINGLE QUOTATION MARK, the usual typographic apostrophe
        0x02BC: "'",    // MODIFIER LETTER APOSTROPHE
        0x2018: "'",    // LEFT SINGLE QUOTATION MARK, a frequent wrong apostrophe
        0xFF07: "'",    // FULLWIDTH APOSTROPHE
        0x00B4: "'",    // ACUTE ACCENT typed instead of an apostrophe
        0x2011: "-",    // NON-BREAKING HYPHEN
    ]

    /// The full case folding of a scalar where it differs from the scalar's full lowercase
    /// mapping, for scalars that have no canonical decomposition; `nil` elsewhere.
    ///
    /// Source: the Unicode Character Database, CaseFolding-16.0.0.txt, status C and F
    /// entries (Unicode License v3, see Tests/CityVoiceTests/Fixtures/unicode/LICENSE.txt),
    /// as found in unicode-org/icu `icu4c/source/data/unidata/CaseFolding.txt`. Entries whose
    /// folding follows from the canonical decomposition plus the lowercase mapping (ǰ, ΐ,
    /// the Greek letters with ypogegrammeni, ẛ and the like) are left out because ``fold(_:)``
    /// decomposes first. The whole table was checked code point by code point against the
    /// toolchain's ICU full case folding.
    static func specialCaseFolding(_ value: UInt32) -> [UInt32]? {
        switch value {
        case 0xAB70...0xABBF: return [value - 0x97D0]   // Cherokee small letters fold to capitals
        case 0x13F8...0x13FD: return [value - 8]        // Cherokee small ye…mv
        default: return caseFoldingExceptions[value]
        }
    }

    /// The single-scalar exceptions used by ``specialCaseFolding(_:)``.
    static let caseFoldingExceptions: [UInt32: [UInt32]] = [
        0x00B5: [0x03BC],           // MICRO SIGN → μ
        0x00DF: [0x0073, 0x0073],   // ß → ss
        0x0149: [0x02BC, 0x006E],   // ŉ → ʼn
        0x017F: [0x0073],           // ſ → s
        0x0345: [0x03B9],           // COMBINING GREEK YPOGEGRAMMENI → ι
        0x03C2: [0x03C3],           // ς → σ
        0x03D0: [0x03B2],           // ϐ → β
        0x03D1: [0x03B8],           // ϑ → θ
        0x03D5: [0x03C6],           // ϕ → φ
        0x03D6: [0x03C0],           // ϖ → π
        0x03F0: [0x03BA],           // ϰ → κ
        0x03F1: [0x03C1],           // ϱ → ρ
        0x03F5: [0x03B5],           // ϵ → ε
        0x0587: [0x0565, 0x0582],   // ARMENIAN SMALL LIGATURE ECH YIWN
        0x1C80: [0x0432],           // CYRILLIC SMALL LETTER ROUNDED VE
        0x1C81: [0x0434],           // CYRILLIC SMALL LETTER LONG-LEGGED DE
        0x1C82: [0x043E],           // CYRILLIC SMALL LETTER NARROW O
        0x1C83: [0x0441],           // CYRILLIC SMALL LETTER WIDE ES
        0x1C84: [0x0442],           // CYRILLIC SMALL LETTER TALL TE
        0x1C85: [0x0442],           // CYRILLIC SMALL LETTER THREE-LEGGED TE
        0x1C86: [0x044A],           // CYRILLIC SMALL LETTER TALL HARD SIGN
        0x1C87: [0x0463],           // CYRILLIC SMALL LETTER TALL YAT
        0x1C88: [0xA64B],           // CYRILLIC SMALL LETTER UNBLENDED UK
        0x1E9A: [0x0061, 0x02BE],   // ẚ → aʾ
        0x1E9E: [0x0073, 0x0073],   // ẞ → ss
        0xFB00: [0x0066, 0x0066],   // ﬀ
        0xFB01: [0x0066, 0x0069],   // ﬁ
        0xFB02: [0x0066, 0x006C],   // ﬂ
        0xFB03: [0x0066, 0x0066, 0x0069],  // ﬃ
        0xFB04: [0x0066, 0x0066, 0x006C],  // ﬄ
        0xFB05: [0x0073, 0x0074],   // ﬅ
        0xFB06: [0x0073, 0x0074],   // ﬆ
        0xFB13: [0x0574, 0x0576],   // ARMENIAN SMALL LIGATURE MEN NOW
        0xFB14: [0x0574, 0x0565],   // ARMENIAN SMALL LIGATURE MEN ECH
        0xFB15: [0x0574, 0x056B],   // ARMENIAN SMALL LIGATURE MEN INI
        0xFB16: [0x057E, 0x0576],   // ARMENIAN SMALL LIGATURE VEW NOW
        0xFB17: [0x0574, 0x056D],   // ARMENIAN SMALL LIGATURE MEN XEH
    ]

    // MARK: - Accent folding

    /// Letters whose diacritic is part of the letter's shape and so has no canonical
    /// decomposition, mapped to their plain Latin spelling for accent-insensitive matching.
    static let letterFoldings: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "O",
        "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE",
        "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D",
        "ð": "d", "Ð": "D",
        "þ": "th", "Þ": "TH",
        "ß": "ss", "ẞ": "SS",
        "ħ": "h", "Ħ": "H",
        "ı": "i",
        "ŀ": "l", "Ŀ": "L",
        "ŧ": "t", "Ŧ": "T",
        "ƀ": "b", "Ƀ": "B",
        "ǥ": "g", "Ǥ": "G",
        "ɨ": "i", "Ɨ": "I",
        "ƶ": "z", "Ƶ": "Z",
        "ĳ": "ij", "Ĳ": "IJ",
    ]

    // MARK: - Normalization

    /// The canonical decomposition (NFD) of a string, as scalars.
    ///
    /// Uses Foundation's `decomposedStringWithCanonicalMapping`, then puts each run of
    /// combining marks in canonical order again with the standard library's combining
    /// classes: Foundation's tables on Linux predate Unicode 16 and treat marks added since
    /// (e.g. U+0897) as starters, so they would otherwise stay where they were typed.
    ///
    /// - Complexity: O(*n*), plus O(*k* log *k*) for each run of *k* combining marks.
    static func decomposed(_ text: String) -> [Unicode.Scalar] {
        var scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var runStart = 0
        while runStart < scalars.count {
            guard combiningClass(scalars[runStart]) != 0 else { runStart += 1; continue }
            var runEnd = runStart + 1
            while runEnd < scalars.count, combiningClass(scalars[runEnd]) != 0 { runEnd += 1 }
            if runEnd - runStart > 1 {
                // A stable sort by combining class is the canonical ordering algorithm.
                let run = scalars[runStart..<runEnd].enumerated().sorted {
                    (combiningClass($0.element), $0.offset) < (combiningClass($1.element), $1.offset)
                }
                scalars.replaceSubrange(runStart..<runEnd, with: run.map(\.element))
            }
            runStart = runEnd
        }
        return scalars
    }

    /// The canonical combining class of a scalar, per the standard library's tables.
    static func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.properties.canonicalCombiningClass.rawValue
    }

    /// The canonical composition (NFC) of a scalar sequence.
    ///
    /// Foundation's `precomposedStringWithCanonicalMapping` on Linux mistakes a supplementary
    /// starter for the BMP character with the same low 16 bits when a combining mark follows
    /// (U+10041 + U+0301 comes out as "Á"). So each result is checked against the input with
    /// the standard library's canonical equivalence, and where the check fails, the input is
    /// composed one starter-led segment at a time, keeping any segment that still fails as
    /// it is. The result is canonically equivalent to the input in every case and depends
    /// only on the input's canonical decomposition, which is what matching needs.
    ///
    /// - Complexity: O(*n*); the segment-wise fallback only runs on the rare failing inputs.
    static func composed(_ scalars: [Unicode.Scalar]) -> String {
        if scalars.isEmpty { return "" }
        var text = String()
        text.unicodeScalars.append(contentsOf: scalars)
        let candidate = text.precomposedStringWithCanonicalMapping
        if candidate == text { return candidate }
        var result = String()
        var segmentStart = 0
        for end in 1...scalars.count {
            let isBoundary = end == scalars.count
                || combiningClass(scalars[end]) == 0
            guard isBoundary else { continue }
            var segment = String()
            segment.unicodeScalars.append(contentsOf: scalars[segmentStart..<end])
            let composedSegment = segment.precomposedStringWithCanonicalMapping
            result += composedSegment == segment ? composedSegment : segment
            segmentStart = end
        }
        return result
    }
}
