@testable import CityVoice

/// A small valid lexicon in the JSON format, two axes and four concepts in English and French.
///
/// Tests that need a broken file change one spot of this text, so line and column numbers
/// in their expectations refer to the lines below (line 1 is the opening brace).
let validLexiconJSON = """
{
  "format": "cityvoice.lexicon/1",
  "id": "test-migration",
  "version": "1.0.0",
  "description": "A small lexicon for tests.",
  "languages": ["en", "fr"],
  "scope": { "window": 6 },
  "axes": [
    {
      "id": "radicalism",
      "label": "Reformist ↔ radical",
      "description": "Works within the migration regime or contests it.",
      "negative": { "id": "reformist", "label": "Reformist" },
      "positive": { "id": "radical", "label": "Radical" }
    },
    {
      "id": "securitization",
      "label": "Humanitarian ↔ securitarian",
      "description": "Frames migration as a matter of care or of control.",
      "negative": { "id": "humanitarian", "label": "Humanitarian" },
      "positive": { "id": "securitarian", "label": "Securitarian" }
    }
  ],
  "concepts": [
    {
      "id": "abolish-residence-permit",
      "axis": "radicalism",
      "pole": "radical",
      "weight": 1.5,
      "description": "Calls to abolish the residence permit.",
      "patterns": {
        "en": ["abolish* {0,3} residence permit*", "abolition of {0,3} residence permit*"],
        "fr": ["abolition {0,3} titre* de séjour"]
      }
    },
    {
      "id": "improve-reception",
      "axis": "radicalism",
      "pole": "reformist",
      "description": "Calls to improve reception within existing rules.",
      "patterns": {
        "en": ["improve* {0,2} reception"],
        "fr": ["améliorer {0,2} l’accueil"]
      }
    },
    {
      "id": "border-control",
      "axis": "securitization",
      "pole": "securitarian",
      "weight": 1,
      "patterns": {
        "en": ["border control*", "~detention"],
        "fr": ["contrôle* aux frontières"]
      }
    },
    {
      "id": "welcome",
      "axis": "securitization",
      "pole": "humanitarian",
      "patterns": { "en": ["welcom*"], "fr": ["accueil*"] }
    }
  ],
  "cues": {
    "en": {
      "negators": ["not", "no", "never"],
      "pseudoNegators": ["not only"],
      "oppositionBefore": ["reject*", "oppose*"],
      "support": ["support*", "call for"],
      "terminators": ["but", "however"]
    },
    "fr": {
      "negators": ["ne", "pas", "jamais"],
      "negationPairs": [["ne", "pas"], ["ne", "jamais"]],
      "terminators": ["mais"]
    }
  }
}

"""

extension String {
    /// The text with the first occurrence of `target` replaced; the target must occur.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { fatalError("fixture has no '\(target)'") }
        return replacingCharacters(in: range, with: replacement)
    }

    var utf8Array: [UInt8] { Array(utf8) }
}

/// The error thrown by `body`, if it is a `LexiconError`.
func lexiconError<T>(_ body: () throws -> T) -> LexiconError? {
    do {
        _ = try body()
        return nil
    } catch let error as LexiconError {
        return error
    } catch {
        return nil
    }
}

/// The problems `LexiconLoader.parse` reports for `text`, or [] if it loads.
func loadProblems(_ text: String, path: String = "lexicon.json") -> [LexiconProblem] {
    lexiconError { try LexiconLoader.parse(bytes: text.utf8Array, path: path) }?.problems ?? []
}
