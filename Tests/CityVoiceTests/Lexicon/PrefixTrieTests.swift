import Testing
@testable import CityVoice

@Suite("Prefix trie")
struct PrefixTrieTests {
    static let keys: [(key: String, atom: Int32)] = [
        ("migra", 0), ("mig", 1), ("refus", 2), ("re", 3), ("reconna", 4), ("dénonc", 5), ("a", 6), ("abcdefghij", 7),
    ]

    /// The atoms of the keys that begin `word`, shortest first, found one prefix at a time.
    static func plainAtoms(of word: [UInt8], limit: Int) -> [Int32] {
        var found: [Int32] = []
        for length in 0...min(word.count, limit) where length > 0 {
            let prefix = Array(word[0..<length])
            if let atom = keys.first(where: { Array($0.key.utf8) == prefix })?.atom { found.append(atom) }
        }
        return found
    }

    @Test("It finds the atoms of every key that begins a word, shortest first, as looking up each prefix does",
          arguments: ["migrants", "migration", "mig", "mi", "refusons", "re", "reconnaissance", "dénoncer", "a", "abcdefghijk",
                      "abcdefghi", "", "xyz", "Migra", "remigration"])
    func agreesWithLookUps(_ word: String) {
        let trie = PrefixTrie(Self.keys.map { (key: Array($0.key.utf8), atom: $0.atom) })
        let bytes = Array(word.utf8)
        for limit in [0, 3, 5, 100] {
            var found: [Int32] = []
            bytes.withUnsafeBufferPointer { trie.appendAtoms(ofPrefixesOf: $0, limit: limit, to: &found) }
            #expect(found == Self.plainAtoms(of: bytes, limit: limit), "'\(word)' up to \(limit) bytes")
        }
    }
}
