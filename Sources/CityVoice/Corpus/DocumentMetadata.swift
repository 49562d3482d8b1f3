/// What a manifest says about one document. Only `id` is required.
public struct DocumentMetadata: Sendable, Codable, Equatable {
    public var id: String
    /// Groups the language versions of one declaration ("palermo").
    public var declaration: String?
    /// The file, relative to the manifest's folder.
    public var file: String?
    public var title: String?
    /// A short label for tables and heat maps (≤ 12 characters is best).
    public var label: String?
    /// ISO 8601 date of adoption.
    public var date: String?
    public var place: String?
    public var issuer: String?
    public var network: String?
    /// "co-opted" or "grassroots", in Lacroix's sense.
    public var kind: String?
    /// "global", "regional", "national" or "local".
    public var scale: String?
    /// ISO 639-1 code; when present it wins over language identification.
    public var language: String?
    /// The id of the document this one translates, if any.
    public var translationOf: String?
    /// The official source's URL.
    public var source: String?
    public var provenance: String?
    public var notes: String?

    public init(id: String, declaration: String? = nil, file: String? = nil, title: String? = nil, label: String? = nil,
                date: String? = nil, place: String? = nil, issuer: String? = nil, network: String? = nil,
                kind: String? = nil, scale: String? = nil, language: String? = nil, translationOf: String? = nil,
                source: String? = nil, provenance: String? = nil, notes: String? = nil) {
        self.id = id
        self.declaration = declaration
        self.file = file
        self.title = title
        self.label = label
        self.date = date
        self.place = place
        self.issuer = issuer
        self.network = network
        self.kind = kind
        self.scale = scale
        self.language = language
        self.translationOf = translationOf
        self.source = source
        self.provenance = provenance
        self.notes = notes
    }

    /// The label to show: the manifest's, else the id.
    public var displayLabel: String { label ?? id }
}

/// A corpus manifest: `manifest.json` in a corpus folder (format `cityvoice.corpus/1`).
public struct CorpusManifest: Sendable, Codable, Equatable {
    public static let format = "cityvoice.corpus/1"
    public var format: String
    public var description: String?
    public var documents: [DocumentMetadata]
}
