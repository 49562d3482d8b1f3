/// A multilingual concept lexicon: stance axes, the concepts that push a text toward
/// one pole of an axis, and the stance cues of each language.
///
/// The canonical form is JSON (format `cityvoice.lexicon/1`, see `Lexicons/README.md`);
/// `LexiconLoader` reads it and checks it, `LexiconTSV` and `LIWCDictionary` convert.
public struct Lexicon: Sendable, Equatable {
    public static let format = "cityvoice.lexicon/1"

    public var id: String
    public var version: String
    public var description: String
    /// The languages the lexicon claims to cover.
    public var languages: [Language]
    /// How many word tokens before or after a target a cue may stand, inside its clause.
    public var window: Int
    public var axes: [Axis]
    public var concepts: [Concept]
    /// Cue lists per language.
    public var cues: [Language: CueLists]

    public init(id: String, version: String, description: String, languages: [Language], window: Int,
                axes: [Axis], concepts: [Concept], cues: [Language: CueLists]) {
        self.id = id
        self.version = version
        self.description = description
        self.languages = languages
        self.window = window
        self.axes = axes
        self.concepts = concepts
        self.cues = cues
    }

    /// The axis with `id`, if any.
    public func axis(_ id: String) -> Axis? { axes.first { $0.id == id } }
}

/// A stance axis with two named poles; positions run from `negative` (θ < 0) to `positive` (θ > 0).
public struct Axis: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var description: String
    public var negative: Pole
    public var positive: Pole

    public init(id: String, label: String, description: String, negative: Pole, positive: Pole) {
        self.id = id
        self.label = label
        self.description = description
        self.negative = negative
        self.positive = positive
    }

    /// Which side `poleID` is on, if it names one of the two poles.
    public func side(of poleID: String) -> PoleSide? {
        if poleID == positive.id { return .positive }
        if poleID == negative.id { return .negative }
        return nil
    }

    /// The pole on `side`.
    public func pole(_ side: PoleSide) -> Pole { side == .positive ? positive : negative }
}

/// One end of an axis.
public struct Pole: Sendable, Equatable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// The side of an axis a pole is on.
public enum PoleSide: String, Sendable, Codable {
    case negative, positive

    /// The other side.
    public var flipped: PoleSide { self == .positive ? .negative : .positive }
}

/// A concept: patterns in several languages that all mean one thing and push toward one pole.
public struct Concept: Sendable, Equatable {
    public var id: String
    public var axis: String
    /// The id of the pole (one of the axis's two).
    public var pole: String
    public var weight: Double
    public var description: String
    /// Pattern strings per language, in file order.
    public var patterns: [Language: [String]]

    public init(id: String, axis: String, pole: String, weight: Double = 1, description: String = "", patterns: [Language: [String]]) {
        self.id = id
        self.axis = axis
        self.pole = pole
        self.weight = weight
        self.description = description
        self.patterns = patterns
    }
}

/// The stance cues of one language. Entries use the pattern syntax.
public struct CueLists: Sendable, Equatable {
    /// Flip a target that follows within the window ("not", "no", "ne", "sin", "senza").
    public var negators: [String] = []
    /// Two-part negations: the second part negates only after the first ("ne … plus").
    public var negationPairs: [[String]] = []
    /// Look like negators but flip nothing ("not only", "non seulement").
    public var pseudoNegators: [String] = []
    /// Flip a target that follows within the window ("reject", "s'opposer", "rechazar").
    public var oppositionBefore: [String] = []
    /// Flip a target that precedes within the window ("unacceptable", "inacceptable").
    public var oppositionAfter: [String] = []
    /// Recorded as framing a target; flip nothing ("support", "call for").
    public var support: [String] = []
    /// End a cue's scope ("but", "mais", "pero", "ma").
    public var terminators: [String] = []

    public init(negators: [String] = [], negationPairs: [[String]] = [], pseudoNegators: [String] = [],
                oppositionBefore: [String] = [], oppositionAfter: [String] = [], support: [String] = [],
                terminators: [String] = []) {
        self.negators = negators
        self.negationPairs = negationPairs
        self.pseudoNegators = pseudoNegators
        self.oppositionBefore = oppositionBefore
        self.oppositionAfter = oppositionAfter
        self.support = support
        self.terminators = terminators
    }
}

/// One element of a parsed pattern.
public enum PatternElement: Sendable, Equatable, Hashable {
    /// A word, by its accent-folded key ("etat" for "État").
    case word(String)
    /// Any word whose accent-folded key starts with this prefix (`migra*`).
    case prefix(String)
    /// Any word with this Snowball stem (accent-folded) in the text's language (`~detention`).
    case stem(String)
    /// Between `min` and `max` other word tokens (`{0,3}`).
    case gap(min: Int, max: Int)
}
