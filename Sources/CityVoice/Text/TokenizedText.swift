/// A text cut into tokens, sentences and clauses, with its vocabulary.
///
/// Produced by `Tokenizer.tokenize(_:)`; the bytes are kept unchanged, so every token,
/// sentence and match can be shown in its original form.
public struct TokenizedText: Sendable {
    /// The text's UTF-8 bytes, exactly as read (invalid sequences included).
    public let bytes: [UInt8]
    /// The language used for elisions, abbreviations and stemming.
    public let language: Language
    public internal(set) var tokens: Tokens
    public internal(set) var vocabulary: Vocabulary
    /// The number of invalid UTF-8 sequences, each shown as U+FFFD in normalized forms.
    public let invalidUTF8Sequences: Int

    /// The original text of token `index` (invalid bytes shown as U+FFFD).
    public func text(ofToken index: Int) -> String {
        text(bytes: tokens.range(index))
    }

    /// The original text of a byte range (invalid bytes shown as U+FFFD).
    public func text(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte range covered by tokens `range` (an empty token range gives an empty byte range).
    public func byteRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < tokens.count ? Int(tokens.starts[range.lowerBound]) : bytes.count
            return at..<at
        }
        return Int(tokens.starts[range.lowerBound])..<Int(tokens.end(range.upperBound - 1))
    }

    /// The text of sentence `index`, trimmed of surrounding whitespace and with inner runs of whitespace collapsed.
    public func sentenceText(_ index: Int) -> String {
        collapsedText(ofTokens: tokens.sentenceRange(index))
    }

    /// The text of a token range with whitespace runs collapsed to one space and the ends trimmed.
    public func collapsedText(ofTokens range: Range<Int>) -> String {
        var result = ""
        var pendingSpace = false
        for index in range {
            if tokens.kinds[index] == .space {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result += text(ofToken: index)
        }
        return result
    }

    /// The number of word and number tokens (T in the scores).
    public var wordCount: Int { tokens.countedTokens }
}
