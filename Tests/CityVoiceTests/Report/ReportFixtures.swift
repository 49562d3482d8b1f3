import Foundation
@testable import CityVoice

/// Reports for the renderer tests.
///
/// - `tiny`: made by hand (matches, offsets and cues written out), so golden files do not
///   move when the tokenizer changes; it has awkward characters in titles and sentences, a
///   flipped match, a support cue, a document that could not be scored and findings.
/// - `wide(documents:axes:)`: many documents and axes with long labels, for layout limits.
/// - `analyzed(_:)`: a real report from the analyzer and `TestLexicon`.
enum ReportFixtures {
    static let tinyLexicon = Lexicon(
        id: "tiny", version: "1.0", description: "Two axes for renderer tests.", languages: [.en, .fr], window: 6,
        axes: [
            Axis(id: "radicalism", label: "Reformist ↔ radical", description: "",
                 negative: Pole(id: "reformist", label: "Reformist"), positive: Pole(id: "radical", label: "Radical")),
            Axis(id: "narrative", label: "Burden ↔ positive", description: "",
                 negative: Pole(id: "burden", label: "Burden"), positive: Pole(id: "positive", label: "Positive narrative")),
        ],
        concepts: [
            Concept(id: "abolish-permit", axis: "radicalism", pole: "radical", patterns: [.en: ["abolition of {0,2} residence permit*"]]),
            Concept(id: "implementation", axis: "radicalism", pole: "reformist", patterns: [.fr: ["mise en œuvre"]]),
            Concept(id: "burden", axis: "narrative", pole: "burden", patterns: [.en: ["burden*"]]),
            Concept(id: "asset", axis: "narrative", pole: "positive", weight: 0.5, patterns: [.en: ["asset*"]]),
        ],
        cues: [:]
    )

    /// A hand-made report: three scored documents (two language versions of one declaration) and an empty one.
    static let tiny: Report = {
        var alpha = DocumentBuilder(id: "alpha-en", label: "Alpha", title: "Alpha Charter, \"draft\" <2015>", declaration: "alpha",
                                    language: .en, tokens: 20)
        let permit = alpha.sentence("We call for the abolition of the residence permit.")
        alpha.match("abolition of the residence permit", in: permit, concept: "abolish-permit", axis: "radicalism",
                    lexiconPole: "radical", side: .positive, pattern: "abolition of {0,2} residence permit*",
                    cue: (.support, "call for"), effect: "framed by support 'call for'")
        let burden = alpha.sentence("Migration is not a burden | but an *asset* & a <chance>.")
        alpha.match("burden", in: burden, concept: "burden", axis: "narrative", lexiconPole: "burden", pole: "positive",
                    side: .positive, pattern: "burden*", cue: (.negator, "not"), flipped: true, effect: "flipped by negator 'not'")
        alpha.match("asset", in: burden, concept: "asset", axis: "narrative", lexiconPole: "positive", side: .positive,
                    weight: 0.5, pattern: "asset*")

        var alphaFrench = DocumentBuilder(id: "alpha-fr", label: "Alpha", title: "Charte Alpha", declaration: "alpha",
                                          language: .fr, tokens: 8)
        let pact = alphaFrench.sentence("Nous demandons la mise en œuvre du pacte.")
        alphaFrench.match("mise en œuvre", in: pact, concept: "implementation", axis: "radicalism", lexiconPole: "reformist",
                          side: .negative, pattern: "mise en œuvre", cue: (.support, "demandons"), effect: "framed by support 'demandons'")

        var beta = DocumentBuilder(id: "beta-en", label: "Beta", title: "Beta declaration\nsecond line", declaration: nil,
                                   language: .en, tokens: 6)
        let said = beta.sentence("Refugees are a burden, they say.")
        beta.match("burden", in: said, concept: "burden", axis: "narrative", lexiconPole: "burden", side: .negative, pattern: "burden*")

        var gamma = DocumentBuilder(id: "gamma-en", label: "Gamma", title: nil, declaration: nil, language: .en, tokens: 0)
        gamma.status = .empty
        gamma.findings = [Finding(.warning, code: "empty-document", message: "no word tokens: nothing to score", document: "gamma-en")]

        let analyses = [alpha, alphaFrench, beta, gamma].map { $0.analysis(lexicon: tinyLexicon) }
        return Report(analyses: analyses, lexicon: tinyLexicon, lexiconSHA256: String(repeating: "ab", count: 32),
                      lexiconPath: "Lexicons/tiny.json", options: AnalysisOptions(threads: 1, seed: 7))
    }()

