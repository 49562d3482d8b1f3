/// A language CityVoice can tokenize, stem and match.
///
/// The raw value is the ISO 639-1 code used in manifests, lexicons and reports.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case en, fr, es, it, de, pt

    /// The English name of the language, for messages and tables.
    public var name: String {
        switch self {
        case .en: "English"
        case .fr: "French"
        case .es: "Spanish"
        case .it: "Italian"
        case .de: "German"
        case .pt: "Portuguese"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
