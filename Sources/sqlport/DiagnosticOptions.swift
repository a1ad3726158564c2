import ArgumentParser
import SQLPort

enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How every command reports its diagnostics: `--diagnostics-format` and `--werror`.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostics-format"),
            help: ArgumentHelp("text (default: as a compiler prints them, with carets) or json (one document on standard error: code, severity, message, file, line, column, byte range, notes, help; docs/diagnostics.schema.json).", valueName: "format"))
    var diagnosticsFormat: DiagnosticsFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors: report them as errors, exit 1 and write no output.")
    var werror = false

    /// The result as this run judges it: with `--werror` a warning is an error, and stops the output.
    func judged(_ result: CompilationResult) -> CompilationResult {
        guard werror, result.diagnostics.contains(where: { $0.severity == .warning }) else { return result }
        var judged = result
        judged.diagnostics = result.diagnostics.map { d in
            var d = d
            if d.severity == .warning { d.severity = .error }
            return d
        }
        judged.plan = nil
        judged.sql = nil
        return judged
    }

    /// Writes the diagnostics to standard error in the chosen format.
    func report(_ result: CompilationResult) throws {
        switch diagnosticsFormat {
        case .text: try Terminal.writeError(result.renderedDiagnostics())
        case .json: try Terminal.writeError(DiagnosticJSON.encode(result.diagnostics, sources: result.sources))
        }
    }
}
