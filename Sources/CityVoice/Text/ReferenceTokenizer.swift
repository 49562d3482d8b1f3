/// The plain tokenizer the fast `Tokenizer` is checked against.
///
/// It is the straightforward version of the same pipeline: every token is appended to
/// the four `Tokens` columns as it is found, every full stop looks the previous word's
/// form up as a `String` in the abbreviation sets, and every word's bytes are scanned for
/// an inner full stop. The tests run both on varied texts and require identical tokens,
/// sentences, clauses and vocabularies. It is slow and meant for tests only.
enum ReferenceTokenizer {
    /// Tokenizes `bytes` as `Tokenizer(language:).tokenize(_:)` does.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func tokenize(_ bytes: [UInt8], language: Language) -> TokenizedText {
        let tokenizer = Tokenizer(language: language)
        var state = ReferenceTokenizerState(tokenizer: tokenizer, byteCount: bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            state.run(buffer)
        }
        return TokenizedText(
            bytes: bytes,
            language: language,
            tokens: state.tokens,
            vocabulary: state.vocabulary,
            invalidUTF8Sequences: UTF8Repair.referenceInvalidSequenceCount(in: bytes)
        )
    }
}

/// How raw forms expand into tokens in the reference tokenizer: each distinct raw form is split and normalized once.
struct ReferenceSurfaceTable {
    var surfaces = ByteInterner(capacity: 4096)
    /// `pieceStarts[s]..<pieceStarts[s + 1]` index the pieces of surface `s`.
    var pieceStarts: [Int32] = [0]
    var pieceEnds: [Int32] = []      // byte offset of the piece's end within the surface
    var pieceTypes: [Int32] = []
}

struct ReferenceTokenizerState {
    let tokenizer: Tokenizer
    var tokens = Tokens()
    var vocabulary = Vocabulary()
    var surfaces = ReferenceSurfaceTable()

    // Hyphenated compound being collected: word (- word)*.
    var runStart = -1
    var runEnd = -1
    var runParts = 0
    var runIsNumber = false
    var hyphenStart = -1
    var hyphenEnd = -1

    // Sentence state.
    enum PendingBreak { case none, strong, period, periodMaybe }
    var pendingBreak = PendingBreak.none
    var pendingClause = false
    var atLineStart = true
    var lastLineEndedWithSemicolon = false
    var sawSemicolonOnLine = false
    var lastWordWasListNumberAtLineStart = false
    var lastWordType: Int32 = -1
    var lastWordHadInnerStop = false
    var lastWordIsSingleLetter = false
    var startedFirstSentence = false
    /// Line breaks since the last token that was not a space.
    var newlinesInRun = 0

    /// Bytes covered by the tokens so far: where the next token must start.
    var coveredBytes = 0

    /// Appends a token, checking that it starts where the previous one ended.
    mutating func appendToken(start: Int, end: Int, kind: TokenKind, type: Int32) {
        precondition(start == coveredBytes && end > start, "tokens touch and are not empty")
        coveredBytes = end
        tokens.append(start: start, kind: kind, type: type)
    }

    init(tokenizer: Tokenizer, byteCount: Int) {
        self.tokenizer = tokenizer
        tokens.reserve(byteCount / 3 + 16)
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        WordSegmenter.forEachSegment(in: buffer) { range, kind in
            self.segment(range, kind, buffer)
        }
        flushRun(buffer)
        precondition(coveredBytes == buffer.count, "the tokens cover the whole text")
        tokens.byteCount = buffer.count
        if !tokens.isEmpty && tokens.sentenceStarts.isEmpty {
            tokens.sentenceStarts = [0]
            tokens.clauseStarts = [0]
        }
    }

