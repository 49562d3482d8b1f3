// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CityVoice",
    products: [
        .library(name: "CityVoice", targets: ["CityVoice"]),
        .executable(name: "cityvoice", targets: ["cityvoice"]),
    ],
    targets: [
        // The engine: corpus → text → stemming → lexicon → scoring → comparison → report.
        .target(
            name: "CityVoice",
            dependencies: ["CSHA256"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        // The SHA-256 block function on the x86 SHA extensions, chosen at run time by SHA256.swift.
        .target(name: "CSHA256"),
        // The thin command-line front end.
        .executableTarget(name: "cityvoice", dependencies: ["CityVoice"]),
        // Throughput benchmark on a generated corpus; not part of `swift test`.
        .executableTarget(name: "cityvoice-bench", dependencies: ["CityVoice"]),
        // Regenerates Sources/CityVoice/Text/WordBreakProperty+Generated.swift from Unicode data files.
        .executableTarget(name: "cityvoice-tables"),
        .testTarget(name: "CityVoiceTests", dependencies: ["CityVoice"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["CityVoice", "cityvoice"]),
    ]
)
