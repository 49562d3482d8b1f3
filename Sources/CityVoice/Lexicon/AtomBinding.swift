/// Which atoms of a compiled lexicon each word type of one text satisfies.
///
/// Computed once per type: a type's key is looked up among the word atoms, each of its
/// prefixes among the prefix atoms, its stem among the stem atoms; a compound's parts
/// add theirs. The matcher then reads `atoms(ofType:)` for each token.
struct AtomBinding {
    /// `starts[t]..<starts[t + 1]` indexes `atoms` for type `t`.
    private var starts: [Int32] = [0]
    private var atoms: [Int32] = []

    /// The atoms type `type` satisfies (empty for types no pattern mentions).
    @inline(__always)
    func atoms(ofType type: Int32) -> ArraySlice<Int32> {
        atoms[Int(starts[Int(type)])..<Int(starts[Int(type) + 1])]
    }

    /// Binds every type of `vocabulary` against `lexicon`.
    ///
    /// - Complexity: O(types × key length), plus one Snowball stem per type when the
    ///   lexicon has stem patterns.
    init(vocabulary: Vocabulary, lexicon: CompiledLexicon, stems: StemCache?) {
        var wordAtoms: [String: Int32] = [:]
        var prefixAtoms: [String: Int32] = [:]
        var stemAtoms: [String: Int32] = [:]
        var longestPrefix = 0
        for (index, atom) in lexicon.atoms.enumerated() {
            switch atom {
            case .word(let key): wordAtoms[key] = Int32(index)
            case .prefix(let key):
                prefixAtoms[key] = Int32(index)
                longestPrefix = max(longestPrefix, key.count)
            case .stem(let stem): stemAtoms[stem] = Int32(index)
            case .gap: break
            }
        }
        // Atoms by key id, shared by forms with the same accent-folded key.
        var byKey: [Int32: [Int32]] = [:]
        func atomsOfKey(_ keyID: Int32) -> [Int32] {
            if let known = byKey[keyID] { return known }
            let key = vocabulary.keyString(keyID)
            var found: [Int32] = []
            if let atom = wordAtoms[key] { found.append(atom) }
            if !prefixAtoms.isEmpty {
                var prefix = ""
                for character in key.prefix(longestPrefix) {
                    prefix.append(character)
                    if let atom = prefixAtoms[prefix] { found.append(atom) }
                }
            }
            byKey[keyID] = found
            return found
        }
        for type in 0..<Int32(vocabulary.count) {
            var found = atomsOfKey(vocabulary.keyOfForm[Int(type)])
            if let stems, !stemAtoms.isEmpty, let atom = stemAtoms[stems.stemKey(of: type)] {
                found.append(atom)
            }
            for part in vocabulary.parts(of: type) {
                found.append(contentsOf: atomsOfKey(vocabulary.keyOfForm[Int(part)]))
                if let stems, !stemAtoms.isEmpty, let atom = stemAtoms[stems.stemKey(of: part)] {
                    found.append(atom)
                }
            }
            if found.count > 1 {
                var seen = Set<Int32>()
                found = found.filter { seen.insert($0).inserted }
            }
            atoms.append(contentsOf: found)
            starts.append(Int32(atoms.count))
        }
    }
}
