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
/// Matching is a measured hot kernel (`MatchRun`). Each word type is bound once to the atoms
/// it satisfies and to the trie children it starts (`AtomBinding`), and the tries are flat
/// arrays with one hash table of children (`FlatTrie`). One pass over the token columns
/// collects each sentence's words into small buffers (`SentenceWords`), with one word of
/// bits per word type that says which tries it may start a pattern of and which atoms it
/// satisfies; a sentence whose words' bits, ORed, start nothing is passed over.
/// A sentence's matches are made while its tokens and bytes are in cache, with strings made
/// once per distinct text (`MatchStrings`). `ReferenceMatcher` is the plain version the
/// tests compare it with.
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

    /// All matches in `text`, in text order, with the concept index (in the lexicon) of each
    /// and the sentences they are in, once each, as written without trailing space.
    ///
    /// - Parameter workspace: buffers reused from one text to the next.
    /// - Complexity: as `matches(in:stems:)`.
    func matches(in text: TokenizedText, stems: StemCache?, workspace: inout MatcherWorkspace) -> MatchOutput {
        let stemCache = lexicon.usesStems ? (stems ?? StemCache(vocabulary: text.vocabulary, language: text.language)) : nil
        let binding = AtomBinding(vocabulary: text.vocabulary, lexicon: lexicon, stems: stemCache)
        var output = MatchOutput()
        // Matches come at a fairly steady rate per token: the last text's rate sizes the arrays.
        let expected = workspace.matchesPerThousandTokens * text.tokens.count / 1000 + 16
        output.matches.reserveCapacity(expected)
        output.concepts.reserveCapacity(expected)
        MatchRun(matcher: self, text: text, binding: binding).matchAll(&workspace.words, &workspace.scratch, &workspace.strings, into: &output)
        if text.tokens.count > 0 {
            workspace.matchesPerThousandTokens = output.matches.count * 1000 / text.tokens.count + 1
        }
        return output
    }
}

/// Buffers the matcher reuses from one text to the next, so that a run over many
/// documents does not allocate (and fault in) fresh memory for each.
struct MatcherWorkspace {
    var words = SentenceWords()
    var scratch = MatchScratch()
    var strings = MatchStrings()
    /// Matches per thousand tokens in the last text, to size the next text's arrays; a guess at first.
    var matchesPerThousandTokens = 16
}
