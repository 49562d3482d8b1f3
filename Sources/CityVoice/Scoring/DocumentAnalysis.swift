/// Whether a document could be scored.
public enum DocumentStatus: String, Sendable, Codable {
    case scored
    /// No word tokens: nothing to score.
    case empty
    /// The bytes could not be read.
    case unreadable
}

/// How the language of a document was decided.
public enum LanguageSource: String, Sendable, Codable {
    /// From the manifest or the file name.
    case declared
    /// Given on the command line for all documents.
    case option
    /// By language identification.
    case detected
}

/// A sentence that holds evidence, with its text for display.
public struct EvidenceSentence: Sendable, Codable, Equatable {
    public var index: Int
    public var byteStart: Int
    public var byteEnd: Int
    /// The sentence exactly as written (`byteStart..<byteEnd` of the document).
    public var text: String
}

/// Everything CityVoice keeps from one document: counts and evidence, not the text.
public struct DocumentAnalysis: Sendable {
    public var metadata: DocumentMetadata
    public var path: String
    public var sha256: String
    public var byteCount: Int
    public var status: DocumentStatus
    public var language: Language
    public var languageSource: LanguageSource
    /// The identifier's guess (also when the language was declared, for checking).
    public var languageGuess: LanguageGuess?
    /// T: word and number tokens.
    public var wordCount: Int
    public var sentenceCount: Int
    public var invalidUTF8Sequences: Int
    /// Matches in text order.
    public var matches: [Match]
    /// The sentences holding matches, in order.
    public var sentences: [EvidenceSentence]
    /// One score per lexicon axis, in lexicon order (empty unless scored).
    public var scores: [AxisScore]
    /// Matches per concept, in lexicon order.
    public var conceptCounts: [Int]
    public var findings: [Finding]
}
