/// Memory and caches a tokenizer reuses from one text to the next on one thread.
///
/// Analyzing a corpus tokenizes document after document. Fresh token columns and tables
/// for each would be handed back to the system and faulted in again, and every word form
/// would be split and normalized again in each document. A workspace keeps the emptied
/// columns, vocabulary and surface table for the next text, and remembers how each raw
/// form expands (its pieces, normalized forms and accent-folded keys), which depends only
/// on the form and the language. The texts' tokens and vocabularies are exactly those of a
/// fresh tokenizer: vocabulary ids are still given in order of first occurrence in each text.
///
/// Recycled columns are emptied in place only if the text they come back from held the
/// only reference; otherwise emptying them allocates afresh, which is still correct. The
/// memory kept is that of the largest text seen, plus at most `ExpansionCache.limit` forms.
struct TokenizerWorkspace {
    /// Emptied token columns, capacity kept.
    var tokens = Tokens()
    /// An emptied surface table, capacity kept.
    var surfaces = SurfaceTable()
    /// An emptied vocabulary, capacity kept.
    var vocabulary = Vocabulary()
    /// Expansions of raw forms, per language.
    var expansions: [Language: ExpansionCache] = [:]
    /// Whether expansions are remembered; not worth it for a workspace used once.
    let cachesExpansions: Bool

    init(cachesExpansions: Bool = true) {
        self.cachesExpansions = cachesExpansions
    }

    /// Takes back the token columns of a text that is no longer needed, so that the next
    /// text can fill them.
    ///
    /// - Complexity: O(1); the columns are emptied in place if `text` held the only reference.
    mutating func recycle(_ text: inout TokenizedText) {
        swap(&tokens, &text.tokens)
        tokens.removeAll()
        swap(&vocabulary, &text.vocabulary)
        vocabulary.removeAll()
    }
}

/// How raw word forms expand into pieces, for one language, across texts.
///
/// - Complexity: a look-up hashes the form's bytes once.
struct ExpansionCache {
    /// The pieces of one raw form.
    struct Piece {
        /// The piece's end, as a byte offset within the raw form.
        var end: Int32
        /// The normalized form (`Normalizer.fold`, hyphens unified).
        var form: String
        /// `Normalizer.foldAccents(form)`.
        var key: String
        /// How a full stop after the piece reads (see `TokenizerState.stopClass`).
        var stopClass: UInt8
    }

    /// Words and numbers are split differently, so they are cached apart.
    private var words = ByteInterner(capacity: 16)
    private var numbers = ByteInterner(capacity: 16)
    private var wordEntries: [Range<Int32>] = []
    private var numberEntries: [Range<Int32>] = []
    private(set) var pieces: [Piece] = []

    /// Beyond this many raw forms the cache starts afresh, so that its memory stays bounded
    /// on a corpus with an open vocabulary.
    static let limit = 1 << 17

    /// The pieces of `bytes` if cached: indexes into `pieces`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool) -> Range<Int32>? {
        if isNumber {
            return numbers.lookup(bytes).map { numberEntries[Int($0)] }
        }
        return words.lookup(bytes).map { wordEntries[Int($0)] }
    }

    /// Caches the pieces of `bytes` (not cached yet).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool, pieces newPieces: [Piece]) {
        if words.count + numbers.count >= Self.limit { self = ExpansionCache() }
        let range = Int32(pieces.count)..<Int32(pieces.count + newPieces.count)
        pieces.append(contentsOf: newPieces)
        if isNumber {
            _ = numbers.intern(bytes)
            numberEntries.append(range)
        } else {
            _ = words.intern(bytes)
            wordEntries.append(range)
        }
    }
}
