internal import CSHA256

/// SHA-256 (FIPS 180-4), for the provenance of documents and lexicons.
///
/// Written from the standard's description; the toolchain offers no hash on Linux
/// without a package dependency. Every document is hashed in full, so the block
/// function is a measured hot kernel: it reads whole blocks straight from the caller's
/// contiguous bytes. On x86-64 CPUs with the SHA extensions whole blocks go to the C
/// block function in `CSHA256`; elsewhere the Swift block function below runs, keeping
/// the message schedule on the stack. `ReferenceSHA256` is the plain version the tests
/// compare both against.
public struct SHA256: Sendable {
    private var state: [UInt32] = SHA256.initialState
    /// The bytes of an unfinished block (always fewer than 64 between calls).
    private var pending: [UInt8] = []
    private var length: UInt64 = 0
    private let engine: Engine

    /// The block function a hasher runs.
    enum Engine: Sendable, CaseIterable, CustomStringConvertible {
        /// The x86 SHA extensions (with SSSE3 and SSE4.1), through `CSHA256`.
        case shaExtensions
        /// The Swift block function; runs on every CPU.
        case portable

        /// The fastest engine this CPU can run, decided once per process.
        static let preferred: Engine = csha256_hardware_available() ? .shaExtensions : .portable

        /// Whether this CPU can run the engine.
        var isAvailable: Bool { self == .portable || Self.preferred == .shaExtensions }

        var description: String {
            switch self {
            case .shaExtensions: "x86 SHA extensions"
            case .portable: "portable Swift"
            }
        }
    }

    static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    public init() {
        engine = .preferred
    }

    /// A hasher on a chosen block function, so the tests can run each one on any machine that has it.
    ///
    /// - Parameter engine: the block function; it must be available on this CPU.
    init(engine: Engine) {
        precondition(engine.isAvailable, "SHA-256 engine '\(engine)' is not available on this CPU")
        self.engine = engine
    }

    /// The lower-case hexadecimal digest of `bytes`.
    ///
    /// - Complexity: O(n).
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// Adds bytes to the message.
    ///
    /// - Complexity: O(n); contiguous input is hashed in place, other collections are copied once.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }
    }

    private mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        length &+= UInt64(buffer.count)
        var offset = 0
        if !pending.isEmpty {
            // Top up the unfinished block first; it is hashed once it is whole.
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<take]))
            offset = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress(blocks: $0.baseAddress!, count: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (buffer.count - offset) / 64
        if blocks > 0 {
            compress(blocks: base + offset, count: blocks)
            offset += blocks * 64
        }
        if offset < buffer.count {
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[offset...]))
        }
    }

    /// The digest as 64 lower-case hexadecimal digits; the hasher is spent.
    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var tail: [UInt8] = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress(blocks: $0.baseAddress!, count: $0.count / 64) }
        pending = []
        return Self.hexDigits(state)
    }

    static func hexDigits(_ state: [UInt32]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Runs the compression function over `count` consecutive 64-byte blocks at `blocks`
    /// on this hasher's engine.
    ///
    /// - Complexity: O(count).
    private mutating func compress(blocks: UnsafeRawPointer, count: Int) {
        switch engine {
        case .shaExtensions:
            state.withUnsafeMutableBufferPointer { state in
                Self.k.withUnsafeBufferPointer { k in csha256_compress_blocks(state.baseAddress!, blocks, count, k.baseAddress!) }
            }
        case .portable:
            compressPortably(blocks: blocks, count: count)
        }
    }

    /// The Swift compression function over `count` consecutive 64-byte blocks at `blocks`.
    ///
    /// The working variables stay in registers across blocks, and the schedule is expanded
    /// as the rounds need it in a 16-word ring on the stack, so nothing is allocated per block.
    ///
    /// - Complexity: O(count).
    private mutating func compressPortably(blocks: UnsafeRawPointer, count: Int) {
        var h0 = state[0], h1 = state[1], h2 = state[2], h3 = state[3]
        var h4 = state[4], h5 = state[5], h6 = state[6], h7 = state[7]
        Self.k.withUnsafeBufferPointer { kBuffer in
            let k = kBuffer.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
                let w = schedule.baseAddress!
                for block in 0..<count {
                    let bytes = blocks + block &* 64
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                    }
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                    var i = 0
                    while i < 16 {
                        Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        Self.round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
                        Self.round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
                        Self.round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
                        Self.round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
                        Self.round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
                        Self.round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
                        Self.round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
                        i &+= 8
                    }
                    while i < 64 {
                        Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ Self.expand(w, i))
                        Self.round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ Self.expand(w, i &+ 1))
                        Self.round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ Self.expand(w, i &+ 2))
                        Self.round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ Self.expand(w, i &+ 3))
                        Self.round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ Self.expand(w, i &+ 4))
                        Self.round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ Self.expand(w, i &+ 5))
                        Self.round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ Self.expand(w, i &+ 6))
                        Self.round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ Self.expand(w, i &+ 7))
                        i &+= 8
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                    h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                }
            }
        }
        state[0] = h0; state[1] = h1; state[2] = h2; state[3] = h3
        state[4] = h4; state[5] = h5; state[6] = h6; state[7] = h7
    }

    /// Schedule word `i` (16 ≤ i < 64) in a 16-word ring.
    @inline(__always)
    private static func expand(_ w: UnsafeMutablePointer<UInt32>, _ i: Int) -> UInt32 {
        let x = w[(i &- 15) & 15], y = w[(i &- 2) & 15]
        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
        let value = w[i & 15] &+ s0 &+ w[(i &- 7) & 15] &+ s1
        w[i & 15] = value
        return value
    }

    /// One round: `h` becomes T1 + T2 (the new `a`) and `d` becomes d + T1 (the new `e`).
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choice = g ^ (e & (f ^ g))
        let t1 = h &+ s1 &+ choice &+ kw
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ s0 &+ majority
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}

/// The plain SHA-256 the fast `SHA256` is checked against: one block at a time from a
/// byte array, a fresh schedule array per block, the round function as FIPS 180-4 writes it.
enum ReferenceSHA256 {
    /// The lower-case hexadecimal digest of `bytes`.
    ///
    /// - Complexity: O(n).
    static func hex(_ bytes: [UInt8]) -> String {
        var state = SHA256.initialState
        var message = bytes
        let bitLength = UInt64(bytes.count) &* 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { message.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for offset in stride(from: 0, to: message.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for i in 0..<16 {
                let b = offset + i * 4
                w[i] = UInt32(message[b]) << 24 | UInt32(message[b + 1]) << 16 | UInt32(message[b + 2]) << 8 | UInt32(message[b + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = state[0], b = state[1], c = state[2], d = state[3]
            var e = state[4], f = state[5], g = state[6], h = state[7]
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ SHA256.k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
            state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
        }
        return SHA256.hexDigits(state)
    }
}
