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
/// Sentences and clauses follow `SentenceRules`.
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
    /// - Complexity: O(n) in the number of bytes; memory O(n) (9 bytes per token).
    public func tokenize(_ bytes: [UInt8]) -> TokenizedText {
        var workspace = TokenizerWorkspace()
        return tokenize(bytes, workspace: &workspace)
    }

    /// Tokenizes `bytes` with the columns, vocabulary and form cache of `workspace`, which
    /// keeps them for the next text; the result is that of `tokenize(_:)`.
    ///
    /// - Complexity: as `tokenize(_:)`.
    func tokenize(_ bytes: [UInt8], workspace: inout TokenizerWorkspace) -> TokenizedText {
        TokenStage.withTemporaryStage { stage in
            var state = TokenizerState(tokenizer: self, stage: stage)
            swap(&state.tokens, &workspace.tokens)
            swap(&state.vocabulary, &workspace.vocabulary)
            state.vocabulary.removeAll()
            if let cache = workspace.forms.removeValue(forKey: language) { state.forms = cache }
            state.prepare(byteCount: bytes.count)
            bytes.withUnsafeBufferPointer { buffer in
                state.run(buffer)
            }
            state.forms.endText()
            if state.forms.formCount <= workspace.formLimit { workspace.forms[language] = state.forms }
            return TokenizedText(
                bytes: bytes,
                language: language,
                tokens: state.tokens,
                vocabulary: state.vocabulary,
                invalidUTF8Sequences: state.invalidSequences
            )
        }
    }

    /// How a new raw word or number form splits: each piece (elided article, host, clitic)
    /// with its end as a byte offset in the form and its normalized form (`Normalizer.fold`,
    /// U+2010 and U+2011 as "-"). Numbers do not split.
    func pieces(ofRawForm bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> [(end: Int, form: String)] {
        let cuts = isNumber ? [] : WordSplitter(data: data).cuts(in: bytes)
        var pieces: [(end: Int, form: String)] = []
        var pieceStart = 0
        for end in cuts + [bytes.count] {
            var form = Normalizer.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<end]), as: UTF8.self))
            if form.utf8.contains(0xE2) {
                form = form.replacingHyphens()
            }
            pieces.append((end, form))
            pieceStart = end
        }
        return pieces
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
struct TokenizerState: SegmentRouting {
    let tokenizer: Tokenizer
    /// Tokens moved out of the stage.
    var tokens = Tokens()
    /// The newest tokens, `flushedCount..<flushedCount + stage.count`.
    var stage: TokenStage
    var flushedCount = 0
    var vocabulary = Vocabulary()
    /// The raw forms met so far, in this text and, with a workspace, in earlier ones.
    var forms = FormCache()
    /// Invalid UTF-8 sequences seen so far.
    var invalidSequences = 0

    /// The word, number or hyphenated compound being collected.
    var run = CompoundRun()

    /// Where sentences and clauses begin.
    var sentences = SentenceRules()

    init(tokenizer: Tokenizer, stage: TokenStage) {
        self.tokenizer = tokenizer
        self.stage = stage
    }

