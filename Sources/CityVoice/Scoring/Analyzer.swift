import Dispatch
import Foundation

/// Options of an analysis run, recorded in every report.
public struct AnalysisOptions: Sendable, Codable, Equatable {
    /// Worker threads; documents are spread over them, output order never changes.
    public var threads: Int
    /// Overrides the lexicon's cue window.
    public var window: Int?
    /// Forces one language for every document without a declared one.
    public var language: Language?
    /// Seed for randomized procedures, recorded for reproducibility.
    public var seed: UInt64

    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil, language: Language? = nil, seed: UInt64 = 0) {
        self.threads = max(1, threads)
        self.window = window
        self.language = language
        self.seed = seed
    }
}

/// Runs the text layer and the lexicon over documents: tokens → matches → scores.
///
/// Each document is read, analyzed and released in turn, so memory holds counts and
/// evidence rather than texts. Documents run in parallel; results keep corpus order.
public struct Analyzer: Sendable {
    public let lexicon: Lexicon
    public let options: AnalysisOptions
    let compiled: [Language: CompiledLexicon]
    /// For each concept, the indexes in `lexicon.axes` of the axes with its axis id (one in a
    /// valid lexicon), and the index its matches are counted under (the last concept with its id).
    let conceptAxes: [[Int]]
    let conceptCountSlots: [Int]

    public init(lexicon: Lexicon, options: AnalysisOptions = AnalysisOptions()) {
        self.lexicon = lexicon
        self.options = options
        var compiled: [Language: CompiledLexicon] = [:]
        for language in Language.allCases { compiled[language] = CompiledLexicon(lexicon: lexicon, language: language) }
        self.compiled = compiled
        conceptAxes = lexicon.concepts.map { concept in lexicon.axes.indices.filter { lexicon.axes[$0].id == concept.axis } }
        var lastIndex: [String: Int] = [:]
        for (index, concept) in lexicon.concepts.enumerated() { lastIndex[concept.id] = index }
        conceptCountSlots = lexicon.concepts.map { lastIndex[$0.id]! }
    }

