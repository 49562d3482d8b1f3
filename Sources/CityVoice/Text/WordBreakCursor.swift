/// The byte-level UAX #29 word-boundary state machine behind `WordSegmenter`.
///
/// The cursor reads UTF-8 straight from memory: ASCII bytes go through the 128-entry table, longer
/// sequences are decoded in place, and each maximal invalid subsequence (as in the Unicode Standard's
/// "U+FFFD substitution of maximal subparts") counts as one U+FFFD. A segment never depends on the
/// state left by the previous one: every rule that looks back across a boundary (WB7, WB7c, WB11,
/// WB15/16) can only apply where the earlier pair was joined, so each segment starts from scratch.
///
/// This file holds the shortcuts for the segments that make up most prose — words of ASCII and
/// two-byte letters, numbers, spaces, lone punctuation — which are inlinable so that they and the
/// caller's closure compile into one loop. `WordBreakCursor+Rules.swift` holds the full rule set,
/// out of line, which the shortcuts hand over to whenever a case is not theirs.
@usableFromInline
struct WordBreakCursor {
    /// The first byte of the text.
    @usableFromInline let base: UnsafePointer<UInt8>
    /// The number of bytes in the text.
    @usableFromInline let count: Int
    /// The packed scalar data.
    @usableFromInline let table: WordBreakTable

    // Word_Break values as packed-byte codes (the raw values of `WordBreakProperty`).
    @inlinable static var other: UInt8 { WordBreakProperty.other.rawValue }
    @inlinable static var cr: UInt8 { WordBreakProperty.cr.rawValue }
    @inlinable static var lf: UInt8 { WordBreakProperty.lf.rawValue }
    @inlinable static var newline: UInt8 { WordBreakProperty.newline.rawValue }
    @inlinable static var extend: UInt8 { WordBreakProperty.extend.rawValue }
    @inlinable static var zwj: UInt8 { WordBreakProperty.zwj.rawValue }
    @inlinable static var regionalIndicator: UInt8 { WordBreakProperty.regionalIndicator.rawValue }
    @inlinable static var format: UInt8 { WordBreakProperty.format.rawValue }
    @inlinable static var katakana: UInt8 { WordBreakProperty.katakana.rawValue }
    @inlinable static var hebrewLetter: UInt8 { WordBreakProperty.hebrewLetter.rawValue }
    @inlinable static var aLetter: UInt8 { WordBreakProperty.aLetter.rawValue }
    @inlinable static var singleQuote: UInt8 { WordBreakProperty.singleQuote.rawValue }
    @inlinable static var doubleQuote: UInt8 { WordBreakProperty.doubleQuote.rawValue }
    @inlinable static var midNumLet: UInt8 { WordBreakProperty.midNumLet.rawValue }
    @inlinable static var midLetter: UInt8 { WordBreakProperty.midLetter.rawValue }
    @inlinable static var midNum: UInt8 { WordBreakProperty.midNum.rawValue }
    @inlinable static var numeric: UInt8 { WordBreakProperty.numeric.rawValue }
    @inlinable static var extendNumLet: UInt8 { WordBreakProperty.extendNumLet.rawValue }
    @inlinable static var wSegSpace: UInt8 { WordBreakProperty.wSegSpace.rawValue }
    /// A code for "no scalar" (before the start or past the end of the text); matches no rule.
    @inlinable static var none: UInt8 { 0xFF }
    /// The packed byte of an ASCII letter (ALetter with the letter flag), the hot case.
    @inlinable static var asciiLetter: UInt8 { aLetter | WordBreakProperty.letterFlag }
    /// The packed byte of U+0020 SPACE (WSegSpace with the White_Space flag).
    @inlinable static var asciiSpace: UInt8 { wSegSpace | WordBreakProperty.whiteSpaceFlag }

