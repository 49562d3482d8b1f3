import CityVoice
import Foundation

/// The `cityvoice` command: parses arguments, calls the engine, renders, maps errors to exit codes.
/// Exit codes: 0 success, 1 failure (bad input, unreadable files), 64 usage error.
let arguments = Array(CommandLine.arguments.dropFirst())
exit(CommandLineTool.run(arguments))
