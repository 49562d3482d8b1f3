/// Finds a lexicon's concepts and stance cues in one tokenized text.
///
/// Targets are matched on word tokens within a sentence (punctuation between the words of
/// a phrase is ignored); overlapping candidates are resolved longest first, so a token
/// counts once. Cues are matched the same way outside target spans and then applied per
/// target inside its clause:
/// - a negator, or an opposition cue, ending within `window` words before the target flips it;
///   an opposition-after cue starting within `window` words after it flips it too;
/// - a negator and an opposition cue together cancel ("we do not oppose");
/// - pseudo-negators are consumed whole and do nothing; a terminator ends the scope;
/// - the second part of a negation pair negates only after its first part in the clause;
/// - a support cue flips nothing and is recorded; it also ends the reach of opposition
///   cues before it ("we reject detention and welcome refugees");
/// - negators and opposition cues in a clause that ends with a colon reach the list items
///   that follow it ("The charter opposes the following: … 10. detention camps …").
///
/// Matching is a measured hot kernel. Each word type is bound once to the atoms it
/// satisfies and to the trie children it starts (`AtomBinding`), and the tries are flat
/// arrays with one hash table of children (`FlatTrie`). A sentence in which no word starts a
/// pattern is passed over after one byte per word; the others work in the reused buffers
/// of a `MatcherWorkspace`, with pointers into the binding and tries taken once per text.
/// Whether a sentence ends with a colon is asked only when the answer can change the cues
/// handed on to a list. `ReferenceMatcher` is the plain version the tests compare it with.
public struct Matcher {
    public let lexicon: CompiledLexicon
    public let window: Int

    public init(lexicon: CompiledLexicon, window: Int? = nil) {
        self.lexicon = lexicon
        self.window = window ?? lexicon.lexicon.window
    }

    /// A candidate or accepted span of word positions with the pattern that produced it.
    struct Span {
        var start: Int      // word position
        var end: Int        // word position, inclusive
        var terminal: Int
    }

    /// A cue span with its kind.
    struct Cue {
        var span: Span
        var kind: CueKind
    }

    /// All matches in `text`, in text order.
    ///
    /// - Complexity: O(words × patterns sharing a start atom × gap width), in practice linear.
    public func matches(in text: TokenizedText, stems: StemCache? = nil) -> [Match] {
        var workspace = MatcherWorkspace()
        return matches(in: text, stems: stems, workspace: &workspace).matches
    }

    /// All matches in `text`, in text order, with the concept index (in the lexicon) of each.
    ///
    /// - Parameter workspace: buffers reused from one text to the next.
    /// - Complexity: as `matches(in:stems:)`.
    func matches(in text: TokenizedText, stems: StemCache?, workspace: inout MatcherWorkspace) -> (matches: [Match], concepts: [Int32]) {
        let stemCache = lexicon.usesStems ? (stems ?? StemCache(vocabulary: text.vocabulary, language: text.language)) : nil
        let binding = AtomBinding(vocabulary: text.vocabulary, lexicon: lexicon, stems: stemCache)
        workspace.words.build(from: text.tokens)
        var output = MatchOutput()
        swap(&output.buffers, &workspace.buffers)
        // Matches come at a fairly steady rate per word: the last text's rate sizes the arrays.
        let expected = workspace.matchesPerThousandWords * workspace.words.count / 1000 + 16
        output.matches.reserveCapacity(expected)
        output.concepts.reserveCapacity(expected)
        MatchRun(matcher: self, text: text, binding: binding, words: workspace.words).matchAll(into: &output)
        swap(&output.buffers, &workspace.buffers)
        if workspace.words.count > 0 {
            workspace.matchesPerThousandWords = output.matches.count * 1000 / workspace.words.count + 1
        }
        return (output.matches, output.concepts)
    }