    /// The set of Word_Break codes `1 << code` for which a scalar can never join a preceding ALetter
    /// without look-ahead: the ASCII-reachable values other than ALetter, Numeric, ExtendNumLet,
    /// MidLetter, MidNumLet and Single_Quote.
    @inlinable static var breaksAfterLetter: UInt32 {
        1 << other | 1 << cr | 1 << lf | 1 << newline | 1 << doubleQuote | 1 << midNum | 1 << wSegSpace
    }
    /// The set of Word_Break codes `1 << code` of scalars that, at the start of a segment, join
    /// nothing after them but Extend, Format or ZWJ (WB4): Other, LF, Newline (which WB3a parts even
    /// from those), and the Mid and quote classes (WB7, WB7c and WB11 need a letter or digit before
    /// them in the same segment). Not ALetter, Hebrew_Letter (WB7a), Numeric, Katakana or
    /// ExtendNumLet (WB13a), WSegSpace (WB3d), CR (WB3), ZWJ (WB3c), Extend, Format, or
    /// Regional_Indicator.
    @inlinable static var aloneUnlessExtended: UInt32 {
        1 << other | 1 << lf | 1 << newline | 1 << singleQuote | 1 << doubleQuote | 1 << midNumLet | 1 << midLetter | 1 << midNum
    }
    /// The set of Word_Break codes `1 << code` for which an ASCII scalar never joins a preceding Numeric
    /// without look-ahead: the ASCII values other than Numeric, ALetter, ExtendNumLet, MidNum,
    /// MidNumLet and Single_Quote.
    @inlinable static var breaksAfterNumber: UInt32 {
        1 << other | 1 << cr | 1 << lf | 1 << newline | 1 << doubleQuote | 1 << midLetter | 1 << wSegSpace
    }
    /// The set of Word_Break codes `1 << code` that WB11 and WB12 let into a number: MidNum, MidNumLet
    /// and Single_Quote.
    @inlinable static var midOfNumbers: UInt32 {
        1 << midNum | 1 << midNumLet | 1 << singleQuote
    }
    /// The set of Word_Break codes `1 << code` that WB6 and WB7 let into a word: MidLetter, MidNumLet
    /// and Single_Quote.
    @inlinable static var midOfLetters: UInt32 {
        1 << midLetter | 1 << midNumLet | 1 << singleQuote
    }
    /// The set of Word_Break codes `1 << code` of scalars that may join a space or punctuation mark
    /// before them: Extend, Format, ZWJ (WB4) and WSegSpace (WB3d).
    @inlinable static var joinersOfAnything: UInt32 {
        1 << extend | 1 << format | 1 << zwj | 1 << wSegSpace
    }
    /// The previous raw values that take part in WB3 to WB3d: CR, LF, Newline, ZWJ and WSegSpace.
    @inlinable static var specialBefore: UInt32 {
        1 << cr | 1 << lf | 1 << newline | 1 << zwj | 1 << wSegSpace
    }
    /// The next values that take part in WB3 to WB4: CR, LF, Newline, Extend, Format and ZWJ.
    @inlinable static var specialAfter: UInt32 {
        1 << cr | 1 << lf | 1 << newline | 1 << extend | 1 << format | 1 << zwj
    }

