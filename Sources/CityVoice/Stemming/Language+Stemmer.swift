extension Language {
    /// The Snowball stemmer for this language.
    public var stemmer: any Stemmer {
        switch self {
        case .en: EnglishStemmer()
        case .fr: FrenchStemmer()
        case .es: SpanishStemmer()
        case .it: ItalianStemmer()
        case .de: GermanStemmer()
        case .pt: PortugueseStemmer()
        }
    }
}
