extension Match {
    /// What the cues in a target's scope did, as `effect` words it, from the texts of the first
    /// negator, the first opposition cue and the first support cue in scope.
    ///
    /// Shared by `Matcher` and `ReferenceMatcher`, so that both word an outcome the same way.
    static func effect(negation: String?, opposition: String?, support: String?) -> String {
        switch (negation, opposition) {
        case let (negation?, opposition?):
            return "negator '\(negation)' and opposition '\(opposition)' cancel"
        case let (negation?, nil):
            return "flipped by negator '\(negation)'"
        case let (nil, opposition?):
            return "flipped by opposition '\(opposition)'"
        case (nil, nil):
            if let support { return "framed by support '\(support)'" }
            return "no cue"
        }
    }
}
