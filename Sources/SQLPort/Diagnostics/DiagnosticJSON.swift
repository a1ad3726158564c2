import Foundation

/// `--diagnostics-format json`: the diagnostics of one run as one JSON document on standard
/// error, for editors and CI (`docs/diagnostics.schema.json`). Positions are 1-based lines and
/// columns in Unicode scalars, as the text form prints them, plus the UTF-8 byte range.
public enum DiagnosticJSON {
    public static let formatVersion = 1

    struct Document: Encodable {
        var formatVersion: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var byteStart: Int
        var byteEnd: Int

        init?(_ range: SourceRange?, in sources: SourceMap) {
            guard let range, let source = sources.file(range.file) else { return nil }
            file = source.name
            (line, column) = source.location(of: range.start)
            (endLine, endColumn) = source.location(of: range.end)
            byteStart = range.start
            byteEnd = range.end
        }
    }

    struct Note: Encodable {
        var message: String
        var location: Location?
    }

    struct Entry: Encodable {
        var code: String
        var severity: String
        var message: String
        /// What the code means, in one line (the same for every diagnostic with the code).
        var summary: String
        var location: Location?
        var label: String?
        var notes: [Note]
        var help: String?
    }

    public static func encode(_ diagnostics: [Diagnostic], sources: SourceMap) -> String {
        let entries = diagnostics.map { d in
            Entry(code: d.code.rawValue, severity: d.severity.rawValue, message: d.message, summary: d.code.summary,
                  location: Location(d.range, in: sources), label: d.label,
                  notes: d.notes.map { Note(message: $0.message, location: Location($0.range, in: sources)) }, help: d.help)
        }
        let document = Document(formatVersion: formatVersion,
                                errors: diagnostics.filter { $0.severity == .error }.count,
                                warnings: diagnostics.filter { $0.severity == .warning }.count,
                                diagnostics: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings and numbers only: encoding cannot fail.
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }
}
