/// Cuts UTF-8 text into tokens, sentences and clauses for one language.
///
/// The pipeline per text: UAX #29 word segmentation (`WordSegmenter`) → hyphenated
/// compounds joined (`sans-papiers` stays one token, matchable by its parts) → elided
/// articles and clitics split (`l’accueil` → `l’` + `accueil`; `city's` → `city` + `'s`;
/// `don't` → `do` + `n't`) → normalization (`Normalizer.fold`) → interning.
///
/// The hot loop works on bytes: each distinct raw word form is looked up in a byte hash
/// table (`SurfaceTable`), and only a form seen for the first time is decoded, split and
/// normalized. Invalid UTF-8 is counted as the segments go by, without a second pass.
///
/// Sentences end at `.`, `!`, `?`, `…` (not after abbreviations, initials or list
/// numbers, nor before a lower-case word), at blank lines, at a line break after `;`,
/// and before list items (a line starting with a number followed by `.` or `)`, or with
/// a bullet). Clauses also end at `;` and `:`.
public struct Tokenizer: Sendable {
    public let language: Language
    let data: LanguageData

    public init(language: Language) {
        self.language = language
        self.data = LanguageData.forLanguage(language)
    }

    /// Tokenizes `bytes`.
    ///
    /// Tokens are staged in small fixed columns and moved to `Tokens` in bulk; each distinct
    /// raw form is hashed into `SurfaceTable` and expanded once. `ReferenceTokenizer` is the
    /// plain version of the same pipeline, which the tests compare with this one.
    ///
    /// - Complexity: O(n) in the number of bytes; memory O(n) (about 13 bytes per token).
    public func tokenize(_ bytes: [UInt8]) -> TokenizedText {
        var workspace = TokenizerWorkspace(cachesExpansions: false)
        return tokenize(bytes, workspace: &workspace)
    }

    /// Tokenizes `bytes` with the columns, tables and expansions of `workspace`, which
    /// keeps them for the next text; the result is that of `tokenize(_:)`.
    ///
    /// - Complexity: as `tokenize(_:)`.
    func tokenize(_ bytes: [UInt8], workspace: inout TokenizerWorkspace) -> TokenizedText {
        TokenStage.withTemporaryStage { stage in
            var state = TokenizerState(tokenizer: self, stage: stage)
            swap(&state.tokens, &workspace.tokens)
            swap(&state.surfaces, &workspace.surfaces)
            swap(&state.vocabulary, &workspace.vocabulary)
            state.vocabulary.removeAll()
            if workspace.cachesExpansions {
                state.expansions = workspace.expansions.removeValue(forKey: language) ?? ExpansionCache()
            }
            state.prepare(byteCount: bytes.count)
            bytes.withUnsafeBufferPointer { buffer in
                state.run(buffer)
            }
            swap(&state.surfaces, &workspace.surfaces)
            if let expansions = state.expansions { workspace.expansions[language] = expansions }
            return TokenizedText(
                bytes: bytes,
                language: language,
                tokens: state.tokens,
                vocabulary: state.vocabulary,
                invalidUTF8Sequences: state.invalidSequences
            )
        }
    }

    /// Tokenizes a string.
    public func tokenize(_ text: String) -> TokenizedText {
        tokenize(Array(text.utf8))
    }
}

/// The state of one tokenization: the tokens so far, the vocabulary, the raw forms seen,
/// the compound being collected and what the sentence and clause rules need to remember.
///
/// `ReferenceTokenizerState` is the plain version, kept for the tests.
struct TokenizerState {
    let tokenizer: Tokenizer
    /// Tokens moved out of the stage.
    var tokens = Tokens()
    /// The newest tokens, `flushedCount..<flushedCount + stage.count`.
    var stage: TokenStage
    var flushedCount = 0
    var vocabulary = Vocabulary()
    var surfaces = SurfaceTable(capacity: 0)
    /// How raw forms expanded in earlier texts, when the workspace keeps them.
    var expansions: ExpansionCache?
    /// Scratch for the pieces of a new raw form.
    var pieceBuffer: [(end: Int, type: Int32)] = []
    /// Invalid UTF-8 sequences seen so far.
    var invalidSequences = 0
    /// How a full stop after each vocabulary type reads: 0 ends a sentence, 1 is an
    /// abbreviation (it does not), 2 may end one (before a capital).
    var stopClass: [UInt8] = []

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