    /// Whether sentence `index` opens with a list marker: "1." / "1)" / "a)" or a bullet.
    static func isListItem(_ index: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens.sentenceRange(index)
        var first = tokens.lowerBound
        while first < tokens.upperBound && text.tokens.kinds[first] == .space { first += 1 }
        guard first < tokens.upperBound else { return false }
        let kind = text.tokens.kinds[first]
        let firstByte = text.bytes[Int(text.tokens.starts[first])]
        if kind == .punctuation {
            // "•" is E2 80 A2 and "–" E2 80 93; nothing else is canonically equivalent to either.
            let range = text.tokens.range(first)
            let isBullet = range.count == 3 && text.bytes[range.lowerBound] == 0xE2 && text.bytes[range.lowerBound + 1] == 0x80
                && (text.bytes[range.lowerBound + 2] == 0xA2 || text.bytes[range.lowerBound + 2] == 0x93)
            return firstByte == UInt8(ascii: "-") || firstByte == UInt8(ascii: "*") || isBullet
        }
        let next = first + 1
        guard next < tokens.upperBound, text.tokens.kinds[next] == .punctuation else { return false }
        let marker = text.bytes[Int(text.tokens.starts[next])]
        let isShort = text.tokens.end(first) - text.tokens.starts[first] <= 3
        return isShort && (marker == UInt8(ascii: ".") && kind == .number || marker == UInt8(ascii: ")"))
    }

    /// Whether sentence `index` ends with a colon (ignoring trailing spaces).
    static func endsWithColon(_ index: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens.sentenceRange(index)
        var last = tokens.upperBound - 1
        while last >= tokens.lowerBound && text.tokens.kinds[last] == .space { last -= 1 }
        guard last >= tokens.lowerBound else { return false }
        return text.tokens.kinds[last] == .punctuation && text.bytes[Int(text.tokens.starts[last])] == UInt8(ascii: ":")
    }

    static func describe(negations: [Span], oppositions: [Span], supports: [Span], words: WordPositions, text: TokenizedText) -> String {
        func quoted(_ span: Span) -> String { "'\(text.text(bytes: words.byteRange(span.start, span.end, text)))'" }
        switch (negations.first, oppositions.first) {
        case let (negation?, opposition?):
            return "negator \(quoted(negation)) and opposition \(quoted(opposition)) cancel"
        case let (negation?, nil):
            return "flipped by negator \(quoted(negation))"
        case let (nil, opposition?):
            return "flipped by opposition \(quoted(opposition))"
        case (nil, nil):
            if let support = supports.first { return "framed by support \(quoted(support))" }
            return "no cue"
        }
    }
}

/// Buffers the matcher reuses from one text to the next, so that a run over many
/// documents does not allocate (and fault in) fresh memory for each.
struct MatcherWorkspace {
    var words = WordPositions()
    var buffers = MatchBuffers()
    /// Matches per thousand words in the last text, to size the next text's arrays.
    var matchesPerThousandWords = 0
}

/// Per-sentence scratch arrays of one matching run, emptied rather than reallocated.
struct MatchBuffers {
    var candidates: [Matcher.Span] = []
    var targets: [Matcher.Span] = []
    var cueSpans: [Matcher.Span] = []
    var cues: [Matcher.Cue] = []
    var keptKeys: [Int] = []
    /// Word positions of the current sentence already covered by a kept span.
    var taken: [Bool] = []
}

/// What a matching run produces, with the scratch arrays it works in.
struct MatchOutput {
    var buffers = MatchBuffers()
    var matches: [Match] = []
    /// The concept index of each match.
    var concepts: [Int32] = []
}

/// One matching run over one text: what it reads, fixed for the run.
struct MatchRun {
    typealias Span = Matcher.Span
    typealias Cue = Matcher.Cue

    let matcher: Matcher
    let lexicon: CompiledLexicon
    let text: TokenizedText
    let binding: AtomBinding
    let words: WordPositions

    init(matcher: Matcher, text: TokenizedText, binding: AtomBinding, words: WordPositions) {
        self.matcher = matcher
        self.lexicon = matcher.lexicon
        self.text = text
        self.binding = binding
        self.words = words
    }

    /// The arrays the inner loops read, as pointers valid for one run.
    struct View {
        let types: UnsafeBufferPointer<Int32>
        let binding: AtomBinding.View
        let targets: FlatTrie.View
        let cues: FlatTrie.View
    }