    /// Empties the (possibly recycled) tokens and makes room for a text of `byteCount` bytes.
    mutating func prepare(byteCount: Int) {
        tokens.removeAll()
        sentences.adoptColumns(of: &tokens)
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
                // than a space (so the space is a segment of its own), is taken without asking the
                // segmenter for the space; the word and the space go where `segment` sends them.
                if kind == .word && end &+ 1 < count && base[end] == 0x20
                    && base[end &+ 1] < 0x80 && base[end &+ 1] != 0x20
                    && !TokenBytes.mayHaveNarrowSpaceEdge(start..<end, buffer) {
                    word(start..<end, isNumber: false, buffer)
                    flushRun(buffer)
                    space(end..<(end &+ 1), buffer)
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
        sentences.finish(into: &tokens)
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


    // MARK: - Words

    /// Emits the word, number or compound collected so far, if any.
    ///
    /// - Complexity: O(length of the form) for a form seen before (one hash, usually one
    ///   16-byte comparison in one probe); a new form is split and normalized once.
    @inline(__always)
    mutating func flushRun(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard run.start >= 0 else { return }
        let start = run.start, end = run.end
        run.start = -1
        beginWordToken(at: start, buffer)
        let length = end &- start
        let key = SurfaceTable.key(buffer, offset: start, length: length)
        let value = forms.surfaces.find(key, buffer, offset: start)
            ?? addSurface(UnsafeBufferPointer(rebasing: buffer[start..<end]), key: key, isNumber: run.isNumber)
        let kind: TokenKind = run.isNumber ? .number : .word
        let isSingleLetter = length == 1 && !run.isNumber
        if value >= 0 {
            // One token, no inner full stop.
            append(start: start, kind: kind, type: localType(ofPiece: value))
            sentences.noteWord(piece: value, hadInnerStop: false, isSingleLetter: isSingleLetter)
        } else {
            appendPieces(of: forms.surfaces.entries[Int(-(value + 1))], at: start, kind: kind, isSingleLetter: isSingleLetter)
        }
        if run.hyphenStart >= 0 {
            append(start: run.hyphenStart, kind: .punctuation, type: -1)
            run.hyphenStart = -1
        }
    }

    /// Emits the tokens of a form that is not simple: several pieces, an inner full stop, or
    /// more than sixteen bytes.
    @inline(never)
    mutating func appendPieces(of entry: SurfaceTable.Entry, at start: Int, kind: TokenKind, isSingleLetter: Bool) {
        var pieceStart = start
        var lastPiece: Int32 = -1
        for piece in Int(entry.firstPiece)..<Int(entry.firstPiece + entry.pieceCount) {
            let pieceEnd = start + Int(forms.surfaces.pieceEnds[piece])
            lastPiece = forms.surfaces.pieceIDs[piece]
            append(start: pieceStart, kind: kind, type: localType(ofPiece: lastPiece))
            pieceStart = pieceEnd
        }
        sentences.noteWord(piece: lastPiece, hadInnerStop: entry.hasInnerStop, isSingleLetter: isSingleLetter)
    }

    /// The vocabulary id in this text of piece `piece` of `forms`; a piece the text has not
    /// met yet is added to its vocabulary first.
    @inline(__always)
    mutating func localType(ofPiece piece: Int32) -> Int32 {
        let type = forms.localTypes[Int(piece)]
        return type >= 0 ? type : addLocalType(ofPiece: piece)
    }

    @inline(never)
    mutating func addLocalType(ofPiece piece: Int32) -> Int32 {
        let record = forms.pieces[Int(piece)]
        let type = vocabulary.add(form: record.form, key: record.key)
        forms.setLocalType(type, ofPiece: piece)
        return type
    }

    /// Splits a new raw form into pieces (elisions, clitics), normalizes them and adds the
    /// form and its pieces to `forms`; returns the form's slot value (see `SurfaceTable.find`).
    @inline(never)
    mutating func addSurface(_ bytes: UnsafeBufferPointer<UInt8>, key: SurfaceTable.Key, isNumber: Bool) -> Int32 {
        let pieces = tokenizer.pieces(ofRawForm: bytes, isNumber: isNumber).map { end, form in
            (end: end, id: forms.add(FormCache.Piece(form: form, key: Normalizer.foldAccents(form), stopClass: tokenizer.data.fullStopClass(of: form))))
        }
        return forms.surfaces.add(bytes, key: key, pieces: pieces)
    }

    // MARK: - Sentences and clauses

    /// Lets the sentence rules decide, before a word or number token at `start`, whether a
    /// sentence or clause begins; within a unit that is one inline test.
    @inline(__always)
    mutating func beginWordToken(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        if sentences.beginWordWithinUnit() { return }
        beginWordTokenAtBoundary(at: start, buffer)
    }

    @inline(never)
    mutating func beginWordTokenAtBoundary(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
        sentences.beginWord(at: start, after: StagedTokens(tokens: tokens, stage: stage, flushedCount: flushedCount), buffer)
    }

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        append(start: range.lowerBound, kind: .punctuation, type: -1)
        let piece = sentences.lastWordPiece
        let stopClass = SentenceRules.isFullStop(range, buffer) && piece >= 0 ? forms.pieces[Int(piece)].stopClass : 0
        sentences.punctuation(range, buffer, lastWordStopClass: stopClass)
    }

    @inline(__always)
    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        append(start: range.lowerBound, kind: .space, type: -1)
        sentences.space(range, buffer)
    }
}

/// The tokens written so far, in the columns and on the stage, as the sentence rules see them.
struct StagedTokens: TokenHistory {
    let tokens: Tokens
    let stage: TokenStage
    let flushedCount: Int

    var tokenCount: Int { flushedCount &+ stage.count }

    func kind(ofToken index: Int) -> TokenKind {
        index >= flushedCount ? stage.kinds[index &- flushedCount] : tokens.kinds[index]
    }

    func start(ofToken index: Int) -> UInt32 {
        index >= flushedCount ? stage.starts[index &- flushedCount] : tokens.starts[index]
    }
}

extension String {
    /// Replaces U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN with "-".
    func replacingHyphens() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2010}" || $0 == "\u{2011}" ? "-" : $0 }))
    }
}
