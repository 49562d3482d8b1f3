import CityVoice
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Throughput benchmark for CityVoice, outside the test suite. Build and run in release:
///
///     swift run -c release cityvoice-bench [--size MB] [--lexicon FILE] [--seed N]
///                                          [--repeat N] [--only text|stages|compare]
///
/// It generates a deterministic multilingual corpus and prints MB/s per stage, one core
/// unless said otherwise, and the peak resident memory. `--repeat N` runs every timed step
/// N times and reports the fastest, which steadies the figures on a shared machine.
/// `--only` runs just the text layer (segmentation, tokenization, stemming), just the
/// stages of `compare` timed apart, or just `compare` end to end, e.g. under a profiler.
let arguments = CommandLine.arguments.dropFirst()
func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), arguments.index(after: index) < arguments.endIndex else { return nil }
    return arguments[arguments.index(after: index)]
}
let megabytes = Int(value("--size") ?? "100") ?? 100
let seed = UInt64(value("--seed") ?? "2026") ?? 2026
let lexiconPath = value("--lexicon") ?? "Lexicons/cityvoice-migration.json"
let repetitions = max(1, Int(value("--repeat") ?? "1") ?? 1)
let only = value("--only")
let runsText = only == nil || only == "text"
let runsStages = only == nil || only == "stages"
let runsCompare = only == nil || only == "compare"