    /// A cursor over `count` bytes at `base`.
    ///
    /// - Complexity: O(1) after the table's one-time decoding.
    @inlinable
    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        self.table = WordBreakTable.shared
    }

    /// The high bit of each byte of the eight at `position` that is not an ASCII letter.
    ///
    /// A byte is a letter when it has no high bit and, with bit 5 set (folding A–Z onto a–z),
    /// lies in 0x61...0x7A. ASCII letters are exactly the ASCII ALetter scalars.
    @inlinable @inline(__always)
    func nonLetterBits(at position: Int) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        let folded = (word | 0x2020_2020_2020_2020) & ~highBits
        let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F   // high bit set where folded >= 0x61
        let pastZ = folded &+ 0x0505_0505_0505_0505      // high bit set where folded >= 0x7B
        return ~(atLeastA & ~pastZ & ~word) & highBits
    }

    /// The index of the first byte at or after `index` that is not an ASCII letter.
    ///
    /// Tests sixteen bytes at a time, as two words of eight (`nonLetterBits(at:)`), and picks
    /// the first non-letter of either without a branch, so that the loop's one branch is taken
    /// the same way for words of up to fifteen letters, short or long: nearly every word.
    ///
    /// - Complexity: O(*k*) in the number of letters skipped.
    @inlinable @inline(__always)
    func asciiLetterRunEnd(from index: Int) -> Int {
        var position = index
        while position &+ 16 <= count {
            let first = nonLetterBits(at: position).trailingZeroBitCount &>> 3    // 8 if all letters
            let second = nonLetterBits(at: position &+ 8).trailingZeroBitCount &>> 3
            let skipped = first &+ (first &>> 3) &* second                        // 16 if all sixteen are
            if skipped < 16 { return position &+ skipped }
            position &+= 16
        }
        while position &+ 8 <= count {
            let nonLetters = nonLetterBits(at: position)
            if nonLetters != 0 { return position &+ nonLetters.trailingZeroBitCount &>> 3 }
            position &+= 8
        }
        while position < count {
            let byte = base[position]
            guard byte < 0x80, table.ascii[Int(byte)] == Self.asciiLetter else { break }
            position &+= 1
        }
        return position
    }

    /// The index just past the two-byte ALetter scalar at `index` (the accented letters of Latin
    /// scripts and most letters of Greek, Cyrillic and Armenian), or nil if there is none there.
    ///
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    func twoByteLetterEnd(at index: Int) -> Int? {
        guard index &+ 1 < count else { return nil }
        let lead = base[index]
        let trail = base[index &+ 1]
        guard trail & 0xC0 == 0x80 else { return nil }
        if lead &- 0xC3 < 3 {
            // U+00C0–U+017F are all ALetter but × (C3 97) and ÷ (C3 B7): no table look-up needed.
            return lead == 0xC3 && trail | 0x20 == 0xB7 ? nil : index &+ 2
        }
        guard lead >= 0xC2 && lead < 0xE0 else { return nil }
        let value = UInt32(lead & 0x1F) &<< 6 | UInt32(trail & 0x3F)
        guard table.packed(value) & WordBreakProperty.valueMask == Self.aLetter else { return nil }
        return index &+ 2
    }

    /// Whether the non-ASCII scalar (or invalid sequence) at `index` might join what precedes it
    /// whatever that is: true for Extend, Format and ZWJ (WB4) and WSegSpace (WB3d), false otherwise.
    ///
    /// Two-byte letters, the usual case after a space, are recognised without a table look-up.
    ///
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    func mayJoinPrevious(at index: Int) -> Bool {
        if twoByteLetterEnd(at: index) != nil { return false }
        let property = nonASCIIData(at: index).packed & WordBreakProperty.valueMask
        return (Self.joinersOfAnything &>> UInt32(property)) & 1 != 0
    }

    /// Follows a word from `index`, just after an ALetter scalar, as far as the common cases go.
    ///
    /// Skips ASCII letters and two-byte ALetter scalars (WB5), and a MidLetter, MidNumLet or
    /// Single_Quote (ASCII, or U+2019) with such a letter after it (WB6, WB7). Returns where it
    /// stopped and whether that is certainly the end of the segment: true before an ASCII scalar that
    /// joins nothing after a letter, before a Mid-class scalar not followed by a letter, or at the end;
    /// false where the general rules must decide (with an ALetter as the previous scalar). The usual
    /// case, ASCII letters up to a space or punctuation, is inline; the rest is `wordEndAfterRun(at:)`.
    ///
    /// - Complexity: O(*k*) in the number of bytes skipped.
    @inlinable @inline(__always)
    func wordEnd(from index: Int) -> (end: Int, isFinal: Bool) {
        let position = asciiLetterRunEnd(from: index)
        guard position < count else { return (position, true) }
        let next = base[position]
        if next < 0x80 && (Self.breaksAfterLetter &>> UInt32(table.ascii[Int(next)] & WordBreakProperty.valueMask)) & 1 != 0 {
            return (position, true)
        }
        return wordEndAfterRun(at: position)
    }

    /// Goes on with `wordEnd(from:)` at `index` (below `count`), where a run of ASCII letters stopped
    /// before something other than a space or punctuation that ends the word.
    ///
    /// - Complexity: O(*k*) in the number of bytes skipped.
    @usableFromInline @inline(never)
    func wordEndAfterRun(at index: Int) -> (end: Int, isFinal: Bool) {
        let ascii = table.ascii
        var position = index
        while position < count {
            let next = base[position]
            let midEnd: Int
            if next < 0x80 {
                let property = UInt32(ascii[Int(next)] & WordBreakProperty.valueMask)
                if (Self.breaksAfterLetter &>> property) & 1 != 0 { return (position, true) }
                guard (Self.midOfLetters &>> property) & 1 != 0 else { return (position, false) }
                midEnd = position &+ 1
            } else if let end = twoByteLetterEnd(at: position) {
                position = asciiLetterRunEnd(from: end)
                continue
            } else if next == 0xE2 && position &+ 2 < count && base[position &+ 1] == 0x80 && base[position &+ 2] == 0x99 {
                midEnd = position &+ 3   // U+2019 RIGHT SINGLE QUOTATION MARK, MidNumLet
            } else {
                return (position, false)
            }
            // WB6, WB7: the Mid-class scalar stays in the word only if an AHLetter follows it. An ASCII
            // scalar is never Extend, Format or ZWJ, so it is the one WB6 looks at.
            guard midEnd < count else { return (position, true) }
            let after = base[midEnd]
            if after < 0x80 {
                guard ascii[Int(after)] == Self.asciiLetter else { return (position, true) }
                position = asciiLetterRunEnd(from: midEnd &+ 1)
            } else if let end = twoByteLetterEnd(at: midEnd) {
                position = asciiLetterRunEnd(from: end)
            } else {
                return (position, false)
            }
        }
        return (position, true)
    }

    /// Follows a number from `index`, just after an ASCII digit, as far as ASCII goes.
    ///
    /// Skips ASCII digits (WB8), and a MidNum, MidNumLet or Single_Quote with a digit after it (WB11,
    /// WB12). Returns where it stopped and whether that is certainly the end of the segment: true
    /// before an ASCII scalar that joins nothing after a digit, before a Mid-class scalar not followed
    /// by a digit, or at the end; false where the general rules must decide.
    ///
    /// - Complexity: O(*k*) in the number of bytes skipped.
    @inlinable @inline(__always)
    func numberEnd(from index: Int) -> (end: Int, isFinal: Bool) {
        let ascii = table.ascii
        var position = index
        while position < count {
            let next = base[position]
            guard next < 0x80 else { return (position, false) }
            let property = ascii[Int(next)] & WordBreakProperty.valueMask
            if property == Self.numeric {
                position &+= 1
                continue
            }
            if (Self.breaksAfterNumber &>> UInt32(property)) & 1 != 0 { return (position, true) }
            guard (Self.midOfNumbers &>> UInt32(property)) & 1 != 0 else { return (position, false) }
            guard position &+ 1 < count else { return (position, true) }
            let after = base[position &+ 1]
            guard after < 0x80 else { return (position, false) }
            guard ascii[Int(after)] & WordBreakProperty.valueMask == Self.numeric else { return (position, true) }
            position &+= 2
        }
        return (position, true)
    }

    /// Finds the end of the segment that starts at `start` (below `count`) and classifies it.
    ///
    /// Takes shortcuts for the usual segments of prose — a word of ASCII or two-byte letters (with
    /// apostrophes and periods inside), a run of spaces, a lone punctuation mark — and leaves
    /// everything else to the full state machine, `segment(from:)`. The shortcuts decide only where
    /// the rules give an answer from the bytes they look at, so the result is the same.
    ///
    /// - Complexity: O(*n*) in the segment's length (see `segment(from:)` for the look-ahead).
    @inlinable @inline(__always)
    func nextSegment(from start: Int) -> (end: Int, kind: SegmentKind) {
        let first = base[start]
        let packed: UInt8
        let next: Int
        if first < 0x80 {
            packed = table.ascii[Int(first)]
            next = start &+ 1
        } else if let letterEnd = twoByteLetterEnd(at: start) {
            packed = Self.asciiLetter   // the same Word_Break value and flags as any two-byte ALetter
            next = letterEnd
        } else {
            let (data, length) = nonASCIIData(at: start)
            packed = data
            next = start &+ length
        }
        let property = packed & WordBreakProperty.valueMask
        if property == Self.aLetter {
            let (end, isFinal) = wordEnd(from: next)
            if isFinal { return (end, .word) }
        } else if first == 0x20 {
            // WB3d joins spaces; what follows them joins only if it is Extend, Format, ZWJ or WSegSpace.
            var end = next
            while end < count && base[end] == 0x20 { end &+= 1 }
            if end == count || base[end] < 0x80 || !mayJoinPrevious(at: end) { return (end, .space) }
        } else if (Self.aloneUnlessExtended &>> UInt32(property)) & 1 != 0 {
            // Punctuation, symbols, line breaks, ideographs: alone unless Extend, Format or ZWJ follows (WB4).
            if next == count || base[next] < 0x80 || !mayJoinPrevious(at: next) {
                let kind: SegmentKind = packed & WordBreakProperty.letterFlag != 0 ? .word
                    : packed & WordBreakProperty.whiteSpaceFlag != 0 ? .space : .punctuation
                return (next, kind)
            }
        } else if property == Self.numeric && first < 0x80 {
            let (end, isFinal) = numberEnd(from: next)
            if isFinal { return (end, .number) }
        }
        return segment(from: start)
    }
}
