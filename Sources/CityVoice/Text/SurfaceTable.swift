/// Raw word forms, each with the pieces (tokens) it expands into.
///
/// The tokenizer looks every word and number up here by its bytes, so this is a hot
/// kernel, built so that the usual lookup is one hash and one 24-byte slot load, without a
/// branch that depends on the word: a slot holds the form's first sixteen bytes, a tag
/// (hash and length) and, for a form of at most sixteen bytes that is one token without an
/// inner full stop (nearly every word), its piece id (see `FormCache`). Longer forms and forms with
/// several pieces point to an `Entry`, and longer forms compare the rest of their bytes in
/// an arena. A form seen for the first time is added once, with its pieces (elisions,
/// clitics) and what the sentence rules need to know about it, so that nothing is decoded
/// or normalized for a form seen before. The pointers it reads through are taken for one
/// look-up at a time and do not outlive it.
struct SurfaceTable {
    /// What a raw form expands into.
    struct Entry {
        var keyStart: UInt32
        var keyLength: UInt32
        /// `firstPiece..<firstPiece + pieceCount` index `pieceEnds` and `pieceIDs`.
        var firstPiece: Int32
        var pieceCount: Int32
        /// Whether the raw form contains a full stop ("e.g", "U.N"): a stop after it ends no sentence.
        var hasInnerStop: Bool
    }

    /// One open-addressing slot.
    struct Slot {
        /// The form's first sixteen bytes, little-endian, zero-padded.
        var prefix: UInt64
        var prefix2: UInt64
        /// The hash's upper 24 bits and the form's length (capped at 255) in the low 8 bits.
        var tag: UInt32
        /// `Slot.empty`; a piece id ≥ 0 for a simple form (one piece, no inner stop, at
        /// most sixteen bytes), whose prefix and tag identify it completely; else `-(entry + 1)`.
        var value: Int32

        static let empty = Int32.min
        static let vacant = Slot(prefix: 0, prefix2: 0, tag: 0, value: empty)
    }

