/// A finding: something worth knowing about the input that does not stop the run.
///
/// Fatal problems are thrown as errors; findings travel next to results and land in
/// every report ("12 invalid UTF-8 sequences replaced", "no Italian patterns for concept X").
public struct Finding: Sendable, Equatable, Codable, Hashable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .info && rhs == .warning }
    }

    public var severity: Severity
    /// A stable identifier for the kind of finding, e.g. `invalid-utf8`, `thin-coverage`.
    public var code: String
    public var message: String
    /// The document concerned, if any.
    public var document: String?

    public init(_ severity: Severity, code: String, message: String, document: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.document = document
    }
}
