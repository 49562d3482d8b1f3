/// "Did you mean …?" suggestions for mistyped ids, options and values.
public enum Suggestion {
    /// The candidate `value` was most likely meant to be, if one is close enough.
    ///
    /// Close enough: at most 2 edits, or at most a third of the length, and fewer edits
    /// than either string has characters (so "xx" suggests nothing). Ties go to the
    /// earlier candidate. Failing that, the first candidate that `value` (3 characters or
    /// more) is the beginning of.
    public static func closest(to value: String, among candidates: [String]) -> String? {
        let length = value.unicodeScalars.count
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != value {
            let distance = editDistance(value, candidate)
            let limit = max(2, length / 3)
            guard distance <= limit, distance < length, distance < candidate.unicodeScalars.count else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        // A shortened id ("palermo" for "palermo-it"): the first candidate it begins.
        guard length >= 3 else { return nil }
        return candidates.first { $0.hasPrefix(value) && $0 != value }
    }

    /// The Levenshtein distance between `a` and `b`, over Unicode scalars.
    ///
    /// - Complexity: O(|a|·|b|).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
