/// A plain, rule-by-rule implementation of UAX #29 word boundaries, used to check `WordSegmenter`.
///
/// It works on an array of scalars and decides each position separately by walking the rules of
/// UAX #29 (Unicode 15.0) in order, with WB4 expressed as "skip back over Extend, Format and ZWJ".
/// UTF-8 decoding uses the standard library's parser and the segment kinds use the standard library's
/// scalar properties, so both are independent of the fast path. It is slow and meant for tests only.
enum ReferenceWordSegmenter {
    /// The word boundaries of `scalars`, as scalar offsets in increasing order.
    ///
    /// For non-empty input the first is 0 (WB1) and the last is `scalars.count` (WB2); empty input has none.
    ///
    /// - Complexity: O(*n*²) in the worst case (long runs of Extend), O(*n*) for ordinary text.
    static func boundaries(in scalars: [Unicode.Scalar]) -> [Int] {
        guard !scalars.isEmpty else { return [] }
        let rules = Rules(scalars: scalars)
        return [0] + (1..<scalars.count).filter { rules.isBoundary(before: $0) } + [scalars.count]
    }

    /// The segments of the UTF-8 `bytes` with their kinds, each maximal invalid subsequence read as U+FFFD.
    ///
    /// - Complexity: as `boundaries(in:)`.
    static func segments(in bytes: [UInt8]) -> [(range: Range<Int>, kind: SegmentKind)] {
        let decoded = decode(bytes)
        let scalars = decoded.map(\.scalar)
        let cuts = boundaries(in: scalars)
        var result: [(range: Range<Int>, kind: SegmentKind)] = []
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let range = decoded[from].range.lowerBound..<decoded[to - 1].range.upperBound
            result.append((range, kind(of: scalars[from..<to])))
        }
        return result
    }

    /// The scalars of `bytes` with their byte ranges, using the standard library's UTF-8 parser
    /// (which replaces each maximal invalid subsequence by one U+FFFD).
    ///
    /// - Complexity: O(*n*).
    static func decode(_ bytes: [UInt8]) -> [(scalar: Unicode.Scalar, range: Range<Int>)] {
        var result: [(scalar: Unicode.Scalar, range: Range<Int>)] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.append((Unicode.UTF8.decode(encoded), offset..<offset + encoded.count))
                offset += encoded.count
            case .error(let length):
                result.append(("\u{FFFD}", offset..<offset + length))
                offset += length
            case .emptyInput:
                return result
            }
        }
    }

    /// The kind of a segment: word if any scalar is a letter, else number if any is Numeric, else
    /// space if all are White_Space, else punctuation.
    ///
    /// - Complexity: O(*n*).
    static func kind(of scalars: ArraySlice<Unicode.Scalar>) -> SegmentKind {
        if scalars.contains(where: isLetter) { return .word }
        if scalars.contains(where: { WordBreakProperty($0) == .numeric }) { return .number }
        if scalars.allSatisfy(isWhiteSpace) { return .space }
        return .punctuation
    }

    /// Whether `scalar` is ALetter, Hebrew_Letter, Katakana, or a General_Category L scalar of Unicode 15.0.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch WordBreakProperty(scalar) {
        case .aLetter, .hebrewLetter, .katakana: return true
        default: break
        }
        guard isAssignedByUnicode15(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Whether `scalar` is White_Space (in Unicode 15.0) or a Word_Break space or line break.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch WordBreakProperty(scalar) {
        case .wSegSpace, .cr, .lf, .newline: return true
        default: return isAssignedByUnicode15(scalar) && scalar.properties.isWhitespace
        }
    }

    /// Whether `scalar` was assigned by Unicode 15.0, according to the standard library.
    static func isAssignedByUnicode15(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 15 || (age.major == 15 && age.minor == 0)
    }

    /// The rules applied to one text.
    private struct Rules {
        let properties: [WordBreakProperty]
        let pictographic: [Bool]

        init(scalars: [Unicode.Scalar]) {
            properties = scalars.map { WordBreakProperty($0) }
            pictographic = scalars.map { WordBreakProperty.isExtendedPictographic($0) }
        }

        /// The index of the scalar that stands for position `index` once WB4 has folded every
        /// "X (Extend | Format | ZWJ)*" into X, where X is not CR, LF or Newline and a run at the start
        /// of the text stands for itself; nil before the start.
        func folded(endingAt index: Int) -> Int? {
            guard index >= 0 else { return nil }
            var position = index
            while position > 0 && properties[position].isIgnorable && !properties[position - 1].isNewline {
                position -= 1
            }
            return position
        }

        /// The first scalar after `index` that is not Extend, Format or ZWJ; nil at the end.
        func following(_ index: Int) -> Int? {
            var position = index + 1
            while position < properties.count && properties[position].isIgnorable { position += 1 }
            return position < properties.count ? position : nil
        }

        /// Whether there is a word boundary between scalar `index - 1` and scalar `index`.
        func isBoundary(before index: Int) -> Bool {
            let previous = properties[index - 1]
            let current = properties[index]

            // WB3: CR × LF
            if previous == .cr && current == .lf { return false }
            // WB3a: (Newline | CR | LF) ÷
            if previous.isNewline { return true }
            // WB3b: ÷ (Newline | CR | LF)
            if current.isNewline { return true }
            // WB3c: ZWJ × \p{Extended_Pictographic}
            if previous == .zwj && pictographic[index] { return false }
            // WB3d: WSegSpace × WSegSpace
            if previous == .wSegSpace && current == .wSegSpace { return false }
            // WB4: X (Extend | Format | ZWJ)* → X
            if current.isIgnorable { return false }

            let leftIndex = folded(endingAt: index - 1)!
            let left = properties[leftIndex]
            let farLeft = folded(endingAt: leftIndex - 1).map { properties[$0] }
            let right = current
            let farRight = following(index).map { properties[$0] }

            // WB5: AHLetter × AHLetter
            if left.isAHLetter && right.isAHLetter { return false }
            // WB6: AHLetter × (MidLetter | MidNumLetQ) AHLetter
            if left.isAHLetter && (right == .midLetter || right.isMidNumLetQ) && farRight?.isAHLetter == true { return false }
            // WB7: AHLetter (MidLetter | MidNumLetQ) × AHLetter
            if farLeft?.isAHLetter == true && (left == .midLetter || left.isMidNumLetQ) && right.isAHLetter { return false }
            // WB7a: Hebrew_Letter × Single_Quote
            if left == .hebrewLetter && right == .singleQuote { return false }
            // WB7b: Hebrew_Letter × Double_Quote Hebrew_Letter
            if left == .hebrewLetter && right == .doubleQuote && farRight == .hebrewLetter { return false }
            // WB7c: Hebrew_Letter Double_Quote × Hebrew_Letter
            if farLeft == .hebrewLetter && left == .doubleQuote && right == .hebrewLetter { return false }
            // WB8: Numeric × Numeric
            if left == .numeric && right == .numeric { return false }
            // WB9: AHLetter × Numeric
            if left.isAHLetter && right == .numeric { return false }
            // WB10: Numeric × AHLetter
            if left == .numeric && right.isAHLetter { return false }
            // WB11: Numeric (MidNum | MidNumLetQ) × Numeric
            if farLeft == .numeric && (left == .midNum || left.isMidNumLetQ) && right == .numeric { return false }
            // WB12: Numeric × (MidNum | MidNumLetQ) Numeric
            if left == .numeric && (right == .midNum || right.isMidNumLetQ) && farRight == .numeric { return false }
            // WB13: Katakana × Katakana
            if left == .katakana && right == .katakana { return false }
            // WB13a: (AHLetter | Numeric | Katakana | ExtendNumLet) × ExtendNumLet
            if (left.isAHLetter || left == .numeric || left == .katakana || left == .extendNumLet) && right == .extendNumLet {
                return false
            }
            // WB13b: ExtendNumLet × (AHLetter | Numeric | Katakana)
            if left == .extendNumLet && (right.isAHLetter || right == .numeric || right == .katakana) { return false }
            // WB15: sot (RI RI)* RI × RI
            // WB16: [^RI] (RI RI)* RI × RI
            if left == .regionalIndicator && right == .regionalIndicator {
                var run = 0
                var position: Int? = leftIndex
                while let at = position, properties[at] == .regionalIndicator {
                    run += 1
                    position = folded(endingAt: at - 1)
                }
                if run % 2 == 1 { return false }
            }
            // WB999: Any ÷ Any
            return true
        }
    }
}
