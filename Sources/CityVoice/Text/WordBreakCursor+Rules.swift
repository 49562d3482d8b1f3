// The full UAX #29 word-boundary rules, applied scalar by scalar: the general path of
// `WordBreakCursor`, kept out of line.

extension WordBreakCursor {
    /// The packed data byte and byte length of the non-ASCII scalar (or invalid sequence) at `index`.
    ///
    /// Kept out of line so the ASCII loops stay small.
    ///
    /// - Complexity: O(1).
    @usableFromInline @inline(never)
    func nonASCIIData(at index: Int) -> (packed: UInt8, length: Int) {
        let (value, length) = decodeNonASCII(at: index)
        return (table.packed(value), length)
    }

    /// Decodes the scalar whose first byte, at `index`, is not ASCII.
    ///
    /// Returns the scalar value, or U+FFFD for the maximal invalid subsequence starting at `index`,
    /// and the number of bytes used (1 to 4). Reads no byte at or past `count`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private func decodeNonASCII(at index: Int) -> (value: UInt32, length: Int) {
        let lead = base[index]
        let available = count &- index
        if lead < 0xC2 { return (0xFFFD, 1) }   // continuation byte, or overlong C0/C1 lead
        if lead < 0xE0 {
            guard available >= 2 else { return (0xFFFD, 1) }
            let b1 = base[index &+ 1]
            guard b1 & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return (UInt32(lead & 0x1F) &<< 6 | UInt32(b1 & 0x3F), 2)
        }
        if lead < 0xF0 {
            guard available >= 2 else { return (0xFFFD, 1) }
            let b1 = base[index &+ 1]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80    // no overlong forms
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF   // no surrogates
            guard b1 >= low && b1 <= high else { return (0xFFFD, 1) }
            guard available >= 3 else { return (0xFFFD, 2) }
            let b2 = base[index &+ 2]
            guard b2 & 0xC0 == 0x80 else { return (0xFFFD, 2) }
            return (UInt32(lead & 0x0F) &<< 12 | UInt32(b1 & 0x3F) &<< 6 | UInt32(b2 & 0x3F), 3)
        }
        if lead < 0xF5 {
            guard available >= 2 else { return (0xFFFD, 1) }
            let b1 = base[index &+ 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80    // no overlong forms
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF   // nothing past U+10FFFF
            guard b1 >= low && b1 <= high else { return (0xFFFD, 1) }
            guard available >= 3 else { return (0xFFFD, 2) }
            let b2 = base[index &+ 2]
            guard b2 & 0xC0 == 0x80 else { return (0xFFFD, 2) }
            guard available >= 4 else { return (0xFFFD, 3) }
            let b3 = base[index &+ 3]
            guard b3 & 0xC0 == 0x80 else { return (0xFFFD, 3) }
            let value = UInt32(lead & 0x07) &<< 18 | UInt32(b1 & 0x3F) &<< 12 | UInt32(b2 & 0x3F) &<< 6 | UInt32(b3 & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)   // F5–FF never start a sequence
    }

    /// The packed data byte and byte length of the scalar starting at `index` (which is below `count`).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private func scalarData(at index: Int) -> (packed: UInt8, length: Int) {
        let byte = base[index]
        if byte < 0x80 { return (table.ascii[Int(byte)], 1) }
        return nonASCIIData(at: index)
    }

    /// The Word_Break code of the first scalar at or after `index` that is not Extend, Format or ZWJ,
    /// or `none` at the end of the text: the look-ahead of WB6, WB7b and WB12.
    ///
    /// - Complexity: O(*k*) in the number of bytes skipped.
    private func significantProperty(from index: Int) -> UInt8 {
        var position = index
        while position < count {
            let (packed, length) = scalarData(at: position)
            let property = packed & WordBreakProperty.valueMask
            if property != Self.extend && property != Self.format && property != Self.zwj { return property }
            position &+= length
        }
        return Self.none
    }

