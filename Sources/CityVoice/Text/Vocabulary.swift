/// The distinct normalized word forms of a text, each with an integer id.
///
/// A form is case-folded and canonically composed (see `Normalizer.fold`), accents kept;
/// its accent-folded key (`Normalizer.foldAccents`) is what lexicon patterns match.
/// Hyphenated compounds ("sans-papiers") are one form and also know their parts.
public struct Vocabulary: Sendable {
    var forms = ByteInterner(capacity: 16)
    /// Accent-folded keys, interned separately: several forms may share a key.
    var keys = ByteInterner(capacity: 16)
    /// The key id of each form.
    public internal(set) var keyOfForm: [Int32] = []
    /// Parts of compounds: `partStarts[t]..<partStarts[t + 1]` indexes `parts`.
    var partStarts: [Int32] = [0]
    var parts: [Int32] = []

    public init() {}

    /// The number of distinct forms.
    public var count: Int { keyOfForm.count }

    /// The number of distinct accent-folded keys.
    public var keyCount: Int { keys.count }

    /// The normalized form of type `id`.
    public func form(_ id: Int32) -> String { forms.string(id) }

    /// The accent-folded key of type `id`.
    public func key(ofForm id: Int32) -> String { keys.string(keyOfForm[Int(id)]) }

    /// The text of key `keyID`.
    public func keyString(_ keyID: Int32) -> String { keys.string(keyID) }

    /// The key id of an accent-folded string, if any form of the text has it.
    public func keyID(for key: String) -> Int32? { keys.lookup(key) }

    /// The type ids of the parts of compound `id` (empty for a simple word).
    public func parts(of id: Int32) -> ArraySlice<Int32> {
        parts[Int(partStarts[Int(id)])..<Int(partStarts[Int(id) + 1])]
    }

    /// The type id of a normalized form, adding it (with its parts) if new.
    ///
    /// Parts are added before the compound, so ids and `partStarts` stay aligned.
    mutating func add(form: String) -> Int32 {
        add(form: form, key: nil)
    }

    /// The type id of a normalized form, adding it (with its parts) if new.
    ///
    /// - Parameter key: `Normalizer.foldAccents(form)` if the caller has it at hand.
    mutating func add(form: String, key: String?) -> Int32 {
        if !form.utf8.contains(UInt8(ascii: "-")) {
            // No parts to add first: one look-up that inserts.
            let (id, isNew) = forms.insert(form)
            if isNew {
                keyOfForm.append(keys.intern(key ?? Normalizer.foldAccents(form)))
                partStarts.append(Int32(parts.count))
            }
            return id
        }
        if let existing = forms.lookup(form) { return existing }
        var partIDs: [Int32] = []
        if form.utf8.contains(UInt8(ascii: "-")) {
            let pieces = form.split(separator: "-", omittingEmptySubsequences: true)
            if pieces.count > 1 { partIDs = pieces.map { add(form: String($0)) } }
        }
        let id = forms.intern(form)
        keyOfForm.append(keys.intern(key ?? Normalizer.foldAccents(form)))
        parts.append(contentsOf: partIDs)
        partStarts.append(Int32(parts.count))
        return id
    }

    /// Empties the vocabulary, keeping its capacity.
    mutating func removeAll() {
        forms.removeAll()
        keys.removeAll()
        keyOfForm.removeAll(keepingCapacity: true)
        partStarts.removeAll(keepingCapacity: true)
        partStarts.append(0)
        parts.removeAll(keepingCapacity: true)
    }

    /// The id of a normalized form, if present.
    public func id(ofForm form: String) -> Int32? { forms.lookup(form) }
}
