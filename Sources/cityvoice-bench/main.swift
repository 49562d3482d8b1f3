import CityVoice
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Throughput benchmark for CityVoice, outside the test suite; `usage` says what it does
/// and takes. `--only` lets a profiler watch one part.
let usage = """
    usage: cityvoice-bench [--size MB] [--lexicon FILE] [--seed N] [--repeat N]
                           [--only text|stages|compare] [--threads N]
           cityvoice-bench --write FOLDER [--size MB] [--seed N]

    Generates a deterministic multilingual corpus of --size MB (default 100) and prints
    MB/s per stage and the peak resident memory. --repeat N keeps the fastest of N runs;
    --only runs one part; --threads N runs compare end to end on N threads only
    (default: 1 thread, then all cores). --write FOLDER writes the documents of the corpus
    as .txt files instead, to time `cityvoice compare FOLDER` itself, reading files and
    printing. Run it in release: swift run -c release cityvoice-bench
    """

/// Reads `--name value` pairs; an unknown option or a value that is not what the option
/// takes stops the benchmark with a message and exit code 64 before anything is generated.
func parseOptions(_ arguments: ArraySlice<String>) -> [String: String] {
    let positive = ("a whole number of 1 or more", { (value: String) in (Int(value) ?? 0) > 0 })
    let takes: [String: (expected: String, accepts: (String) -> Bool)] = [
        "--size": positive, "--repeat": positive, "--threads": positive,
        "--seed": ("a whole number of 0 or more", { UInt64($0) != nil }),
        "--lexicon": ("a lexicon file path", { !$0.isEmpty }),
        "--only": ("one of text, stages, compare", { ["text", "stages", "compare"].contains($0) }),
        "--write": ("a folder path", { !$0.isEmpty }),
    ]
    var options: [String: String] = [:]
    var rest = arguments[...]
    while let name = rest.popFirst() {
        if name == "--help" || name == "-h" {
            print(usage)
            exit(0)
        }
        guard let option = takes[name] else {
            FileHandle.standardError.write(Data("cityvoice-bench: unknown option '\(name)'\n\(usage)\n".utf8))
            exit(64)
        }
        let value = rest.popFirst()
        guard let value, option.accepts(value) else {
            let got = value.map { ", not '\($0)'" } ?? ""
            FileHandle.standardError.write(Data("cityvoice-bench: \(name) takes \(option.expected)\(got)\n".utf8))
            exit(64)
        }
        options[name] = value
    }
    if options["--write"] != nil, let other = options.keys.sorted().first(where: { !["--write", "--size", "--seed"].contains($0) }) {
        FileHandle.standardError.write(Data("cityvoice-bench: --write takes only --size and --seed, not \(other): it writes the corpus and times nothing\n".utf8))
        exit(64)
    }
    return options
}
let options = parseOptions(CommandLine.arguments.dropFirst())
let megabytes = Int(options["--size"] ?? "100")!
let seed = UInt64(options["--seed"] ?? "2026")!
let lexiconPath = options["--lexicon"] ?? "Lexicons/cityvoice-migration.json"
let repetitions = Int(options["--repeat"] ?? "1")!
let only = options["--only"]
let threadCounts = options["--threads"].map { [Int($0)!] } ?? [1, ProcessInfo.processInfo.activeProcessorCount]
let runsText = (only == nil || only == "text") && options["--write"] == nil
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

/// Writes `texts` as `doc-0001.txt`, … in `folder`, which is made if missing and must not
/// hold such files already; exit code 1 with the reason if it cannot be done.
func writeDocuments(_ texts: [[UInt8]], to folder: String) {
    let manager = FileManager.default
    let names = texts.indices.map { String(format: "doc-%04d.txt", $0 + 1) }
    do {
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let clash = names.first(where: { manager.fileExists(atPath: folder + "/" + $0) }) {
            FileHandle.standardError.write(Data("cityvoice-bench: \(folder)/\(clash) exists; pass an empty or new folder to --write\n".utf8))
            exit(1)
        }
        for (name, text) in zip(names, texts) {
            try Data(text).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    } catch {
        FileHandle.standardError.write(Data("cityvoice-bench: could not write the corpus to \(folder): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
    print("wrote \(texts.count) documents, \(texts.reduce(0) { $0 + $1.count }) bytes, to \(folder)")
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

// 4. compare: documents of ~1 MB (or, with --write, those documents as files), default
// lexicon; its stages timed apart, then end to end on 1 thread and all cores.
if runsStages || runsCompare || options["--write"] != nil {
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
    if let folder = options["--write"] {
        writeDocuments(texts, to: folder)
        exit(0)
    }
    guard FileManager.default.fileExists(atPath: lexiconPath) else {
        FileHandle.standardError.write(Data("cityvoice-bench: compare not run, no lexicon at \(lexiconPath) (run from the repository root or pass --lexicon FILE)\n".utf8))
        exit(1)
    }
    let loaded: LoadedLexicon
    do {
        loaded = try LexiconLoader.load(path: lexiconPath)
    } catch {
        FileHandle.standardError.write(Data("cityvoice-bench: compare not run, the lexicon did not load: \(error)\n".utf8))
        exit(1)
    }
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
        for threads in threadCounts {
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
