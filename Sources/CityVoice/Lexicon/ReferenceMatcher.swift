/// The plain matcher the fast `Matcher` is checked against.
///
/// It is the straightforward version of the same rules: atoms bound through `String`
/// dictionaries, trie children looked up in dictionaries, and fresh arrays, sets and
/// dictionaries for every sentence. The tests run both over varied texts and lexicons and
/// require identical matches. It is slow and meant for tests only.
struct ReferenceMatcher {
    let lexicon: CompiledLexicon
    let window: Int

    init(lexicon: CompiledLexicon, window: Int? = nil) {
        self.lexicon = lexicon
        self.window = window ?? lexicon.lexicon.window
    }

    typealias Span = Matcher.Span

    /// All matches in `text`, in text order.
    ///
    /// - Complexity: O(words × patterns sharing a start atom × gap width), in practice linear.
    func matches(in text: TokenizedText, stems: StemCache? = nil) -> [Match] {
        let stemCache = lexicon.usesStems ? (stems ?? StemCache(vocabulary: text.vocabulary, language: text.language)) : nil
        let binding = ReferenceAtomBinding(vocabulary: text.vocabulary, lexicon: lexicon, stems: stemCache)
        let words = ReferenceWordPositions(text.tokens)
        var results: [Match] = []
        var listCues: [(span: Span, kind: CueKind)] = []
        for sentence in 0..<words.sentenceRanges.count {
            let range = words.sentenceRanges[sentence]
            let listItem = text.sentenceIsListItem(sentence)
            if !listItem { listCues = [] }
            guard !range.isEmpty else { continue }
            var taken = [Bool](repeating: false, count: range.count)
            let targets = select(candidates(lexicon.targets, range, words, binding, text), range: range, taken: &taken, grouped: false)
            let cueSpans = select(candidates(lexicon.cues, range, words, binding, text), range: range, taken: &taken, grouped: true)
            let cues = CueIndex(spans: cueSpans, lexicon: lexicon)
            for target in targets {
                results.append(resolve(target, sentence: sentence, cues: cues, inherited: listItem ? listCues : [], words: words, text: text))
            }
            if text.sentenceEndsWithColon(sentence) {
                let lastClause = words.clauseRange(words.clause(range.upperBound - 1))
                listCues = cues.byEnd.keys.sorted().filter { lastClause.contains($0) }.flatMap { cues.byEnd[$0] ?? [] }
                    .filter { $0.kind == .negator || $0.kind == .oppositionBefore }
            }
        }
        return results
    }

    // MARK: - Candidates

    private func candidates(_ trie: PatternTrie, _ range: Range<Int>, _ words: ReferenceWordPositions, _ binding: ReferenceAtomBinding, _ text: TokenizedText) -> [Span] {
        var found: [Span] = []
        let root = trie.nodes[0]
        for position in range {
            let atoms = binding.atoms(ofType: words.type(position, text))
            guard !atoms.isEmpty else { continue }
            for group in root.groups {
                for atom in atoms {
                    if let child = group.children[atom] {
                        walk(trie, Int(child), start: position, last: position, limit: range.upperBound, words, binding, text, &found)
                    }
                }
            }
        }
        return found
    }

    private func walk(_ trie: PatternTrie, _ node: Int, start: Int, last: Int, limit: Int,
                      _ words: ReferenceWordPositions, _ binding: ReferenceAtomBinding, _ text: TokenizedText, _ found: inout [Span]) {
        for terminal in trie.nodes[node].terminals {
            found.append(Span(start: start, end: last, terminal: terminal))
        }
        for group in trie.nodes[node].groups {
            for skip in group.gapMin...group.gapMax {
                let next = last + 1 + skip
                if next >= limit { break }
                for atom in binding.atoms(ofType: words.type(next, text)) {
                    if let child = group.children[atom] {
                        walk(trie, Int(child), start: start, last: next, limit: limit, words, binding, text, &found)
                    }
                }
            }
        }
    }

