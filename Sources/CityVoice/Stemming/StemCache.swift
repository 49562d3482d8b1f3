/// The stems of a text's word types, computed at most once per type.
///
/// Stemming works on the case-folded form with accents (as Snowball expects); the stem
/// is then accent-folded, so `~securite` and `sécurité` meet.
public final class StemCache: @unchecked Sendable {
    // Not shared across threads: each document's analysis owns its cache.
    private let vocabulary: Vocabulary
    private let stemmer: any Stemmer
    private var stems: [String?]
    private var keys: [String?]

    public init(vocabulary: Vocabulary, language: Language) {
        self.vocabulary = vocabulary
        self.stemmer = language.stemmer
        self.stems = Array(repeating: nil, count: vocabulary.count)
        self.keys = Array(repeating: nil, count: vocabulary.count)
    }

    /// The Snowball stem of type `type`.
    public func stem(of type: Int32) -> String {
        if let known = stems[Int(type)] { return known }
        let form = vocabulary.form(type)
        let stem = stemmer.stem(form)
        stems[Int(type)] = stem
        return stem
    }

    /// The accent-folded stem of type `type`, the form stem patterns compare against.
    public func stemKey(of type: Int32) -> String {
        if let known = keys[Int(type)] { return known }
        let key = Normalizer.foldAccents(stem(of: type))
        keys[Int(type)] = key
        return key
    }
}
