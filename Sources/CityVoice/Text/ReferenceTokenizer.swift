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

    /// Where sentences and clauses begin.
    var sentences = SentenceRules()
    /// How a full stop after each vocabulary type reads, filled as types are added.
    var stopClasses: [UInt8] = []

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
        sentences.beginWord(at: start, after: tokens, buffer)
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
        sentences.noteWord(type: surfaces.pieceTypes[upper - 1], hadInnerStop: slice.contains(UInt8(ascii: ".")),
                           isSingleLetter: end - start == 1 && !runIsNumber)
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
        // Every new type gets its full-stop class, the parts a compound brings in included.
        while stopClasses.count < vocabulary.count {
            stopClasses.append(tokenizer.data.fullStopClass(of: vocabulary.form(Int32(stopClasses.count))))
        }
        surfaces.pieceStarts.append(Int32(surfaces.pieceEnds.count))
    }

    // MARK: - Punctuation and spaces

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .punctuation, type: -1)
        sentences.punctuation(range, buffer, stopClasses: stopClasses)
    }

    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        appendToken(start: range.lowerBound, end: range.upperBound, kind: .space, type: -1)
        sentences.space(range, buffer)
    }
}
