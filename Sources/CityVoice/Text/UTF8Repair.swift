/// Counts the invalid UTF-8 in a byte string.
///
/// Each maximal invalid subsequence counts once, as it becomes one U+FFFD when decoded
/// (the Unicode "maximal subpart" practice, which Swift's decoder follows).
enum UTF8Repair {
    /// The number of U+FFFD replacements decoding `bytes` would make.
    ///
    /// - Complexity: O(n); ASCII runs are skipped eight bytes at a time.
    static func invalidSequenceCount(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            var invalid = 0
            while index < count {
                // ASCII fast path.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                guard index < count else { break }
                if buffer[index] < 0x80 { index += 1; continue }
                // Decode one non-ASCII scalar with the standard library's validating parser.
                var iterator = UnsafeBufferPointer(rebasing: buffer[index...]).makeIterator()
                var parser = Unicode.UTF8.ForwardParser()
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    index += encoded.count
                case .error(let length):
                    invalid += 1
                    index += length
                case .emptyInput:
                    index = count
                }
            }
            return invalid
        }
    }
}
