/// What a token is: words and numbers count; spaces and punctuation are kept so the
/// text rebuilds exactly, but they are not words.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case word, number, space, punctuation

    /// Whether the token counts toward T, a document's word-token total.
    public var isCounted: Bool { self == .word || self == .number }
}

/// The tokens of one text, stored column by column.
///
/// Tokens are views into the text's bytes: consecutive tokens touch and together they
/// cover every byte once, so token `i` covers `starts[i]..<end(i)`, where `end(i)` is the
/// next token's start (the text's end for the last one), and joining them gives back the
/// input exactly. Only starts are stored, which keeps a token at 9 bytes. Sentences and
/// clauses are stored as the index of their first token.
public struct Tokens: Sendable, Equatable {
    public internal(set) var starts: [UInt32] = []
    public internal(set) var kinds: [TokenKind] = []
    /// The interned normalized form of each word or number token (`Vocabulary` id), -1 for others.
    public internal(set) var types: [Int32] = []
    /// The first token of each sentence, ascending; the first is 0 when there are tokens.
    public internal(set) var sentenceStarts: [Int32] = []
    /// The first token of each clause, ascending; every sentence start is also a clause start.
    public internal(set) var clauseStarts: [Int32] = []

    /// The number of bytes of the text the tokens cover.
    public internal(set) var byteCount = 0

    public var count: Int { kinds.count }
    public var isEmpty: Bool { kinds.isEmpty }

    /// The byte offset just past token `index`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func end(_ index: Int) -> UInt32 {
        index &+ 1 < starts.count ? starts[index &+ 1] : UInt32(truncatingIfNeeded: byteCount)
    }

    /// The byte range of token `index`.
    public func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(end(index)) }

    /// The number of word and number tokens (T in the scores).
    ///
    /// Reads the kinds as bytes: a case without payload is stored as its index in declaration
    /// order, so words and numbers are the bytes 0 and 1 (`TokenizerTests.countedTokens` checks this), and
    /// `(byte >> 1) ^ 1` is 1 exactly for them. Written so, the loop has no branch (words and
    /// spaces alternate, which a branch would mispredict) and vectorizes.
    ///
    /// - Complexity: O(n).
    public var countedTokens: Int {
        kinds.withUnsafeBytes { bytes in
            var count = 0
            for byte in bytes { count &+= Int(truncatingIfNeeded: (byte &>> 1) ^ 1) }
            return count
        }
    }

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

    /// Makes room for `capacity` tokens in each (empty) column.
    ///
    /// - Complexity: O(1) when the columns already have the room (recycled columns).
    mutating func reserve(_ capacity: Int) {
        starts.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
    }

    /// Empties every column, keeping its capacity.
    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        byteCount = 0
        kinds.removeAll(keepingCapacity: true)
        types.removeAll(keepingCapacity: true)
        sentenceStarts.removeAll(keepingCapacity: true)
        clauseStarts.removeAll(keepingCapacity: true)
    }

    /// Appends a token starting at `start`, where the previous one (if any) ends; the
    /// tokenizer sets `byteCount` when the last token is in.
    @inline(__always)
    mutating func append(start: Int, kind: TokenKind, type: Int32) {
        starts.append(UInt32(truncatingIfNeeded: start))
        kinds.append(kind)
        types.append(type)
    }
}

/// Fixed-size token columns the tokenizer writes into before moving the tokens to `Tokens`
/// in bulk.
///
/// Appending to the three token columns of `Tokens` one token at a time costs three
/// uniqueness and capacity checks per token; the stage costs one bounds check, and its columns are
/// copied over a few thousand tokens at a time. The storage is a temporary allocation that
/// lives only inside `withTemporaryStage(_:)`.
struct TokenStage {
    static let capacity = 4096

    let starts: UnsafeMutableBufferPointer<UInt32>
    let types: UnsafeMutableBufferPointer<Int32>
    let kinds: UnsafeMutableBufferPointer<TokenKind>
    /// The number of staged tokens.
    var count = 0

    var isFull: Bool { count == Self.capacity }

    /// Calls `body` with an empty stage whose storage is released when `body` returns.
    static func withTemporaryStage<Result>(_ body: (TokenStage) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { starts in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { types in
                withUnsafeTemporaryAllocation(of: TokenKind.self, capacity: capacity) { kinds in
                    body(TokenStage(starts: starts, types: types, kinds: kinds))
                }
            }
        }
    }

    /// Stages one token; the stage must not be full.
    @inline(__always)
    mutating func append(start: Int, kind: TokenKind, type: Int32) {
        let index = count
        (starts.baseAddress! + index).initialize(to: UInt32(truncatingIfNeeded: start))
        (kinds.baseAddress! + index).initialize(to: kind)
        (types.baseAddress! + index).initialize(to: type)
        count = index &+ 1
    }
}

extension Tokens {
    /// Moves the staged tokens to the end of the columns and empties the stage.
    ///
    /// - Complexity: O(staged tokens), amortized over the columns' growth.
    mutating func append(_ stage: inout TokenStage) {
        let count = stage.count
        starts.append(contentsOf: UnsafeBufferPointer(rebasing: stage.starts[0..<count]))
        kinds.append(contentsOf: UnsafeBufferPointer(rebasing: stage.kinds[0..<count]))
        types.append(contentsOf: UnsafeBufferPointer(rebasing: stage.types[0..<count]))
        stage.count = 0
    }
}
