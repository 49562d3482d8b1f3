/// One matching run over one text: what it reads, fixed for the run.
///
/// The run passes over the token columns once, sentence by sentence. It collects each
/// sentence's words (`SentenceWords`), matches those sentences in which a pattern may start,
/// resolves each target's cues there, and makes its `Match` while the sentence's tokens and
/// bytes are still in cache, with strings made once per distinct text (`MatchStrings`).
struct MatchRun {
    typealias Span = Matcher.Span
    typealias Cue = Matcher.Cue

    let lexicon: CompiledLexicon
    let window: Int
    let text: TokenizedText
    let binding: AtomBinding

    init(matcher: Matcher, text: TokenizedText, binding: AtomBinding) {
        self.lexicon = matcher.lexicon
        self.window = matcher.window
        self.text = text
        self.binding = binding
    }

    /// The arrays the inner loops read, as pointers valid for one run.
    struct View {
        let kinds: UnsafeBufferPointer<TokenKind>
        let columns: SentenceWords.Columns
        let bytes: UnsafeBufferPointer<UInt8>
        let binding: AtomBinding.View
        let targets: FlatTrie.View
        let cues: FlatTrie.View
    }

    /// The current sentence's words as the inner loops read them.
    struct WordView {
        let words: UnsafeBufferPointer<SentenceWords.Word>
        /// The atom masks of the words' types, ORed.
        let sentenceMask: UInt64
    }

    /// A cue that may reach a target, by its bytes: it may be in an earlier sentence.
    struct CueBytes {
        var bytes: Range<Int>
        var kind: CueKind
    }

    // MARK: - Sentences

