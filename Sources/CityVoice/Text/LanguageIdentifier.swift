import Foundation

/// The score of one language in a ``LanguageGuess``.
public struct LanguageScore: Sendable, Equatable, Codable {
    public let language: Language
    /// The probability the identifier gives this language, 0…1; the scores of a guess sum to 1.
    public let score: Double

    public init(language: Language, score: Double) {
        self.language = language
        self.score = score
    }
}

/// The result of identifying a text's language.
public struct LanguageGuess: Sendable, Equatable, Codable {
    /// The most likely language.
    public let language: Language
    /// How far to trust ``language``, 0…1: its probability, discounted for short samples.
    ///
    /// Above 0.8 for a clear text of 50 words or more; low for a few words, for text that
    /// mixes languages evenly, and 0 for text without any word.
    public let confidence: Double
    /// Every language with its score, best first; equal scores keep `Language.allCases` order.
    public let scores: [LanguageScore]

    public init(language: Language, confidence: Double, scores: [LanguageScore]) {
        self.language = language
        self.confidence = confidence
        self.scores = scores
    }
}

/// Guesses which supported language a text is written in.
///
/// The model is a small naive-Bayes-like scorer over hand-written data (``LanguageProfile``):
///
/// - **Function words.** Each language lists its commonest function words, most frequent
///   first. A word at rank *r* is given the probability `c / (r + 2)` in that language (a
///   Zipf-like curve that puts about 45 % of running text in the list), and any other word the
///   background probability `ε`. A word's evidence for a language is the log of the ratio of
///   the two, so words outside every list weigh nothing, "the" weighs about 5.2 nats for
///   English, and words shared by several languages ("de", "la", "que") count for each.
/// - **Letters.** Characteristic letters and sequences (ñ, ã, ß, "ção", "zione", "sch",
///   "ght", …) add a fixed weight per occurrence; Spanish ¿ and ¡ count too.
///
/// The summed evidence is divided by the number of words, so the scores measure how
/// consistently the text looks like each language rather than how long it is; a softmax
/// turns them into probabilities. The confidence is the best probability multiplied by
/// `n / (n + 6)` for *n* words, so three words can never reach 0.5, and a text that
/// mixes two languages evenly splits its probability between them.
///
/// Everything is deterministic: the same text always gives the same guess.
public enum LanguageIdentifier {
    /// How many bytes of a text `identify` reads by default: 16 KiB, some 2,500 words, far
    /// more than a clear guess needs (50 words reach a confidence of 0.8), and a bounded cost
    /// on huge documents.
    public static let sampleBytes = 16_384

    /// Guesses the language of a text.
    ///
    /// Only the first `sampleLimit` bytes of UTF-8 are read (cut back to a whole character),
    /// so the cost is bounded on huge documents. Words are runs of letters and combining
    /// marks; apostrophes, hyphens, digits and punctuation separate them. Each distinct word
    /// is folded with ``Normalizer/fold(_:)`` once.
    ///
    /// Text without any word (empty, blank, digits or punctuation only, or `sampleLimit`
    /// ≤ 0) gives English, the first of `Language.allCases`, with confidence 0 and equal
    /// scores for all languages.
    ///
    /// - Parameters:
    ///   - text: the text to identify.
    ///   - sampleLimit: the most bytes of `text` to look at; `sampleBytes` by default.
    /// - Returns: the best language, its confidence and the score of every language.
    /// - Complexity: O(min(*n*, `sampleLimit`)) for a text of *n* bytes.
    public static func identify(_ text: String, sampleLimit: Int = sampleBytes) -> LanguageGuess {
        var text = text
        var memo = WordMemo()
        return text.withUTF8 { identify(sample: UnsafeBufferPointer(rebasing: $0[..<sampleEnd(of: $0, limit: sampleLimit)]), memo: &memo) }
    }

    /// Guesses the language of UTF-8 bytes (invalid sequences read as U+FFFD, which separates
    /// words) from their first `sampleBytes`, cut back to a whole scalar: for valid UTF-8, the
    /// guess of `identify(_:sampleLimit:)` on the decoded text.
    public static func identify(_ bytes: [UInt8]) -> LanguageGuess {
        var memo = WordMemo()
        return identify(bytes, memo: &memo)
    }

    /// Guesses the language of UTF-8 bytes as `identify(_:)` does, taking the folded form and
    /// evidence of words seen in earlier texts from `memo` (a worker's, kept from one document
    /// to the next); the result is the same.
    static func identify(_ bytes: [UInt8], memo: inout WordMemo) -> LanguageGuess {
        bytes.withUnsafeBufferPointer { identify(sample: UnsafeBufferPointer(rebasing: $0[..<sampleEnd(of: $0, limit: sampleBytes)]), memo: &memo) }
    }

