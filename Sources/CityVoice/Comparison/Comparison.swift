import Foundation

/// The comparison matrices of a corpus: documents × axes, documents × documents, axes × axes.
///
/// - Positions are standardized per axis (z-scores with the sample standard deviation;
///   0 where all documents share one position) before distances are taken.
/// - Euclidean distance between documents is over their standardized positions.
/// - Cosine similarity is over concept-count profiles (matches per concept, before cues
///   change poles: a text that rejects detention still talks about detention).
/// - Spearman's ρ between axes uses average ranks for ties; it needs at least 3 documents
///   and is absent (nil) where an axis does not vary.
public struct Comparison: Sendable, Codable, Equatable {
    /// Ids of the scored documents, in corpus order (rows).
    public var documents: [String]
    /// Axis ids, in lexicon order (columns).
    public var axes: [String]
    public var positions: [[Double]]
    public var standardErrors: [[Double]]
    public var salience: [[Double]]
    /// 1 = highest θ on the axis; ties share the best rank.
    public var ranks: [[Int]]
    public var standardizedPositions: [[Double]]
    public var distances: [[Double]]
    public var similarities: [[Double]]
    /// Axis × axis Spearman correlations, or nil with fewer than 3 documents.
    public var axisCorrelations: [[Double?]]?

    /// Builds the matrices from scored documents.
    ///
    /// - Complexity: O(d² × (a + c)) for d documents, a axes and c concepts.
    public init(scored: [DocumentAnalysis], axes: [String]) {
        documents = scored.map(\.metadata.id)
        self.axes = axes
        let thetas = scored.map { $0.scores.map(\.theta) }
        positions = thetas
        standardErrors = scored.map { $0.scores.map(\.standardError) }
        salience = scored.map { $0.scores.map(\.salience) }
        let columns = axes.indices.map { axis in thetas.map { $0[axis] } }
        let rankColumns = columns.map(Self.competitionRanks)
        ranks = scored.indices.map { doc in rankColumns.map { $0[doc] } }
        let zColumns = columns.map(Self.standardized)
        let z = scored.indices.map { doc in zColumns.map { $0[doc] } }
        standardizedPositions = z
        distances = z.map { a in z.map { b in Self.euclidean(a, b) } }
        let profiles = scored.map { $0.conceptCounts.map(Double.init) }
        similarities = profiles.map { a in profiles.map { b in Self.cosine(a, b) } }
        axisCorrelations = scored.count >= 3 ? columns.map { a in columns.map { b in Self.spearman(a, b) } } : nil
    }

    /// Ranks with 1 for the largest value; equal values share the best rank ("1224").
    static func competitionRanks(_ values: [Double]) -> [Int] {
        values.map { value in 1 + values.filter { $0 > value }.count }
    }

    /// Average ranks (1 = smallest), ties sharing the mean of their positions.
    static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = average }
            start = end + 1
        }
        return ranks
    }

    static func standardized(_ values: [Double]) -> [Double] {
        guard values.count > 1 else { return values.map { _ in 0 } }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        let sd = variance.squareRoot()
        guard sd > 1e-12 else { return values.map { _ in 0 } }
        return values.map { ($0 - mean) / sd }
    }

    static func euclidean(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    static func cosine(_ a: [Double], _ b: [Double]) -> Double {
        let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        let na = a.reduce(0) { $0 + $1 * $1 }.squareRoot(), nb = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard na > 0, nb > 0 else { return 0 }
        return dot / (na * nb)
    }

    static func pearson(_ a: [Double], _ b: [Double]) -> Double? {
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        guard saa > 1e-12, sbb > 1e-12 else { return nil }
        return sab / (saa * sbb).squareRoot()
    }

    /// Spearman's ρ: Pearson's r on average ranks.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double? {
        pearson(averageRanks(a), averageRanks(b))
    }
}
