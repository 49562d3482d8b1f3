/// Finds where a raw word form splits into elided article, host word and clitic.
///
/// French and Italian elisions split after the apostrophe (`l’accueil` → `l’|accueil`,
/// `dell'accoglienza` → `dell'|accoglienza`, `qu’il` → `qu’|il`); English clitics split
/// before it (`city's` → `city|'s`, `don't` → `do|n't`). Any apostrophe in
/// `Apostrophe.scalars` counts. A form that is not valid UTF-8 is left whole.
struct WordSplitter {
    let data: LanguageData

    /// Byte offsets, strictly inside the form and ascending, where it is cut.
    func cuts(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard bytes.contains(where: Apostrophe.mayStartApostrophe) else { return [] }
        guard let text = String(validating: bytes, as: UTF8.self) else { return [] }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var cuts: [Int] = []
        var first = 0
        // Elisions: the part before the first apostrophe is a known elided word.
        if !data.elisions.isEmpty,
           let apostrophe = scalars.firstIndex(where: Apostrophe.contains),
           apostrophe > 0, apostrophe + 1 < scalars.count,
           data.elisions.contains(Self.lowercased(scalars[0..<apostrophe])) {
            cuts.append(offsets[apostrophe + 1])
            first = apostrophe + 1
        }
        // Clitics: the form ends in a known clitic, after a non-empty host.
        for clitic in data.suffixClitics {
            let length = clitic.unicodeScalars.count
            guard scalars.count - first > length else { continue }
            let tail = scalars[(scalars.count - length)...]
            let normalizedTail = String(String.UnicodeScalarView(tail.map { Apostrophe.contains($0) ? "'" : $0 })).lowercased()
            if normalizedTail == clitic {
                cuts.append(offsets[scalars.count - length])
                break
            }
        }
        return cuts
    }

    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars)).lowercased()
    }
}

/// The characters used as apostrophes in the texts CityVoice reads.
enum Apostrophe {
    /// ' U+0027, ’ U+2019, ‘ U+2018, ʼ U+02BC, ＇ U+FF07.
    static let scalars: Set<Unicode.Scalar> = ["\u{27}", "\u{2019}", "\u{2018}", "\u{2BC}", "\u{FF07}"]

    static func contains(_ scalar: Unicode.Scalar) -> Bool { scalars.contains(scalar) }

    /// Whether `byte` can begin the UTF-8 encoding of an apostrophe (a cheap pre-check).
    static func mayStartApostrophe(_ byte: UInt8) -> Bool {
        byte == 0x27 || byte == 0xE2 || byte == 0xCA || byte == 0xEF
    }
}
