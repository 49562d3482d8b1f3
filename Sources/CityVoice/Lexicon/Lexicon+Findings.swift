extension Lexicon {
    /// What is worth knowing about a valid lexicon's coverage, in a fixed order.
    ///
    /// Axes first (poles without concepts), then concepts in file order (declared languages
    /// without patterns, patterns in undeclared languages, patterns listed twice), then cue
    /// lists (declared languages without cues, cues for undeclared languages).
    func coverageFindings() -> [Finding] {
        var findings: [Finding] = []
        for axis in axes {
            for pole in [axis.negative, axis.positive]
            where !concepts.contains(where: { $0.axis == axis.id && $0.pole == pole.id }) {
                findings.append(Finding(.warning, code: "pole-without-concepts",
                                        message: "pole '\(pole.id)' of axis '\(axis.id)' has no concepts, so no text can move toward it"))
            }
        }
        for concept in concepts {
            for language in languages where concept.patterns[language]?.isEmpty ?? true {
                findings.append(Finding(.warning, code: "missing-language",
                                        message: "concept '\(concept.id)' has no \(language.name) patterns"))
            }
            for language in Language.allCases where !languages.contains(language) && concept.patterns[language] != nil {
                findings.append(Finding(.info, code: "undeclared-language",
                                        message: "concept '\(concept.id)' has \(language.name) patterns but '\(language.rawValue)' is not among the lexicon's languages"))
            }
            for language in Language.allCases {
                findings += Self.duplicatePatternFindings(concept.patterns[language] ?? [], concept: concept.id, language: language)
            }
        }
        for language in languages where cues[language] == nil {
            findings.append(Finding(.warning, code: "missing-cues",
                                    message: "no cue lists for \(language.name), so negation and opposition are not detected in \(language.name) texts"))
        }
        for language in Language.allCases where !languages.contains(language) && cues[language] != nil {
            findings.append(Finding(.info, code: "undeclared-language",
                                    message: "cue lists for \(language.name) but '\(language.rawValue)' is not among the lexicon's languages"))
        }
        return findings
    }

    /// A finding for each pattern that repeats an earlier one of the same concept and language,
    /// either verbatim or after normalization ("État" and "etat").
    static func duplicatePatternFindings(_ patterns: [String], concept: String, language: Language) -> [Finding] {
        var findings: [Finding] = []
        var seen: [(text: String, elements: [PatternElement]?)] = []
        for pattern in patterns {
            let elements = try? PatternParser.parse(pattern, language: language).get()
            if seen.contains(where: { $0.text == pattern }) {
                findings.append(Finding(.warning, code: "duplicate-pattern",
                                        message: "concept '\(concept)' lists the \(language.name) pattern '\(pattern)' twice"))
            } else if let elements, let earlier = seen.first(where: { $0.elements == elements }) {
                findings.append(Finding(.warning, code: "duplicate-pattern",
                                        message: "concept '\(concept)' has \(language.name) patterns '\(earlier.text)' and '\(pattern)' that match the same words"))
            }
            seen.append((pattern, elements))
        }
        return findings
    }
}