    /// A report with `documents` scored documents and `axes` axes whose labels and pole names run long.
    static func wide(documents: Int = 14, axes: Int = 8) -> Report {
        let names = ["Mechelen", "Marrakech", "Palermo", "ANVITA", "UCLG Africa", "Sello Migrante", "Strasbourg", "Barcelona Refuge City"]
        let languages: [Language] = [.en, .fr, .es, .it, .de, .pt]
        let axisList = (0..<axes).map { index in
            Axis(id: "axis-number-\(index)", label: "", description: "",
                 negative: Pole(id: "low-\(index)", label: "Conditional access to municipal services \(index)"),
                 positive: Pole(id: "high-\(index)", label: "Unconditional access whatever the status \(index)"))
        }
        let concepts = axisList.flatMap { axis in
            [Concept(id: "\(axis.id)-low", axis: axis.id, pole: axis.negative.id, patterns: [.en: ["low"]]),
             Concept(id: "\(axis.id)-high", axis: axis.id, pole: axis.positive.id, patterns: [.en: ["high"]])]
        }
        let lexicon = Lexicon(id: "wide", version: "1", description: "", languages: languages, window: 6,
                              axes: axisList, concepts: concepts, cues: [:])
        let analyses = (0..<documents).map { row -> DocumentAnalysis in
            var builder = DocumentBuilder(id: "document-\(row)", label: names[row / 2 % names.count], title: nil,
                                          declaration: names[row / 2 % names.count], language: languages[row % languages.count], tokens: 500)
            builder.fixedCounts = axisList.indices.map { column in
                (positive: Double((row * 3 + column * 5) % 7), negative: Double((row * 5 + column * 3) % 6))
            }
            return builder.analysis(lexicon: lexicon)
        }
        return Report(analyses: analyses, lexicon: lexicon, lexiconSHA256: String(repeating: "0", count: 64),
                      lexiconPath: "wide.json", options: AnalysisOptions(threads: 1))
    }

    /// A real report: `documents` (id, title, label, text) analyzed in English with `TestLexicon`.
    static func analyzed(_ documents: [(id: String, title: String?, label: String?, text: String)]) -> Report {
        let entries = documents.map { document in
            DocumentEntry(metadata: DocumentMetadata(id: document.id, title: document.title, label: document.label, language: "en"),
                          origin: .standardInput(bytes: Array(document.text.utf8)))
        }
        let analyzer = Analyzer(lexicon: TestLexicon.lexicon, options: AnalysisOptions(threads: 1))
        let analyses = analyzer.analyze(Corpus(entries: entries))
        return Report(analyses: analyses, lexicon: TestLexicon.lexicon, lexiconSHA256: String(repeating: "c", count: 64),
                      lexiconPath: "test-lexicon.json", options: AnalysisOptions(threads: 1))
    }

    /// Document text that tries to break out of HTML, attributes, scripts and Markdown.
    static let hostileText = """
        Our council <script>alert(1)</script> rejects "detention camps" & 'forced returns' | *now* [link](x).
        We do not see migrants as a burden; they are an asset.
        """

    /// A report of `hostileText` next to an ordinary document, with a hostile title and label.
    static let hostile: Report = analyzed([
        (id: "evil", title: "<script>alert(1)</script> & \"Charter\" 'x'", label: "Evil <b>\"x\"</b> & co", text: hostileText),
        (id: "plain", title: "Plain", label: "Plain", text: "Detention is a burden. We welcome every opportunity."),
        (id: "third", title: "Third", label: "Third", text: "We reject detention centres. Migrants are an asset."),
    ])
}

