/// The plain tokenizer the fast `Tokenizer` is checked against.
///
/// It is the straightforward version of the same pipeline: the segmenter's closure API,
/// every token appended to the `Tokens` columns as it is found (checking that tokens
/// touch), every raw form interned as bytes and split once, every word's bytes scanned
/// for an inner full stop. The sentence and clause decisions are the shared
/// `SentenceRules`, fed the same way. The tests run both on varied texts and require
/// identical tokens, sentences, clauses and vocabularies. It is slow and meant for tests only.
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

struct ReferenceTokenizerState: SegmentRouting {
    let tokenizer: Tokenizer
    var tokens = Tokens()
    var vocabulary = Vocabulary()
    var surfaces = ReferenceSurfaceTable()

    /// The word, number or hyphenated compound being collected.
    var run = CompoundRun()

    /// Where sentences and clauses begin.
    var sentences = SentenceRules()

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
        sentences.finish(into: &tokens)
    }

    // MARK: - Words

    mutating func flushRun(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard run.start >= 0 else { return }
        let start = run.start, end = run.end
        run.start = -1
        sentences.beginWord(at: start, after: tokens, buffer)
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
        let (surface, isNew) = surfaces.surfaces.intern(slice)
        if isNew { expand(surface: surface, bytes: slice, isNumber: run.isNumber) }
        let lower = Int(surfaces.pieceStarts[Int(surface)])
        let upper = Int(surfaces.pieceStarts[Int(surface) + 1])
        var pieceStart = start
        for piece in lower..<upper {
            let pieceEnd = start + Int(surfaces.pieceEnds[piece])
            appendToken(start: pieceStart, end: pieceEnd, kind: run.isNumber ? .number : .word, type: surfaces.pieceTypes[piece])
            pieceStart = pieceEnd
        }
        sentences.noteWord(piece: surfaces.pieceTypes[upper - 1], hadInnerStop: slice.contains(UInt8(ascii: ".")),
                           isSingleLetter: end - start == 1 && !run.isNumber)
        if run.hyphenStart >= 0 {
            appendToken(start: run.hyphenStart, end: run.hyphenEnd, kind: .punctuation, type: -1)
            run.hyphenStart = -1
        }
    }

    /// Splits a new raw form into pieces (elisions, clitics) and interns their normalized forms.
    mutating func expand(surface: Int32, bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool) {
        for (end, form) in tokenizer.pieces(ofRawForm: bytes, isNumber: isNumber) {
            surfaces.pieceEnds.append(Int32(end))
            surfaces.pieceTypes.append(vocabulary.add(form: form))
        }
        surfaces.pieceStarts.append(Int32(surfaces.pieceEnds.count))
    }

    // MARK: - Punctuation and spaces

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .punctuation, type: -1)
        let type = sentences.lastWordPiece
        let stopClass = SentenceRules.isFullStop(range, buffer) && type >= 0 ? tokenizer.data.fullStopClass(of: vocabulary.form(type)) : 0
        sentences.punctuation(range, buffer, lastWordStopClass: stopClass)
    }

    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .space, type: -1)
        sentences.space(range, buffer)
    }
}
