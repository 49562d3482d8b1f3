/// The result of a run: one model that every renderer reads (schema `cityvoice.report/1`).
///
/// Every number can be traced to its matches: each document carries its matches (with
/// byte offsets, pattern, pole and cues) and the sentences that hold them. The field
/// reference is `docs/report-schema.md`; the JSON Schema is `docs/cityvoice.report-1.schema.json`.
public struct Report: Sendable, Codable, Equatable {
    public static let schema = "cityvoice.report/1"

    public var schema: String
    public var provenance: Provenance
    public var axes: [Axis]
    public var concepts: [ConceptInfo]
    public var documents: [DocumentReport]
    /// Absent when no document could be scored.
    public var comparison: Comparison?
    public var coverage: [ConceptCoverage]
    public var findings: [Finding]
}

/// Where a report comes from: enough to reproduce it.
public struct Provenance: Sendable, Codable, Equatable {
    public var engine: String
    public var engineVersion: String
    public var lexicon: LexiconProvenance
    public var documents: [DocumentProvenance]
    public var options: ReportOptions
}

public struct LexiconProvenance: Sendable, Codable, Equatable {
    public var id: String
    public var version: String
    public var sha256: String
    public var path: String
}

public struct DocumentProvenance: Sendable, Codable, Equatable {
    public var id: String
    public var path: String
    public var sha256: String
    public var bytes: Int
}

/// The options that shape the numbers. The thread count is left out on purpose: output
/// is the same whatever it is.
public struct ReportOptions: Sendable, Codable, Equatable {
    public var window: Int
    public var language: String?
    public var seed: UInt64
}

/// A concept as the report lists it.
public struct ConceptInfo: Sendable, Codable, Equatable {
    public var id: String
    public var axis: String
    public var pole: String
    public var weight: Double
    public var description: String
}

/// One document's part of the report.
public struct DocumentReport: Sendable, Codable, Equatable {
    public var id: String
    public var label: String
    public var metadata: DocumentMetadata
    public var status: DocumentStatus
    public var language: String
    public var languageSource: LanguageSource
    /// The identifier's confidence in its best guess, 0…1.
    public var languageConfidence: Double?
    public var detectedLanguage: String?
    public var tokens: Int
    public var sentences: Int
    public var invalidUTF8: Int
    public var scores: [AxisScore]
    /// Matches per concept, for concepts with at least one match, in lexicon order.
    public var conceptCounts: [ConceptCount]
    public var matches: [Match]
    /// The sentences that hold matches.
    public var evidence: [EvidenceSentence]
}

public struct ConceptCount: Sendable, Codable, Equatable {
    public var concept: String
    public var count: Int
}

/// How a concept fares in each language: whether it has patterns, and how often it matched.
public struct ConceptCoverage: Sendable, Codable, Equatable {
    public var concept: String
    public var axis: String
    /// Languages with at least one pattern.
    public var languages: [String]
    /// Matches per language, over the documents in that language (languages with documents only).
    public var hits: [LanguageHits]
}

public struct LanguageHits: Sendable, Codable, Equatable {
    public var language: String
    public var hits: Int
}