    /// Longest first, then leftmost, then lexicon order; a span is kept only where no kept span already covers its words.
    /// With `grouped`, every candidate with exactly the same span as a kept one is kept too (a cue may have several roles).
    private func select(_ candidates: [Span], range: Range<Int>, taken: inout [Bool], grouped: Bool) -> [Span] {
        let ordered = candidates.sorted {
            let l0 = $0.end - $0.start, l1 = $1.end - $1.start
            if l0 != l1 { return l0 > l1 }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.terminal < $1.terminal
        }
        var kept: [Span] = []
        var keptSpans = Set<Int>()   // start * 65_536 + end, for grouping
        for candidate in ordered {
            let lower = candidate.start - range.lowerBound, upper = candidate.end - range.lowerBound
            if grouped && keptSpans.contains(candidate.start &* 65_536 &+ candidate.end) {
                kept.append(candidate)
                continue
            }
            if taken[lower...upper].contains(true) { continue }
            for i in lower...upper { taken[i] = true }
            kept.append(candidate)
            keptSpans.insert(candidate.start &* 65_536 &+ candidate.end)
        }
        return kept.sorted { ($0.start, $0.end, $0.terminal) < ($1.start, $1.end, $1.terminal) }
    }

    // MARK: - Cues

    struct CueIndex {
        var byEnd: [Int: [(span: Span, kind: CueKind)]] = [:]
        var byStart: [Int: [(span: Span, kind: CueKind)]] = [:]
        var pairFirstEnds: [Int: [Int]] = [:]   // cue source id → end positions of that first part

        init(spans: [Span], lexicon: CompiledLexicon) {
            for span in spans {
                guard case .cue(let kind) = lexicon.cueSources[span.terminal].role else { continue }
                byEnd[span.end, default: []].append((span, kind))
                byStart[span.start, default: []].append((span, kind))
                if kind == .negationPairFirst { pairFirstEnds[span.terminal, default: []].append(span.end) }
            }
        }
    }

    private func resolve(_ target: Span, sentence: Int, cues: CueIndex, inherited: [(span: Span, kind: CueKind)],
                         words: ReferenceWordPositions, text: TokenizedText) -> Match {
        guard case .concept(let conceptIndex) = lexicon.targetSources[target.terminal].role else {
            preconditionFailure("target trie holds concepts only")
        }
        let concept = lexicon.lexicon.concepts[conceptIndex]
        let clause = words.clause(target.start)
        let clauseRange = words.clauseRange(clause)
        var negations: [Span] = [], oppositions: [Span] = [], supports: [Span] = []
        var evidence: [(Span, CueKind)] = []
        var oppositionReach = true
        // Cues that introduced the list this target's sentence belongs to.
        for (span, kind) in inherited {
            if kind == .negator { negations.append(span) } else { oppositions.append(span) }
            evidence.append((span, kind))
        }

        // Backward: cues ending within the window before the target.
        var position = target.start - 1
        scan: while position >= clauseRange.lowerBound && target.start - position <= window {
            for (span, kind) in cues.byEnd[position] ?? [] {
                switch kind {
                case .terminator:
                    break scan
                case .negator:
                    negations.append(span); evidence.append((span, kind))
                case .negationPairSecond:
                    let firsts = lexicon.pairFirstForSecond[span.terminal] ?? []
                    let paired = firsts.contains { first in
                        (cues.pairFirstEnds[first] ?? []).contains { $0 < span.start && $0 >= clauseRange.lowerBound }
                    }
                    if paired { negations.append(span); evidence.append((span, kind)) }
                case .oppositionBefore where oppositionReach:
                    oppositions.append(span); evidence.append((span, kind))
                case .support:
                    supports.append(span); evidence.append((span, kind))
                    oppositionReach = false
                case .negationPairFirst, .pseudoNegator, .oppositionAfter, .oppositionBefore:
                    break
                }
            }
            position -= 1
        }
        // Forward: opposition-after cues starting within the window after the target.
        position = target.end + 1
        forward: while position < clauseRange.upperBound && position - target.end <= window {
            for (span, kind) in cues.byStart[position] ?? [] {
                if kind == .terminator { break forward }
                if kind == .oppositionAfter { oppositions.append(span); evidence.append((span, kind)) }
            }
            position += 1
        }

        let negated = !negations.isEmpty
        let opposed = !oppositions.isEmpty
        let flipped = negated != opposed
        let axis = lexicon.lexicon.axis(concept.axis)
        let lexiconSide = axis?.side(of: concept.pole) ?? .positive
        let side = flipped ? lexiconSide.flipped : lexiconSide
        let cueTexts = evidence.sorted { $0.0.start < $1.0.start }.map { span, kind in
            CueEvidence(kind: kind, text: text.text(bytes: words.byteRange(span.start, span.end, text)),
                        byteStart: words.byteRange(span.start, span.end, text).lowerBound,
                        byteEnd: words.byteRange(span.start, span.end, text).upperBound)
        }
        func cueText(_ span: Span?) -> String? { span.map { text.text(bytes: words.byteRange($0.start, $0.end, text)) } }
        let effect = Match.effect(negation: cueText(negations.first), opposition: cueText(oppositions.first), support: cueText(supports.first))
        let bytes = words.byteRange(target.start, target.end, text)
        return Match(
            sentence: sentence, clause: clause,
            byteStart: bytes.lowerBound, byteEnd: bytes.upperBound,
            text: text.text(bytes: bytes),
            concept: concept.id, axis: concept.axis,
            lexiconPole: concept.pole, pole: axis?.pole(side).id ?? concept.pole, side: side,
            weight: concept.weight, pattern: lexicon.targetSources[target.terminal].text,
            flipped: flipped, cues: cueTexts, effect: effect
        )
    }
}