    /// Analyzes every document of `corpus`, in corpus order.
    ///
    /// - Parameter progress: called after each document with (done, total), from worker threads.
    public func analyze(_ corpus: Corpus, progress: (@Sendable (Int, Int) -> Void)? = nil) -> [DocumentAnalysis] {
        let entries = corpus.entries
        let results = ResultSlots<DocumentAnalysis>(count: entries.count)
        let workers = min(options.threads, max(1, entries.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Each worker keeps its buffers and caches from one document to the next.
            var workspace = AnalysisWorkspace()
            while let index = results.claimNext() {
                let analysis = analyze(entries[index], workspace: &workspace)
                let done = results.store(analysis, at: index)
                progress?(done, entries.count)
            }
        }
        return results.values()
    }

    /// Analyzes one document.
    public func analyze(_ entry: DocumentEntry) -> DocumentAnalysis {
        var workspace = AnalysisWorkspace()
        return analyze(entry, workspace: &workspace)
    }

    /// Analyzes one document with a worker's reusable buffers and caches.
    func analyze(_ entry: DocumentEntry, workspace: inout AnalysisWorkspace) -> DocumentAnalysis {
        let bytes: [UInt8]
        do {
            bytes = try entry.read()
        } catch {
            return unscored(entry, status: .unreadable, sha256: "", byteCount: 0,
                            finding: Finding(.warning, code: "unreadable", message: "\(error)", document: entry.metadata.id))
        }
        return analyze(entry, bytes: bytes, workspace: &workspace)
    }

    /// Analyzes a document whose bytes are at hand.
    public func analyze(_ entry: DocumentEntry, bytes: [UInt8]) -> DocumentAnalysis {
        var workspace = AnalysisWorkspace()
        return analyze(entry, bytes: bytes, workspace: &workspace)
    }

    /// Analyzes a document whose bytes are at hand, with a worker's reusable buffers and caches.
    ///
    /// - Complexity: O(n) in the document's bytes (tokenizing, hashing and matching each
    ///   read it once), plus identifying the language of its first `LanguageIdentifier.sampleBytes`.
    func analyze(_ entry: DocumentEntry, bytes: [UInt8], workspace: inout AnalysisWorkspace) -> DocumentAnalysis {
        let id = entry.metadata.id
        var findings: [Finding] = []
        let guess = LanguageIdentifier.identify(bytes, memo: &workspace.languageMemo)
        let language: Language, source: LanguageSource
        if let declared = entry.metadata.language.flatMap(Language.init(rawValue:)) {
            (language, source) = (declared, .declared)
            if guess.confidence > 0.8 && guess.language != declared {
                findings.append(Finding(.warning, code: "language-mismatch",
                                        message: "declared \(declared.name), but the text reads as \(guess.language.name) (confidence \(Self.format(guess.confidence)))", document: id))
            }
        } else if let forced = options.language {
            (language, source) = (forced, .option)
        } else {
            (language, source) = (guess.language, .detected)
            if guess.confidence < 0.5 {
                findings.append(Finding(.warning, code: "language-uncertain",
                                        message: "language detected as \(guess.language.name) with low confidence \(Self.format(guess.confidence)); declare it in a manifest or with --language", document: id))
            }
        }
        var text = Tokenizer(language: language).tokenize(bytes, workspace: &workspace.tokenizer)
        defer { workspace.tokenizer.recycle(&text) }
        if text.invalidUTF8Sequences > 0 {
            findings.append(Finding(.warning, code: "invalid-utf8",
                                    message: "\(text.invalidUTF8Sequences) invalid UTF-8 sequence(s) replaced by U+FFFD", document: id))
        }
        let sha = SHA256.hex(bytes)
        let wordCount = text.wordCount
        guard wordCount > 0 else {
            return unscored(entry, status: .empty, sha256: sha, byteCount: bytes.count,
                            finding: Finding(.warning, code: "empty-document", message: "no words to score; the document is listed but not scored", document: id),
                            language: language, source: source, guess: guess)
        }
        guard let lexiconForLanguage = compiled[language] else { preconditionFailure("every language is compiled") }
        if lexiconForLanguage.coveredConcepts.count * 2 < lexicon.concepts.count {
            findings.append(Finding(.warning, code: "thin-coverage",
                                    message: "the lexicon has patterns for only \(lexiconForLanguage.coveredConcepts.count) of \(lexicon.concepts.count) concepts in \(language.name)", document: id))
        }
        let found = Matcher(lexicon: lexiconForLanguage, window: options.window)
            .matches(in: text, stems: nil, workspace: &workspace.matcher)
        let matches = found.matches, matchConcepts = found.concepts
        // Counts by concept and axis index, from the matcher's concept of each match rather than
        // by looking ids up; each axis sums its weights in match order, as a scan per axis would.
        // Matches are read in place: a copy of each would retain its every string.
        var conceptCounts = [Int](repeating: 0, count: lexicon.concepts.count)
        var positive = [Double](repeating: 0, count: lexicon.axes.count)
        var negative = [Double](repeating: 0, count: lexicon.axes.count)
        var axisMatches = [Int](repeating: 0, count: lexicon.axes.count)
        for index in matches.indices {
            let concept = Int(matchConcepts[index])
            conceptCounts[conceptCountSlots[concept]] += 1
            for axis in conceptAxes[concept] {
                axisMatches[axis] += 1
                if matches[index].side == .positive { positive[axis] += matches[index].weight } else { negative[axis] += matches[index].weight }
            }
        }
        let scores = lexicon.axes.indices.map { axis in
            AxisScore(axis: lexicon.axes[axis].id, positive: positive[axis], negative: negative[axis], tokens: wordCount, matches: axisMatches[axis])
        }
        return DocumentAnalysis(
            metadata: entry.metadata, path: entry.path, sha256: sha, byteCount: bytes.count, status: .scored,
            language: language, languageSource: source, languageGuess: guess,
            wordCount: wordCount, sentenceCount: text.tokens.sentenceStarts.count,
            invalidUTF8Sequences: text.invalidUTF8Sequences, matches: matches, sentences: found.sentences,
            scores: scores, conceptCounts: conceptCounts, findings: findings
        )
    }

    private func unscored(_ entry: DocumentEntry, status: DocumentStatus, sha256: String, byteCount: Int, finding: Finding,
                          language: Language = .en, source: LanguageSource = .detected, guess: LanguageGuess? = nil) -> DocumentAnalysis {
        DocumentAnalysis(
            metadata: entry.metadata, path: entry.path, sha256: sha256, byteCount: byteCount, status: status,
            language: language, languageSource: source, languageGuess: guess, wordCount: 0, sentenceCount: 0,
            invalidUTF8Sequences: 0, matches: [], sentences: [], scores: [],
            conceptCounts: [Int](repeating: 0, count: lexicon.concepts.count), findings: [finding]
        )
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// What one worker thread reuses from one document to the next: token columns, tables,
/// the raw word forms met so far (`FormCache`), matcher buffers and the words language
/// identification has scored (`LanguageIdentifier.WordMemo`). Results never depend on what it holds.
struct AnalysisWorkspace {
    var tokenizer = TokenizerWorkspace()
    var matcher = MatcherWorkspace()
    var languageMemo = LanguageIdentifier.WordMemo()
}

/// Slots filled by worker threads, handed out in order.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // All access goes through `lock`.
    private let lock = NSLock()
    private var slots: [Value?]
    private var next = 0
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claimNext() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a result and returns how many are done.
    func store(_ value: Value, at index: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
        done += 1
        return done
    }

    func values() -> [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