    /// Matches every sentence in order.
    ///
    /// A sentence that ends with a colon hands the negators and opposition cues of its last
    /// clause on to the list items that follow. Whether it ends with a colon is a look at bytes
    /// otherwise left alone, so the question waits for the next sentence, which asks only when
    /// the answer can change something: when it is a list item, and cues would be handed on to
    /// it or taken away. Until then the sentence's cues are found only if it has a target; if
    /// not, they are found then, from its words still in `words`.
    ///
    /// - Parameters:
    ///   - words: the buffer each sentence's words are collected in; passed `inout` all the way
    ///     down, so that it is never copied.
    ///   - strings: the strings of earlier matches, kept from one text to the next.
    /// - Complexity: O(tokens) for the pass; sentences where a pattern may start cost more.
    @inline(never)  // so that the run is borrowed by the calls below, not copied for each
    func matchAll(_ words: inout SentenceWords, _ scratch: inout MatchScratch, _ strings: inout MatchStrings,
                  into output: inout MatchOutput) {
        scratch.listCues.removeAll()
        scratch.handed.removeAll()
        scratch.pending = nil
        let tokens = text.tokens
        let sentenceCount = tokens.sentenceStarts.count, tokenCount = tokens.count
        var clause = 0
        tokens.kinds.withUnsafeBufferPointer { kinds in
            tokens.types.withUnsafeBufferPointer { types in
                tokens.starts.withUnsafeBufferPointer { starts in
                    tokens.clauseStarts.withUnsafeBufferPointer { clauseStarts in
                        text.bytes.withUnsafeBufferPointer { bytes in
                            binding.withView { binding in
                                lexicon.targetTable.withView { targets in
                                    lexicon.cueTable.withView { cues in
                                        let columns = SentenceWords.Columns(types: types, starts: starts, clauseStarts: clauseStarts,
                                                                            end: UInt32(truncatingIfNeeded: tokens.byteCount))
                                        let view = View(kinds: kinds, columns: columns, bytes: bytes, binding: binding, targets: targets, cues: cues)
                                        for sentence in 0..<sentenceCount {
                                            let sentenceTokens = tokens.sentenceRange(sentence)
                                            let listItem = takeListCues(before: sentenceTokens, words: &words, view, &scratch)
                                            // Tokens before the first sentence start belong to the first sentence's words too.
                                            let lower = sentenceTokens.lowerBound
                                            let wordTokens = (sentence == 0 ? 0 : min(lower, tokenCount))..<min(sentenceTokens.upperBound, tokenCount)
                                            let union = words.collect(wordTokens, of: columns, clause: &clause, typeBits: binding.typeBits)
                                            guard words.count > 0 else { continue }
                                            if union & (AtomBinding.startsTarget | AtomBinding.startsCue) == 0 {
                                                // No target and no cue: a colon at the end hands on no cues.
                                                if !scratch.listCues.isEmpty { scratch.pending = Pending(tokens: sentenceTokens, union: nil) }
                                                continue
                                            }
                                            matchSentence(sentence, tokens: sentenceTokens, words: &words, union: union, listItem: listItem, view,
                                                          &scratch, &strings, &output)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// What the last sentence hands on to the next if it ends with a colon: the cues in
    /// `MatchScratch.handed`, or, with `union`, those yet to be found in its words.
    struct Pending {
        /// The sentence's tokens.
        var tokens: Range<Int>
        /// What `SentenceWords.collect` returned for the sentence, if its cues are yet to be found.
        var union: UInt64?
    }

    /// Settles which cues sentence `tokens` inherits, before its words are collected.
    ///
    /// - Parameter words: the words of the sentence before.
    /// - Returns: whether the sentence is a list item that may inherit `scratch.listCues`.
    func takeListCues(before tokens: Range<Int>, words: inout SentenceWords, _ view: View, _ scratch: inout MatchScratch) -> Bool {
        var listItem = false
        if !scratch.listCues.isEmpty || scratch.pending?.union != nil || !scratch.handed.isEmpty {
            listItem = !Self.opensWithLongWord(tokens, view.columns)
                && ListMarkers.opensListItem(tokens, kinds: view.kinds, starts: view.columns.starts, bytes: view.bytes)
            if !listItem {
                scratch.listCues.removeAll()
            } else if let pending = scratch.pending,
                      ListMarkers.endsWithColon(pending.tokens, kinds: view.kinds, starts: view.columns.starts, bytes: view.bytes) {
                if let union = pending.union {
                    scratch.startSentence(wordCount: words.count)
                    findCues(words: &words, union: union, view, &scratch)
                    handOn(words: &words, &scratch)
                }
                swap(&scratch.listCues, &scratch.handed)
            }
        }
        scratch.pending = nil
        scratch.handed.removeAll()
        return listItem
    }

    /// Whether tokens `tokens` open with a word or number of more than three bytes, which no
    /// list marker is: most sentences, told apart by the columns `collect` reads next anyway.
    @inline(__always)
    static func opensWithLongWord(_ tokens: Range<Int>, _ columns: SentenceWords.Columns) -> Bool {
        let first = tokens.lowerBound
        guard first < tokens.upperBound, columns.types[first] >= 0 else { return false }
        let end = first + 1 < columns.starts.count ? columns.starts[first + 1] : columns.end
        return end - columns.starts[first] > 3
    }

    /// Matches one sentence in which some word starts a target or a cue pattern.
    ///
    /// - Parameter union: what `SentenceWords.collect` returned for the sentence.
    func matchSentence(_ sentence: Int, tokens: Range<Int>, words: inout SentenceWords, union: UInt64, listItem: Bool, _ view: View,
                       _ scratch: inout MatchScratch, _ strings: inout MatchStrings, _ output: inout MatchOutput) {
        scratch.startSentence(wordCount: words.count)
        scratch.targets.removeAll()
        if union & AtomBinding.startsTarget != 0 {
            Self.findSpans(view.targets, roots: view.binding.targetRoots, rootStarts: view.binding.targetRootStarts,
                           starting: AtomBinding.startsTarget, grouped: false, words: &words, union: union, view,
                           starts: &scratch.starts, taken: &scratch.taken, stamp: scratch.stamp, candidates: &scratch.candidates,
                           into: &scratch.targets)
        }
        if scratch.targets.isEmpty {
            // Cues matter here only through a colon: they are found if the next sentence asks.
            if union & AtomBinding.startsCue != 0 || !scratch.listCues.isEmpty {
                scratch.pending = Pending(tokens: tokens, union: union & AtomBinding.startsCue != 0 ? union : nil)
            }
            return
        }

        if union & AtomBinding.startsCue != 0 {
            findCues(words: &words, union: union, view, &scratch)
        } else {
            scratch.cues.removeAll()
        }
        let matchesBefore = output.matches.count
        scratch.targets.withUnsafeBufferPointer { targets in
            scratch.cues.withUnsafeBufferPointer { cues in
                scratch.listCues.withUnsafeBufferPointer { listCues in
                    var cueMarks: (ends: UInt64, starts: UInt64)?
                    if words.count <= 64 {
                        var marks: (ends: UInt64, starts: UInt64) = (0, 0)
                        for cue in cues {
                            marks.ends |= 1 &<< UInt64(cue.span.end)
                            marks.starts |= 1 &<< UInt64(cue.span.start)
                        }
                        cueMarks = marks
                    }
                    for target in targets {
                        resolve(target, sentence: sentence, words: &words, cues: cues, cueMarks: cueMarks,
                                inherited: listItem ? listCues : UnsafeBufferPointer(start: nil, count: 0),
                                view, &scratch.evidence, &strings, &output)
                    }
                }
            }
        }
        if output.matches.count > matchesBefore { output.sentences.append(evidenceSentence(sentence, tokens: tokens, view)) }
        handOn(words: &words, &scratch)
        if !scratch.handed.isEmpty || !scratch.listCues.isEmpty { scratch.pending = Pending(tokens: tokens, union: nil) }
    }

    /// Sentence `sentence` (tokens `tokens`) as written, without the spaces that end it; made
    /// here, while its tokens and bytes are in cache, rather than from the matches afterwards.
    func evidenceSentence(_ sentence: Int, tokens: Range<Int>, _ view: View) -> EvidenceSentence {
        var upper = tokens.upperBound
        while upper > tokens.lowerBound && view.kinds[upper &- 1] == .space { upper &-= 1 }
        let bytes = text.byteRange(ofTokens: tokens.lowerBound..<upper)
        return EvidenceSentence(index: sentence, byteStart: bytes.lowerBound, byteEnd: bytes.upperBound, text: text.text(bytes: bytes))
    }

    /// Finds the cues of the sentence in `words` into `scratch.cues`, outside the targets already taken.
    func findCues(words: inout SentenceWords, union: UInt64, _ view: View, _ scratch: inout MatchScratch) {
        Self.findSpans(view.cues, roots: view.binding.cueRoots, rootStarts: view.binding.cueRootStarts,
                       starting: AtomBinding.startsCue, grouped: true, words: &words, union: union, view,
                       starts: &scratch.starts, taken: &scratch.taken, stamp: scratch.stamp, candidates: &scratch.candidates,
                       into: &scratch.cueSpans)
        let cueKinds = lexicon.cueKinds
        scratch.cues.removeAll()
        for span in scratch.cueSpans { scratch.cues.append(Cue(span: span, kind: cueKinds[span.terminal])) }
    }

    /// Puts in `scratch.handed` what a colon at the end of the sentence in `words` would hand on:
    /// the negators and opposition cues of its last clause, by end position, in cue order within one end.
    func handOn(words: inout SentenceWords, _ scratch: inout MatchScratch) {
        scratch.handed.removeAll()
        guard !scratch.cues.isEmpty else { return }
        let lastClause = words.clauseRange(of: words.count - 1)
        for cue in scratch.cues where lastClause.contains(cue.span.end) && (cue.kind == .negator || cue.kind == .oppositionBefore) {
            let bytes = words.byteRange(cue.span.start, cue.span.end)
            var index = scratch.handed.count
            while index > 0 && scratch.handed[index - 1].bytes.upperBound > bytes.upperBound { index -= 1 }
            scratch.handed.insert(CueBytes(bytes: bytes, kind: cue.kind), at: index)
        }
    }

    // MARK: - Candidates

    /// Puts in `kept` the spans of `trie`'s patterns that win in the sentence in `words`, outside
    /// the word positions already taken (`MatchScratch.select`).
    ///
    /// - Parameters:
    ///   - roots, rootStarts: where each word type enters `trie` (`AtomBinding.View`).
    ///   - starting: the `AtomBinding.typeBits` flag of a word that starts a pattern of `trie`.
    ///   - grouped: whether candidates with the same span as a kept one are kept too (cues).
    ///   - union: what `SentenceWords.collect` returned for the sentence.
    static func findSpans(_ trie: FlatTrie.View, roots: UnsafeBufferPointer<FlatTrie.Node>, rootStarts: UnsafeBufferPointer<Int32>,
                          starting: UInt64, grouped: Bool, words: inout SentenceWords, union: UInt64, _ view: View,
                          starts: inout [Int32], taken: inout [UInt32], stamp: UInt32, candidates: inout ScratchList<Span>,
                          into kept: inout ScratchList<Span>) {
        let range = 0..<words.count
        words.words.withUnsafeBufferPointer { words in
            starts.withUnsafeMutableBufferPointer { starts in
                taken.withUnsafeMutableBufferPointer { taken in
                    let wordView = WordView(words: words, sentenceMask: union & AtomBinding.atomMaskBits)
                    candidates.removeAll()
                    collectCandidates(trie, roots: roots, rootStarts: rootStarts, starting: starting, range, view, wordView, starts, &candidates)
                    MatchScratch.select(range: range, grouped: grouped, &candidates, taken: taken, stamp: stamp, into: &kept)
                }
            }
        }
    }

    /// Appends to `found` every span of `range` that a pattern of `trie` matches.
    ///
    /// - Parameters:
    ///   - starting: the `AtomBinding.typeBits` flag of a word that starts a pattern of `trie`.
    ///   - starts: room for a position per word.
    static func collectCandidates(_ trie: FlatTrie.View, roots: UnsafeBufferPointer<FlatTrie.Node>, rootStarts: UnsafeBufferPointer<Int32>,
                                  starting: UInt64, _ range: Range<Int>, _ view: View, _ words: WordView,
                                  _ starts: UnsafeMutableBufferPointer<Int32>, _ found: inout ScratchList<Span>) {
        // The words that start a pattern, listed without a branch: which ones do is hard to guess.
        let shift = UInt64(starting.trailingZeroBitCount)
        var count = 0
        for position in range {
            starts[count] = Int32(truncatingIfNeeded: position)
            count &+= Int(truncatingIfNeeded: words.words[position].bits &>> shift & 1)
        }
        for position in starts[0..<count] {
            let position = Int(position)
            let type = Int(words.words[position].type)
            for index in Int(rootStarts[type])..<Int(rootStarts[type &+ 1]) {
                walk(trie, roots[index], start: position, last: position, limit: range.upperBound, view, words, &found)
            }
        }
    }

    /// Follows the trie from `entry`, whose last atom matched word `last`, appending every pattern that ends on the way.
    @inline(__always)
    static func walk(_ trie: FlatTrie.View, _ entry: FlatTrie.Node, start: Int, last: Int, limit: Int, _ view: View, _ words: WordView,
                     _ found: inout ScratchList<Span>) {
        for terminal in entry.terminals {
            found.append(Span(start: start, end: last, terminal: Int(trie.terminals[Int(terminal)])))
        }
        // Most patterns are one word long, and most longer ones stop short: only a node with
        // children that the next words may lead to costs a call.
        if !entry.groups.isEmpty {
            let ahead = SentenceWords.atomsAhead(of: last, in: words.words)
            if entry.childMask & (ahead | FlatTrie.reachesFar) != 0 {
                follow(trie, entry.groups, start: start, last: last, limit: limit, ahead: ahead, view, words, &found)
            }
        }
    }

    /// Walks on from the children in `groups` of a node whose last atom matched word `last`.
    ///
    /// A group whose children's atoms share no mask bit with the words it may reach (`ahead`:
    /// those of the next `FlatTrie.nearWords` words) is passed over whole, and a word that shares
    /// none with them is passed over without a probe.
    static func follow(_ trie: FlatTrie.View, _ groups: Range<Int32>, start: Int, last: Int, limit: Int, ahead: UInt64,
                       _ view: View, _ words: WordView, _ found: inout ScratchList<Span>) {
        for group in groups {
            let gap = trie.groups[Int(group)]
            let reachable = Int(gap.gapMax) < FlatTrie.nearWords ? ahead : words.sentenceMask
            guard gap.atomMask & reachable != 0 else { continue }
            var next = last &+ 1 &+ Int(gap.gapMin)
            let farthest = min(last &+ 1 &+ Int(gap.gapMax), limit &- 1)
            while next <= farthest {
                let word = words.words[next]
                if word.bits & gap.atomMask != 0 {
                    let type = Int(word.type)
                    var index = Int(view.binding.atomStarts[type])
                    let upper = Int(view.binding.atomStarts[type &+ 1])
                    while index < upper {
                        let child = trie.child(group: group, atom: view.binding.atoms[index])
                        if child >= 0 {
                            walk(trie, trie.nodes[Int(child)], start: start, last: next, limit: limit, view, words, &found)
                        }
                        index &+= 1
                    }
                }
                next &+= 1
            }
        }
    }

    // MARK: - Cues

    /// Applies the cues of the sentence (and those `inherited` from a list's colon) to `target`,
    /// and appends its match to `output`.
    ///
    /// - Parameters:
    ///   - cueMarks: in a sentence of at most 64 words, a bit per position where a cue ends or
    ///     starts, so that the scans skip the positions without one.
    ///   - evidence: room for the cues behind the outcome.
    func resolve(_ target: Span, sentence: Int, words: inout SentenceWords, cues: UnsafeBufferPointer<Cue>, cueMarks: (ends: UInt64, starts: UInt64)?,
                 inherited: UnsafeBufferPointer<CueBytes>,
                 _ view: View, _ evidence: inout ScratchList<CueBytes>, _ strings: inout MatchStrings, _ output: inout MatchOutput) {
        let clauseRange = words.clauseRange(of: target.start)
        evidence.removeAll()
        // The first of each: what the effect quotes.
        var negation: Range<Int>?, opposition: Range<Int>?, support: Range<Int>?
        var oppositionReach = true
        // Cues that introduced the list this target's sentence belongs to.
        for cue in inherited {
            if cue.kind == .negator {
                if negation == nil { negation = cue.bytes }
            } else if opposition == nil {
                opposition = cue.bytes
            }
            evidence.append(cue)
        }

        if !cues.isEmpty {
            // Backward: cues ending within the window before the target, nearest first.
            let nearest = max(clauseRange.lowerBound, target.start - window)
            var position = target.start - 1
            scan: while position >= nearest {
                if let ends = cueMarks?.ends {
                    // Straight to the next position where a cue ends.
                    let left = ends & Self.bits(below: position + 1) & ~Self.bits(below: nearest)
                    if left == 0 { break }
                    position = 63 - left.leadingZeroBitCount
                }
                for cue in cues where cue.span.end == position {
                    switch cue.kind {
                    case .terminator:
                        break scan
                    case .negator:
                        let bytes = words.byteRange(cue.span.start, cue.span.end)
                        if negation == nil { negation = bytes }
                        evidence.append(CueBytes(bytes: bytes, kind: cue.kind))
                    case .negationPairSecond:
                        if isPaired(cue.span, clauseStart: clauseRange.lowerBound, cues: cues) {
                            let bytes = words.byteRange(cue.span.start, cue.span.end)
                            if negation == nil { negation = bytes }
                            evidence.append(CueBytes(bytes: bytes, kind: cue.kind))
                        }
                    case .oppositionBefore where oppositionReach:
                        let bytes = words.byteRange(cue.span.start, cue.span.end)
                        if opposition == nil { opposition = bytes }
                        evidence.append(CueBytes(bytes: bytes, kind: cue.kind))
                    case .support:
                        let bytes = words.byteRange(cue.span.start, cue.span.end)
                        if support == nil { support = bytes }
                        evidence.append(CueBytes(bytes: bytes, kind: cue.kind))
                        oppositionReach = false
                    case .negationPairFirst, .pseudoNegator, .oppositionAfter, .oppositionBefore:
                        break
                    }
                }
                position -= 1
            }
            // Forward: opposition-after cues starting within the window after the target.
            let farthest = min(clauseRange.upperBound - 1, target.end + window)
            position = target.end + 1
            forward: while position <= farthest {
                if let starts = cueMarks?.starts {
                    let right = starts & ~Self.bits(below: position) & Self.bits(below: farthest + 1)
                    if right == 0 { break }
                    position = right.trailingZeroBitCount
                }
                for cue in cues where cue.span.start == position {
                    if cue.kind == .terminator { break forward }
                    if cue.kind == .oppositionAfter {
                        let bytes = words.byteRange(cue.span.start, cue.span.end)
                        if opposition == nil { opposition = bytes }
                        evidence.append(CueBytes(bytes: bytes, kind: cue.kind))
                    }
                }
                position += 1
            }
        }

        // Word positions and bytes go up together: cues by first byte are in text order.
        var cueTexts: [CueEvidence] = []
        if !evidence.isEmpty {
            MatchScratch.sort(&evidence) { $0.bytes.lowerBound < $1.bytes.lowerBound }
            cueTexts.reserveCapacity(evidence.count)
            for cue in evidence {
                cueTexts.append(CueEvidence(kind: cue.kind, text: strings.text(cue.bytes, in: view.bytes),
                                            byteStart: cue.bytes.lowerBound, byteEnd: cue.bytes.upperBound))
            }
        }
        let flipped = (negation != nil) != (opposition != nil)
        let conceptIndex = Int(lexicon.targetConcepts[target.terminal])
        let bytes = words.byteRange(target.start, target.end)
        // The outcome's fields are read in place: a copy of it would retain and release its every string.
        lexicon.conceptOutcomes.withUnsafeBufferPointer { outcomes in
            output.matches.append(Match(
                sentence: sentence, clause: words.clause(of: target.start),
                byteStart: bytes.lowerBound, byteEnd: bytes.upperBound,
                text: strings.text(bytes, in: view.bytes),
                concept: outcomes[conceptIndex].id, axis: outcomes[conceptIndex].axis,
                lexiconPole: outcomes[conceptIndex].lexiconPole,
                pole: flipped ? outcomes[conceptIndex].flippedPole : outcomes[conceptIndex].pole,
                side: flipped ? outcomes[conceptIndex].side.flipped : outcomes[conceptIndex].side,
                weight: outcomes[conceptIndex].weight, pattern: lexicon.targetPatterns[target.terminal],
                flipped: flipped, cues: cueTexts,
                effect: strings.effect(negation: negation, opposition: opposition, support: support, in: view.bytes)
            ))
        }
        output.concepts.append(Int32(conceptIndex))
    }

    /// The positions below `count` (at most 64), as bits.
    @inline(__always)
    static func bits(below count: Int) -> UInt64 { count >= 64 ? ~0 : (1 &<< UInt64(count)) &- 1 }

    /// Whether the second part of a negation pair, at `span`, follows one of its first parts in the clause.
    func isPaired(_ span: Span, clauseStart: Int, cues: UnsafeBufferPointer<Cue>) -> Bool {
        lexicon.pairFirsts[span.terminal].contains { first in
            cues.contains { $0.kind == .negationPairFirst && $0.span.terminal == first
                && $0.span.end < span.start && $0.span.end >= clauseStart }
        }
    }
}

/// What a matching run produces.
struct MatchOutput {
    var matches: [Match] = []
    /// The concept index of each match.
    var concepts: [Int32] = []
    /// The sentences the matches are in, once each, in text order (`MatchRun.evidenceSentence`).
    var sentences: [EvidenceSentence] = []
}

/// The scratch arrays of a matching run, emptied rather than reallocated.
struct MatchScratch {
    typealias Span = Matcher.Span
    typealias Cue = Matcher.Cue

    var candidates = ScratchList<Span>()
    var targets = ScratchList<Span>()
    var cueSpans = ScratchList<Span>()
    var cues = ScratchList<Cue>()
    /// Word positions of the current sentence already covered by a kept span: those marked with `stamp`.
    var taken: [UInt32] = []
    var stamp: UInt32 = 0
    /// The positions of the current sentence's words that start a pattern.
    var starts: [Int32] = []
    /// The cues a colon handed on to the list items that follow.
    var listCues = ScratchList<MatchRun.CueBytes>()
    /// What the last sentence hands on if it ends with a colon: the cues in `handed`, or those
    /// yet to be found.
    var pending: MatchRun.Pending?
    var handed = ScratchList<MatchRun.CueBytes>()
    /// Room for the cues behind a target's outcome.
    var evidence = ScratchList<MatchRun.CueBytes>()

    /// Leaves no word position taken, for a sentence of `wordCount` words.
    mutating func startSentence(wordCount: Int) {
        if stamp == UInt32.max {
            for index in taken.indices { taken[index] = 0 }
            stamp = 0
        }
        stamp += 1
        if taken.count < wordCount {
            taken.append(contentsOf: repeatElement(0, count: wordCount - taken.count))
            starts.append(contentsOf: repeatElement(0, count: wordCount - starts.count))
        }
    }

    /// Moves to `kept` the candidates that win: longest first, then leftmost, then lexicon order;
    /// a span is kept only where no kept span already covers its words. With `grouped`, every
    /// candidate with exactly the same span as a kept one is kept too (a cue may have several roles).
    /// The kept spans end up in text order.
    static func select(range: Range<Int>, grouped: Bool, _ candidates: inout ScratchList<Span>, taken: UnsafeMutableBufferPointer<UInt32>,
                       stamp: UInt32, into kept: inout ScratchList<Span>) {
        kept.removeAll()
        guard !candidates.isEmpty else { return }
        sort(&candidates) {
            let l0 = $0.end - $0.start, l1 = $1.end - $1.start
            if l0 != l1 { return l0 > l1 }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.terminal < $1.terminal
        }
        for candidate in candidates {
            let lower = candidate.start - range.lowerBound, upper = candidate.end - range.lowerBound
            if grouped && kept.contains(where: { $0.start == candidate.start && $0.end == candidate.end }) {
                kept.append(candidate)
                continue
            }
            if taken[lower...upper].contains(stamp) { continue }
            for index in lower...upper { taken[index] = stamp }
            kept.append(candidate)
        }
        sort(&kept) { ($0.start, $0.end, $0.terminal) < ($1.start, $1.end, $1.terminal) }
    }

    /// Sorts `list` by `less`: in place by insertion when it is short, as it nearly always is.
    @inline(__always)
    static func sort<Element>(_ list: inout ScratchList<Element>, by less: (Element, Element) -> Bool) {
        guard list.count > 1 else { return }
        list.withUnsafeMutableBufferPointer { list in
            if list.count > 16 {
                var list = list
                list.sort(by: less)
                return
            }
            for index in 1..<list.count {
                let element = list[index]
                var slot = index
                while slot > 0 && less(element, list[slot - 1]) {
                    list[slot] = list[slot - 1]
                    slot -= 1
                }
                list[slot] = element
            }
        }
    }
}