/// Builds one `DocumentAnalysis` by hand: sentences laid end to end, matches found by their text.
struct DocumentBuilder {
    var id: String
    var label: String
    var title: String?
    var declaration: String?
    var language: Language
    var tokens: Int
    var status: DocumentStatus = .scored
    var findings: [Finding] = []
    var sentences: [EvidenceSentence] = []
    var matches: [Match] = []
    /// Counts per axis given directly instead of through matches.
    var fixedCounts: [(positive: Double, negative: Double)]?
    private var nextByte = 0

    init(id: String, label: String, title: String?, declaration: String?, language: Language, tokens: Int) {
        self.id = id
        self.label = label
        self.title = title
        self.declaration = declaration
        self.language = language
        self.tokens = tokens
    }

    /// Appends a sentence (and a space after it) to the document.
    mutating func sentence(_ text: String) -> EvidenceSentence {
        let sentence = EvidenceSentence(index: sentences.count, byteStart: nextByte, byteEnd: nextByte + text.utf8.count, text: text)
        sentences.append(sentence)
        nextByte = sentence.byteEnd + 1
        return sentence
    }

    /// Records a match of `phrase` (its first occurrence) in `sentence`, with an optional cue (its first occurrence).
    mutating func match(_ phrase: String, in sentence: EvidenceSentence, concept: String, axis: String, lexiconPole: String,
                        pole: String? = nil, side: PoleSide, weight: Double = 1, pattern: String,
                        cue: (kind: CueKind, text: String)? = nil, flipped: Bool = false, effect: String = "no cue") {
        let range = Self.byteRange(of: phrase, in: sentence)
        let cues = cue.map { cue -> [CueEvidence] in
            let cueRange = Self.byteRange(of: cue.text, in: sentence)
            return [CueEvidence(kind: cue.kind, text: cue.text, byteStart: cueRange.lowerBound, byteEnd: cueRange.upperBound)]
        } ?? []
        matches.append(Match(sentence: sentence.index, clause: sentence.index, byteStart: range.lowerBound, byteEnd: range.upperBound,
                             text: phrase, concept: concept, axis: axis, lexiconPole: lexiconPole, pole: pole ?? lexiconPole,
                             side: side, weight: weight, pattern: pattern, flipped: flipped, cues: cues, effect: effect))
    }

    static func byteRange(of phrase: String, in sentence: EvidenceSentence) -> Range<Int> {
        guard let found = sentence.text.range(of: phrase) else { fatalError("'\(phrase)' is not in '\(sentence.text)'") }
        let start = sentence.text.utf8.distance(from: sentence.text.startIndex, to: found.lowerBound)
        return (sentence.byteStart + start)..<(sentence.byteStart + start + phrase.utf8.count)
    }

    func analysis(lexicon: Lexicon) -> DocumentAnalysis {
        let metadata = DocumentMetadata(id: id, declaration: declaration, file: "\(id).txt", title: title, label: label,
                                        language: language.rawValue)
        var scores: [AxisScore] = []
        if status == .scored {
            for (index, axis) in lexicon.axes.enumerated() {
                let onAxis = matches.filter { $0.axis == axis.id }
                let positive = fixedCounts?[index].positive ?? onAxis.filter { $0.side == .positive }.reduce(0) { $0 + $1.weight }
                let negative = fixedCounts?[index].negative ?? onAxis.filter { $0.side == .negative }.reduce(0) { $0 + $1.weight }
                let count = fixedCounts.map { _ in Int(positive + negative) } ?? onAxis.count
                scores.append(AxisScore(axis: axis.id, positive: positive, negative: negative, tokens: tokens, matches: count))
            }
        }
        let conceptCounts = lexicon.concepts.map { concept in matches.filter { $0.concept == concept.id }.count }
        return DocumentAnalysis(
            metadata: metadata, path: "Corpus/\(id).txt", sha256: status == .scored ? String(repeating: "5", count: 64) : "",
            byteCount: max(0, nextByte - 1), status: status, language: language, languageSource: .declared, languageGuess: nil,
            wordCount: tokens, sentenceCount: sentences.count, invalidUTF8Sequences: 0, matches: matches, sentences: sentences,
            scores: scores, conceptCounts: conceptCounts, findings: findings
        )
    }
}