    @inline(__always)
    mutating func segment(_ range: Range<Int>, _ kind: SegmentKind, _ buffer: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .word, .number:
            // UAX #29 joins U+202F NARROW NO-BREAK SPACE to words (it is ExtendNumLet), but French
            // puts it between a word and « » ; : ! ?, so an edge one is a space of its own.
            var range = range
            if TokenBytes.startsWithNarrowSpace(range, buffer) {
                flushRun(buffer)
                space(range.lowerBound..<(range.lowerBound + 3), buffer)
                range = (range.lowerBound + 3)..<range.upperBound
            }
            var trailingSpace = false
            if range.count > 3 && TokenBytes.endsWithNarrowSpace(range, buffer) {
                range = range.lowerBound..<(range.upperBound - 3)
                trailingSpace = true
            }
            defer {
                if trailingSpace {
                    flushRun(buffer)
                    space(range.upperBound..<(range.upperBound + 3), buffer)
                }
            }
            guard !range.isEmpty else { return }
            let isNumber = kind == .number
            if runStart >= 0, hyphenStart >= 0, hyphenEnd == range.lowerBound, !isNumber, !runIsNumber {
                runEnd = range.upperBound
                runParts += 1
                hyphenStart = -1
                return
            }
            flushRun(buffer)
            runStart = range.lowerBound
            runEnd = range.upperBound
            runParts = 1
            runIsNumber = isNumber
        case .punctuation:
            if runStart >= 0, hyphenStart < 0, !runIsNumber, range.lowerBound == runEnd, TokenBytes.isHyphen(range, buffer) {
                hyphenStart = range.lowerBound
                hyphenEnd = range.upperBound
                return
            }
            flushRun(buffer)
            punctuation(range, buffer)
        case .space:
            flushRun(buffer)
            space(range, buffer)
        }
    }


    // MARK: - Words

    mutating func flushRun(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard runStart >= 0 else { return }
        let start = runStart, end = runEnd
        runStart = -1
        beginWordToken(at: start, buffer)
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
        let (surface, isNew) = surfaces.surfaces.intern(slice)
        if isNew { expand(surface: surface, bytes: slice, isNumber: runIsNumber) }
        let lower = Int(surfaces.pieceStarts[Int(surface)])
        let upper = Int(surfaces.pieceStarts[Int(surface) + 1])
        var pieceStart = start
        for piece in lower..<upper {
            let pieceEnd = start + Int(surfaces.pieceEnds[piece])
            appendToken(start: pieceStart, end: pieceEnd, kind: runIsNumber ? .number : .word, type: surfaces.pieceTypes[piece])
            pieceStart = pieceEnd
        }
        lastWordType = surfaces.pieceTypes[upper - 1]
        lastWordHadInnerStop = slice.contains(UInt8(ascii: "."))
        lastWordIsSingleLetter = end - start == 1 && !runIsNumber
        if hyphenStart >= 0 {
            appendToken(start: hyphenStart, end: hyphenEnd, kind: .punctuation, type: -1)
            hyphenStart = -1
        }
    }

    /// Splits a new raw form into pieces (elisions, clitics) and interns their normalized forms.
    mutating func expand(surface: Int32, bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool) {
        var cuts: [Int] = []
        if !isNumber {
            cuts = WordSplitter(data: tokenizer.data).cuts(in: bytes)
        }
        var pieceStart = 0
        for end in cuts + [bytes.count] {
            let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<end])
            var form = Normalizer.fold(String(decoding: piece, as: UTF8.self))
            if form.utf8.contains(0xE2) {
                form = form.replacingHyphens()
            }
            surfaces.pieceEnds.append(Int32(end))
            surfaces.pieceTypes.append(vocabulary.add(form: form))
            pieceStart = end
        }
        surfaces.pieceStarts.append(Int32(surfaces.pieceEnds.count))
    }

    // MARK: - Sentences and clauses

    /// Decides, before a word or number token at `start`, whether a sentence or clause begins.
    mutating func beginWordToken(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        let index = Int32(tokens.count)
        var newSentence = !startedFirstSentence
        startedFirstSentence = true
        var bulletToken: Int32?
        if atLineStart {
            if lastLineEndedWithSemicolon { newSentence = true }
            if TokenBytes.startsListItem(at: start, buffer) {
                newSentence = true
                // A bullet separated from its word by spaces opens the item too.
                var candidate = Int(index) - 1
                while candidate >= 0 && tokens.kinds[candidate] == .space { candidate -= 1 }
                if candidate >= 0 && tokens.kinds[candidate] == .punctuation && !TokenBytes.isDigit(buffer[start]) { bulletToken = Int32(candidate) }
            }
        }
        switch pendingBreak {
        case .none: break
        case .strong: newSentence = true
        case .period: if !TokenBytes.startsLowercase(at: start, buffer) { newSentence = true }
        case .periodMaybe: if TokenBytes.startsUppercase(at: start, buffer) { newSentence = true }
        }
        if newSentence {
            var unit = unitStart(before: index, at: start, buffer)
            if let bulletToken, bulletToken < unit, bulletToken > max(tokens.sentenceStarts.last ?? -1, tokens.clauseStarts.last ?? -1) {
                unit = bulletToken
            }
            tokens.sentenceStarts.append(unit)
            tokens.clauseStarts.append(unit)
        } else if pendingClause {
            tokens.clauseStarts.append(unitStart(before: index, at: start, buffer))
        }
        lastWordWasListNumberAtLineStart = atLineStart && TokenBytes.isDigit(buffer[start])
        pendingBreak = .none
        pendingClause = false
        atLineStart = false
        lastLineEndedWithSemicolon = false
        sawSemicolonOnLine = false
        newlinesInRun = 0
    }

    /// Where a sentence or clause that begins with token `index` starts: opening quotes and
    /// brackets glued to the word belong to it; spaces before it stay with the previous unit.
    /// - Parameters:
    ///   - index: the index the word token will have (it is not appended yet).
    ///   - byte: the byte offset where the word starts.
    func unitStart(before index: Int32, at byte: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard !tokens.sentenceStarts.isEmpty else { return 0 }
        let floor = Int(max(tokens.sentenceStarts.last!, tokens.clauseStarts.last!)) + 1
        // Tokens touch (`append` checks it), so punctuation right before the word is glued to it.
        var start = Int(index)
        while start - 1 >= floor, tokens.kinds[start - 1] == .punctuation,
              !TokenBytes.endsUnit(buffer[Int(tokens.starts[start - 1])]) {
            start -= 1
        }
        return Int32(start)
    }

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .punctuation, type: -1)
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
            if range.count == 1 { notePeriod() } else { pendingBreak = .strong }   // "..." ellipsis
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

    mutating func notePeriod() {
        if lastWordWasListNumberAtLineStart {
            lastWordWasListNumberAtLineStart = false
            return   // "1." opening a list item
        }
        guard lastWordType >= 0 else { pendingBreak = .period; return }
        let form = vocabulary.form(lastWordType)
        let data = tokenizer.data
        if data.abbreviations.contains(form) || lastWordHadInnerStop || lastWordIsSingleLetter {
            pendingBreak = .none
        } else if data.sentenceFinalAbbreviations.contains(form) {
            pendingBreak = .periodMaybe
        } else {
            pendingBreak = .period
        }
    }

    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .space, type: -1)
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
}