    /// Matches every sentence in order.
    ///
    /// - Complexity: O(words) for the scan; sentences where a target may start cost more.
    func matchAll(into output: inout MatchOutput) {
        words.types.withUnsafeBufferPointer { types in
            binding.withView { binding in
                lexicon.targetTable.withView { targets in
                    lexicon.cueTable.withView { cues in
                        let view = View(types: types, binding: binding, targets: targets, cues: cues)
                        var listCues: [Cue] = []
                        for sentence in 0..<words.sentenceCount {
                            let range = words.sentenceRange(sentence)
                            var listItem = false
                            if !listCues.isEmpty {
                                // Only inherited cues depend on the list marker.
                                listItem = Matcher.isListItem(sentence, text)
                                if !listItem { listCues = [] }
                            }
                            guard !range.isEmpty else { continue }
                            let starts = Self.starts(range, view)
                            if starts == 0 {
                                // No target and no cue: a colon at the end hands on no cues.
                                if !listCues.isEmpty && Matcher.endsWithColon(sentence, text) { listCues = [] }
                                continue
                            }
                            matchSentence(sentence, range: range, starts: starts, listItem: listItem, listCues: &listCues, view, &output)
                        }
                    }
                }
            }
        }
    }

    /// Which tries the words of `range` enter: `AtomBinding.startsTarget` and `startsCue` flags.
    ///
    /// - Complexity: O(words in range), one byte per word.
    @inline(__always)
    static func starts(_ range: Range<Int>, _ view: View) -> UInt8 {
        let both = AtomBinding.startsTarget | AtomBinding.startsCue
        var flags: UInt8 = 0
        for position in range {
            flags |= view.binding.starts[Int(view.types[position])]
            if flags == both { break }
        }
        return flags
    }

    /// Matches one sentence in which some word starts a target or a cue pattern.
    ///
    /// Whether the sentence ends with a colon (a look at its last bytes, which are usually
    /// out of cache by now) is asked only when the answer can change something: when cues
    /// would be handed on to a list, or taken away from it.
    func matchSentence(_ sentence: Int, range: Range<Int>, starts: UInt8, listItem: Bool, listCues: inout [Cue],
                       _ view: View, _ output: inout MatchOutput) {
        if output.buffers.taken.count < range.count {
            output.buffers.taken = [Bool](repeating: false, count: range.count)
        } else {
            for index in 0..<range.count { output.buffers.taken[index] = false }
        }
        output.buffers.targets.removeAll(keepingCapacity: true)
        if starts & AtomBinding.startsTarget != 0 {
            output.buffers.candidates.removeAll(keepingCapacity: true)
            Self.collectCandidates(view.targets, roots: view.binding.targetRoots, rootStarts: view.binding.targetRootStarts,
                                   range, view, &output.buffers.candidates)
            Self.select(range: range, grouped: false, &output.buffers.candidates, taken: &output.buffers.taken,
                        keptKeys: &output.buffers.keptKeys, into: &output.buffers.targets)
        }
        if output.buffers.targets.isEmpty {
            // Cues matter here only through a colon.
            let mayHandOn = starts & AtomBinding.startsCue != 0
            guard (mayHandOn || !listCues.isEmpty) && Matcher.endsWithColon(sentence, text) else { return }
            guard mayHandOn else { listCues = []; return }
        }

        output.buffers.cues.removeAll(keepingCapacity: true)
        if starts & AtomBinding.startsCue != 0 {
            output.buffers.candidates.removeAll(keepingCapacity: true)
            Self.collectCandidates(view.cues, roots: view.binding.cueRoots, rootStarts: view.binding.cueRootStarts,
                                   range, view, &output.buffers.candidates)
            Self.select(range: range, grouped: true, &output.buffers.candidates, taken: &output.buffers.taken,
                        keptKeys: &output.buffers.keptKeys, into: &output.buffers.cueSpans)
            for span in output.buffers.cueSpans { output.buffers.cues.append(Cue(span: span, kind: lexicon.cueKinds[span.terminal])) }
        }

        for index in output.buffers.targets.indices {
            resolve(output.buffers.targets[index], sentence: sentence, cues: output.buffers.cues,
                    inherited: listItem ? listCues : [], &output)
        }
        // The negators and opposition cues of the last clause, by end position, in cue order within one end:
        // what a colon at the end hands on to the list that follows.
        var handed: [Cue] = []
        if !output.buffers.cues.isEmpty {
            let lastClause = words.clauseRange(words.clause(range.upperBound - 1))
            for cue in output.buffers.cues where lastClause.contains(cue.span.end) && (cue.kind == .negator || cue.kind == .oppositionBefore) {
                var index = handed.count
                while index > 0 && handed[index - 1].span.end > cue.span.end { index -= 1 }
                handed.insert(cue, at: index)
            }
        }
        if (!handed.isEmpty || !listCues.isEmpty) && Matcher.endsWithColon(sentence, text) {
            listCues = handed
        }
    }

