/// The keys of a lexicon's prefix atoms as a trie over their bytes.
///
/// The prefix atoms of a word are those whose keys begin its key. Looking each prefix of the
/// key up on its own hashes the key's first bytes again and again; the trie walks them once
/// and stops where no prefix atom goes on, usually after a byte or two.
struct PrefixTrie: Sendable {
    /// Node `n`'s children are `children[childStarts[n]..<childStarts[n + 1]]`, by byte; node 0 is the root.
    private var childStarts: [Int32] = [0, 0]
    private var children: [(byte: UInt8, node: Int32)] = []
    /// The atom whose key ends at each node, or -1.
    private var atoms: [Int32] = [-1]

    init() {}

    /// A trie of `keys`, each with its atom.
    init(_ keys: [(key: [UInt8], atom: Int32)]) {
        // Built as a trie with a dictionary of children per node, then laid out flat.
        var built: [[UInt8: Int32]] = [[:]]
        var builtAtoms: [Int32] = [-1]
        for (key, atom) in keys {
            var node = 0
            for byte in key {
                if let child = built[node][byte] {
                    node = Int(child)
                } else {
                    built.append([:])
                    builtAtoms.append(-1)
                    built[node][byte] = Int32(built.count - 1)
                    node = built.count - 1
                }
            }
            builtAtoms[node] = atom
        }
        childStarts = [0]
        for node in built.indices {
            // Sorted, so that the layout does not depend on dictionary order.
            children.append(contentsOf: built[node].sorted { $0.key < $1.key }.map { (byte: $0.key, node: $0.value) })
            childStarts.append(Int32(children.count))
        }
        atoms = builtAtoms
    }

    /// Appends the atom of every key that is a prefix of `key` (at most `limit` bytes long), shortest first.
    ///
    /// - Complexity: O(length of the longest such prefix × children per node).
    func appendAtoms(ofPrefixesOf key: UnsafeBufferPointer<UInt8>, limit: Int, to found: inout [Int32]) {
        var node = 0
        for byte in key.prefix(limit) {
            var next = -1
            for index in Int(childStarts[node])..<Int(childStarts[node + 1]) where children[index].byte == byte {
                next = Int(children[index].node)
                break
            }
            guard next >= 0 else { return }
            node = next
            if atoms[node] >= 0 { found.append(atoms[node]) }
        }
    }
}
