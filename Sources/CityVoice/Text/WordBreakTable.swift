/// The decoded two-stage lookup table of packed word-break data for every Unicode code point.
///
/// Each code point maps to one byte: its `WordBreakProperty` in bits 0–4, then the
/// Extended_Pictographic, letter and White_Space flags (see `WordBreakProperty`). ASCII uses a
/// 128-entry table; other code points go through a block index and a block of bytes. The run-length
/// encoded data in `WordBreakProperty+Generated.swift` is decoded once, on first use, into memory
/// that lives as long as the process (so the segmenter can read it through plain pointers).
@usableFromInline
struct WordBreakTable: @unchecked Sendable {
    /// The packed bytes of U+0000 to U+007F.
    @usableFromInline let ascii: UnsafePointer<UInt8>
    /// For each block of `1 << WordBreakProperty.blockShift` code points, the offset of its bytes in `blocks`.
    @usableFromInline let blockOffsets: UnsafePointer<UInt32>
    /// The distinct blocks, one packed byte per code point.
    @usableFromInline let blocks: UnsafePointer<UInt8>

    /// The table decoded from the generated data.
    @usableFromInline static let shared = WordBreakTable()

    /// Decodes the generated run-length data.
    ///
    /// - Complexity: O(*n*) in the size of the decoded table (about 0.1 MB), once per process.
    private init() {
        let blockSize = 1 << WordBreakProperty.blockShift
        let blockCount = 0x110000 >> WordBreakProperty.blockShift

        let asciiBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        precondition(WordBreakProperty.asciiData.count == 128, "generated ASCII table must have 128 entries")
        asciiBytes.initialize(from: WordBreakProperty.asciiData, count: 128)
        ascii = UnsafePointer(asciiBytes)

        let index = Self.decodeRuns(WordBreakProperty.blockIndexRuns, digits: 4)
        precondition(index.count == blockCount, "generated block index has the wrong length")
        let offsets = UnsafeMutablePointer<UInt32>.allocate(capacity: blockCount)
        for (position, block) in index.enumerated() {
            precondition(Int(block) < WordBreakProperty.blockCount, "generated block index out of range")
            offsets[position] = UInt32(Int(block) * blockSize)
        }
        blockOffsets = UnsafePointer(offsets)

        let bytes = Self.decodeRuns(WordBreakProperty.blockRuns, digits: 2)
        precondition(bytes.count == WordBreakProperty.blockCount * blockSize, "generated blocks have the wrong length")
        let blockBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        blockBytes.initialize(from: bytes.map { UInt8(truncatingIfNeeded: $0) }, count: bytes.count)
        blocks = UnsafePointer(blockBytes)
    }

    /// The packed byte of the code point `value` (a scalar value, or U+FFFD for invalid input).
    ///
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    func packed(_ value: UInt32) -> UInt8 {
        if value < 0x80 { return ascii[Int(value)] }
        let shift = UInt32(WordBreakProperty.blockShift)
        let offset = blockOffsets[Int(truncatingIfNeeded: value &>> shift)]
        return blocks[Int(truncatingIfNeeded: offset | (value & ((1 &<< shift) &- 1)))]
    }

    /// Expands the generated run-length text: each run is `digits` upper-case hex digits giving a value,
    /// then optionally the run length minus one in the digits "a"–"p"; other characters are skipped.
    ///
    /// - Complexity: O(*n*) in the length of the expanded data.
    private static func decodeRuns(_ text: String, digits: Int) -> [UInt32] {
        var values: [UInt32] = []
        var value: UInt32 = 0
        var valueDigits = 0
        var runLength: UInt32? = nil

        /// Appends the pending run, if any.
        func flush() {
            if valueDigits == digits {
                values.append(contentsOf: repeatElement(value, count: Int((runLength ?? 0) + 1)))
            }
            valueDigits = 0
            value = 0
            runLength = nil
        }

        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"):
                if valueDigits == digits { flush() }
                let digit = byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "A") + 10
                value = value << 4 | UInt32(digit)
                valueDigits += 1
            case UInt8(ascii: "a")...UInt8(ascii: "p"):
                runLength = (runLength ?? 0) << 4 | UInt32(byte - UInt8(ascii: "a"))
            default:
                continue
            }
        }
        flush()
        return values
    }
}
