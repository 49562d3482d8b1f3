/// What a token is: words and numbers count; spaces and punctuation are kept so the
/// text rebuilds exactly, but they are not words.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case word, number, space, punctuation

    /// Whether the token counts toward T, a document's word-token total.
    public var isCounted: Bool { self == .word || self == .number }
}

/// The tokens of one text, stored column by column.
///
/// Tokens are views into the text's bytes: token `i` covers `starts[i]..<ends[i]`,
/// consecutive tokens touch, and together they cover every byte once, so joining them
/// gives back the input exactly. Sentences and clauses are stored as the index of their
/// first token.
public struct Tokens: Sendable, Equatable {
    public internal(set) var starts: [UInt32] = []
    public internal(set) var ends: [UInt32] = []
    public internal(set) var kinds: [TokenKind] = []
    /// The interned normalized form of each word or number token (`Vocabulary` id), -1 for others.
    public internal(set) var types: [Int32] = []
    /// The first token of each sentence, ascending; the first is 0 when there are tokens.
    public internal(set) var sentenceStarts: [Int32] = []
    /// The first token of each clause, ascending; every sentence start is also a clause start.
    public internal(set) var clauseStarts: [Int32] = []

    public var count: Int { kinds.count }
    public var isEmpty: Bool { kinds.isEmpty }

    /// The byte range of token `index`.
    public func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(ends[index]) }

    /// The number of word and number tokens (T in the scores).
    public var countedTokens: Int { kinds.reduce(0) { $0 + ($1.isCounted ? 1 : 0) } }

    /// The index of the sentence containing token `index`.
    public func sentence(ofToken index: Int) -> Int { Self.segment(containing: index, in: sentenceStarts) }

    /// The index of the clause containing token `index`.
    public func clause(ofToken index: Int) -> Int { Self.segment(containing: index, in: clauseStarts) }

    /// The token range of sentence `index`.
    public func sentenceRange(_ index: Int) -> Range<Int> { Self.range(of: index, in: sentenceStarts, total: count) }

    /// The token range of clause `index`.
    public func clauseRange(_ index: Int) -> Range<Int> { Self.range(of: index, in: clauseStarts, total: count) }

    static func segment(containing token: Int, in starts: [Int32]) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(starts[mid]) <= token { low = mid } else { high = mid - 1 }
        }
        return low
    }

    static func range(of index: Int, in starts: [Int32], total: Int) -> Range<Int> {
        let lower = Int(starts[index])
        let upper = index + 1 < starts.count ? Int(starts[index + 1]) : total
        return lower..<upper
    }

    mutating func reserve(_ capacity: Int) {
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(start: Int, end: Int, kind: TokenKind, type: Int32) {
        starts.append(UInt32(truncatingIfNeeded: start))
        ends.append(UInt32(truncatingIfNeeded: end))
        kinds.append(kind)
        types.append(type)
    }
}
