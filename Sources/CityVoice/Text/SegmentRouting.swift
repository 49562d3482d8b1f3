/// A word, number or hyphenated compound (word (- word)*) being collected from segments.
struct CompoundRun {
    /// The run's bytes so far; `start` is -1 when no run is open.
    var start = -1
    var end = -1
    var isNumber = false
    /// A hyphen right after the run, waiting for a word to join it; -1 when there is none.
    var hyphenStart = -1
    var hyphenEnd = -1
}

/// How a tokenizer sends UAX #29 segments on, shared by `Tokenizer` and `ReferenceTokenizer`:
/// words and numbers are collected into hyphenated compounds (`sans-papiers` is one run,
/// `covid-19` is not: no number joins), narrow no-break spaces at a word's edges become
/// spaces, and every other segment first emits the run collected so far.
protocol SegmentRouting {
    var run: CompoundRun { get set }
    /// Emits the run collected so far, if any, and closes it.
    mutating func flushRun(_ buffer: UnsafeBufferPointer<UInt8>)
    /// Emits a punctuation token.
    mutating func punctuation(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>)
    /// Emits a space token.
    mutating func space(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>)
}

extension SegmentRouting {
    @inline(__always)
    mutating func segment(_ range: Range<Int>, _ kind: SegmentKind, _ buffer: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .word, .number:
            if TokenBytes.mayHaveNarrowSpaceEdge(range, buffer) {
                wordWithNarrowSpaces(range, isNumber: kind == .number, buffer)
            } else {
                word(range, isNumber: kind == .number, buffer)
            }
        case .punctuation:
            if run.start >= 0, run.hyphenStart < 0, !run.isNumber, range.lowerBound == run.end, TokenBytes.isHyphen(range, buffer) {
                run.hyphenStart = range.lowerBound
                run.hyphenEnd = range.upperBound
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
        if run.start >= 0, run.hyphenStart >= 0, run.hyphenEnd == range.lowerBound, !isNumber, !run.isNumber {
            run.end = range.upperBound
            run.hyphenStart = -1
            return
        }
        flushRun(buffer)
        run.start = range.lowerBound
        run.end = range.upperBound
        run.isNumber = isNumber
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
}
