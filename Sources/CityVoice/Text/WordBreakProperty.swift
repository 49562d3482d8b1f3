/// The Word_Break property of a Unicode scalar (UAX #29, Unicode 15.0).
///
/// Raw values are the low five bits of the packed bytes in `WordBreakProperty+Generated.swift`;
/// the generator (`swift run cityvoice-tables`) uses the same numbering.
@usableFromInline
enum WordBreakProperty: UInt8, Sendable, CaseIterable {
    case other = 0
    case cr = 1
    case lf = 2
    case newline = 3
    case extend = 4
    case zwj = 5
    case regionalIndicator = 6
    case format = 7
    case katakana = 8
    case hebrewLetter = 9
    case aLetter = 10
    case singleQuote = 11
    case doubleQuote = 12
    case midNumLet = 13
    case midLetter = 14
    case midNum = 15
    case numeric = 16
    case extendNumLet = 17
    case wSegSpace = 18

    /// The mask of the property value in a packed data byte.
    @inlinable static var valueMask: UInt8 { 0x1F }
    /// The packed-byte flag for Extended_Pictographic.
    @inlinable static var extendedPictographicFlag: UInt8 { 0x20 }
    /// The packed-byte flag for letters: ALetter, Hebrew_Letter, Katakana, or General_Category L.
    @inlinable static var letterFlag: UInt8 { 0x40 }
    /// The packed-byte flag for White_Space (including CR, LF, Newline and WSegSpace).
    @inlinable static var whiteSpaceFlag: UInt8 { 0x80 }

    /// The property stored in a packed data byte.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    init(packed: UInt8) {
        self = WordBreakProperty(rawValue: packed & WordBreakProperty.valueMask) ?? .other
    }

    /// The Word_Break property of `scalar`.
    ///
    /// - Complexity: O(1).
    init(_ scalar: Unicode.Scalar) {
        self.init(packed: WordBreakTable.shared.packed(scalar.value))
    }

    /// Whether `scalar` is Extended_Pictographic (from emoji-data.txt).
    ///
    /// - Complexity: O(1).
    static func isExtendedPictographic(_ scalar: Unicode.Scalar) -> Bool {
        WordBreakTable.shared.packed(scalar.value) & extendedPictographicFlag != 0
    }

    /// Whether WB4 lets this property attach to what precedes it: Extend, Format or ZWJ.
    var isIgnorable: Bool { self == .extend || self == .format || self == .zwj }

    /// Whether this is CR, LF or Newline, around which WB3a and WB3b always break.
    var isNewline: Bool { self == .cr || self == .lf || self == .newline }

    /// Whether this is ALetter or Hebrew_Letter (the AHLetter macro of UAX #29).
    var isAHLetter: Bool { self == .aLetter || self == .hebrewLetter }

    /// Whether this is MidNumLet or Single_Quote (the MidNumLetQ macro of UAX #29).
    var isMidNumLetQ: Bool { self == .midNumLet || self == .singleQuote }
}
