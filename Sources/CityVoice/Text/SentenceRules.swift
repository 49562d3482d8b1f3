/// The tokens written so far, as the sentence rules look back at them.
protocol TokenHistory {
    /// The number of tokens so far; the next token gets this index.
    var tokenCount: Int { get }
    func kind(ofToken index: Int) -> TokenKind
    func start(ofToken index: Int) -> UInt32
}

extension Tokens: TokenHistory {
    var tokenCount: Int { count }
    func kind(ofToken index: Int) -> TokenKind { kinds[index] }
    func start(ofToken index: Int) -> UInt32 { starts[index] }
}

/// Where sentences and clauses begin, decided token by token as a tokenizer writes them;
/// both `Tokenizer` and `ReferenceTokenizer` follow these rules.
///
/// Sentences end at `.`, `!`, `?`, `…` (not after abbreviations, initials or list numbers,
/// nor before a lower-case word), at blank lines, at a line break after `;`, and before list
/// items (a line starting with a number followed by `.` or `)`, or with a bullet). Clauses
/// also end at `;` and `:`. A unit starts at its first word, with the opening quotes and
/// brackets glued to it; spaces before it stay with the previous unit.
///
/// The tokenizer calls `beginWord` before each word or number token, `punctuation` and
/// `space` after appending those tokens, and `noteWord` after each word run.
struct SentenceRules {
    /// The first token of each sentence, ascending.
    private(set) var sentenceStarts: [Int32] = []
    /// The first token of each clause, ascending; every sentence start is one.
    private(set) var clauseStarts: [Int32] = []

    enum PendingBreak { case none, strong, period, periodMaybe }
    private var pendingBreak = PendingBreak.none
    private var pendingClause = false
    private var atLineStart = true
    private var lastLineEndedWithSemicolon = false
    private var sawSemicolonOnLine = false
    private var lastWordWasListNumberAtLineStart = false
    private var startedFirstSentence = false
    /// Line breaks since the last token that was not a space.
    private var newlinesInRun = 0
    /// The last word run: the caller's id of its last piece (-1 before any), whether its raw
    /// form has an inner full stop ("U.N"), and whether it is a single letter (an initial).
    private(set) var lastWordPiece: Int32 = -1
    private var lastWordHadInnerStop = false
    private var lastWordIsSingleLetter = false

    /// Records the word run just written. `piece` is whatever id the caller can later turn
    /// into the last piece's full-stop class; it is asked for only at a full stop
    /// (`isFullStop`), so the per-word cost is one store.
    @inline(__always)
    mutating func noteWord(piece: Int32, hadInnerStop: Bool, isSingleLetter: Bool) {
        lastWordPiece = piece
        lastWordHadInnerStop = hadInnerStop
        lastWordIsSingleLetter = isSingleLetter
    }

    /// Whether the punctuation token at `range` is a single full stop, after which
    /// `punctuation` needs the last word's full-stop class.
    @inline(__always)
    static func isFullStop(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count == 1 && buffer[range.lowerBound] == UInt8(ascii: ".")
    }

    /// Whether a word starting now can only clear the list-number flag: within a line, with
    /// no break or clause pending (only a line break or a semicolon sets the other line flags,
    /// and those leave a break or clause pending). The tokenizer's hot path asks this first.
    @inline(__always)
    mutating func beginWordWithinUnit() -> Bool {
        guard startedFirstSentence && !atLineStart && pendingBreak == .none && !pendingClause else { return false }
        lastWordWasListNumberAtLineStart = false
        return true
    }

    /// Decides, before a word or number token at byte `start`, whether a sentence or clause
    /// begins; `history` holds the tokens before it.
    mutating func beginWord(at start: Int, after history: some TokenHistory, _ buffer: UnsafeBufferPointer<UInt8>) {
        let index = Int32(history.tokenCount)
        var newSentence = !startedFirstSentence
        startedFirstSentence = true
        var bulletToken: Int32?
        if atLineStart {
            if lastLineEndedWithSemicolon { newSentence = true }
            if TokenBytes.startsListItem(at: start, buffer) {
                newSentence = true
                // A bullet separated from its word by spaces opens the item too.
                var candidate = Int(index) - 1
                while candidate >= 0 && history.kind(ofToken: candidate) == .space { candidate -= 1 }
                if candidate >= 0 && history.kind(ofToken: candidate) == .punctuation && !TokenBytes.isDigit(buffer[start]) {
                    bulletToken = Int32(candidate)
                }
            }
        }
        switch pendingBreak {
        case .none: break
        case .strong: newSentence = true
        case .period: if !TokenBytes.startsLowercase(at: start, buffer) { newSentence = true }
        case .periodMaybe: if TokenBytes.startsUppercase(at: start, buffer) { newSentence = true }
        }
        if newSentence {
            var unit = unitStart(before: index, history, buffer)
            if let bulletToken, bulletToken < unit, bulletToken > max(sentenceStarts.last ?? -1, clauseStarts.last ?? -1) {
                unit = bulletToken
            }
            sentenceStarts.append(unit)
            clauseStarts.append(unit)
        } else if pendingClause {
            clauseStarts.append(unitStart(before: index, history, buffer))
        }
        lastWordWasListNumberAtLineStart = atLineStart && TokenBytes.isDigit(buffer[start])
        pendingBreak = .none
        pendingClause = false
        atLineStart = false
        lastLineEndedWithSemicolon = false
        sawSemicolonOnLine = false
        newlinesInRun = 0
    }

