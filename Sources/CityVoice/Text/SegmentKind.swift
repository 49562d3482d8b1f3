/// What a word-boundary segment is made of.
///
/// The kind is a summary of the scalars between two UAX #29 word boundaries, checked in this order:
/// a segment with any letter is a word, else one with any digit is a number, else one made only of
/// white space is space, and anything else is punctuation.
public enum SegmentKind: UInt8, Sendable {
    /// Contains a letter: ALetter, Hebrew_Letter, Katakana, or any other General_Category L scalar.
    case word
    /// Contains a Numeric scalar (with any MidNum, MidNumLet or ExtendNumLet joined to it) but no letter.
    case number
    /// Only White_Space scalars: WSegSpace, CR, LF, Newline, and others such as U+0009, U+00A0 or U+202F.
    case space
    /// Anything else: punctuation, symbols, emoji, lone marks, and U+FFFD standing for invalid UTF-8.
    case punctuation
}
