/// The byte tests both tokenizers (`Tokenizer` and its plain reference, `ReferenceTokenizer`)
/// ask of the text around a segment: hyphens, narrow no-break spaces at a word's edges, list
/// markers and the case of a sentence's first letter.
enum TokenBytes {
    /// Whether a word segment may start or end with U+202F NARROW NO-BREAK SPACE (E2 80 AF):
    /// only one starting with E2 or ending with AF can; one byte test each.
    @inline(__always)
    static func mayHaveNarrowSpaceEdge(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer[range.lowerBound] == 0xE2 || buffer[range.upperBound &- 1] == 0xAF
    }

    @inline(__always)
    static func startsWithNarrowSpace(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count >= 3 && buffer[range.lowerBound] == 0xE2 && buffer[range.lowerBound + 1] == 0x80 && buffer[range.lowerBound + 2] == 0xAF
    }

    @inline(__always)
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

    /// The line breaks in a space segment: LF, CR not before LF (CR LF counts once).
    static func lineBreakCount(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var newlines = 0
        for i in range where buffer[i] == 0x0A || buffer[i] == 0x0D && (i + 1 == range.upperBound || buffer[i + 1] != 0x0A) {
            newlines += 1
        }
        return newlines
    }

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