    init(tokenizer: Tokenizer, stage: TokenStage) {
        self.tokenizer = tokenizer
        self.stage = stage
    }

    /// Empties the (possibly recycled) tokens and surfaces and makes room for a text of `byteCount` bytes.
    mutating func prepare(byteCount: Int) {
        tokens.removeAll()
        surfaces.removeAll()
        // About one token per 3.8 bytes in prose; reserved address space that is never
        // written costs no memory.
        tokens.reserve(byteCount / 3 + 16)
    }

    /// Tokenizes the whole text.
    ///
    /// The loop is `WordSegmenter.forEachSegment(in:_:)` written out, so that the segment
    /// handling compiles into it rather than into a closure called once per segment.
    ///
    /// - Complexity: O(n) in the number of bytes.
    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        if let base = buffer.baseAddress, !buffer.isEmpty {
            let cursor = WordBreakCursor(base: base, count: buffer.count)
            var start = 0
            let count = buffer.count
            while start < count {
                let (end, kind) = cursor.nextSegment(from: start)
                if base[start] >= 0x80 { noteNonASCIISegment(at: start, buffer) }
                // The commonest pair of all, a word and one ASCII space before an ASCII scalar other
                // than a space (so the space is a segment of its own), skips the compound state and
                // the segmenter's second call.
                if kind == .word && runStart < 0 && end &+ 1 < count && base[end] == 0x20
                    && base[end &+ 1] < 0x80 && base[end &+ 1] != 0x20
                    && base[start] != 0xE2 && base[end &- 1] != 0xAF {
                    runStart = start
                    runEnd = end
                    runParts = 1
                    runIsNumber = false
                    flushRun(buffer)
                    append(start: end, kind: .space, type: -1)
                    start = end &+ 1
                    continue
                }
                segment(start..<end, kind, buffer)
                start = end
            }
        }
        finish(buffer)
    }

    /// Emits the last run and moves the staged tokens out.
    @inline(never)
    mutating func finish(_ buffer: UnsafeBufferPointer<UInt8>) {
        flushRun(buffer)
        flushStage()
        tokens.byteCount = buffer.count
        if !tokens.isEmpty && tokens.sentenceStarts.isEmpty {
            tokens.sentenceStarts = [0]
            tokens.clauseStarts = [0]
        }
    }

    /// Counts an invalid UTF-8 sequence opening a segment.
    ///
    /// The segmenter reads each maximal invalid subsequence as one U+FFFD, whose Word_Break
    /// value is Other: it always opens a segment of its own (only Extend, Format and ZWJ may
    /// follow it there), so the segments' first bytes see every invalid sequence exactly once
    /// and the text needs no second pass. `UTF8Repair.referenceInvalidSequenceCount(in:)` is
    /// what the tests compare the total with.
    @inline(never)
    mutating func noteNonASCIISegment(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        if UTF8Repair.invalidSequenceLength(at: start, in: buffer) != nil { invalidSequences += 1 }
    }

    // MARK: - Token columns

    /// The number of tokens so far.
    var tokenCount: Int { flushedCount &+ stage.count }

    @inline(__always)
    mutating func append(start: Int, kind: TokenKind, type: Int32) {
        if stage.isFull { flushStage() }
        stage.append(start: start, kind: kind, type: type)
    }

    @inline(never)
    mutating func flushStage() {
        tokens.append(&stage)
        flushedCount = tokens.count
    }

    func kind(ofToken index: Int) -> TokenKind {
        index >= flushedCount ? stage.kinds[index &- flushedCount] : tokens.kinds[index]
    }

    func start(ofToken index: Int) -> UInt32 {
        index >= flushedCount ? stage.starts[index &- flushedCount] : tokens.starts[index]
    }

    // MARK: - Segments

    @inline(__always)
    mutating func segment(_ range: Range<Int>, _ kind: SegmentKind, _ buffer: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .word, .number:
            // U+202F NARROW NO-BREAK SPACE is E2 80 AF: only a word starting with E2 or ending
            // with AF can have one at an edge.
            if buffer[range.lowerBound] == 0xE2 || buffer[range.upperBound &- 1] == 0xAF {
                wordWithNarrowSpaces(range, isNumber: kind == .number, buffer)
            } else {
                word(range, isNumber: kind == .number, buffer)
            }
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

    /// A word or number segment: it joins the compound being collected after a hyphen, or
    /// starts a new run.
    @inline(__always)
    mutating func word(_ range: Range<Int>, isNumber: Bool, _ buffer: UnsafeBufferPointer<UInt8>) {
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
    }

    /// A word or number segment that may start or end with U+202F.
    ///
    /// UAX #29 joins U+202F NARROW NO-BREAK SPACE to words (it is ExtendNumLet), but French
    /// puts it between a word and « » ; : ! ?, so an edge one is a space of its own.
    @inline(never)
    mutating func wordWithNarrowSpaces(_ range: Range<Int>, isNumber: Bool, _ buffer: UnsafeBufferPointer<UInt8>) {
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
        if !range.isEmpty { word(range, isNumber: isNumber, buffer) }
        if trailingSpace {
            flushRun(buffer)
            space(range.upperBound..<(range.upperBound + 3), buffer)
        }
    }


    // MARK: - Words

    /// Emits the word, number or compound collected so far, if any.
    ///
    /// - Complexity: O(length of the form) for a form seen before (one hash, usually one
    ///   16-byte comparison in one probe); a new form is split and normalized once.
    @inline(__always)
    mutating func flushRun(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard runStart >= 0 else { return }
        let start = runStart, end = runEnd
        runStart = -1
        beginWordToken(at: start, buffer)
        let length = end &- start
        let key = SurfaceTable.key(buffer, offset: start, length: length)
        let value = surfaces.find(key, buffer, offset: start)
            ?? addSurface(UnsafeBufferPointer(rebasing: buffer[start..<end]), key: key, isNumber: runIsNumber)
        let kind: TokenKind = runIsNumber ? .number : .word
        if value >= 0 {
            // One token, no inner full stop.
            append(start: start, kind: kind, type: value)
            lastWordType = value
            lastWordHadInnerStop = false
        } else {
            appendPieces(of: surfaces.entries[Int(-(value + 1))], at: start, kind: kind)
        }
        lastWordIsSingleLetter = length == 1 && !runIsNumber
        if hyphenStart >= 0 {
            append(start: hyphenStart, kind: .punctuation, type: -1)
            hyphenStart = -1
        }
    }

    /// Emits the tokens of a form that is not simple: several pieces, an inner full stop, or
    /// more than sixteen bytes.
    @inline(never)
    mutating func appendPieces(of entry: SurfaceTable.Entry, at start: Int, kind: TokenKind) {
        var pieceStart = start
        for piece in Int(entry.firstPiece)..<Int(entry.firstPiece + entry.pieceCount) {
            let pieceEnd = start + Int(surfaces.pieceEnds[piece])
            append(start: pieceStart, kind: kind, type: surfaces.pieceTypes[piece])
            pieceStart = pieceEnd
        }
        lastWordType = entry.lastType
        lastWordHadInnerStop = entry.hasInnerStop
    }

    /// Splits a new raw form into pieces (elisions, clitics), interns their normalized forms
    /// and adds the form to the surface table.
    ///
    /// How a form splits and normalizes depends only on its bytes and the language, so it is
    /// taken from the expansion cache when an earlier text had the form.
    @inline(never)
    mutating func addSurface(_ bytes: UnsafeBufferPointer<UInt8>, key: SurfaceTable.Key, isNumber: Bool) -> Int32 {
        var pieces: [(end: Int, type: Int32)] = []
        swap(&pieces, &pieceBuffer)
        pieces.removeAll(keepingCapacity: true)
        defer { swap(&pieces, &pieceBuffer) }
        if let cached = expansions?.lookup(bytes, isNumber: isNumber) {
            for index in cached {
                let piece = expansions!.pieces[Int(index)]
                pieces.append((Int(piece.end), addType(piece.form, key: piece.key, stopClass: piece.stopClass)))
            }
        } else {
            var cuts: [Int] = []
            if !isNumber {
                cuts = WordSplitter(data: tokenizer.data).cuts(in: bytes)
            }
            var expansion: [ExpansionCache.Piece] = []
            var pieceStart = 0
            for end in cuts + [bytes.count] {
                let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<end])
                var form = Normalizer.fold(String(decoding: piece, as: UTF8.self))
                if form.utf8.contains(0xE2) {
                    form = form.replacingHyphens()
                }
                let formKey = Normalizer.foldAccents(form)
                let stop = fullStopClass(of: form)
                expansion.append(ExpansionCache.Piece(end: Int32(end), form: form, key: formKey, stopClass: stop))
                pieces.append((end, addType(form, key: formKey, stopClass: stop)))
                pieceStart = end
            }
            expansions?.add(bytes, isNumber: isNumber, pieces: expansion)
        }
        return surfaces.add(bytes, key: key, pieces: pieces)
    }

    /// The vocabulary id of a piece's form, adding it if new, and the full-stop class of every new type.
    mutating func addType(_ form: String, key: String?, stopClass stop: UInt8) -> Int32 {
        let known = vocabulary.count
        let type = vocabulary.add(form: form, key: key)
        if vocabulary.count == known + 1 {
            stopClass.append(stop)   // the one new type is the form itself
        } else {
            // A compound brings its new parts too.
            while stopClass.count < vocabulary.count { stopClass.append(fullStopClass(of: vocabulary.form(Int32(stopClass.count)))) }
        }
        return type
    }

    /// How a full stop after `form` reads: 1 after an abbreviation, 2 after one that may end a sentence, else 0.
    func fullStopClass(of form: String) -> UInt8 {
        let data = tokenizer.data
        return data.abbreviations.contains(form) ? 1 : data.sentenceFinalAbbreviations.contains(form) ? 2 : 0
    }

    // MARK: - Sentences and clauses

    /// Decides, before a word or number token at `start`, whether a sentence or clause begins.
    @inline(__always)
    mutating func beginWordToken(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        // Within a line and with no break pending, a word changes nothing but the list-number
        // flag: the other line flags are already clear, as only a line break or a semicolon
        // (which leaves a break or clause pending) sets them.
        if startedFirstSentence && !atLineStart && pendingBreak == .none && !pendingClause {
            lastWordWasListNumberAtLineStart = false
            return
        }
        beginWordTokenAtBoundary(at: start, buffer)
    }

    @inline(never)
    mutating func beginWordTokenAtBoundary(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        let index = Int32(tokenCount)
        var newSentence = !startedFirstSentence
        startedFirstSentence = true
        var bulletToken: Int32?
        if atLineStart {
            if lastLineEndedWithSemicolon { newSentence = true }
            if TokenBytes.startsListItem(at: start, buffer) {
                newSentence = true
                // A bullet separated from its word by spaces opens the item too.
                var candidate = Int(index) - 1
                while candidate >= 0 && kind(ofToken: candidate) == .space { candidate -= 1 }
                if candidate >= 0 && kind(ofToken: candidate) == .punctuation && !TokenBytes.isDigit(buffer[start]) { bulletToken = Int32(candidate) }
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
        // Tokens touch, so punctuation right before the word (no space token between) is glued to it.
        var start = Int(index)
        while start - 1 >= floor, kind(ofToken: start - 1) == .punctuation,
              !TokenBytes.endsUnit(buffer[Int(self.start(ofToken: start - 1))]) {
            start -= 1
        }
        return Int32(start)
    }

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        append(start: range.lowerBound, kind: .punctuation, type: -1)
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

    /// Whether a full stop after the last word may end the sentence, from that word's
    /// precomputed class rather than its form.
    mutating func notePeriod() {
        if lastWordWasListNumberAtLineStart {
            lastWordWasListNumberAtLineStart = false
            return   // "1." opening a list item
        }
        guard lastWordType >= 0 else { pendingBreak = .period; return }
        let stop = stopClass[Int(lastWordType)]
        if stop == 1 || lastWordHadInnerStop || lastWordIsSingleLetter {
            pendingBreak = .none
        } else if stop == 2 {
            pendingBreak = .periodMaybe
        } else {
            pendingBreak = .period
        }
    }

    @inline(__always)
    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        append(start: range.lowerBound, kind: .space, type: -1)
        // One ASCII space, the commonest token of all, holds no line break.
        if range.count == 1 && buffer[range.lowerBound] == 0x20 { return }
        countLineBreaks(range, buffer)
    }

    @inline(never)
    mutating func countLineBreaks(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
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

extension String {
    /// Replaces U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN with "-".
    func replacingHyphens() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2010}" || $0 == "\u{2011}" ? "-" : $0 }))
    }
}