    /// Linear probing; the capacity is a power of two, at most half full.
    private var slots: [Slot]
    private var mask: Int
    /// Keys back to back, followed by eight zero bytes so that a key's last word can be loaded whole.
    private var arena: [UInt8]
    private(set) var entries: [Entry] = []
    /// Byte offset of each piece's end within its raw form.
    private(set) var pieceEnds: [Int32] = []
    private(set) var pieceIDs: [Int32] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot.vacant, count: size)
        mask = size - 1
        arena = Array(repeating: 0, count: 8)
        arena.reserveCapacity(capacity * 8)
    }

    /// A form's hash and first sixteen bytes, as `find` and `add` take them.
    struct Key {
        var hash: UInt32
        var prefix: UInt64
        var prefix2: UInt64
        var length: Int

        /// The tag a slot of this form carries.
        @inline(__always)
        var tag: UInt32 { hash & 0xFFFF_FF00 | UInt32(truncatingIfNeeded: min(length, 255)) }
    }

    /// The key of `bytes[offset..<offset + length]` (length > 0).
    ///
    /// Sixteen bytes are loaded at once, and the bytes past the form masked off, when the
    /// text has them, so a form of up to sixteen bytes (nearly every word) costs two loads
    /// and two multiplications and no branch on its length; longer forms go on eight bytes
    /// at a time. The final shifts let every byte reach the low bits, which pick the slot.
    ///
    /// - Complexity: O(length).
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, length: Int) -> Key {
        let base = bytes.baseAddress! + offset
        let available = bytes.count &- offset
        let prefix: UInt64, prefix2: UInt64
        if available >= 16 {
            // Masks for min(length, 8) and max(min(length, 16) - 8, 0) bytes, computed with
            // arithmetic only: words of up to eight and of nine to sixteen bytes alternate at
            // random, so a branch here would be mispredicted half the time.
            let short = length &- 8
            let first = 8 &+ (short & (short &>> 63))                  // min(length, 8), at least 1
            let long = length &- 16
            let second = (8 &+ (long & (long &>> 63))) & ~(short &>> 63) // max(min(length, 16) - 8, 0)
            let firstMask = UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* first)
            let secondMask = (UInt64.max &>> UInt64(truncatingIfNeeded: (64 &- 8 &* second) & 63))
                & (0 &- (UInt64(truncatingIfNeeded: second &+ 63) &>> 6))
            prefix = load(base) & firstMask
            prefix2 = load(base + 8) & secondMask
        } else {
            prefix = tail(base, count: min(length, 8), available: available)
            prefix2 = length > 8 ? tail(base + 8, count: min(length &- 8, 8), available: available &- 8) : 0
        }
        var h = combine(prefix, prefix2)
        if length > 16 {
            h ^= UInt64(truncatingIfNeeded: length) &* 0x94D0_49BB_1331_11EB
            var position = 16
            while position &+ 8 <= length {
                h = (h ^ load(base + position)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h &>> 31
                position &+= 8
            }
            if position < length {
                h = (h ^ tail(base + position, count: length &- position, available: available &- position)) &* 0xBF58_476D_1CE4_E5B9
            }
        }
        return Key(hash: mix(h), prefix: prefix, prefix2: prefix2, length: length)
    }

    /// The hash of a form's first sixteen bytes, before the final avalanche.
    @inline(__always)
    static func combine(_ prefix: UInt64, _ prefix2: UInt64) -> UInt64 {
        let spread = prefix2 &* 0xC2B2_AE3D_27D4_EB4F
        return prefix ^ (spread &<< 31 | spread &>> 33)
    }

    /// The final avalanche of `key(_:offset:length:)`.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt32 {
        var h = value
        h ^= h &>> 29
        h = h &* 0x9E37_79B9_7F4A_7C15
        h ^= h &>> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// The slot value of the form `bytes[offset..<offset + key.length]` if it was added before:
    /// its piece id if ≥ 0, else `-(entry + 1)`.
    ///
    /// - Parameter bytes: the whole text, so that loads past the form's end stay inside it.
    /// - Complexity: O(length), expected one probe.
    @inline(__always)
    func find(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> Int32? {
        key.length <= 16 ? findShort(key) : findLong(key, bytes, offset: offset)
    }

    /// `find` for a form of at most sixteen bytes, which its prefixes and tag identify completely.
    @inline(__always)
    private func findShort(_ key: Key) -> Int32? {
        let tag = key.tag
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let slot = slots[index]
                if slot.tag == tag && slot.prefix == key.prefix && slot.prefix2 == key.prefix2 { return slot.value }
                if slot.value == Slot.empty { return nil }
                index = (index &+ 1) & mask
            }
        }
    }

    /// `find` for a form longer than sixteen bytes, whose other bytes are compared in the arena.
    @inline(never)
    private func findLong(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> Int32? {
        let tag = key.tag
        var index = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let slot = slots[index]
            if slot.value == Slot.empty { return nil }
            if slot.tag == tag && slot.prefix == key.prefix && slot.prefix2 == key.prefix2
                && restEquals(Int(-(slot.value + 1)), bytes, offset: offset, length: key.length) {
                return slot.value
            }
            index = (index &+ 1) & mask
        }
    }

    /// Whether entry `entry`, a form longer than sixteen bytes, is `bytes[offset..<offset + length]`
    /// (whose first sixteen bytes are known to match).
    private func restEquals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, length: Int) -> Bool {
        let entry = entries[entry]
        guard Int(entry.keyLength) == length else { return false }
        return arena.withUnsafeBufferPointer { arena in
            let key = arena.baseAddress! + Int(entry.keyStart)
            let base = bytes.baseAddress! + offset
            let available = bytes.count &- offset
            var position = 16
            while position &+ 8 <= length {
                if Self.load(key + position) != Self.load(base + position) { return false }
                position &+= 8
            }
            guard position < length else { return true }
            let count = length &- position
            return Self.tail(key + position, count: count, available: 8)
                == Self.tail(base + position, count: count, available: available &- position)
        }
    }

    /// Adds a form not present yet, with its pieces; returns its slot value (as `find`).
    ///
    /// - Parameters:
    ///   - bytes: the form's bytes.
    ///   - key: `SurfaceTable.key` of the form.
    ///   - pieces: each piece's end offset within the form and its piece id, in order.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, key: Key, pieces: [(end: Int, id: Int32)]) -> Int32 {
        let id = Int32(entries.count)
        // The arena keeps eight zero bytes at its end: the new key replaces them, then they are put back.
        let keyStart = arena.count - 8
        arena.removeLast(8)
        arena.append(contentsOf: bytes)
        arena.append(contentsOf: repeatElement(0, count: 8))
        let entry = Entry(
            keyStart: UInt32(keyStart), keyLength: UInt32(bytes.count),
            firstPiece: Int32(pieceEnds.count), pieceCount: Int32(pieces.count),
            hasInnerStop: bytes.contains(UInt8(ascii: "."))
        )
        entries.append(entry)
        for piece in pieces {
            pieceEnds.append(Int32(piece.end))
            pieceIDs.append(piece.id)
        }
        let isSimple = bytes.count <= 16 && entry.pieceCount == 1 && !entry.hasInnerStop
        let value = isSimple ? pieces[0].id : -(id + 1)
        insert(Slot(prefix: key.prefix, prefix2: key.prefix2, tag: key.tag, value: value), hash: key.hash)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    private mutating func insert(_ slot: Slot, hash: UInt32) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].value != Slot.empty { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Doubles the slots. A slot keeps only the upper 24 bits of its hash, so every form is
    /// hashed again: a simple form from its prefixes, which are all of it, others from the arena.
    private mutating func grow() {
        let old = slots
        let hashes = arena.withUnsafeBufferPointer { arena in
            old.map { slot -> UInt32 in
                guard slot.value != Slot.empty else { return 0 }
                guard slot.value < 0 else { return Self.mix(Self.combine(slot.prefix, slot.prefix2)) }
                let entry = entries[Int(-(slot.value + 1))]
                return Self.key(arena, offset: Int(entry.keyStart), length: Int(entry.keyLength)).hash
            }
        }
        slots = Array(repeating: Slot.vacant, count: old.count * 2)
        mask = slots.count - 1
        for (slot, hash) in zip(old, hashes) where slot.value != Slot.empty {
            insert(slot, hash: hash)
        }
    }

    // MARK: - Bytes

    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The first `count` (1...8) bytes at `pointer` as a little-endian number; `available`
    /// bytes may be read there, so eight are loaded at once when there is room.
    @inline(__always)
    static func tail(_ pointer: UnsafePointer<UInt8>, count: Int, available: Int) -> UInt64 {
        if available >= 8 {
            return load(pointer) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count))
        }
        var value: UInt64 = 0
        for index in 0..<count { value |= UInt64(pointer[index]) &<< UInt64(truncatingIfNeeded: index &* 8) }
        return value
    }
}