/// The fastest of `repetitions` runs of `body`, in seconds; `prepare` runs untimed before each.
func seconds(prepare: () -> Void = {}, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repetitions {
        prepare()
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

func report(_ stage: String, bytes: Int, time: Double, note: String = "") {
    let rate = Double(bytes) / 1_000_000 / time
    print(stage.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.1f MB/s  (%.2f s)", rate, time) + (note.isEmpty ? "" : "  " + note))
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

var generator = CorpusGenerator(seed: seed)
let generationStart = DispatchTime.now().uptimeNanoseconds
var corpus = generator.generate(bytes: megabytes * 1_000_000)
let generated = Double(DispatchTime.now().uptimeNanoseconds - generationStart) / 1e9
print("corpus: \(corpus.count) bytes (EN/FR/ES/IT, seed \(seed)), generated in \(String(format: "%.1f", generated)) s")
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores" + (repetitions > 1 ? "; fastest of \(repetitions) runs per line" : ""))
print("")

if runsText {
    // 1. Segmentation alone.
    var segments = 0
    let segmentTime = seconds {
        segments = 0
        corpus.withUnsafeBufferPointer { buffer in
            WordSegmenter.forEachSegment(in: buffer) { _, _ in segments += 1 }
        }
    }
    report("UAX #29 segmentation", bytes: corpus.count, time: segmentTime, note: "\(segments) segments")

    // 2. Segmentation + elisions/compounds + normalization + interning + sentences.
    var tokenized: TokenizedText?
    let tokenizeTime = seconds(prepare: { tokenized = nil }) {
        tokenized = Tokenizer(language: .fr).tokenize(corpus)
    }
    if let text = tokenized {
        report("segmentation + normalization + interning", bytes: corpus.count, time: tokenizeTime,
               note: "\(text.tokens.count) tokens, \(text.wordCount) words, \(text.vocabulary.count) types")
    }

    // 3. The whole text layer: as 2, plus a Snowball stem for every type.
    let stemTime = seconds {
        if let text = tokenized {
            let stems = StemCache(vocabulary: text.vocabulary, language: .fr)
            for type in 0..<Int32(text.vocabulary.count) { _ = stems.stemKey(of: type) }
        }
    }
    report("whole text layer (+ stemming each type once)", bytes: corpus.count, time: tokenizeTime + stemTime)
    tokenized = nil
}

// 4. compare: documents of ~1 MB, default lexicon; its stages timed apart, then end to end
// on 1 thread and all cores.
if runsStages || runsCompare {
    guard FileManager.default.fileExists(atPath: lexiconPath) else {
        print("compare: skipped, no lexicon at \(lexiconPath) (run from the repository root or pass --lexicon)")
        exit(0)
    }
    let loaded: LoadedLexicon
    do {
        loaded = try LexiconLoader.load(path: lexiconPath)
    } catch {
        print("compare: skipped, the lexicon did not load: \(error)")
        exit(0)
    }
    // Documents of about 1 MB, cut at line ends, held in memory as standard-input documents.
    let documentSize = 1_000_000
    var documents: [DocumentEntry] = []
    var texts: [[UInt8]] = []
    var start = 0
    while start < corpus.count {
        var end = min(corpus.count, start + documentSize)
        while end < corpus.count && corpus[end] != 0x0A { end += 1 }
        texts.append(Array(corpus[start..<end]))
        let metadata = DocumentMetadata(id: "doc-\(documents.count)", language: "fr")
        documents.append(DocumentEntry(metadata: metadata, origin: .standardInput(bytes: texts[texts.count - 1])))
        start = end
    }
    corpus = []
    let corpusObject = Corpus(entries: documents)
    let totalBytes = texts.reduce(0) { $0 + $1.count }

    if runsStages {
        // Where the time of a document goes, one thread: the stages `Analyzer` runs, each
        // through the public API on its own (so without the buffers `Analyzer` reuses from
        // one document to the next).
        let compiled = CompiledLexicon(lexicon: loaded.lexicon, language: .fr)
        var identifyTime = 0.0, tokenizeTime = 0.0, hashTime = 0.0, matchTime = 0.0
        var matches = 0
        for bytes in texts {
            identifyTime += seconds { _ = LanguageIdentifier.identify(bytes) }
            var text: TokenizedText?
            tokenizeTime += seconds(prepare: { text = nil }) {
                text = Tokenizer(language: .fr).tokenize(bytes)
            }
            hashTime += seconds { _ = SHA256.hex(bytes) }
            if let text {
                var found = 0
                matchTime += seconds { found = Matcher(lexicon: compiled).matches(in: text).count }
                matches += found
            }
        }
        print("compare by stage, 1 thread (MB/s of the whole corpus; time summed over documents):")
        report("  language identification (first 16 KiB)", bytes: totalBytes, time: identifyTime)
        report("  tokenization", bytes: totalBytes, time: tokenizeTime)
        report("  SHA-256", bytes: totalBytes, time: hashTime)
        report("  matching and stance cues", bytes: totalBytes, time: matchTime, note: "\(matches) matches")
    }

    if runsCompare {
        for threads in [1, ProcessInfo.processInfo.activeProcessorCount] {
            let analyzer = Analyzer(lexicon: loaded.lexicon, options: AnalysisOptions(threads: threads))
            var analyses: [DocumentAnalysis] = []
            let analysisTime = seconds(prepare: { analyses = [] }) {
                analyses = analyzer.analyze(corpusObject)
            }
            let matches = analyses.reduce(0) { $0 + $1.matches.count }
            let reportTime = seconds {
                _ = Report(analyses: analyses, lexicon: loaded.lexicon, lexiconSHA256: loaded.sha256, lexiconPath: loaded.path,
                           options: analyzer.options)
            }
            let time = analysisTime + reportTime
            if threads == 1 {
                report("  analysis (Analyzer.analyze, all stages)", bytes: totalBytes, time: analysisTime)
                report("  report building", bytes: totalBytes, time: reportTime)
            }
            report("compare end to end, \(threads) thread(s), \(documents.count) docs", bytes: totalBytes, time: time,
                   note: "\(matches) matches; \(String(format: "%.1f", Double(totalBytes) / 1_000_000 / time / Double(threads))) MB/s per core")
        }
    }
}
print("")
print(String(format: "peak resident memory: %.0f MB", peakResidentMegabytes()))
