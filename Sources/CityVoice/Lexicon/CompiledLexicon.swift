/// What a compiled pattern stands for: a concept (target) or a stance cue.
public enum PatternRole: Sendable, Equatable, Hashable {
    case concept(Int)
    case cue(CueKind)
}

/// The kinds of stance cue.
public enum CueKind: String, Sendable, Codable, CaseIterable, Comparable {
    case negator
    /// The first part of a two-part negation (`ne` in `ne … plus`).
    case negationPairFirst
    /// The second part of a two-part negation; negates only after its first part.
    case negationPairSecond
    case pseudoNegator
    case oppositionBefore
    case oppositionAfter
    case support
    case terminator

    public static func < (lhs: CueKind, rhs: CueKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A lexicon's patterns for one language, compiled into tries over atoms.
///
/// An atom is one distinct word, prefix or stem element. Matching a text binds each of
/// its word types to the atoms it satisfies once (`AtomBinding`), then walks the trie
/// on atom ids: no string comparison per token.
public struct CompiledLexicon: Sendable {
    public let language: Language
    public let lexicon: Lexicon
    /// Atoms, in first-seen order.
    var atoms: [PatternElement] = []
    var atomIndex: [PatternElement: Int32] = [:]
    /// Target patterns (concepts) and cue patterns live in separate tries.
    var targets = PatternTrie()
    var cues = PatternTrie()
    /// The source text of each compiled pattern, by `PatternTrie` terminal id.
    var targetSources: [(role: PatternRole, text: String)] = []
    var cueSources: [(role: PatternRole, text: String)] = []
    /// For `negationPairSecond` cues: the cue source ids of the first parts they need.
    var pairFirstForSecond: [Int: [Int]] = [:]
    /// Whether any atom is a stem (so texts need stemming).
    public private(set) var usesStems = false
    /// Concept ids that have at least one pattern in this language.
    public private(set) var coveredConcepts: Set<Int> = []

    // What the fast `Matcher` reads, derived from the above once per lexicon and language.

    /// The tries as flat arrays with one hash table of children each.
    private(set) var targetTable = FlatTrie()
    private(set) var cueTable = FlatTrie()
    /// Word, prefix and stem atoms by their key's UTF-8 bytes (`wordAtomIDs[i]` is the atom of key `i`).
    private(set) var wordAtomKeys = ByteInterner(capacity: 64)
    private(set) var wordAtomIDs: [Int32] = []
    private(set) var prefixAtomKeys = ByteInterner(capacity: 64)
    private(set) var prefixAtomIDs: [Int32] = []
    /// The most characters of any prefix atom.
    private(set) var longestPrefix = 0
    /// The prefix atoms' keys as a byte trie, for the prefixes of ASCII keys.
    private(set) var prefixTrie = PrefixTrie()
    private(set) var stemAtoms: [String: Int32] = [:]
    /// The concept of each target terminal and the kind of each cue terminal.
    private(set) var targetConcepts: [Int32] = []
    private(set) var targetPatterns: [String] = []
    private(set) var cueKinds: [CueKind] = []
    /// For each cue terminal that is a `negationPairSecond`, the first parts it needs (else empty).
    private(set) var pairFirsts: [[Int]] = []
    /// Each concept's side and pole after cues, unflipped and flipped.
    private(set) var conceptOutcomes: [ConceptOutcome] = []

    /// What a match of a concept reports, gathered once per concept rather than per match:
    /// its strings, weight, and the side and pole it counts for, unflipped and flipped.
    struct ConceptOutcome: Sendable {
        var id: String
        var axis: String
        var lexiconPole: String
        var weight: Double
        var side: PoleSide
        var pole: String
        var flippedPole: String
    }

    /// Compiles `lexicon` for `language`. Patterns that fail to parse are skipped (the loader reports them).
    public init(lexicon: Lexicon, language: Language) {
        self.language = language
        self.lexicon = lexicon
        for (conceptIndex, concept) in lexicon.concepts.enumerated() {
            for text in concept.patterns[language] ?? [] {
                guard case .success(let elements) = PatternParser.parse(text, language: language) else { continue }
                let id = targetSources.count
                targetSources.append((.concept(conceptIndex), text))
                targets.insert(compile(elements), terminal: id)
                coveredConcepts.insert(conceptIndex)
            }
        }
        defer { prepareForMatching() }
        guard let cueLists = lexicon.cues[language] else { return }
        let lists: [(CueKind, [String])] = [
            (.negator, cueLists.negators), (.pseudoNegator, cueLists.pseudoNegators),
            (.oppositionBefore, cueLists.oppositionBefore), (.oppositionAfter, cueLists.oppositionAfter),
            (.support, cueLists.support), (.terminator, cueLists.terminators),
        ]
        for (kind, entries) in lists {
            for text in entries { addCue(kind, text) }
        }
        for pair in cueLists.negationPairs where pair.count == 2 {
            let first = addCue(.negationPairFirst, pair[0])
            let second = addCue(.negationPairSecond, pair[1])
            if let first, let second { pairFirstForSecond[second, default: []].append(first) }
        }
    }

    /// Builds the matcher's tables from the tries, atoms and sources.
    private mutating func prepareForMatching() {
        targetTable = FlatTrie(targets)
        cueTable = FlatTrie(cues)
        /// Gives `key` the atom `atom`; a key seen again takes the later atom.
        func register(_ key: String, _ atom: Int, in keys: inout ByteInterner, _ ids: inout [Int32]) {
            let (id, isNew) = keys.insert(key)
            if isNew { ids.append(Int32(atom)) } else { ids[Int(id)] = Int32(atom) }
        }
        for (index, atom) in atoms.enumerated() {
            switch atom {
            case .word(let key):
                register(key, index, in: &wordAtomKeys, &wordAtomIDs)
            case .prefix(let key):
                register(key, index, in: &prefixAtomKeys, &prefixAtomIDs)
                longestPrefix = max(longestPrefix, key.count)
            case .stem(let stem):
                stemAtoms[stem] = Int32(index)
            case .gap:
                break
            }
        }
        prefixTrie = PrefixTrie((0..<Int32(prefixAtomKeys.count)).map { id in
            (key: Array(prefixAtomKeys.key(id)), atom: prefixAtomIDs[Int(id)])
        })
        targetPatterns = targetSources.map(\.text)
        targetConcepts = targetSources.map { source in
            guard case .concept(let index) = source.role else { preconditionFailure("target trie holds concepts only") }
            return Int32(index)
        }
        cueKinds = cueSources.map { source in
            guard case .cue(let kind) = source.role else { preconditionFailure("cue trie holds cues only") }
            return kind
        }
        pairFirsts = cueSources.indices.map { pairFirstForSecond[$0] ?? [] }
        conceptOutcomes = lexicon.concepts.map { concept in
            let axis = lexicon.axis(concept.axis)
            let side = axis?.side(of: concept.pole) ?? .positive
            return ConceptOutcome(id: concept.id, axis: concept.axis, lexiconPole: concept.pole, weight: concept.weight,
                                  side: side, pole: axis?.pole(side).id ?? concept.pole,
                                  flippedPole: axis?.pole(side.flipped).id ?? concept.pole)
        }
    }

    @discardableResult
    private mutating func addCue(_ kind: CueKind, _ text: String) -> Int? {
        guard case .success(let elements) = PatternParser.parse(text, language: language) else { return nil }
        let id = cueSources.count
        cueSources.append((.cue(kind), text))
        cues.insert(compile(elements), terminal: id)
        return id
    }

    /// Turns elements into trie steps: each step is an atom with the gap allowed before it.
    private mutating func compile(_ elements: [PatternElement]) -> [PatternStep] {
        var steps: [PatternStep] = []
        var gap = (min: 0, max: 0)
        for element in elements {
            if case .gap(let min, let max) = element {
                gap = (min, max)
                continue
            }
            if case .stem = element { usesStems = true }
            let atom: Int32
            if let existing = atomIndex[element] {
                atom = existing
            } else {
                atom = Int32(atoms.count)
                atoms.append(element)
                atomIndex[element] = atom
            }
            steps.append(PatternStep(gapMin: gap.min, gapMax: gap.max, atom: atom))
            gap = (0, 0)
        }
        return steps
    }

    /// The pattern text and role of target terminal `id`.
    func targetSource(_ id: Int) -> (role: PatternRole, text: String) { targetSources[id] }
}

/// One step of a compiled pattern: skip `gapMin…gapMax` word tokens, then match `atom`.
struct PatternStep: Hashable, Sendable {
    var gapMin: Int
    var gapMax: Int
    var atom: Int32
}

/// A trie of compiled patterns. Node 0 is the root.
struct PatternTrie: Sendable {
    struct Node: Sendable {
        /// Children grouped by the gap before them, then keyed by atom.
        var groups: [(gapMin: Int, gapMax: Int, children: [Int32: Int32])] = []
        /// Patterns that end here.
        var terminals: [Int] = []
    }

    var nodes: [Node] = [Node()]

    mutating func insert(_ steps: [PatternStep], terminal: Int) {
        var node = 0
        for step in steps {
            let group: Int
            if let existing = nodes[node].groups.firstIndex(where: { $0.gapMin == step.gapMin && $0.gapMax == step.gapMax }) {
                group = existing
            } else {
                nodes[node].groups.append((step.gapMin, step.gapMax, [:]))
                group = nodes[node].groups.count - 1
            }
            if let child = nodes[node].groups[group].children[step.atom] {
                node = Int(child)
            } else {
                let child = Int32(nodes.count)
                nodes.append(Node())
                nodes[node].groups[group].children[step.atom] = child
                node = Int(child)
            }
        }
        nodes[node].terminals.append(terminal)
    }
}

/// A `PatternTrie` flattened for matching: nodes, groups and terminals in arrays, and the
/// children of every group in one open-addressing table keyed by (group, atom), so that a
/// trie step is one hash probe instead of a dictionary look-up per group.
struct FlatTrie: Sendable {
    struct Node: Sendable {
        var terminals: Range<Int32>
        var groups: Range<Int32>
        /// The atom masks of the groups that reach at most `nearWords` words ahead, ORed,
        /// and `reachesFar` if some group reaches farther: what a walk checks against the next
        /// words before it looks at the groups one by one.
        var childMask: UInt64
    }

    /// How many words ahead a group may reach and still count as near (`Node.childMask`).
    static let nearWords = 8
    /// The bit of `Node.childMask` that says a group reaches farther than `nearWords` words.
    static let reachesFar: UInt64 = 1 << 63

    struct Group: Sendable {
        var gapMin: Int32
        var gapMax: Int32
        /// The bit of each atom that leads to a child (`maskBit(ofAtom:)`).
        var atomMask: UInt64
    }

    private(set) var nodes: [Node] = [Node(terminals: 0..<0, groups: 0..<0, childMask: 0)]
    private(set) var groups: [Group] = []
    private(set) var terminals: [Int32] = []
    /// `group << 32 | atom`, `UInt64.max` for an empty slot; `children` holds the child node.
    private var keys: [UInt64] = [UInt64.max]
    private var children: [Int32] = [-1]
    private var mask = 0

    init() {}

    /// Flattens `trie`, keeping the order of its nodes, groups and terminals.
    init(_ trie: PatternTrie) {
        nodes = []
        var entries: [(key: UInt64, child: Int32)] = []
        for node in trie.nodes {
            let terminalStart = Int32(terminals.count), groupStart = Int32(groups.count)
            var childMask: UInt64 = 0
            terminals.append(contentsOf: node.terminals.map { Int32($0) })
            for group in node.groups {
                let groupID = UInt64(groups.count)
                let atomMask = group.children.keys.reduce(0) { $0 | Self.maskBit(ofAtom: $1) }
                groups.append(Group(gapMin: Int32(group.gapMin), gapMax: Int32(group.gapMax), atomMask: atomMask))
                childMask |= group.gapMax < Self.nearWords ? atomMask : Self.reachesFar
                // Dictionary order does not matter here: the table is only ever probed by key.
                for (atom, child) in group.children {
                    entries.append((groupID << 32 | UInt64(UInt32(bitPattern: atom)), child))
                }
            }
            nodes.append(Node(terminals: terminalStart..<Int32(terminals.count), groups: groupStart..<Int32(groups.count),
                              childMask: childMask))
        }
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        keys = Array(repeating: UInt64.max, count: size)
        children = Array(repeating: -1, count: size)
        mask = size - 1
        for entry in entries {
            var slot = Self.slot(entry.key, mask)
            while keys[slot] != UInt64.max { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            children[slot] = entry.child
        }
    }

    /// The bit of `atom` in an atom mask, one of the low 62 (`AtomBinding.atomMaskBits`): a
    /// one-word filter that may let through an atom that leads nowhere, but never stops one
    /// that leads somewhere.
    static func maskBit(ofAtom atom: Int32) -> UInt64 { 1 &<< UInt64(UInt32(bitPattern: atom) % 62) }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h &>> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h &>> 32
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The child of `group` reached by `atom`, or -1.
    ///
    /// - Complexity: expected O(1).
    func child(group: Int32, atom: Int32) -> Int32 {
        withView { $0.child(group: group, atom: atom) }
    }

    /// Calls `body` with pointers to the trie's arrays, valid only inside `body`.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { nodes in
            groups.withUnsafeBufferPointer { groups in
                terminals.withUnsafeBufferPointer { terminals in
                    keys.withUnsafeBufferPointer { keys in
                        children.withUnsafeBufferPointer { children in
                            body(View(nodes: nodes, groups: groups, terminals: terminals, keys: keys, children: children, mask: mask))
                        }
                    }
                }
            }
        }
    }

    /// The trie's arrays as the matcher's inner loops read them.
    struct View {
        let nodes: UnsafeBufferPointer<Node>
        let groups: UnsafeBufferPointer<Group>
        let terminals: UnsafeBufferPointer<Int32>
        let keys: UnsafeBufferPointer<UInt64>
        let children: UnsafeBufferPointer<Int32>
        let mask: Int

        /// The child of `group` reached by `atom`, or -1.
        ///
        /// - Complexity: expected O(1): the table is at most a quarter full.
        @inline(__always)
        func child(group: Int32, atom: Int32) -> Int32 {
            let key = UInt64(UInt32(bitPattern: group)) << 32 | UInt64(UInt32(bitPattern: atom))
            var slot = FlatTrie.slot(key, mask)
            while true {
                let found = keys[slot]
                if found == key { return children[slot] }
                if found == UInt64.max { return -1 }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
