/// Splits UTF-8 text at Unicode word boundaries (UAX #29, Unicode 15.0).
///
/// Segments run between consecutive default word boundaries, so together they cover every byte of
/// the input exactly once, in order: words, numbers, runs of white space, and single punctuation
/// marks or symbols. The segmenter reads bytes directly (an ASCII fast path, no `String`, no
/// allocation per segment) and passes the conformance test `WordBreakTest.txt` in full.
///
/// Invalid UTF-8 never stops it: each maximal invalid subsequence (the Unicode Standard's "maximal
/// subpart", e.g. `C3` alone, `F0 9F 98` cut short, or each byte of `ED A0 80`) stands for one
/// U+FFFD, whose Word_Break value is Other, so it becomes a punctuation segment of its own.
public enum WordSegmenter {
    /// Calls `body` once per segment between consecutive UAX #29 word boundaries, in order, with its
    /// byte range in `bytes` and its kind.
    ///
    /// The ranges are non-empty, contiguous and cover `bytes` exactly; nothing is called for empty input.
    /// The function is inlinable so that `body` is inlined into the loop; the common segments are
    /// found inline too, and everything else by an out-of-line call.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    @inlinable
    public static func forEachSegment(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, SegmentKind) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let cursor = WordBreakCursor(base: base, count: bytes.count)
        var start = 0
        while start < bytes.count {
            let (end, kind) = cursor.nextSegment(from: start)
            body(start..<end, kind)
            start = end
        }
    }

    /// The segments of `bytes` between consecutive UAX #29 word boundaries, in order, with their kinds.
    ///
    /// A convenience over `forEachSegment(in:_:)` that collects the segments into an array.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func segments(in bytes: [UInt8]) -> [(range: Range<Int>, kind: SegmentKind)] {
        var result: [(range: Range<Int>, kind: SegmentKind)] = []
        bytes.withUnsafeBufferPointer { buffer in
            forEachSegment(in: buffer) { range, kind in result.append((range, kind)) }
        }
        return result
    }
}
