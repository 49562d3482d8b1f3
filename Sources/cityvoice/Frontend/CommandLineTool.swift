import CityVoice
import Foundation

/// A subcommand: its name, one-line summary, help text, options and body.
struct Subcommand: Sendable {
    var name: String
    var summary: String
    var usage: String
    var spec: OptionSpec
    var run: @Sendable (Arguments) throws -> Void
}

enum CommandLineTool {
    static let subcommands: [Subcommand] = [
        CompareCommand.command, ReportCommand.command, ScoreCommand.command, ExplainCommand.command,
        KwicCommand.command, TokensCommand.command, LexiconCommand.command,
    ]

    static let overview = """
        cityvoice \(Engine.version) — compare what city declarations on migration say

        USAGE: cityvoice <command> [options]

        COMMANDS:
        \(subcommands.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

        Run from the repository root, 'cityvoice compare' scores the bundled Corpus/ with
        Lexicons/cityvoice-migration.json. 'cityvoice <command> --help' explains a command.
        Exit codes: 0 success, 1 failure, 64 usage error. Data goes to stdout, messages to stderr.

        """

    /// Runs the tool and returns its exit code.
    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            Output.print(overview)
            return 0
        }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let command = subcommands.first(where: { $0.name == arguments[1] }) {
                Output.print(command.usage)
            } else {
                Output.print(overview)
            }
            return 0
        }
        if first == "--version" {
            Output.print("cityvoice \(Engine.version)\n")
            return 0
        }
        guard let command = subcommands.first(where: { $0.name == first }) else {
            let hint = Suggestion.closest(to: first, among: subcommands.map(\.name)).map { " — did you mean '\($0)'?" } ?? ""
            Output.message("error: unknown command '\(first)'\(hint)\nrun 'cityvoice --help' for the list of commands")
            return 64
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            Output.print(command.usage)
            return 0
        }
        do {
            let parsed = try Arguments(rest, spec: command.spec, command: command.name)
            try command.run(parsed)
            return 0
        } catch let error as UsageError {
            Output.message("error: \(error)")
            return 64
        } catch {
            Output.message("error: \(error)")
            return 1
        }
    }
}
