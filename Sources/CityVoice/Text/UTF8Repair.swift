/// Counts the invalid UTF-8 in a byte string.
///
/// Each maximal invalid subsequence counts once, as it becomes one U+FFFD when decoded
/// (the Unicode "maximal subpart" practice, which Swift's decoder follows).
enum UTF8Repair {
    /// The number of U+FFFD replacements decoding `bytes` would make.
    ///
    /// The tokenizer counts invalid sequences as it segments (see
    /// `TokenizerState.noteNonASCIISegment`); this counts a whole buffer on its own. ASCII is
    /// skipped sixteen bytes at a time and other sequences are checked in place by
    /// `invalidSequenceLength(at:in:)`. `referenceInvalidSequenceCount(in:)` is the plain
    /// version the tests compare both with.
    ///
    /// - Complexity: O(n).
    static func invalidSequenceCount(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let count = buffer.count
            let highBits: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            var invalid = 0
            while index < count {
                // ASCII fast path: find the next byte with its high bit set.
                while index &+ 16 <= count {
                    let low = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let high = UnsafeRawPointer(base + (index &+ 8)).loadUnaligned(as: UInt64.self)
                    if (low | high) & highBits != 0 {
                        let lowBits = UInt64(littleEndian: low) & highBits
                        index &+= lowBits != 0
                            ? lowBits.trailingZeroBitCount &>> 3
                            : 8 &+ ((UInt64(littleEndian: high) & highBits).trailingZeroBitCount &>> 3)
                        break
                    }
                    index &+= 16
                }
                while index < count && base[index] < 0x80 { index &+= 1 }
                guard index < count else { break }
                if let length = invalidSequenceLength(at: index, in: buffer) {
                    invalid &+= 1
                    index &+= length
                } else {
                    index &+= lead(base[index])
                }
            }
            return invalid
        }
    }

    /// The length of the maximal invalid subsequence at `index`, or nil if a valid scalar starts there.
    ///
    /// A maximal subpart is the longest prefix of a well-formed sequence (or a single byte
    /// that starts none); decoding replaces it by one U+FFFD. The byte ranges are those of
    /// the Unicode Standard, table 3-7.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func invalidSequenceLength(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let base = buffer.baseAddress!
        let count = buffer.count
        let lead = base[index]
        if lead < 0x80 { return nil }
        let length: Int, low: UInt8, high: UInt8
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return 1   // a continuation byte without a lead, C0, C1 or F5...FF: never valid
        }
        guard index &+ 1 < count, base[index &+ 1] >= low, base[index &+ 1] <= high else { return 1 }
        var valid = 2
        while valid < length, index &+ valid < count, base[index &+ valid] & 0xC0 == 0x80 { valid &+= 1 }
        return valid < length ? valid : nil
    }

    /// The length of the well-formed sequence that `byte` leads (1 for ASCII).
    @inline(__always)
    static func lead(_ byte: UInt8) -> Int {
        byte < 0xE0 ? (byte < 0x80 ? 1 : 2) : (byte < 0xF0 ? 3 : 4)
    }

    /// The same count with the standard library's validating parser, one scalar at a time:
    /// the plain version `invalidSequenceCount(in:)` is tested against.
    ///
    /// - Complexity: O(n).
    static func referenceInvalidSequenceCount(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var invalid = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: invalid += 1
            case .emptyInput: return invalid
            }
        }
    }
}
