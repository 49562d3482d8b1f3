import Foundation

/// A colour scale for heat maps: colours at evenly spaced stops from `lower` to `upper`,
/// interpolated linearly in between and clamped outside.
///
/// Positions use a diverging blue–white–orange scale centred on θ = 0 (readable with
/// red–green colour blindness; blue for the first pole, orange for the second); distances
/// use a sequential white-to-purple scale. Both renderers (HTML, terminal) share them, so
/// a cell has the same colour everywhere.
public struct ColorScale: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var stops: [RGBColor]

    public init(lower: Double, upper: Double, stops: [RGBColor]) {
        precondition(stops.count >= 2 && upper > lower, "a colour scale needs two stops and a non-empty domain")
        self.lower = lower
        self.upper = upper
        self.stops = stops
    }

    /// The diverging scale for positions, from −limit (first pole, blue) through 0 (white) to +limit (second pole, orange).
    public static func positions(limit: Double) -> ColorScale {
        ColorScale(lower: -limit, upper: limit, stops: [
            RGBColor(35, 90, 160), RGBColor(113, 170, 210), RGBColor(204, 226, 240),
            RGBColor(247, 247, 247),
            RGBColor(253, 219, 170), RGBColor(236, 150, 56), RGBColor(166, 84, 14),
        ])
    }

    /// The sequential scale for distances, from 0 (white) to `maximum` (dark purple).
    public static func distances(maximum: Double) -> ColorScale {
        ColorScale(lower: 0, upper: max(maximum, 1e-9), stops: [
            RGBColor(250, 250, 252), RGBColor(218, 214, 235), RGBColor(173, 168, 212),
            RGBColor(122, 104, 176), RGBColor(72, 40, 130),
        ])
    }

    /// A symmetric limit for the position scale that covers every value: at least 1,
    /// rounded up to the next half unit, so scales of similar corpora look alike.
    public static func positionLimit(covering values: [Double]) -> Double {
        let largest = values.map(abs).max() ?? 0
        return max(1, (largest * 2).rounded(.up) / 2)
    }

    /// The colour of `value`.
    public func color(for value: Double) -> RGBColor {
        guard value.isFinite else { return stops[stops.count / 2] }
        let position = (min(upper, max(lower, value)) - lower) / (upper - lower) * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(position.rounded(.down)))
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }

    /// Evenly spaced values from `lower` to `upper` (inclusive), for legends.
    public func ticks(count: Int) -> [Double] {
        guard count > 1 else { return [lower] }
        return (0..<count).map { lower + (upper - lower) * Double($0) / Double(count - 1) }
    }
}
