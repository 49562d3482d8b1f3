/// How a sentence stands in a list, as stance cues see it: a sentence that ends with a colon
/// hands its negators and opposition cues on to the list items that follow it.
///
/// Shared by `Matcher` and `ReferenceMatcher`, which read list markers and colons the same
/// way: the matcher on pointers into the token columns, the reference on the arrays.
enum ListMarkers {
    /// Whether tokens `range` (a sentence) open with a list marker: "1." / "1)" / "a)" or a
    /// bullet ("-", "*", "•", "–").
    ///
    /// - Parameters: `kinds` and `starts` are the columns of `Tokens`; `bytes` the text.
    static func opensListItem<Kinds: RandomAccessCollection<TokenKind>, Starts: RandomAccessCollection<UInt32>,
                              Bytes: RandomAccessCollection<UInt8>>(
        _ range: Range<Int>, kinds: Kinds, starts: Starts, bytes: Bytes
    ) -> Bool where Kinds.Index == Int, Starts.Index == Int, Bytes.Index == Int {
        var first = range.lowerBound
        while first < range.upperBound && kinds[first] == .space { first += 1 }
        guard first < range.upperBound else { return false }
        let kind = kinds[first]
        let start = Int(starts[first])
        // Tokens touch: one ends where the next starts, the last where the text does.
        let end = first + 1 < starts.count ? Int(starts[first + 1]) : bytes.count
        if kind == .punctuation {
            // "•" is E2 80 A2 and "–" E2 80 93; nothing else is canonically equivalent to either.
            let isBullet = end - start == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
                && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93)
            return bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*") || isBullet
        }
        let next = first + 1
        guard next < range.upperBound, kinds[next] == .punctuation else { return false }
        let marker = bytes[Int(starts[next])]
        return end - start <= 3 && (marker == UInt8(ascii: ".") && kind == .number || marker == UInt8(ascii: ")"))
    }

    /// Whether tokens `range` (a sentence) end with a colon, ignoring trailing spaces.
    static func endsWithColon<Kinds: RandomAccessCollection<TokenKind>, Starts: RandomAccessCollection<UInt32>,
                              Bytes: RandomAccessCollection<UInt8>>(
        _ range: Range<Int>, kinds: Kinds, starts: Starts, bytes: Bytes
    ) -> Bool where Kinds.Index == Int, Starts.Index == Int, Bytes.Index == Int {
        var last = range.upperBound - 1
        while last >= range.lowerBound && kinds[last] == .space { last -= 1 }
        guard last >= range.lowerBound else { return false }
        return kinds[last] == .punctuation && bytes[Int(starts[last])] == UInt8(ascii: ":")
    }
}

extension TokenizedText {
    /// Whether sentence `index` opens with a list marker (`ListMarkers.opensListItem`).
    func sentenceIsListItem(_ index: Int) -> Bool {
        ListMarkers.opensListItem(tokens.sentenceRange(index), kinds: tokens.kinds, starts: tokens.starts, bytes: bytes)
    }

    /// Whether sentence `index` ends with a colon (`ListMarkers.endsWithColon`).
    func sentenceEndsWithColon(_ index: Int) -> Bool {
        ListMarkers.endsWithColon(tokens.sentenceRange(index), kinds: tokens.kinds, starts: tokens.starts, bytes: bytes)
    }
}