    /// Finds the end of the segment that starts at `start` (below `count`) and classifies it, with
    /// every rule.
    ///
    /// Applies WB3 to WB999 to each pair of scalars until one breaks. The state is the Word_Break
    /// value of the previous scalar (`lastRaw`, for WB3–WB4), of the previous scalar once Extend,
    /// Format and ZWJ are folded into what precedes them (`last`, WB4), of the one before that
    /// (`beforeLast`), and whether an odd number of regional indicators ends at `last` (WB15/16).
    ///
    /// - Complexity: O(*n*) in the segment's length, plus the look-ahead past a MidLetter, MidNum,
    ///   MidNumLet, Single_Quote or Double_Quote (each byte is looked ahead at most once per text).
    @usableFromInline @inline(never)
    func segment(from start: Int) -> (end: Int, kind: SegmentKind) {
        let ascii = table.ascii
        var (packed, length) = scalarData(at: start)
        var index = start &+ length
        var last = packed & WordBreakProperty.valueMask
        var beforeLast = Self.none
        var anyFlags = packed
        var allFlags = packed
        var lastRaw = last
        var oddRegionalIndicators = last == Self.regionalIndicator
        var sawNumeric = last == Self.numeric

        scan: while index < count {
            // ASCII letters inside a word (WB5; WB4 lets `lastRaw` be Extend, Format or ZWJ before them).
            if last == Self.aLetter {
                let end = asciiLetterRunEnd(from: index)
                if end != index {
                    index = end
                    beforeLast = Self.aLetter
                    lastRaw = Self.aLetter
                    allFlags &= Self.asciiLetter
                    if index == count { break scan }
                }
            }

            let byte = base[index]
            if byte < 0x80 {
                packed = ascii[Int(byte)]
                length = 1
            } else {
                (packed, length) = nonASCIIData(at: index)
            }
            let property = packed & WordBreakProperty.valueMask

            if (Self.specialBefore &>> UInt32(lastRaw) | Self.specialAfter &>> UInt32(property)) & 1 != 0 {
                if lastRaw == Self.cr && property == Self.lf {
                    // WB3: CR × LF.
                } else if lastRaw == Self.cr || lastRaw == Self.lf || lastRaw == Self.newline {
                    break scan   // WB3a
                } else if property == Self.cr || property == Self.lf || property == Self.newline {
                    break scan   // WB3b
                } else if lastRaw == Self.zwj && packed & WordBreakProperty.extendedPictographicFlag != 0 {
                    // WB3c: ZWJ × Extended_Pictographic.
                } else if lastRaw == Self.wSegSpace && property == Self.wSegSpace {
                    // WB3d: WSegSpace × WSegSpace.
                } else if property == Self.extend || property == Self.format || property == Self.zwj {
                    // WB4: fold into the previous scalar; `last` and `beforeLast` stay.
                    lastRaw = property
                    anyFlags |= packed
                    allFlags &= packed
                    index &+= length
                    continue scan
                } else if !joins(last: last, beforeLast: beforeLast, next: property, at: index &+ length,
                                 oddRegionalIndicators: oddRegionalIndicators) {
                    break scan   // WB999
                }
            } else if !joins(last: last, beforeLast: beforeLast, next: property, at: index &+ length,
                             oddRegionalIndicators: oddRegionalIndicators) {
                break scan   // WB999
            }

            oddRegionalIndicators = property == Self.regionalIndicator
                && !(last == Self.regionalIndicator && oddRegionalIndicators)
            beforeLast = last
            last = property
            lastRaw = property
            anyFlags |= packed
            allFlags &= packed
            sawNumeric = sawNumeric || property == Self.numeric
            index &+= length
        }

        let kind: SegmentKind
        if anyFlags & WordBreakProperty.letterFlag != 0 {
            kind = .word
        } else if sawNumeric {
            kind = .number
        } else if allFlags & WordBreakProperty.whiteSpaceFlag != 0 {
            kind = .space
        } else {
            kind = .punctuation
        }
        return (index, kind)
    }

    /// Whether WB5 to WB16 keep `next` (not CR, LF, Newline, Extend, Format or ZWJ) with what precedes it.
    ///
    /// `last` and `beforeLast` are the two preceding scalars with Extend, Format and ZWJ folded away;
    /// `after` is the byte index just past `next`, where the look-ahead rules start.
    ///
    /// - Complexity: O(1), or O(*k*) for the look-ahead over *k* Extend, Format or ZWJ bytes.
    @inline(__always)
    private func joins(last: UInt8, beforeLast: UInt8, next: UInt8, at after: Int, oddRegionalIndicators: Bool) -> Bool {
        let lastIsAHLetter = last == Self.aLetter || last == Self.hebrewLetter
        switch next {
        case Self.aLetter, Self.hebrewLetter:
            if lastIsAHLetter || last == Self.numeric || last == Self.extendNumLet { return true }   // WB5, WB10, WB13b
            if last == Self.midLetter || last == Self.midNumLet || last == Self.singleQuote {
                return beforeLast == Self.aLetter || beforeLast == Self.hebrewLetter                   // WB7
            }
            return next == Self.hebrewLetter && last == Self.doubleQuote && beforeLast == Self.hebrewLetter   // WB7c
        case Self.numeric:
            if last == Self.numeric || lastIsAHLetter || last == Self.extendNumLet { return true }   // WB8, WB9, WB13b
            if last == Self.midNum || last == Self.midNumLet || last == Self.singleQuote {
                return beforeLast == Self.numeric                                                      // WB11
            }
            return false
        case Self.midLetter, Self.midNumLet, Self.singleQuote:
            if next == Self.singleQuote && last == Self.hebrewLetter { return true }                   // WB7a
            if lastIsAHLetter {
                let following = significantProperty(from: after)
                return following == Self.aLetter || following == Self.hebrewLetter                    // WB6
            }
            if last == Self.numeric && next != Self.midLetter {
                return significantProperty(from: after) == Self.numeric                                // WB12
            }
            return false
        case Self.midNum:
            return last == Self.numeric && significantProperty(from: after) == Self.numeric            // WB12
        case Self.doubleQuote:
            return last == Self.hebrewLetter && significantProperty(from: after) == Self.hebrewLetter  // WB7b
        case Self.katakana:
            return last == Self.katakana || last == Self.extendNumLet                                  // WB13, WB13b
        case Self.extendNumLet:
            return lastIsAHLetter || last == Self.numeric || last == Self.katakana
                || last == Self.extendNumLet                                                           // WB13a
        case Self.regionalIndicator:
            return last == Self.regionalIndicator && oddRegionalIndicators                             // WB15, WB16
        default:
            return false
        }
    }
}