    // MARK: - Candidates

    /// Appends to `found` every span of `range` that a pattern of `trie` matches.
    static func collectCandidates(_ trie: FlatTrie.View, roots: UnsafeBufferPointer<Int32>, rootStarts: UnsafeBufferPointer<Int32>,
                                  _ range: Range<Int>, _ view: View, _ found: inout [Span]) {
        for position in range {
            let type = Int(view.types[position])
            let lower = Int(rootStarts[type]), upper = Int(rootStarts[type &+ 1])
            guard lower < upper else { continue }
            for index in lower..<upper {
                walk(trie, Int(roots[index]), start: position, last: position, limit: range.upperBound, view, &found)
            }
        }
    }

    /// Follows the trie from `node`, whose last atom matched word `last`, appending every pattern that ends on the way.
    static func walk(_ trie: FlatTrie.View, _ node: Int, start: Int, last: Int, limit: Int, _ view: View, _ found: inout [Span]) {
        let entry = trie.nodes[node]
        for terminal in entry.terminals {
            found.append(Span(start: start, end: last, terminal: Int(trie.terminals[Int(terminal)])))
        }
        for group in entry.groups {
            let gap = trie.groups[Int(group)]
            var next = last &+ 1 &+ Int(gap.gapMin)
            let farthest = last &+ 1 &+ Int(gap.gapMax)
            while next <= farthest && next < limit {
                let type = Int(view.types[next])
                let lower = Int(view.binding.atomStarts[type]), upper = Int(view.binding.atomStarts[type &+ 1])
                var index = lower
                while index < upper {
                    let child = trie.child(group: group, atom: view.binding.atoms[index])
                    if child >= 0 {
                        walk(trie, Int(child), start: start, last: next, limit: limit, view, &found)
                    }
                    index &+= 1
                }
                next &+= 1
            }
        }
    }

    /// Longest first, then leftmost, then lexicon order; a span is kept only where no kept span already covers its words.
    /// With `grouped`, every candidate with exactly the same span as a kept one is kept too (a cue may have several roles).
    /// The kept spans end up in text order.
    static func select(range: Range<Int>, grouped: Bool, _ candidates: inout [Span], taken: inout [Bool], keptKeys: inout [Int],
                       into kept: inout [Span]) {
        kept.removeAll(keepingCapacity: true)
        guard !candidates.isEmpty else { return }
        candidates.sort {
            let l0 = $0.end - $0.start, l1 = $1.end - $1.start
            if l0 != l1 { return l0 > l1 }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.terminal < $1.terminal
        }
        keptKeys.removeAll(keepingCapacity: true)
        for candidate in candidates {
            let lower = candidate.start - range.lowerBound, upper = candidate.end - range.lowerBound
            let key = candidate.start &* 65_536 &+ candidate.end
            if grouped && keptKeys.contains(key) {
                kept.append(candidate)
                continue
            }
            if taken[lower...upper].contains(true) { continue }
            for i in lower...upper { taken[i] = true }
            kept.append(candidate)
            keptKeys.append(key)
        }
        kept.sort { ($0.start, $0.end, $0.terminal) < ($1.start, $1.end, $1.terminal) }
    }

    // MARK: - Cues

