import Foundation

/// A colour in 8-bit sRGB, as the renderers print it: CSS hex, ANSI 256 or ANSI truecolor.
public struct RGBColor: Sendable, Equatable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let black = RGBColor(0, 0, 0)
    public static let white = RGBColor(255, 255, 255)

    /// `#rrggbb`, lower case.
    public var hex: String {
        "#" + [red, green, blue].map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The colour `fraction` of the way from `self` to `other` (0 gives `self`, 1 gives `other`).
    public func mixed(with other: RGBColor, _ fraction: Double) -> RGBColor {
        let t = min(1, max(0, fraction))
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return RGBColor(channel(red, other.red), channel(green, other.green), channel(blue, other.blue))
    }

    /// Relative luminance (WCAG 2.x), 0 for black to 1 for white.
    public var luminance: Double {
        func linear(_ byte: UInt8) -> Double {
            let c = Double(byte) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio between two colours, 1…21.
    public func contrast(with other: RGBColor) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever contrasts more with this colour as a background: at least 4.58 : 1
    /// whatever the colour, above the 4.5 : 1 WCAG asks of small text.
    public var readableForeground: RGBColor {
        contrast(with: .black) >= contrast(with: .white) ? .black : .white
    }

    /// The colour a terminal shows for entry `index` (16–255) of the xterm 256-colour palette:
    /// the 6 × 6 × 6 cube (16–231) or the grey ramp (232–255).
    public init(ansi256 index: Int) {
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        if index >= 232 {
            let grey = UInt8(8 + 10 * (min(index, 255) - 232))
            self.init(grey, grey, grey)
        } else {
            let cube = max(0, index - 16)
            self.init(levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
    }
}
