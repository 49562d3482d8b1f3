import CityVoice

/// A usage error: the command line itself is wrong. Exit code 64.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var command: String?
    var description: String {
        let help = command.map { "run 'cityvoice \($0) --help' for usage" } ?? "run 'cityvoice --help' for usage"
        return "\(message)\n\(help)"
    }
}

/// A run failure that is not a usage error: bad input, unreadable files. Exit code 1.
struct RunError: Error, CustomStringConvertible {
    var description: String
}

/// The options a subcommand accepts: those taking a value, and flags.
struct OptionSpec: Sendable {
    var values: [String]
    var flags: [String]
    var shorts: [Character: String] = [:]
}

/// A parsed command line: positional arguments and options, checked against a spec.
struct Arguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` for `command`.
    ///
    /// `--name value`, `--name=value`, `-x value` and flags; `--` ends options; `-` alone is a positional.
    /// - Throws: `UsageError` for unknown options (with a suggestion) or a missing value.
    init(_ arguments: [String], spec: OptionSpec, command: String) throws {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else if argument.count == 2, let long = spec.shorts[argument.last!] {
                name = long
            } else {
                throw UsageError(message: "unknown option '\(argument)'", command: command)
            }
            if spec.flags.contains(name) {
                if inlineValue != nil { throw UsageError(message: "option '--\(name)' takes no value", command: command) }
                flags.insert(name)
            } else if spec.values.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError(message: "option '--\(name)' needs a value", command: command)
                    }
                    values[name] = arguments[index]
                    index += 1
                }
            } else {
                let known = spec.values + spec.flags
                let hint = Suggestion.closest(to: name, among: known).map { " — did you mean '--\($0)'?" } ?? ""
                throw UsageError(message: "unknown option '--\(name)'\(hint)", command: command)
            }
        }
    }

    /// An integer option within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(message: "'--\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", command: command)
        }
        return value
    }

    /// One of `choices` for option `name`.
    func choice(_ name: String, from choices: [String], command: String) throws -> String? {
        guard let value = values[name] else { return nil }
        guard choices.contains(value) else {
            let hint = Suggestion.closest(to: value, among: choices).map { " — did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "'--\(name)' must be one of \(choices.joined(separator: ", ")), not '\(value)'\(hint)", command: command)
        }
        return value
    }

    /// A language code option.
    func language(_ name: String = "language", command: String) throws -> Language? {
        guard let value = values[name] else { return nil }
        if let language = Language(rawValue: value.lowercased()) { return language }
        if let named = Language.allCases.first(where: { $0.name.lowercased() == value.lowercased() }) { return named }
        let codes = Language.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: value, among: codes).map { " — did you mean '\($0)'?" } ?? ""
        throw UsageError(message: "unknown language '\(value)'; expected one of \(codes.joined(separator: ", "))\(hint)", command: command)
    }
}
