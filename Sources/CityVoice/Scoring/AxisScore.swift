import Foundation

/// A document's position on one axis, with the counts it comes from.
///
/// With P and N the weighted match counts on the positive and negative poles (after cues)
/// and T the document's word tokens:
/// - salience = (P + N) / T × 1000
/// - position θ = ln((P + 0.5) / (N + 0.5)), the empirical logit of Lowe, Benoit,
///   Mikhaylov & Laver (2011), *Legislative Studies Quarterly* 36(1):123–155, with 0.5
///   added once to each side;
/// - its standard error, by the delta method: sqrt(1/(P + 0.5) + 1/(N + 0.5));
/// - relative difference (P − N)/(P + N), 0 when P + N = 0 (Kim & Fording's RPD).
public struct AxisScore: Sendable, Codable, Equatable {
    public var axis: String
    /// P: weighted matches on the positive pole.
    public var positive: Double
    /// N: weighted matches on the negative pole.
    public var negative: Double
    /// T: word and number tokens in the document.
    public var tokens: Int
    /// The number of matches (unweighted) on this axis.
    public var matches: Int
    public var salience: Double
    public var theta: Double
    public var standardError: Double
    public var relativeDifference: Double
    /// 1 = the highest θ in the corpus; tied documents share the best rank. Set by `Comparison`.
    public var rank: Int?

    /// The score for the given counts.
    public init(axis: String, positive: Double, negative: Double, tokens: Int, matches: Int) {
        self.axis = axis
        self.positive = positive
        self.negative = negative
        self.tokens = tokens
        self.matches = matches
        salience = tokens > 0 ? (positive + negative) / Double(tokens) * 1000 : 0
        theta = log((positive + 0.5) / (negative + 0.5))
        standardError = (1 / (positive + 0.5) + 1 / (negative + 0.5)).squareRoot()
        relativeDifference = positive + negative > 0 ? (positive - negative) / (positive + negative) : 0
        rank = nil
    }
}
