/// Which atoms of a compiled lexicon each word type of one text satisfies, and where each
/// type enters the target and cue tries.
///
/// Computed once per type: a type's key is looked up among the word atoms, each of its
/// prefixes among the prefix atoms, its stem among the stem atoms; a compound's parts
/// add theirs. Look-ups go by the key's UTF-8 bytes, in the lexicon's byte tables and, for
/// the prefixes of an ASCII key, in one walk down its `PrefixTrie`, so no `String` is built
/// per prefix. The matcher then reads one word per token (`typeBits`), and only for the
/// types that start a pattern, the root children they lead to; deeper in a pattern, the
/// type's atoms.
struct AtomBinding {
    /// `atomStarts[t]..<atomStarts[t + 1]` indexes `atoms` for type `t`.
    private(set) var atomStarts: [Int32] = [0]
    private(set) var atoms: [Int32] = []
    /// The children of the target trie's root that type `t` leads to, in the order the walk
    /// visits them (root group by root group, then atom by atom), as copies of the nodes, so
    /// that starting a walk costs one look-up less:
    /// `targetRootStarts[t]..<targetRootStarts[t + 1]` indexes `targetRoots`.
    private(set) var targetRootStarts: [Int32] = [0]
    private(set) var targetRoots: [FlatTrie.Node] = []
    /// The same for the cue trie.
    private(set) var cueRootStarts: [Int32] = [0]
    private(set) var cueRoots: [FlatTrie.Node] = []
    /// What the matcher reads per token, in one word: for type `t`, at `typeBits[t + 1]`,
    /// - `startsTarget` if the type leads to a child of the target trie's root, and `startsCue`
    ///   if of the cue trie's;
    /// - under `atomMaskBits`, the bit `FlatTrie.maskBit(ofAtom:)` of each atom the type
    ///   satisfies: ANDed with a trie group's `FlatTrie.Group.atomMask`, it tells in one step
    ///   that the type leads nowhere in the group.
    ///
    /// `typeBits[0]` is 0 and stands for the type -1 of spaces and punctuation, so that a pass
    /// over every token needs no test.
    private(set) var typeBits: [UInt64] = [0]
    static let startsTarget: UInt64 = 1 << 62
    static let startsCue: UInt64 = 1 << 63
    static let atomMaskBits: UInt64 = (1 << 62) - 1

    /// Binds every type of `vocabulary` against `lexicon`.
    ///
    /// - Complexity: O(keys × prefix length) hash look-ups, plus one Snowball stem per type
    ///   when the lexicon has stem patterns.
    init(vocabulary: Vocabulary, lexicon: CompiledLexicon, stems: StemCache?) {
        // Atoms by key id, shared by forms with the same accent-folded key.
        var keyAtomStarts: [Int32] = [0]
        var keyAtoms: [Int32] = []
        keyAtomStarts.reserveCapacity(vocabulary.keyCount + 1)
        for keyID in 0..<Int32(vocabulary.keyCount) {
            vocabulary.keys.key(keyID).withUnsafeBufferPointer { key in
                Self.appendAtoms(ofKey: key, lexicon: lexicon, to: &keyAtoms)
            }
            keyAtomStarts.append(Int32(keyAtoms.count))
        }
        func atomsOfKey(_ keyID: Int32) -> ArraySlice<Int32> {
            keyAtoms[Int(keyAtomStarts[Int(keyID)])..<Int(keyAtomStarts[Int(keyID) + 1])]
        }
        let usesStems = stems != nil && !lexicon.stemAtoms.isEmpty
        let typeCount = vocabulary.count
        atomStarts.reserveCapacity(typeCount + 1)
        typeBits.reserveCapacity(typeCount + 1)
        targetRootStarts.reserveCapacity(typeCount + 1)
        cueRootStarts.reserveCapacity(typeCount + 1)
        var found: [Int32] = []
        for type in 0..<Int32(typeCount) {
            found.removeAll(keepingCapacity: true)
            found.append(contentsOf: atomsOfKey(vocabulary.keyOfForm[Int(type)]))
            if usesStems, let stems, let atom = lexicon.stemAtoms[stems.stemKey(of: type)] {
                found.append(atom)
            }
            for part in vocabulary.parts(of: type) {
                found.append(contentsOf: atomsOfKey(vocabulary.keyOfForm[Int(part)]))
                if usesStems, let stems, let atom = lexicon.stemAtoms[stems.stemKey(of: part)] {
                    found.append(atom)
                }
            }
            if found.count > 1 {
                // Keep the first of each atom, in order.
                var unique: [Int32] = []
                for atom in found where !unique.contains(atom) { unique.append(atom) }
                found = unique
            }
            atoms.append(contentsOf: found)
            atomStarts.append(Int32(atoms.count))
            Self.appendRootChildren(of: found, in: lexicon.targetTable, to: &targetRoots)
            Self.appendRootChildren(of: found, in: lexicon.cueTable, to: &cueRoots)
            typeBits.append(found.reduce(0) { $0 | FlatTrie.maskBit(ofAtom: $1) }
                | (Int(targetRootStarts.last!) < targetRoots.count ? Self.startsTarget : 0)
                | (Int(cueRootStarts.last!) < cueRoots.count ? Self.startsCue : 0))
            targetRootStarts.append(Int32(targetRoots.count))
            cueRootStarts.append(Int32(cueRoots.count))
        }
    }

