import Foundation

/// Why a pattern string cannot be used.
public struct PatternProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in words.
    public var message: String
    /// What a valid pattern looks like here.
    public var expected: String

    public var description: String { "\(message) (expected \(expected))" }
}

/// Parses the pattern syntax of `Lexicons/README.md` into elements.
///
/// Words go through the same tokenizer and normalizer as the texts, so a pattern
/// `l'accueil` becomes `l'` + `accueil`, and `État` becomes the key `etat`.
public enum PatternParser {
    /// The fewest letters a prefix glob may have before its `*`.
    public static let minimumPrefixLength = 3
    /// The widest gap `{m,n}` allowed.
    public static let maximumGap = 20

    /// Parses `text` for `language`.
    ///
    /// The result depends only on the text and the language, and the loader, the coverage
    /// findings and the compiler each parse every pattern of a lexicon, so parses are kept
    /// for the process (`ParseMemo`).
    public static func parse(_ text: String, language: Language) -> Result<[PatternElement], PatternProblem> {
        memo.result(for: text, language: language) { parseAfresh(text, language: language) }
    }

    static let memo = ParseMemo()

    /// Parses `text` for `language` without the memo.
    static func parseAfresh(_ text: String, language: Language) -> Result<[PatternElement], PatternProblem> {
        let tokenizer = Tokenizer(language: language)
        var elements: [PatternElement] = []
        for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
            if chunk.hasPrefix("{") {
                guard let gap = parseGap(chunk) else {
                    return .failure(PatternProblem(message: "'\(chunk)' is not a gap", expected: "{m,n} with 0 ≤ m ≤ n ≤ \(maximumGap), e.g. {0,3}"))
                }
                guard let last = elements.last else {
                    return .failure(PatternProblem(message: "a pattern cannot start with a gap", expected: "a word before '\(chunk)'"))
                }
                if case .gap = last {
                    return .failure(PatternProblem(message: "two gaps in a row", expected: "one gap {m,n} between two words"))
                }
                elements.append(gap)
            } else if chunk.hasPrefix("~") {
                let words = keys(of: String(chunk.dropFirst()), tokenizer)
                guard words.count == 1, let word = words.first else {
                    return .failure(PatternProblem(message: "stem pattern '\(chunk)' must name exactly one word", expected: "~word, e.g. ~detention"))
                }
                let stem = Normalizer.foldAccents(language.stemmer.stem(word.form))
                elements.append(.stem(stem))
            } else if chunk.hasSuffix("*") {
                let body = String(chunk.dropLast())
                if body.contains("*") {
                    return .failure(PatternProblem(message: "'*' may only end a word in '\(chunk)'", expected: "a prefix glob such as migra*"))
                }
                let words = keys(of: body, tokenizer)
                guard let last = words.last else {
                    return .failure(PatternProblem(message: "'\(chunk)' matches every word", expected: "at least \(minimumPrefixLength) letters before '*'"))
                }
                for word in words.dropLast() { elements.append(.word(word.key)) }
                guard last.key.count >= minimumPrefixLength else {
                    return .failure(PatternProblem(message: "'\(chunk)' matches too many words", expected: "at least \(minimumPrefixLength) letters before '*'"))
                }
                elements.append(.prefix(last.key))
            } else {
                if chunk.contains("*") {
                    return .failure(PatternProblem(message: "'*' may only end a word in '\(chunk)'", expected: "a prefix glob such as migra*"))
                }
                for word in keys(of: String(chunk), tokenizer) { elements.append(.word(word.key)) }
            }
        }
        if case .gap = elements.last {
            return .failure(PatternProblem(message: "a pattern cannot end with a gap", expected: "a word after the gap"))
        }
        guard !elements.isEmpty else {
            return .failure(PatternProblem(message: "the pattern '\(text)' has no words, so it can never match", expected: "at least one word"))
        }
        return .success(elements)
    }

    /// The normalized forms and accent-folded keys of the words in `text`.
    static func keys(of text: String, _ tokenizer: Tokenizer) -> [(form: String, key: String)] {
        // An elided word on its own ("n'", "l’", "dell'") is a token only once split from its
        // host, so it is written here as the tokenizer would produce it.
        if let last = text.unicodeScalars.last, Apostrophe.contains(last), text.unicodeScalars.count > 1,
           !text.unicodeScalars.dropLast().contains(where: { Apostrophe.contains($0) || $0.properties.isWhitespace }) {
            let form = Normalizer.fold(text)
            return [(form, Normalizer.foldAccents(form))]
        }
        let tokenized = tokenizer.tokenize(text)
        var result: [(String, String)] = []
        for index in 0..<tokenized.tokens.count where tokenized.tokens.kinds[index].isCounted {
            let type = tokenized.tokens.types[index]
            result.append((tokenized.vocabulary.form(type), tokenized.vocabulary.key(ofForm: type)))
        }
        return result
    }

    static func parseGap(_ chunk: Substring) -> PatternElement? {
        guard chunk.hasPrefix("{"), chunk.hasSuffix("}") else { return nil }
        let inner = chunk.dropFirst().dropLast()
        let bounds = inner.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let low: Int?, high: Int?
        switch bounds.count {
        case 1: low = bounds[0]; high = bounds[0]
        case 2: low = bounds[0]; high = bounds[1]
        default: return nil
        }
        guard let min = low, let max = high, min >= 0, min <= max, max <= maximumGap else { return nil }
        return .gap(min: min, max: max)
    }
}

/// Pattern parses kept for the process, shared by threads.
///
/// Bounded: past `capacity` patterns it starts afresh (a lexicon has a few thousand).
final class ParseMemo: @unchecked Sendable {
    // All access goes through `lock`.
    private let lock = NSLock()
    private var results: [Language: [String: Result<[PatternElement], PatternProblem>]] = [:]
    private var count = 0
    let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    /// The kept result for `text` in `language`, or `parse()`'s, which is then kept.
    func result(for text: String, language: Language,
                parse: () -> Result<[PatternElement], PatternProblem>) -> Result<[PatternElement], PatternProblem> {
        lock.lock()
        let known = results[language]?[text]
        lock.unlock()
        if let known { return known }
        let result = parse()
        lock.lock(); defer { lock.unlock() }
        if count >= capacity {
            results.removeAll()
            count = 0
        }
        if results[language, default: [:]].updateValue(result, forKey: text) == nil { count += 1 }
        return result
    }
}