    private func resolve(_ target: Span, sentence: Int, cues: [Cue], inherited: [Cue], _ output: inout MatchOutput) {
        let conceptIndex = Int(lexicon.targetConcepts[target.terminal])
        let clause = words.clause(target.start)
        let clauseRange = words.clauseRange(clause)
        var negations: [Span] = [], oppositions: [Span] = [], supports: [Span] = []
        var evidence: [(Span, CueKind)] = []
        var oppositionReach = true
        // Cues that introduced the list this target's sentence belongs to.
        for cue in inherited {
            if cue.kind == .negator { negations.append(cue.span) } else { oppositions.append(cue.span) }
            evidence.append((cue.span, cue.kind))
        }

        if !cues.isEmpty {
            // Backward: cues ending within the window before the target.
            var position = target.start - 1
            scan: while position >= clauseRange.lowerBound && target.start - position <= matcher.window {
                for cue in cues where cue.span.end == position {
                    let span = cue.span
                    switch cue.kind {
                    case .terminator:
                        break scan
                    case .negator:
                        negations.append(span); evidence.append((span, cue.kind))
                    case .negationPairSecond:
                        let paired = lexicon.pairFirsts[span.terminal].contains { first in
                            cues.contains { $0.kind == .negationPairFirst && $0.span.terminal == first
                                && $0.span.end < span.start && $0.span.end >= clauseRange.lowerBound }
                        }
                        if paired { negations.append(span); evidence.append((span, cue.kind)) }
                    case .oppositionBefore where oppositionReach:
                        oppositions.append(span); evidence.append((span, cue.kind))
                    case .support:
                        supports.append(span); evidence.append((span, cue.kind))
                        oppositionReach = false
                    case .negationPairFirst, .pseudoNegator, .oppositionAfter, .oppositionBefore:
                        break
                    }
                }
                position -= 1
            }
            // Forward: opposition-after cues starting within the window after the target.
            position = target.end + 1
            forward: while position < clauseRange.upperBound && position - target.end <= matcher.window {
                for cue in cues where cue.span.start == position {
                    if cue.kind == .terminator { break forward }
                    if cue.kind == .oppositionAfter { oppositions.append(cue.span); evidence.append((cue.span, cue.kind)) }
                }
                position += 1
            }
        }

        let negated = !negations.isEmpty
        let opposed = !oppositions.isEmpty
        let flipped = negated != opposed
        let outcome = lexicon.conceptOutcomes[conceptIndex]
        var cueTexts: [CueEvidence] = []
        if !evidence.isEmpty {
            cueTexts = evidence.sorted { $0.0.start < $1.0.start }.map { span, kind in
                let bytes = words.byteRange(span.start, span.end, text)
                return CueEvidence(kind: kind, text: text.text(bytes: bytes), byteStart: bytes.lowerBound, byteEnd: bytes.upperBound)
            }
        }
        let effect = negated || opposed || !supports.isEmpty
            ? Matcher.describe(negations: negations, oppositions: oppositions, supports: supports, words: words, text: text)
            : "no cue"
        let bytes = words.byteRange(target.start, target.end, text)
        output.matches.append(Match(
            sentence: sentence, clause: clause,
            byteStart: bytes.lowerBound, byteEnd: bytes.upperBound,
            text: text.text(bytes: bytes),
            concept: outcome.id, axis: outcome.axis,
            lexiconPole: outcome.lexiconPole, pole: flipped ? outcome.flippedPole : outcome.pole,
            side: flipped ? outcome.side.flipped : outcome.side,
            weight: outcome.weight, pattern: lexicon.targetPatterns[target.terminal],
            flipped: flipped, cues: cueTexts, effect: effect
        ))
        output.concepts.append(Int32(conceptIndex))
    }
}

/// The word and number tokens of a text, by position, with their sentences and clauses.
///
/// Built in one pass over the tokens into buffers that are kept from one text to the next:
/// the per-word columns are sized once to the token count and filled in place.
struct WordPositions {
    /// Token index of each word position (`count` of them; the buffer may be longer).
    private(set) var tokens: [Int32] = []
    /// Vocabulary type of each word position.
    private(set) var types: [Int32] = []
    /// Clause index of each word position.
    private(set) var clauses: [Int32] = []
    /// The number of word positions.
    private(set) var count = 0
    /// Sentence `s` covers word positions `sentenceBounds[s]..<sentenceBounds[s + 1]`.
    private(set) var sentenceBounds: [Int32] = []
    /// Clause `c` covers word positions `clauseBounds[c]..<clauseBounds[c + 1]`.
    private(set) var clauseBounds: [Int32] = []