    /// Appends the word atom of `key`, then its prefix atoms from the shortest prefix up.
    ///
    /// Prefixes end at character boundaries and are at most `lexicon.longestPrefix`
    /// characters long; in an ASCII key every byte ends a character, and the prefixes are
    /// found in one walk down `lexicon.prefixTrie`.
    static func appendAtoms(ofKey key: UnsafeBufferPointer<UInt8>, lexicon: CompiledLexicon, to found: inout [Int32]) {
        if let id = lexicon.wordAtomKeys.lookup(key) { found.append(lexicon.wordAtomIDs[Int(id)]) }
        guard lexicon.prefixAtomKeys.count > 0 else { return }
        func appendPrefix(_ length: Int) {
            if let id = lexicon.prefixAtomKeys.lookup(UnsafeBufferPointer(rebasing: key[0..<length])) {
                found.append(lexicon.prefixAtomIDs[Int(id)])
            }
        }
        if key.allSatisfy({ $0 < 0x80 }) {
            lexicon.prefixTrie.appendAtoms(ofPrefixesOf: key, limit: lexicon.longestPrefix, to: &found)
        } else {
            var length = 0
            for character in String(decoding: key, as: UTF8.self).prefix(lexicon.longestPrefix) {
                length += character.utf8.count
                appendPrefix(length)
            }
        }
    }

    /// Appends the children of `trie`'s root reached by `atoms`: group by group, atom by atom.
    static func appendRootChildren(of atoms: [Int32], in trie: FlatTrie, to roots: inout [FlatTrie.Node]) {
        guard !atoms.isEmpty else { return }
        for group in trie.nodes[0].groups {
            for atom in atoms {
                let child = trie.child(group: group, atom: atom)
                if child >= 0 { roots.append(trie.nodes[Int(child)]) }
            }
        }
    }

    /// Calls `body` with pointers to the binding's arrays, valid only inside `body`.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        atomStarts.withUnsafeBufferPointer { atomStarts in
            atoms.withUnsafeBufferPointer { atoms in
                targetRootStarts.withUnsafeBufferPointer { targetRootStarts in
                    targetRoots.withUnsafeBufferPointer { targetRoots in
                        cueRootStarts.withUnsafeBufferPointer { cueRootStarts in
                            cueRoots.withUnsafeBufferPointer { cueRoots in
                                typeBits.withUnsafeBufferPointer { typeBits in
                                    body(View(atomStarts: atomStarts, atoms: atoms, targetRootStarts: targetRootStarts,
                                              targetRoots: targetRoots, cueRootStarts: cueRootStarts, cueRoots: cueRoots,
                                              typeBits: typeBits))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The binding's arrays as the matcher's inner loops read them.
    struct View {
        let atomStarts: UnsafeBufferPointer<Int32>
        let atoms: UnsafeBufferPointer<Int32>
        let targetRootStarts: UnsafeBufferPointer<Int32>
        let targetRoots: UnsafeBufferPointer<FlatTrie.Node>
        let cueRootStarts: UnsafeBufferPointer<Int32>
        let cueRoots: UnsafeBufferPointer<FlatTrie.Node>
        /// `typeBits[t + 1]` for type `t`, `typeBits[0]` for type -1.
        let typeBits: UnsafeBufferPointer<UInt64>
    }
}
