/// One lexicon match in a document, after stance cues: the evidence behind a number.
public struct Match: Sendable, Codable, Equatable {
    /// The sentence (0-based, in the document) the match is in.
    public var sentence: Int
    /// The clause (0-based, in the document) the match starts in.
    public var clause: Int
    /// Byte offsets of the matched words in the document's UTF-8 text.
    public var byteStart: Int
    public var byteEnd: Int
    /// The matched text as written.
    public var text: String
    public var concept: String
    public var axis: String
    /// The pole the concept belongs to in the lexicon.
    public var lexiconPole: String
    /// The pole the match counts for after cues.
    public var pole: String
    public var side: PoleSide
    public var weight: Double
    /// The pattern that matched, as written in the lexicon.
    public var pattern: String
    /// Whether cues moved the match to the other pole.
    public var flipped: Bool
    /// The cues in scope that decided the outcome, in text order.
    public var cues: [CueEvidence]
    /// What the cues did, in words ("flipped by negator 'not'").
    public var effect: String
}

/// A stance cue found in a target's scope.
public struct CueEvidence: Sendable, Codable, Equatable {
    public var kind: CueKind
    public var text: String
    public var byteStart: Int
    public var byteEnd: Int
}
