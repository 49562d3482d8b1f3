import Testing
@testable import CityVoice

@Suite("Lexicon canonical JSON")
struct LexiconJSONTests {
    @Test("writing and reading back gives the same lexicon")
    func roundTripOfFixture() throws {
        let lexicon = try LexiconLoader.parse(bytes: validLexiconJSON.utf8Array, path: "fixture.json").lexicon
        let written = lexicon.canonicalJSON()
        let reread = try LexiconLoader.parse(bytes: Array(written.utf8), path: "written.json").lexicon
        #expect(reread == lexicon)
        #expect(reread.canonicalJSON() == written, "canonical output is a fixed point")
    }

    @Test("awkward strings and weights survive the round trip")
    func roundTripOfAwkwardValues() throws {
        let axis = Axis(id: "a1", label: "Quote \" and backslash \\", description: "tab\there, line\nbreak, bell \u{07}, emoji 🙂, É",
                        negative: Pole(id: "low", label: ""), positive: Pole(id: "high", label: "Höch"))
        let concepts = [0.1, 1e-5, 2.5, 1, 123456.789, 3e20].enumerated().map { index, weight in
            Concept(id: "c\(index)", axis: "a1", pole: index.isMultiple(of: 2) ? "low" : "high", weight: weight,
                    description: "weight \(weight)", patterns: [.de: ["grenz*"], .pt: ["fronteira*"], .it: ["frontier*", "~confine"]])
        }
        let lexicon = Lexicon(id: "awkward", version: "0.0.1-beta", description: "", languages: [.it, .de, .pt], window: 20,
                              axes: [axis], concepts: concepts,
                              cues: [.de: CueLists(negators: ["nicht", "kein*"]), .it: CueLists(), .pt: CueLists(negationPairs: [["não", "nunca"]])])
        let reread = try LexiconLoader.parse(bytes: lexicon.canonicalJSONBytes(), path: "awkward.json").lexicon
        #expect(reread == lexicon)
    }

    @Test("the canonical form has a fixed key order, 2-space indent and inline short arrays")
    func canonicalLayout() {
        let lexicon = Lexicon(
            id: "tiny", version: "1", description: "Tiny.", languages: [.fr, .en], window: 4,
            axes: [Axis(id: "x", label: "X", description: "", negative: Pole(id: "no", label: "No"), positive: Pole(id: "yes", label: "Yes"))],
            concepts: [Concept(id: "c", axis: "x", pole: "yes", patterns: [.fr: ["oui"], .en: ["yes", "yeah"]])],
            cues: [.fr: CueLists(negationPairs: [["ne", "pas"]], terminators: ["mais"]), .en: CueLists(negators: ["not"])])
        let expected = """
        {
          "format": "cityvoice.lexicon/1",
          "id": "tiny",
          "version": "1",
          "description": "Tiny.",
          "languages": ["en", "fr"],
          "scope": {
            "window": 4
          },
          "axes": [
            {
              "id": "x",
              "label": "X",
              "description": "",
              "negative": {
                "id": "no",
                "label": "No"
              },
              "positive": {
                "id": "yes",
                "label": "Yes"
              }
            }
          ],
          "concepts": [
            {
              "id": "c",
              "axis": "x",
              "pole": "yes",
              "weight": 1.0,
              "description": "",
              "patterns": {
                "en": ["yes", "yeah"],
                "fr": ["oui"]
              }
            }
          ],
          "cues": {
            "en": {
              "negators": ["not"]
            },
            "fr": {
              "negationPairs": [["ne", "pas"]],
              "terminators": ["mais"]
            }
          }
        }

        """
        #expect(lexicon.canonicalJSON() == expected)
    }

    @Test("a long pattern list is written one pattern per line")
    func longListsWrap() {
        let patterns = (1...12).map { "pattern number \($0)" }
        let lexicon = Lexicon(id: "w", version: "1", description: "", languages: [.en], window: 6,
                              axes: [Axis(id: "x", label: "X", description: "", negative: Pole(id: "a", label: "A"), positive: Pole(id: "b", label: "B"))],
                              concepts: [Concept(id: "c", axis: "x", pole: "a", patterns: [.en: patterns])], cues: [:])
        let text = lexicon.canonicalJSON()
        #expect(text.contains("\"en\": [\n          \"pattern number 1\",\n          \"pattern number 2\","))
        #expect(text.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= Lexicon.canonicalLineWidth })
    }
}
