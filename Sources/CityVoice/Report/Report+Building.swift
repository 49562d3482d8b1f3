/// The engine's name and version, recorded in every report.
public enum Engine {
    public static let name = "cityvoice"
    public static let version = "0.1.0"
}

extension Report {
    /// Builds the report from analyzed documents.
    ///
    /// Scores and matrices are rounded to 6 decimal places, so the JSON is byte-identical
    /// across runs and platforms.
    public init(analyses: [DocumentAnalysis], lexicon: Lexicon, lexiconSHA256: String, lexiconPath: String,
                options: AnalysisOptions, lexiconFindings: [Finding] = []) {
        let scored = analyses.filter { $0.status == .scored }
        var comparison: Comparison? = scored.isEmpty ? nil : Comparison(scored: scored, axes: lexicon.axes.map(\.id))
        var rankByDocument: [String: [Int]] = [:]
        if let comparison {
            for (row, id) in comparison.documents.enumerated() { rankByDocument[id] = comparison.ranks[row] }
        }
        comparison = comparison?.rounded()

        let documents = analyses.map { analysis -> DocumentReport in
            var scores = analysis.scores
            if let ranks = rankByDocument[analysis.metadata.id] {
                for index in scores.indices { scores[index].rank = ranks[index] }
            }
            let counts = zip(lexicon.concepts, analysis.conceptCounts).compactMap { concept, count in
                count > 0 ? ConceptCount(concept: concept.id, count: count) : nil
            }
            return DocumentReport(
                id: analysis.metadata.id, label: analysis.metadata.displayLabel, metadata: analysis.metadata,
                status: analysis.status, language: analysis.language.rawValue, languageSource: analysis.languageSource,
                languageConfidence: analysis.languageGuess.map { rounded($0.confidence) },
                detectedLanguage: analysis.languageGuess?.language.rawValue,
                tokens: analysis.wordCount, sentences: analysis.sentenceCount, invalidUTF8: analysis.invalidUTF8Sequences,
                scores: scores.map { $0.rounded() }, conceptCounts: counts,
                matches: roundedWeights(of: analysis.matches),
                evidence: analysis.sentences
            )
        }

        var coverage: [ConceptCoverage] = []
        let documentLanguages = Set(scored.map(\.language)).sorted()
        for (index, concept) in lexicon.concepts.enumerated() {
            let languages = Language.allCases.filter { !(concept.patterns[$0] ?? []).isEmpty }.map(\.rawValue)
            let hits = documentLanguages.map { language in
                LanguageHits(language: language.rawValue,
                             hits: scored.filter { $0.language == language }.reduce(0) { $0 + $1.conceptCounts[index] })
            }
            coverage.append(ConceptCoverage(concept: concept.id, axis: concept.axis, languages: languages, hits: hits))
        }

        var findings = lexiconFindings
        for analysis in analyses { findings += analysis.findings }
        for language in documentLanguages {
            let missing = lexicon.concepts.filter { ($0.patterns[language] ?? []).isEmpty }.map(\.id)
            if !missing.isEmpty {
                findings.append(Finding(.warning, code: "missing-patterns",
                                        message: "\(missing.count) concept(s) have no \(language.name) patterns, so \(language.name) documents cannot match them: \(missing.joined(separator: ", "))"))
            }
        }

        self.init(
            schema: Report.schema,
            provenance: Provenance(
                engine: Engine.name, engineVersion: Engine.version,
                lexicon: LexiconProvenance(id: lexicon.id, version: lexicon.version, sha256: lexiconSHA256, path: lexiconPath),
                documents: analyses.map { DocumentProvenance(id: $0.metadata.id, path: $0.path, sha256: $0.sha256, bytes: $0.byteCount) },
                options: ReportOptions(window: options.window ?? lexicon.window, language: options.language?.rawValue, seed: options.seed)
            ),
            axes: lexicon.axes,
            concepts: lexicon.concepts.map { ConceptInfo(id: $0.id, axis: $0.axis, pole: $0.pole, weight: rounded($0.weight), description: $0.description) },
            documents: documents,
            comparison: comparison,
            coverage: coverage,
            findings: findings
        )
    }

    /// The scored documents.
    public var scoredDocuments: [DocumentReport] { documents.filter { $0.status == .scored } }

    /// The document with `id`, if any.
    public func document(_ id: String) -> DocumentReport? { documents.first { $0.id == id } }
}

/// `matches` with weights rounded as `rounded(_:)` does. Weights usually have no more
/// digits than that already, and then the array itself is returned, not a copy of it.
func roundedWeights(of matches: [Match]) -> [Match] {
    if matches.allSatisfy({ rounded($0.weight) == $0.weight }) { return matches }
    return matches.map { var match = $0; match.weight = rounded(match.weight); return match }
}

/// Rounds to 6 decimal places (and turns -0 into 0), the precision of every report.
func rounded(_ value: Double) -> Double {
    let result = (value * 1_000_000).rounded() / 1_000_000
    return result == 0 ? 0 : result
}

extension AxisScore {
    func rounded() -> AxisScore {
        var copy = self
        copy.positive = CityVoice.rounded(positive)
        copy.negative = CityVoice.rounded(negative)
        copy.salience = CityVoice.rounded(salience)
        copy.theta = CityVoice.rounded(theta)
        copy.standardError = CityVoice.rounded(standardError)
        copy.relativeDifference = CityVoice.rounded(relativeDifference)
        return copy
    }
}

extension Comparison {
    func rounded() -> Comparison {
        func r(_ m: [[Double]]) -> [[Double]] { m.map { $0.map(CityVoice.rounded) } }
        var copy = self
        copy.positions = r(positions)
        copy.standardErrors = r(standardErrors)
        copy.salience = r(salience)
        copy.standardizedPositions = r(standardizedPositions)
        copy.distances = r(distances)
        copy.similarities = r(similarities)
        copy.axisCorrelations = axisCorrelations?.map { $0.map { $0.map(CityVoice.rounded) } }
        return copy
    }
}