    var sentenceCount: Int { max(0, sentenceBounds.count - 1) }

    /// Collects the word positions of `all`, reusing this value's buffers.
    ///
    /// A token before the first sentence start belongs to the first sentence (and clause);
    /// with no sentence at all, the words are listed in none.
    ///
    /// - Complexity: O(tokens), branch-free per token.
    mutating func build(from all: Tokens) {
        sentenceBounds.removeAll(keepingCapacity: true)
        clauseBounds.removeAll(keepingCapacity: true)
        let tokenCount = all.count
        // Room for every token to be a word; what is never written is never read.
        if tokens.count < tokenCount {
            let missing = tokenCount - tokens.count
            tokens.append(contentsOf: repeatElement(0, count: missing))
            types.append(contentsOf: repeatElement(0, count: missing))
            clauses.append(contentsOf: repeatElement(0, count: missing))
        }
        let sentenceCount = all.sentenceStarts.count, clauseCount = all.clauseStarts.count
        if sentenceCount > 0 {
            sentenceBounds.append(0)
            clauseBounds.append(0)
        }
        var sentence = 0, clause = 0
        var nextSentence = sentenceCount > 1 ? Int(all.sentenceStarts[1]) : Int.max
        var nextClause = clauseCount > 1 ? Int(all.clauseStarts[1]) : Int.max
        var words = 0
        tokens.withUnsafeMutableBufferPointer { wordTokens in
            types.withUnsafeMutableBufferPointer { wordTypes in
                clauses.withUnsafeMutableBufferPointer { wordClauses in
                    all.kinds.withUnsafeBufferPointer { kinds in
                        all.types.withUnsafeBufferPointer { allTypes in
                            var index = 0
                            while index < tokenCount {
                                // Tokens up to the next sentence or clause start: each is written at the
                                // next word position, which advances only past a word or number.
                                let stop = min(tokenCount, nextSentence, nextClause)
                                let clauseValue = Int32(truncatingIfNeeded: clause)
                                while index < stop {
                                    wordTokens[words] = Int32(truncatingIfNeeded: index)
                                    wordTypes[words] = allTypes[index]
                                    wordClauses[words] = clauseValue
                                    words &+= kinds[index].isCounted ? 1 : 0
                                    index &+= 1
                                }
                                guard index < tokenCount, sentenceCount > 0 else { break }
                                while sentence + 1 < sentenceCount && Int(all.sentenceStarts[sentence + 1]) <= index {
                                    sentenceBounds.append(Int32(words))
                                    sentence += 1
                                }
                                nextSentence = sentence + 1 < sentenceCount ? Int(all.sentenceStarts[sentence + 1]) : Int.max
                                while clause + 1 < clauseCount && Int(all.clauseStarts[clause + 1]) <= index {
                                    clauseBounds.append(Int32(words))
                                    clause += 1
                                }
                                nextClause = clause + 1 < clauseCount ? Int(all.clauseStarts[clause + 1]) : Int.max
                            }
                        }
                    }
                }
            }
        }
        count = words
        guard sentenceCount > 0 else { return }
        // Every sentence and clause gets a range, the last ones (and any starting past the end) running to the end.
        while sentenceBounds.count < sentenceCount + 1 { sentenceBounds.append(Int32(words)) }
        while clauseBounds.count < clauseCount + 1 { clauseBounds.append(Int32(words)) }
    }

    /// Word positions of sentence `sentence`.
    @inline(__always)
    func sentenceRange(_ sentence: Int) -> Range<Int> { Int(sentenceBounds[sentence])..<Int(sentenceBounds[sentence + 1]) }

    func clause(_ position: Int) -> Int { Int(clauses[position]) }

    func clauseRange(_ clause: Int) -> Range<Int> { Int(clauseBounds[clause])..<Int(clauseBounds[clause + 1]) }

    func byteRange(_ start: Int, _ end: Int, _ text: TokenizedText) -> Range<Int> {
        Int(text.tokens.starts[Int(tokens[start])])..<Int(text.tokens.end(Int(tokens[end])))
    }
}
