/// Maps byte strings to dense integer ids, storing each distinct string once.
///
/// The hot tokenizer loop looks every word's raw bytes up here, so lookups hash the
/// bytes in place and compare against a contiguous arena: no `String`, no allocation
/// per lookup.
///
/// - Complexity: `intern` is O(n) in the length of the key, amortized over table growth.
struct ByteInterner: Sendable {
    private(set) var arena: [UInt8] = []
    /// `starts[id]..<starts[id + 1]` is the key of `id` in `arena`.
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Open-addressing table of ids; -1 marks an empty slot. Capacity is a power of two.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
    }

    /// Removes every key, keeping the capacity.
    mutating func removeAll() {
        guard !hashes.isEmpty else { return }
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        hashes.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
    }

    /// The number of distinct keys.
    var count: Int { hashes.count }

    /// The id of `bytes`, and whether it was newly added.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && keyEquals(Int(id), bytes) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `bytes` if it was interned before.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && keyEquals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The key of `id`.
    func key(_ id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    @inline(__always)
    private func keyEquals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id])
        let length = Int(starts[id + 1]) - start
        guard length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arenaBuffer in
            var i = 0
            while i < length {
                if arenaBuffer[start + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        let newMask = size - 1
        for id in 0..<hashes.count {
            var slot = Int(hashes[id]) & newMask
            while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = Int32(id)
        }
        slots = newSlots
        mask = newMask
    }

    /// FNV-1a with a final avalanche, so that linear probing sees well-spread slots.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes {
            h = (h ^ UInt32(byte)) &* 16_777_619
        }
        h ^= h >> 15
        h = h &* 0x2C1B_3C6D
        h ^= h >> 12
        return h
    }
}

extension ByteInterner {
    /// Interns the UTF-8 bytes of `string`.
    mutating func intern(_ string: String) -> Int32 {
        insert(string).id
    }

    /// Interns the UTF-8 bytes of `string`, and tells whether they were new.
    mutating func insert(_ string: String) -> (id: Int32, isNew: Bool) {
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// Looks up the UTF-8 bytes of `string`.
    func lookup(_ string: String) -> Int32? {
        var copy = string
        return copy.withUTF8 { lookup($0) }
    }

    /// The key of `id` decoded as UTF-8 (invalid bytes become U+FFFD).
    func string(_ id: Int32) -> String {
        String(decoding: key(id), as: UTF8.self)
    }
}