/// The word and number tokens of a text, by position, with their sentences and clauses.
/// The word positions of `ReferenceMatcher`.
struct ReferenceWordPositions {
    /// Token index of each word position.
    let tokens: [Int32]
    /// Word positions of each sentence.
    let sentenceRanges: [Range<Int>]
    /// Clause index of each word position.
    let clauses: [Int32]
    /// Word positions of each clause.
    let clauseRanges: [Range<Int>]

    init(_ all: Tokens) {
        var tokens: [Int32] = []
        var clauses: [Int32] = []
        var sentenceRanges: [Range<Int>] = []
        var clauseRanges: [Range<Int>] = []
        tokens.reserveCapacity(all.count / 2)
        var sentence = 0, clause = 0
        var sentenceStart = 0, clauseStart = 0
        for index in 0..<all.count {
            while sentence + 1 < all.sentenceStarts.count && Int(all.sentenceStarts[sentence + 1]) <= index {
                sentenceRanges.append(sentenceStart..<tokens.count)
                sentenceStart = tokens.count
                sentence += 1
            }
            while clause + 1 < all.clauseStarts.count && Int(all.clauseStarts[clause + 1]) <= index {
                clauseRanges.append(clauseStart..<tokens.count)
                clauseStart = tokens.count
                clause += 1
            }
            if all.kinds[index].isCounted {
                tokens.append(Int32(index))
                clauses.append(Int32(clause))
            }
        }
        if !all.sentenceStarts.isEmpty {
            while sentenceRanges.count < all.sentenceStarts.count {
                sentenceRanges.append(sentenceStart..<tokens.count)
                sentenceStart = tokens.count
            }
            while clauseRanges.count < all.clauseStarts.count {
                clauseRanges.append(clauseStart..<tokens.count)
                clauseStart = tokens.count
            }
        }
        self.tokens = tokens
        self.clauses = clauses
        self.sentenceRanges = sentenceRanges
        self.clauseRanges = clauseRanges
    }

    @inline(__always)
    func type(_ position: Int, _ text: TokenizedText) -> Int32 { text.tokens.types[Int(tokens[position])] }

    func clause(_ position: Int) -> Int { Int(clauses[position]) }

    func clauseRange(_ clause: Int) -> Range<Int> { clauseRanges[clause] }

    func byteRange(_ start: Int, _ end: Int, _ text: TokenizedText) -> Range<Int> {
        text.tokens.range(Int(tokens[start])).lowerBound..<text.tokens.range(Int(tokens[end])).upperBound
    }
}

/// The atom binding of `ReferenceMatcher`: which atoms each word type satisfies, by `String` look-ups.
struct ReferenceAtomBinding {
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
