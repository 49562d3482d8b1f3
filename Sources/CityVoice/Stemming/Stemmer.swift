/// Reduces a word to its stem, following one language's Snowball algorithm.
///
/// Stemmers are called once per token *type* (see `StemCache`), never per token,
/// so they may work on `String` and `Unicode.Scalar` arrays.
public protocol Stemmer: Sendable {
    /// The stem of `word`.
    ///
    /// - Parameter word: a lower-cased word, in NFC, accents kept.
    /// - Returns: the Snowball stem, lower-cased.
    func stem(_ word: String) -> String
}
