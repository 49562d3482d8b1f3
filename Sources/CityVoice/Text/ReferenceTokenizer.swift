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

    init(tokenizer: Tokenizer, byteCount: Int) {
        self.tokenizer = tokenizer
        tokens.reserve(byteCount / 3 + 16)
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        WordSegmenter.forEachSegment(in: buffer) { range, kind in
            self.segment(range, kind, buffer)
        }
        flushRun(buffer)
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
            if Self.startsWithNarrowSpace(range, buffer) {
                flushRun(buffer)
                space(range.lowerBound..<(range.lowerBound + 3), buffer)
                range = (range.lowerBound + 3)..<range.upperBound
            }
            var trailingSpace = false
            if range.count > 3 && Self.endsWithNarrowSpace(range, buffer) {
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
            if runStart >= 0, hyphenStart < 0, !runIsNumber, range.lowerBound == runEnd, Self.isHyphen(range, buffer) {
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

    static func startsWithNarrowSpace(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count >= 3 && buffer[range.lowerBound] == 0xE2 && buffer[range.lowerBound + 1] == 0x80 && buffer[range.lowerBound + 2] == 0xAF
    }

    static func endsWithNarrowSpace(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count >= 3 && buffer[range.upperBound - 3] == 0xE2 && buffer[range.upperBound - 2] == 0x80 && buffer[range.upperBound - 1] == 0xAF
    }

    static func isHyphen(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = range.count
        if count == 1 { return buffer[range.lowerBound] == UInt8(ascii: "-") }
        // U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN.
        if count == 3 {
            let b0 = buffer[range.lowerBound], b1 = buffer[range.lowerBound + 1], b2 = buffer[range.lowerBound + 2]
            return b0 == 0xE2 && b1 == 0x80 && (b2 == 0x90 || b2 == 0x91)
        }
        return false
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
            tokens.append(start: pieceStart, end: pieceEnd, kind: runIsNumber ? .number : .word, type: surfaces.pieceTypes[piece])
            pieceStart = pieceEnd
        }
        lastWordType = surfaces.pieceTypes[upper - 1]
        lastWordHadInnerStop = slice.contains(UInt8(ascii: "."))
        lastWordIsSingleLetter = end - start == 1 && !runIsNumber
        if hyphenStart >= 0 {
            tokens.append(start: hyphenStart, end: hyphenEnd, kind: .punctuation, type: -1)
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
            if Self.startsListItem(at: start, buffer) {
                newSentence = true
                // A bullet separated from its word by spaces opens the item too.
                var candidate = Int(index) - 1
                while candidate >= 0 && tokens.kinds[candidate] == .space { candidate -= 1 }
                if candidate >= 0 && tokens.kinds[candidate] == .punctuation && !Self.isDigit(buffer[start]) { bulletToken = Int32(candidate) }
            }
        }
        switch pendingBreak {
        case .none: break
        case .strong: newSentence = true
        case .period: if !Self.startsLowercase(at: start, buffer) { newSentence = true }
        case .periodMaybe: if Self.startsUppercase(at: start, buffer) { newSentence = true }
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
        lastWordWasListNumberAtLineStart = atLineStart && Self.isDigit(buffer[start])
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
        var start = Int(index)
        var glued = UInt32(truncatingIfNeeded: byte)
        while start - 1 >= floor, tokens.kinds[start - 1] == .punctuation, tokens.ends[start - 1] == glued,
              !Self.endsUnit(buffer[Int(tokens.starts[start - 1])]) {
            start -= 1
            glued = tokens.starts[start]
        }
        return Int32(start)
    }

    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        tokens.append(start: range.lowerBound, end: range.upperBound, kind: .punctuation, type: -1)
        newlinesInRun = 0
        let first = buffer[range.lowerBound]
        if first == UInt8(ascii: ";") {
            pendingClause = true
            sawSemicolonOnLine = true
            return
        }
        if !Self.isClosingPunctuation(first) { sawSemicolonOnLine = false }
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
        tokens.append(start: range.lowerBound, end: range.upperBound, kind: .space, type: -1)
        var newlines = 0
        for i in range where buffer[i] == 0x0A || buffer[i] == 0x0D && (i + 1 == range.upperBound || buffer[i + 1] != 0x0A) {
            newlines += 1
        }
        // UAX #29 gives each line break its own segment, so count across consecutive space segments.
        newlinesInRun += newlines
        guard newlines > 0 else { return }
        if newlinesInRun >= 2 { pendingBreak = .strong }
        atLineStart = true
        lastLineEndedWithSemicolon = lastLineEndedWithSemicolon || sawSemicolonOnLine
        sawSemicolonOnLine = false
        lastWordWasListNumberAtLineStart = false
    }

    // MARK: - Byte tests

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether a punctuation token starting with `byte` closes the unit before it (so it never opens the next).
    static func endsUnit(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!")
            || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ",") || byte == 0xE2   // … and closing quotes
    }

    static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "]")
            || byte == 0xE2 || byte == 0xC2   // ” ’ » and the like
    }

    /// Whether a list item starts at `start`: "1." / "1)" / "a)" or a bullet before it on the line.
    static func startsListItem(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start
        while i < buffer.count && isDigit(buffer[i]) { i += 1 }
        if i > start && i < buffer.count && (buffer[i] == UInt8(ascii: ".") || buffer[i] == UInt8(ascii: ")")) { return true }
        // A bullet or dash earlier on this line, with only spaces before it.
        var j = start - 1
        while j >= 0 && (buffer[j] == 0x20 || buffer[j] == 0x09) { j -= 1 }
        guard j >= 0 else { return false }
        let bullet: Bool
        switch buffer[j] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"): bullet = true
        case 0xA2 where j >= 2 && buffer[j - 2] == 0xE2 && buffer[j - 1] == 0x80: bullet = true   // • U+2022
        case 0x93 where j >= 2 && buffer[j - 2] == 0xE2 && buffer[j - 1] == 0x80: bullet = true   // – U+2013
        default: bullet = false
        }
        guard bullet else { return false }
        var k = buffer[j] >= 0x80 ? j - 3 : j - 1
        while k >= 0 && (buffer[k] == 0x20 || buffer[k] == 0x09) { k -= 1 }
        return k < 0 || buffer[k] == 0x0A || buffer[k] == 0x0D
    }

    static func startsLowercase(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = buffer[start]
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return firstScalar(at: start, buffer)?.properties.isLowercase ?? false
    }

    static func startsUppercase(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = buffer[start]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return firstScalar(at: start, buffer)?.properties.isUppercase ?? false
    }

    static func firstScalar(at start: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let end = min(buffer.count, start + 4)
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        return text.unicodeScalars.first
    }
}
