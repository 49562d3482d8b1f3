import Foundation
import Testing
@testable import CityVoice

@Suite("SHA-256")
struct SHA256Tests {
    /// The block functions this CPU runs: always the Swift one, and the SHA extensions where present.
    static let engines: [SHA256.Engine] = SHA256.Engine.allCases.filter(\.isAvailable)

    /// The FIPS 180-4 / NIST CSRC examples, and the empty message.
    static let fipsVectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ]

    static let millionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test("Digests match the FIPS 180-4 examples", arguments: fipsVectors)
    func fipsExamples(_ message: String, _ digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
        #expect(ReferenceSHA256.hex(Array(message.utf8)) == digest, "reference")
    }

    @Test("Each engine gives the FIPS 180-4 digests", arguments: engines, fipsVectors)
    func vectorsOnEachEngine(_ engine: SHA256.Engine, _ vector: (message: String, digest: String)) {
        #expect(Self.digest(Array(vector.message.utf8), on: engine) == vector.digest)
    }

    @Test("Each engine hashes a million 'a' at once", arguments: engines)
    func millionA(_ engine: SHA256.Engine) {
        #expect(Self.digest([UInt8](repeating: 0x61, count: 1_000_000), on: engine) == Self.millionADigest)
    }

    @Test("A million 'a' in uneven pieces hashes like one block", arguments: engines)
    func streaming(_ engine: SHA256.Engine) {
        var hasher = SHA256(engine: engine)
        var remaining = 1_000_000
        var piece = 1
        while remaining > 0 {
            let count = min(piece, remaining)
            hasher.update([UInt8](repeating: 0x61, count: count))
            remaining -= count
            piece = piece * 3 % 997 + 1
        }
        #expect(hasher.finalizeHex() == Self.millionADigest)
    }

    @Test("Every engine agrees with the reference on random messages split at random points",
          arguments: [UInt64(1), 2, 3])
    func randomMessages(_ seed: UInt64) {
        var random = SplitMix64(state: seed)
        let lengths = Array(0...300) + [4_095, 4_096, 4_097, 65_549, 1_000_003]
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let expected = ReferenceSHA256.hex(bytes)
            #expect(SHA256.hex(bytes) == expected, "preferred engine, length \(length)")
            for engine in Self.engines {
                #expect(Self.digest(bytes, on: engine) == expected, "\(engine), length \(length)")
                var hasher = SHA256(engine: engine)
                var cuts: [Int] = []
                for _ in 0..<(1 + random.below(6)) { cuts.append(random.below(length + 1)) }
                var start = 0
                for cut in cuts.sorted() + [length] {
                    hasher.update(bytes[start..<cut]) // Equal cuts make empty updates, which must be harmless.
                    start = cut
                }
                #expect(hasher.finalizeHex() == expected, "\(engine), length \(length) cut at \(cuts.sorted())")
            }
        }
    }

    @Test("The SHA extensions are used exactly when the CPU advertises them")
    func liveEngine() throws {
        print("SHA-256 engine in use: \(SHA256.Engine.preferred)")
        #if arch(x86_64) && os(Linux)
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flagsLine = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        let advertised = flags.isSuperset(of: ["sha_ni", "ssse3", "sse4_1"])
        #expect((SHA256.Engine.preferred == .shaExtensions) == advertised,
                "/proc/cpuinfo says sha_ni+ssse3+sse4_1 = \(advertised), engine is \(SHA256.Engine.preferred)")
        #elseif !arch(x86_64)
        #expect(SHA256.Engine.preferred == .portable)
        #endif
    }

    private static func digest(_ bytes: [UInt8], on engine: SHA256.Engine) -> String {
        var hasher = SHA256(engine: engine)
        hasher.update(bytes)
        return hasher.finalizeHex()
    }
}