    /// Where a sample of at most `limit` bytes of `bytes` ends. A cut inside a multi-byte
    /// scalar moves back to its first byte, so the scalar is left out rather than read as
    /// U+FFFD. A scalar has at most 3 continuation bytes, so the cut moves back at most
    /// 3 bytes, whatever invalid bytes are there.
    static func sampleEnd(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var end = max(0, min(bytes.count, limit))
        let lowest = max(0, end - 3)
        while end > lowest && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// The guess for a sample of UTF-8 bytes, its words folded and scored through `memo`.
    private static func identify(sample: UnsafeBufferPointer<UInt8>, memo: inout WordMemo) -> LanguageGuess {
        let punctuation = scanWords(sample) { memo.count(word: UnsafeBufferPointer(rebasing: sample[$0])) }
        defer { memo.endSample() }
        let wordCount = memo.sampleCounts.reduce(0, +)
        let languages = Language.allCases
        guard wordCount > 0 else {
            let even = 1 / Double(languages.count)
            return LanguageGuess(
                language: languages[0],
                confidence: 0,
                scores: languages.map { LanguageScore(language: $0, score: even) }
            )
        }

        // Evidence per language, summed over the words and the punctuation. The sums run in
        // the order folded words first occur in the text, never in hash order, so that the
        // floating-point result is the same on every run.
        var evidence = [Double](repeating: 0, count: languages.count)
        for (form, count) in zip(memo.sampleForms, memo.sampleCounts) {
            let start = Int(form) * languages.count
            for index in evidence.indices {
                evidence[index] += Double(count) * memo.evidence[start + index]
            }
        }
        for (mark, count) in zip(punctuation.items, punctuation.counts) {
            for (index, profile) in LanguageProfile.all.enumerated() {
                evidence[index] += Double(count) * (profile.punctuation[mark] ?? 0)
            }
        }

        // Evidence per word, through a softmax.
        let wordTotal = Double(wordCount)
        let logits = evidence.map { sharpness * $0 / wordTotal }
        let highest = logits.max() ?? 0
        let weights = logits.map { exp($0 - highest) }
        let total = weights.reduce(0, +)
        let scores = zip(languages, weights)
            .map { LanguageScore(language: $0, score: $1 / total) }
            .enumerated()
            .sorted { lhs, rhs in
                lhs.element.score != rhs.element.score
                    ? lhs.element.score > rhs.element.score
                    : lhs.offset < rhs.offset
            }
            .map(\.element)
        let best = scores[0]
        let confidence = best.score * wordTotal / (wordTotal + halfConfidenceWords)
        return LanguageGuess(language: best.language, confidence: confidence, scores: scores)
    }

    /// The language to use for a text: the declared one wins over detection when present.
    ///
    /// - Parameters:
    ///   - declared: the language a manifest or the user gave, if any.
    ///   - text: the text, identified only when no language is declared.
    /// - Returns: the language, the detector's guess (`nil` when a language was declared, as
    ///   detection is skipped then; call ``identify(_:sampleLimit:)`` to cross-check), and
    ///   whether the language was declared.
    /// - Complexity: O(1) with a declared language, otherwise that of
    ///   ``identify(_:sampleLimit:)``.
    public static func resolve(
        declared: Language?,
        text: String
    ) -> (language: Language, guess: LanguageGuess?, declared: Bool) {
        if let declared { return (declared, nil, true) }
        let guess = identify(text)
        return (guess.language, guess, false)
    }

    // MARK: - Model

    /// How strongly per-word evidence separates the probabilities (the softmax's inverse
    /// temperature): a clear text gains a nat or more per word on the runner-up, which this
    /// turns into a probability above 0.95.
    static let sharpness = 4.0
    /// The word count at which the confidence is half the best probability.
    static let halfConfidenceWords = 6.0

    /// The evidence tables built from ``LanguageProfile/all``.
    static let model = Model(profiles: LanguageProfile.all)

    /// Word and letter evidence per language, in `Language.allCases` order.
    struct Model: Sendable {
        /// The share of running text the function-word lists stand for, spread over ranks
        /// as `c / (rank + 2)` with ∑ 1/(rank + 2) ≈ 4.1 over ranks 1…150.
        static let listProbabilityScale = 0.45 / 4.1
        /// The probability of any other word: the background against which list words count.
        static let backgroundProbability = 2e-4

        /// Function-word evidence: for each listed word, the evidence for each language.
        let wordEvidence: [String: [Double]]
        /// Letter markers of each language, ready for matching.
        let markers: [[CompiledMarker]]

        /// A ``LanguageProfile/Marker`` split into its letters and anchors.
        struct CompiledMarker: Sendable {
            let scalars: [Unicode.Scalar]
            let atStart: Bool
            let atEnd: Bool
            let weight: Double
        }

        init(profiles: [LanguageProfile]) {
            precondition(profiles.map(\.language) == Language.allCases, "one profile per language, in order")
            var table: [String: [Double]] = [:]
            for (index, profile) in profiles.enumerated() {
                var seen: Set<String> = []
                for (rank, word) in profile.stopwords.enumerated() {
                    let form = Normalizer.fold(word)
                    guard seen.insert(form).inserted else { continue }
                    let probability = Self.listProbabilityScale / Double(rank + 3)
                    let weight = max(0, log(probability / Self.backgroundProbability))
                    table[form, default: [Double](repeating: 0, count: profiles.count)][index] = weight
                }
            }
            wordEvidence = table
            markers = profiles.map { profile in
                profile.markers.map { marker in
                    var pattern = Substring(marker.pattern)
                    let atStart = pattern.hasPrefix("^")
                    if atStart { pattern = pattern.dropFirst() }
                    let atEnd = pattern.hasSuffix("$")
                    if atEnd { pattern = pattern.dropLast() }
                    let scalars = Array(Normalizer.fold(String(pattern)).unicodeScalars)
                    return CompiledMarker(scalars: scalars, atStart: atStart, atEnd: atEnd, weight: marker.weight)
                }
            }
        }

        /// The evidence a folded word gives each language, in nats.
        ///
        /// - Complexity: O(*m* · *k*) for a word of *m* scalars and *k* markers in all.
        func evidence(for word: String) -> [Double] {
            var result = wordEvidence[word] ?? [Double](repeating: 0, count: markers.count)
            let scalars = Array(word.unicodeScalars)
            for (index, languageMarkers) in markers.enumerated() {
                for marker in languageMarkers {
                    let hits = occurrences(of: marker.scalars, in: scalars, atStart: marker.atStart, atEnd: marker.atEnd)
                    result[index] += Double(hits) * marker.weight
                }
            }
            return result
        }

        /// How often `pattern` occurs in `word` (overlaps counted), honouring the anchors.
        func occurrences(of pattern: [Unicode.Scalar], in word: [Unicode.Scalar], atStart: Bool, atEnd: Bool) -> Int {
            guard !pattern.isEmpty, pattern.count <= word.count else { return 0 }
            let lastStart = word.count - pattern.count
            if atStart && atEnd && lastStart != 0 { return 0 }
            let starts: ClosedRange<Int> = atStart ? 0...0 : (atEnd ? lastStart...lastStart : 0...lastStart)
            var hits = 0
            for start in starts where word[start..<start + pattern.count].elementsEqual(pattern) {
                hits += 1
            }
            return hits
        }
    }

    /// The folded forms of raw words and their evidence, which depend on the word alone, and
    /// the tally of one sample's words by folded form.
    ///
    /// A worker keeps one from one document to the next, so that each distinct raw word is
    /// folded and scored once; a lone call uses a fresh one. Raw words are looked up by their
    /// bytes. Spellings that are canonically equivalent, or differ only in case, fold to one
    /// form and are counted together, at the first occurrence of any of them.
    struct WordMemo {
        /// The raw words seen, by their bytes, and the folded form of each.
        private var raw = ByteInterner(capacity: 1024)
        private var formOfRaw: [Int32] = []
        private var formIDs: [String: Int32] = [:]
        /// The evidence of each folded form, `Language.allCases.count` values a form.
        private(set) var evidence: [Double] = []
        /// The folded forms of the sample being read, in order of first occurrence, with their counts.
        private(set) var sampleForms: [Int32] = []
        private(set) var sampleCounts: [Int] = []
        /// The index in `sampleForms` of each folded form, -1 for one the sample has not met.
        private var sampleSlot: [Int32] = []
        /// The most raw words kept after a sample; past it the memo starts afresh, so memory stays bounded.
        let capacity: Int

        init(capacity: Int = 100_000) { self.capacity = capacity }

        /// The number of raw words kept.
        var count: Int { raw.count }

        /// Counts one occurrence of the word `bytes` (well-formed UTF-8) in the sample.
        ///
        /// - Complexity: O(length) for a word seen before, else that of `Model.evidence(for:)`.
        mutating func count(word bytes: UnsafeBufferPointer<UInt8>) {
            let (id, isNew) = raw.intern(bytes)
            let form = isNew ? addForm(of: bytes) : formOfRaw[Int(id)]
            let slot = sampleSlot[Int(form)]
            if slot >= 0 {
                sampleCounts[Int(slot)] += 1
            } else {
                sampleSlot[Int(form)] = Int32(sampleForms.count)
                sampleForms.append(form)
                sampleCounts.append(1)
            }
        }

        /// Folds and scores a raw word met for the first time.
        private mutating func addForm(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            let folded = Normalizer.fold(String(decoding: bytes, as: UTF8.self))
            let form: Int32
            if let known = formIDs[folded] {
                form = known
            } else {
                form = Int32(formIDs.count)
                formIDs[folded] = form
                evidence.append(contentsOf: LanguageIdentifier.model.evidence(for: folded))
                sampleSlot.append(-1)
            }
            formOfRaw.append(form)
            return form
        }

        /// Forgets the sample's tally, and every word once more than `capacity` are kept.
        mutating func endSample() {
            for form in sampleForms { sampleSlot[Int(form)] = -1 }
            sampleForms.removeAll(keepingCapacity: true)
            sampleCounts.removeAll(keepingCapacity: true)
            guard raw.count > capacity else { return }
            raw.removeAll()
            formOfRaw.removeAll(keepingCapacity: true)
            formIDs.removeAll(keepingCapacity: true)
            evidence.removeAll(keepingCapacity: true)
            sampleSlot.removeAll(keepingCapacity: true)
        }
    }

    // MARK: - Words

    /// Counts of distinct items, kept in the order each item first appeared.
    struct Tally<Item: Hashable> {
        private(set) var items: [Item] = []
        private(set) var counts: [Int] = []
        private var positions: [Item: Int] = [:]

        /// Adds `count` occurrences of `item`.
        ///
        /// - Complexity: amortized O(1) plus hashing `item`.
        mutating func add(_ item: Item, count: Int = 1) {
            if let position = positions[item] {
                counts[position] += count
            } else {
                positions[item] = items.count
                items.append(item)
                counts.append(count)
            }
        }
    }

    /// Calls `word` with the byte range of each word of a UTF-8 sample, in order, and returns
    /// the counts of language-specific punctuation marks in order of first occurrence.
    ///
    /// A word is a maximal run of alphabetic scalars and combining marks. ASCII letters are
    /// read without decoding; an invalid sequence reads as U+FFFD, as a decoder makes it, and
    /// separates words. `referenceCountWords(in:)` is the plain version the tests compare it with.
    ///
    /// - Complexity: O(*n*) in the sample's length.
    static func scanWords(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (Range<Int>) -> Void) -> Tally<Unicode.Scalar> {
        var punctuation = Tally<Unicode.Scalar>()
        var wordStart = -1
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                // An ASCII letter continues or starts a word; anything else ASCII ends it.
                if (lead | 0x20) &- 0x61 < 26 {
                    if wordStart < 0 { wordStart = index }
                } else if wordStart >= 0 {
                    word(wordStart..<index)
                    wordStart = -1
                }
                index += 1
                continue
            }
            let length: Int, scalar: Unicode.Scalar
            if let invalid = UTF8Repair.invalidSequenceLength(at: index, in: bytes) {
                (length, scalar) = (invalid, "\u{FFFD}")
            } else {
                length = UTF8Repair.lead(lead)
                var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            if isWordScalar(scalar) {
                if wordStart < 0 { wordStart = index }
            } else {
                if wordStart >= 0 {
                    word(wordStart..<index)
                    wordStart = -1
                }
                if scalar == "¿" || scalar == "¡" { punctuation.add(scalar) }
            }
            index += length
        }
        if wordStart >= 0 { word(wordStart..<bytes.count) }
        return punctuation
    }

    /// The plain version of `scanWords(_:_:)` on a decoded sample: one `String` and one tally
    /// look-up per word.
    ///
    /// - Complexity: O(*n*) in the sample's length.
    static func referenceCountWords(in text: String) -> (words: Tally<String>, punctuation: Tally<Unicode.Scalar>) {
        let sample = text.unicodeScalars
        var words = Tally<String>()
        var punctuation = Tally<Unicode.Scalar>()
        var wordStart: String.UnicodeScalarView.Index?
        var index = sample.startIndex
        while index != sample.endIndex {
            let scalar = sample[index]
            if isWordScalar(scalar) {
                if wordStart == nil { wordStart = index }
            } else {
                if let start = wordStart {
                    words.add(String(sample[start..<index]))
                    wordStart = nil
                }
                if scalar == "¿" || scalar == "¡" { punctuation.add(scalar) }
            }
            sample.formIndex(after: &index)
        }
        if let start = wordStart { words.add(String(sample[start...])) }
        return (words, punctuation)
    }

    /// Whether a scalar belongs inside a word: a letter (or other alphabetic) or a combining mark.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
