/// The `String`s of the matches of a run, made once per distinct content.
///
/// A document repeats its matched words and cues many times over; decoding (and validating)
/// their bytes into a new `String` for each match was a large share of matching. The strings
/// are kept by their bytes, in an open-addressing table, from one text to the next; the table
/// is emptied when it grows past a fixed size. A string is the same whether it comes from
/// here or is made anew, so the output does not depend on what the table holds.
struct MatchStrings {
    private struct Entry {
        var hash: UInt64
        var kind: UInt8
        var keyStart: Int32
        var keyCount: Int32
        var string: String
    }

    /// What an entry's key stands for, so that a text and an effect never share an entry.
    private enum Kind: UInt8 {
        case text, negation, opposition, support, cancel
    }

    private var entries: [Entry] = []
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two, at most half full.
    private var slots: [Int32] = [Int32](repeating: 0, count: 256)
    private var keys: [UInt8] = []
    /// The key of a two-cue effect, put together here.
    private var pairKey: [UInt8] = []
    /// Past either, the table is emptied before the next string goes in.
    let maxEntries: Int
    let maxKeyBytes: Int

    /// An empty table that holds at most `maxEntries` strings with `maxKeyBytes` bytes of keys.
    init(maxEntries: Int = 1 << 14, maxKeyBytes: Int = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxKeyBytes = maxKeyBytes
    }

    /// The text of `range`, as `TokenizedText.text(bytes:)` makes it.
    mutating func text(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let key = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = Self.hash(key, kind: .text)
        if let known = lookup(key, kind: .text, hash: hash) { return known }
        let made = String(decoding: key, as: UTF8.self)
        insert(made, key: key, kind: .text, hash: hash)
        return made
    }

    /// `Match.effect(negation:opposition:support:)` for the cues at these byte ranges.
    mutating func effect(negation: Range<Int>?, opposition: Range<Int>?, support: Range<Int>?,
                         in bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch (negation, opposition, support) {
        case let (negation?, opposition?, _):
            return cancellation(negation: negation, opposition: opposition, in: bytes)
        case let (negation?, nil, _):
            return effect(of: .negation, negation, in: bytes)
        case let (nil, opposition?, _):
            return effect(of: .opposition, opposition, in: bytes)
        case let (nil, nil, support?):
            return effect(of: .support, support, in: bytes)
        case (nil, nil, nil):
            return Match.effect(negation: nil, opposition: nil, support: nil)
        }
    }

    /// The effect of one cue, the text of `range`, in the role `kind`.
    private mutating func effect(of kind: Kind, _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let key = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = Self.hash(key, kind: kind)
        if let known = lookup(key, kind: kind, hash: hash) { return known }
        let cue = text(range, in: bytes)
        let made = Match.effect(negation: kind == .negation ? cue : nil, opposition: kind == .opposition ? cue : nil,
                                support: kind == .support ? cue : nil)
        insert(made, key: key, kind: kind, hash: hash)
        return made
    }

    /// The effect of a negator and an opposition cue that cancel.
    private mutating func cancellation(negation: Range<Int>, opposition: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        // The negator's length, then both texts: no two pairs give the same key.
        pairKey.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: negation.count).littleEndian) { pairKey.append(contentsOf: $0) }
        pairKey.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[negation]))
        pairKey.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[opposition]))
        let key = pairKey
        return key.withUnsafeBufferPointer { key in
            let hash = Self.hash(key, kind: .cancel)
            if let known = lookup(key, kind: .cancel, hash: hash) { return known }
            let made = Match.effect(negation: text(negation, in: bytes), opposition: text(opposition, in: bytes), support: nil)
            insert(made, key: key, kind: .cancel, hash: hash)
            return made
        }
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt8>, kind: Kind, hash: UInt64) -> String? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found == 0 { return nil }
            let entry = entries[found - 1]
            if entry.hash == hash && entry.kind == kind.rawValue && Int(entry.keyCount) == key.count
                && keys.withUnsafeBufferPointer({ Self.equal(UnsafeBufferPointer(rebasing: $0[Int(entry.keyStart)...]), key) }) {
                return entry.string
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ string: String, key: UnsafeBufferPointer<UInt8>, kind: Kind, hash: UInt64) {
        if entries.count >= maxEntries || keys.count + key.count > maxKeyBytes {
            entries.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
        }
        entries.append(Entry(hash: hash, kind: kind.rawValue, keyStart: Int32(keys.count), keyCount: Int32(key.count), string: string))
        keys.append(contentsOf: key)
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    /// Whether the first `key.count` bytes of `stored` are those of `key`.
    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
        for index in 0..<key.count where storedBase[index] != keyBase[index] { return false }
        return true
    }

    /// A 64-bit hash of `key` and `kind`: eight bytes a step, multiply and fold.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, kind: Kind) -> UInt64 {
        let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var hash = (UInt64(truncatingIfNeeded: key.count) << 8 | UInt64(kind.rawValue)) &* 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return hash ^ hash &>> 29 }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash &>> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(base[offset]) &<< shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ hash &>> 29
    }
}
