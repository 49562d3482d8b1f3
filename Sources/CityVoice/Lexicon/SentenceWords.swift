/// The word and number tokens of one sentence, by position from 0, with their bytes and
/// the clauses they fall in: what the matcher walks.
///
/// The matcher fills it sentence after sentence in one pass over the token columns, so that
/// what it reads about a sentence's words sits in a few small buffers still in cache, rather
/// than in columns as long as the text, read again out of order later.
struct SentenceWords {
    /// What the matcher reads about one word position.
    struct Word {
        /// `AtomBinding.typeBits` of the word's type.
        var bits: UInt64
        /// The vocabulary type.
        var type: Int32
        /// The word's bytes: `start..<end`.
        var start: UInt32
        var end: UInt32
    }

    /// The words (`count` of them; the buffer may be longer).
    private(set) var words: [Word] = []
    /// The number of words.
    private(set) var count = 0
    /// The clauses the sentence touches (`clauseCount` of them; the buffer may be longer): for
    /// each, its first word position and its index in the text. A clause without words starts
    /// where the next one does.
    private(set) var clauses: [(start: Int, index: Int)] = []
    private(set) var clauseCount = 0

    /// The token columns of a text that `collect` reads, as pointers.
    struct Columns {
        let types: UnsafeBufferPointer<Int32>
        let starts: UnsafeBufferPointer<UInt32>
        let clauseStarts: UnsafeBufferPointer<Int32>
        /// Where the last token ends: the text's length.
        let end: UInt32
    }

    /// Collects the words of tokens `range`.
    ///
    /// A token is a word or number exactly when it has a type (`Tokens.types` is -1 for the
    /// others), which spares a look at its kind.
    ///
    /// - Parameters:
    ///   - clause: the clause of the text that the token before `range` is in (0 at first);
    ///     on return, that of the last token of `range`.
    ///   - typeBits: `AtomBinding.View.typeBits`, by type + 1.
    /// - Returns: the `typeBits` of the words, ORed: which tries they start patterns of, and
    ///   which atom mask bits they have.
    /// - Complexity: O(tokens in range), branch-free per token.
    mutating func collect(_ range: Range<Int>, of text: Columns, clause: inout Int, typeBits: UnsafeBufferPointer<UInt64>) -> UInt64 {
        let textClauses = text.clauseStarts.count
        while clause + 1 < textClauses && Int(text.clauseStarts[clause + 1]) <= range.lowerBound { clause += 1 }
        // Room for every token to be a word, and for `FlatTrie.nearWords` empty words after the
        // last, and for every clause the range touches; what is never written is never read.
        if words.count < range.count + FlatTrie.nearWords {
            words = [Word](repeating: Word(bits: 0, type: 0, start: 0, end: 0), count: max(range.count + FlatTrie.nearWords, 2 * words.count, 64))
        }
        var lastClause = clause
        while lastClause + 1 < textClauses && Int(text.clauseStarts[lastClause + 1]) < range.upperBound { lastClause += 1 }
        if clauses.count < lastClause - clause + 1 {
            clauses = [(start: Int, index: Int)](repeating: (0, 0), count: max(lastClause - clause + 1, 2 * clauses.count, 16))
        }
        var count = 0, clauseCount = 1
        var union: UInt64 = 0
        var nextClause = clause + 1 < textClauses ? Int(text.clauseStarts[clause + 1]) : Int.max
        words.withUnsafeMutableBufferPointer { words in
            clauses.withUnsafeMutableBufferPointer { clauses in
                clauses[0] = (0, clause)
                var index = range.lowerBound
                while true {
                    // Tokens up to the next clause start: each is written at the next word
                    // position, which advances only past a word or number. A token ends where the
                    // next one starts (`Tokens.end(_:)`); the text's last token, where the text does.
                    let stop = min(range.upperBound, nextClause)
                    if index < stop {
                        union |= Self.fill(words.baseAddress!, count: &count, tokens: index..<stop, of: text, typeBits: typeBits)
                        index = stop
                    }
                    guard index < range.upperBound else { break }
                    while clause + 1 < textClauses && Int(text.clauseStarts[clause + 1]) <= index {
                        clause += 1
                        clauses[clauseCount] = (count, clause)
                        clauseCount += 1
                    }
                    nextClause = clause + 1 < textClauses ? Int(text.clauseStarts[clause + 1]) : Int.max
                }
                for position in count..<count + FlatTrie.nearWords { words[position].bits = 0 }
            }
        }
        self.count = count
        self.clauseCount = clauseCount
        return union
    }

    /// Writes the tokens `tokens` at word positions from `count` on, advancing `count` past
    /// each word or number; returns their `typeBits`, ORed.
    ///
    /// Out of line, so that its loop keeps its few values in registers, and branch-free per
    /// token: the text's last token, which ends where the text does, is taken apart. (One loop
    /// that picks each token's end with a select costs 1.75 times the instructions.)
    @inline(never)
    static func fill(_ words: UnsafeMutablePointer<Word>, count: inout Int, tokens: Range<Int>, of text: Columns,
                     typeBits: UnsafeBufferPointer<UInt64>) -> UInt64 {
        let types = text.types.baseAddress!, starts = text.starts.baseAddress!, bits = typeBits.baseAddress!
        var position = count, union: UInt64 = 0
        let last = text.types.count &- 1
        var index = tokens.lowerBound
        let stop = min(tokens.upperBound, last)
        while index < stop {
            let type = types[index]
            let typeBits = bits[Int(type) &+ 1]
            words[position] = Word(bits: typeBits, type: type, start: starts[index], end: starts[index &+ 1])
            union |= typeBits
            position &+= Int(truncatingIfNeeded: UInt32(bitPattern: ~type) &>> 31)
            index &+= 1
        }
        if index < tokens.upperBound {
            let type = types[index]
            let typeBits = bits[Int(type) &+ 1]
            words[position] = Word(bits: typeBits, type: type, start: starts[index], end: text.end)
            union |= typeBits
            position &+= Int(truncatingIfNeeded: UInt32(bitPattern: ~type) &>> 31)
        }
        count = position
        return union
    }

    /// Which of `clauses` holds word position `position`: the last one starting at or before it.
    func clauseSlot(of position: Int) -> Int {
        var slot = clauseCount - 1
        while clauses[slot].start > position { slot -= 1 }
        return slot
    }

    /// The clause of the text that word position `position` is in.
    func clause(of position: Int) -> Int { clauses[clauseSlot(of: position)].index }

    /// The word positions of the sentence in the same clause as `position`.
    func clauseRange(of position: Int) -> Range<Int> {
        let slot = clauseSlot(of: position)
        return clauses[slot].start..<(slot + 1 < clauseCount ? clauses[slot + 1].start : count)
    }

    /// The atom masks of the `FlatTrie.nearWords` words after `position`, ORed (none past the last word).
    @inline(__always)
    static func atomsAhead(of position: Int, in words: UnsafeBufferPointer<Word>) -> UInt64 {
        var bits: UInt64 = 0
        for offset in 1...FlatTrie.nearWords { bits |= words[position &+ offset].bits }
        return bits & AtomBinding.atomMaskBits
    }

    /// The bytes of word positions `start...end`.
    func byteRange(_ start: Int, _ end: Int) -> Range<Int> { Int(words[start].start)..<Int(words[end].end) }
}
