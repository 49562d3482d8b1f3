import Testing
@testable import CityVoice

@Suite("List markers")
struct ListMarkersTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let listItem: Bool
        let colon: Bool
        var testDescription: String { text.debugDescription }
    }

    @Test("A sentence opens a list item with a short number or letter and a dot or parenthesis, or a bullet; it ends with a colon only if its last non-space token is one", arguments: [
        Case(text: "1. detention camps", listItem: true, colon: false),
        Case(text: "12) detention camps", listItem: true, colon: false),
        Case(text: "a) detention camps", listItem: true, colon: false),
        Case(text: "a. detention camps", listItem: false, colon: false),
        Case(text: "1234. detention camps", listItem: false, colon: false),
        Case(text: "- detention camps", listItem: true, colon: false),
        Case(text: "* detention camps", listItem: true, colon: false),
        Case(text: "• detention camps", listItem: true, colon: false),
        Case(text: "– detention camps", listItem: true, colon: false),
        Case(text: "— detention camps", listItem: false, colon: false),
        Case(text: "Detention camps", listItem: false, colon: false),
        Case(text: "We oppose the following:", listItem: false, colon: true),
        Case(text: "We oppose the following: ", listItem: false, colon: true),
        Case(text: "We oppose the following :\n", listItem: false, colon: true),
        Case(text: "We oppose: detention.", listItem: false, colon: false),
        Case(text: "-", listItem: true, colon: false),
        Case(text: ":", listItem: false, colon: true),
    ])
    func markers(_ example: Case) throws {
        let text = Tokenizer(language: .en).tokenize(example.text)
        try #require(text.tokens.sentenceStarts.count == 1, "one sentence in \(example.text.debugDescription)")
        #expect(text.sentenceIsListItem(0) == example.listItem)
        #expect(text.sentenceEndsWithColon(0) == example.colon)
    }
}
