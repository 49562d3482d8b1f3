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