    /// Where a unit that begins with token `index` (not written yet) starts: opening quotes
    /// and brackets glued to the word belong to it. Tokens touch, so punctuation right before
    /// the word (no space token between) is glued to it.
    private func unitStart(before index: Int32, _ history: some TokenHistory, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let lastSentence = sentenceStarts.last, let lastClause = clauseStarts.last else { return 0 }
        let floor = Int(max(lastSentence, lastClause)) + 1
        var start = Int(index)
        while start - 1 >= floor, history.kind(ofToken: start - 1) == .punctuation,
              !TokenBytes.endsUnit(buffer[Int(history.start(ofToken: start - 1))]) {
            start -= 1
        }
        return Int32(start)
    }

    /// Reads a punctuation token just written at `range`.
    ///
    /// - Parameter lastWordStopClass: at a full stop (`isFullStop`) after a word run,
    ///   `LanguageData.fullStopClass(of:)` of the run's last piece (`lastWordPiece`); else 0.
    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>, lastWordStopClass: UInt8) {
        newlinesInRun = 0
        let first = buffer[range.lowerBound]
        if first == UInt8(ascii: ";") {
            pendingClause = true
            sawSemicolonOnLine = true
            return
        }
        if !TokenBytes.isClosingPunctuation(first) { sawSemicolonOnLine = false }
        switch first {
        case UInt8(ascii: "."):
            if range.count == 1 { notePeriod(lastWordStopClass) } else { pendingBreak = .strong }   // "..." ellipsis
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            pendingBreak = .strong
        case UInt8(ascii: ":"):
            pendingClause = true
        case 0xE2 where range.count == 3 && buffer[range.lowerBound + 1] == 0x80 && buffer[range.lowerBound + 2] == 0xA6:
            pendingBreak = .strong   // … U+2026
        default:
            break
        }
    }

    /// Whether a full stop after the last word may end the sentence.
    private mutating func notePeriod(_ lastWordStopClass: UInt8) {
        if lastWordWasListNumberAtLineStart {
            lastWordWasListNumberAtLineStart = false
            return   // "1." opening a list item
        }
        let stop = lastWordStopClass
        if stop == LanguageData.abbreviationStop || lastWordHadInnerStop || lastWordIsSingleLetter {
            pendingBreak = .none
        } else if stop == LanguageData.maybeFinalStop {
            pendingBreak = .periodMaybe
        } else {
            pendingBreak = .period
        }
    }

    /// Reads a space token just written at `range`.
    @inline(__always)
    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        // One ASCII space, the commonest token of all, holds no line break.
        if range.count == 1 && buffer[range.lowerBound] == 0x20 { return }
        countLineBreaks(range, buffer)
    }

    @inline(never)
    private mutating func countLineBreaks(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        let newlines = TokenBytes.lineBreakCount(range, buffer)
        // UAX #29 gives each line break its own segment, so count across consecutive space segments.
        newlinesInRun += newlines
        guard newlines > 0 else { return }
        if newlinesInRun >= 2 { pendingBreak = .strong }
        atLineStart = true
        lastLineEndedWithSemicolon = lastLineEndedWithSemicolon || sawSemicolonOnLine
        sawSemicolonOnLine = false
        lastWordWasListNumberAtLineStart = false
    }

    /// Takes the emptied sentence and clause columns of `tokens` (recycled ones keep their
    /// capacity) to fill; `finish(into:)` moves them back. Call it before the first word.
    mutating func adoptColumns(of tokens: inout Tokens) {
        precondition(sentenceStarts.isEmpty && tokens.sentenceStarts.isEmpty && tokens.clauseStarts.isEmpty)
        swap(&tokens.sentenceStarts, &sentenceStarts)
        swap(&tokens.clauseStarts, &clauseStarts)
    }

    /// Moves the sentence and clause starts into `tokens` at the end of a text: a text with
    /// tokens but no word is one sentence.
    mutating func finish(into tokens: inout Tokens) {
        if !tokens.isEmpty && sentenceStarts.isEmpty {
            sentenceStarts = [0]
            clauseStarts = [0]
        }
        swap(&tokens.sentenceStarts, &sentenceStarts)
        swap(&tokens.clauseStarts, &clauseStarts)
    }
}
