/// Memory and caches a tokenizer reuses from one text to the next on one thread.
///
/// Analyzing a corpus tokenizes document after document. Fresh token columns and tables
/// for each would be handed back to the system and faulted in again, and every word form
/// would be looked up, split and normalized again in each document. A workspace keeps the
/// emptied columns and vocabulary for the next text, and keeps per language the raw forms
/// seen so far with their pieces (`FormCache`): how a form expands depends only on its
/// bytes and the language. The texts' tokens and vocabularies are exactly those of a fresh
/// tokenizer: vocabulary ids are still given in order of first occurrence in each text.
///
/// Recycled columns are emptied in place only if the text they come back from held the
/// only reference; otherwise emptying them allocates afresh, which is still correct. The
/// memory kept is that of the largest text seen, plus at most `formLimit` forms per language.
struct TokenizerWorkspace {
    /// Emptied token columns, capacity kept.
    var tokens = Tokens()
    /// An emptied vocabulary, capacity kept.
    var vocabulary = Vocabulary()
    /// Raw forms and their pieces, per language.
    var forms: [Language: FormCache] = [:]
    /// The most raw forms kept per language between texts: a cache that a text takes beyond
    /// it is dropped when the text is done, and the next text of that language starts afresh.
    let formLimit: Int

    init(formLimit: Int = FormCache.limit) {
        self.formLimit = formLimit
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

/// The raw word and number forms a tokenizer has met in one language, each with the pieces
/// it expands into (elided article, host, clitic), kept across texts.
///
/// `surfaces` maps a form's bytes to piece ids: for a simple form (one piece, no inner full
/// stop, at most sixteen bytes) the slot value is the piece id itself. A piece holds its
/// normalized form, accent-folded key and full-stop class, so a text meeting a known form
/// only adds the piece's form to its own vocabulary, once (see `TokenizerState.localType(ofPiece:)`).
struct FormCache {
    /// One piece of a raw form.
    struct Piece {
        /// The normalized form (`Normalizer.fold`, hyphens unified).
        var form: String
        /// `Normalizer.foldAccents(form)`.
        var key: String
        /// How a full stop after the piece reads (`LanguageData.fullStopClass(of:)`).
        var stopClass: UInt8
    }

    var surfaces = SurfaceTable(capacity: 0)
    /// The pieces, by piece id.
    private(set) var pieces: [Piece] = []
    /// The vocabulary id of each piece in the text being tokenized, -1 for a piece it has not
    /// met; all -1 between texts (`endText()`), so a text costs nothing for the pieces it never meets.
    private(set) var localTypes: [Int32] = []
    /// The pieces the text being tokenized has met.
    private var metPieces: [Int32] = []

    /// The most raw forms a workspace keeps between texts, so that its memory stays bounded on
    /// a corpus with an open vocabulary (`TokenizerWorkspace.formLimit`).
    static let limit = 1 << 17

    var formCount: Int { surfaces.entries.count }

    /// Adds a piece; returns its id.
    mutating func add(_ piece: Piece) -> Int32 {
        pieces.append(piece)
        localTypes.append(-1)
        return Int32(pieces.count - 1)
    }

    /// Records that the text being tokenized gives piece `piece` vocabulary id `type`.
    mutating func setLocalType(_ type: Int32, ofPiece piece: Int32) {
        localTypes[Int(piece)] = type
        metPieces.append(piece)
    }

    /// Forgets the text's vocabulary ids.
    ///
    /// - Complexity: O(pieces the text met).
    mutating func endText() {
        for piece in metPieces { localTypes[Int(piece)] = -1 }
        metPieces.removeAll(keepingCapacity: true)
    }
}
