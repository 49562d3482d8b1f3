import CityVoice
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Throughput benchmark for CityVoice, outside the test suite. Build and run in release:
///
///     swift run -c release cityvoice-bench [--size MB] [--lexicon FILE] [--seed N]
///
/// It generates a deterministic multilingual corpus and prints MB/s per stage, one core
/// unless said otherwise, and the peak resident memory.
let arguments = CommandLine.arguments.dropFirst()
func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), arguments.index(after: index) < arguments.endIndex else { return nil }
    return arguments[arguments.index(after: index)]
}
let megabytes = Int(value("--size") ?? "100") ?? 100
let seed = UInt64(value("--seed") ?? "2026") ?? 2026
let lexiconPath = value("--lexicon") ?? "Lexicons/cityvoice-migration.json"

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
var corpus: [UInt8] = []
let generated = seconds { corpus = generator.generate(bytes: megabytes * 1_000_000) }
print("corpus: \(corpus.count) bytes (EN/FR/ES/IT, seed \(seed)), generated in \(String(format: "%.1f", generated)) s")
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")

// 1. Segmentation alone.
var segments = 0
let segmentTime = seconds {
    corpus.withUnsafeBufferPointer { buffer in
        WordSegmenter.forEachSegment(in: buffer) { _, _ in segments += 1 }
    }
}
report("UAX #29 segmentation", bytes: corpus.count, time: segmentTime, note: "\(segments) segments")

// 2. Segmentation + elisions/compounds + normalization + interning + sentences.
var tokenized: TokenizedText?
let tokenizeTime = seconds { tokenized = Tokenizer(language: .fr).tokenize(corpus) }
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

// 4. compare end to end: documents of ~1 MB, default lexicon, 1 thread and all cores.
if FileManager.default.fileExists(atPath: lexiconPath) {
    do {
        let loaded = try LexiconLoader.load(path: lexiconPath)
        let documentSize = 1_000_000
        // Documents of about 1 MB, cut at line ends, held in memory as standard-input documents.
        var documents: [DocumentEntry] = []
        var start = 0
        while start < corpus.count {
            var end = min(corpus.count, start + documentSize)
            while end < corpus.count && corpus[end] != 0x0A { end += 1 }
            let metadata = DocumentMetadata(id: "doc-\(documents.count)", language: "fr")
            documents.append(DocumentEntry(metadata: metadata, origin: .standardInput(bytes: Array(corpus[start..<end]))))
            start = end
        }
        corpus = []
        let corpusObject = Corpus(entries: documents)
        let totalBytes = documents.reduce(0) { total, entry in
            if case .standardInput(let bytes) = entry.origin { return total + bytes.count }
            return total
        }
        var matches = 0
        for threads in [1, ProcessInfo.processInfo.activeProcessorCount] {
            let analyzer = Analyzer(lexicon: loaded.lexicon, options: AnalysisOptions(threads: threads))
            var analyses: [DocumentAnalysis] = []
            let time = seconds { analyses = analyzer.analyze(corpusObject) }
            matches = analyses.reduce(0) { $0 + $1.matches.count }
            let reportTime = seconds {
                _ = Report(analyses: analyses, lexicon: loaded.lexicon, lexiconSHA256: loaded.sha256, lexiconPath: loaded.path,
                           options: analyzer.options)
            }
            report("compare end to end, \(threads) thread(s), \(documents.count) docs", bytes: totalBytes, time: time + reportTime,
                   note: "\(matches) matches; \(String(format: "%.1f", Double(totalBytes) / 1_000_000 / (time + reportTime) / Double(threads))) MB/s per core")
        }
    } catch {
        print("compare: skipped, the lexicon did not load: \(error)")
    }
} else {
    print("compare: skipped, no lexicon at \(lexiconPath) (run from the repository root or pass --lexicon)")
}
print("")
print(String(format: "peak resident memory: %.0f MB", peakResidentMegabytes()))
