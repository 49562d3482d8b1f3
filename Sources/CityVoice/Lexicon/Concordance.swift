/// One line of a keyword-in-context concordance.
public struct ConcordanceLine: Sendable, Codable, Equatable {
    public var document: String
    public var sentence: Int
    public var byteStart: Int
    public var byteEnd: Int
    public var left: String
    public var match: String
    public var right: String
}

/// Keyword in context: every place a pattern matches, with the words around it.
///
/// Uses the lexicon pattern language (`migra*`, `~detention`, `regardless {0,3} status`)
/// and the same tokenizer, so what `kwic` shows is what a lexicon concept would count.
public enum Concordance {
    /// The lines for `pattern` in one text.
    ///
    /// - Parameters:
    ///   - width: characters of context on each side.
    /// - Throws: `PatternProblem` when the pattern cannot be parsed.
    public static func lines(pattern: String, in text: TokenizedText, document: String, width: Int = 40) throws -> [ConcordanceLine] {
        if case .failure(let problem) = PatternParser.parse(pattern, language: text.language) { throw problem }
        let axis = Axis(id: "kwic", label: "kwic", description: "", negative: Pole(id: "other", label: ""), positive: Pole(id: "hit", label: ""))
        let concept = Concept(id: "pattern", axis: "kwic", pole: "hit", patterns: [text.language: [pattern]])
        let lexicon = Lexicon(id: "kwic", version: "0", description: "", languages: [text.language], window: 1,
                              axes: [axis], concepts: [concept], cues: [:])
        let matcher = Matcher(lexicon: CompiledLexicon(lexicon: lexicon, language: text.language))
        return matcher.matches(in: text).map { match in
            let left = text.text(bytes: max(0, match.byteStart - width * 4)..<match.byteStart)
            let right = text.text(bytes: match.byteEnd..<min(text.bytes.count, match.byteEnd + width * 4))
            return ConcordanceLine(
                document: document, sentence: match.sentence, byteStart: match.byteStart, byteEnd: match.byteEnd,
                left: String(Report.collapse(left).suffix(width)), match: Report.collapse(match.text),
                right: String(Report.collapse(right).prefix(width))
            )
        }
    }
}
