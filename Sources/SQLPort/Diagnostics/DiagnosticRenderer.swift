/// Renders diagnostics the way compilers do:
///
///     error[S301]: column `created_at` does not exist in table `ballot`
///      --> migrate.sql:5:33
///       |
///     5 | ALTER TABLE ballot DROP COLUMN created_at;
///       |                                ^^^^^^^^^^ no such column
///       = note: table `ballot` was defined in before.sql:24
public struct DiagnosticRenderer: Sendable {
    public let sources: SourceMap
    public init(sources: SourceMap) { self.sources = sources }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    public func render(_ d: Diagnostic) -> String {
        var out = "\(d.severity.rawValue)[\(d.code.rawValue)]: \(d.message)\n"
        var gutter = 1
        if let range = d.range {
            let file = sources[range.file]
            let (line, column) = file.location(of: range.start)
            gutter = String(line).count
            let pad = String(repeating: " ", count: gutter)
            out += "\(pad)--> \(file.name):\(line):\(column)\n"
            out += "\(pad) |\n"
            let (_, endColumn) = endLocation(file, range, line: line)
            let shown = window(sanitize(file.lineText(line)), column: column, endColumn: endColumn)
            out += "\(line) | \(shown.text)\n"
            let caret = String(repeating: " ", count: shown.caretStart) + String(repeating: "^", count: shown.caretWidth)
            out += "\(pad) | \(caret)\(d.label.map { " " + $0 } ?? "")\n"
        }
        let pad = String(repeating: " ", count: gutter)
        for note in d.notes {
            out += "\(pad) = note: \(note.message)\(note.range.map { " (\(position($0)))" } ?? "")\n"
        }
        if let help = d.help { out += "\(pad) = help: \(help)\n" }
        return out
    }

    /// `file:line:col` of a range's start.
    public func position(_ range: SourceRange) -> String {
        let file = sources[range.file]
        let (line, column) = file.location(of: range.start)
        return "\(file.name):\(line):\(column)"
    }

    /// The caret stops at the end of the range or the end of its first line.
    private func endLocation(_ file: SourceFile, _ range: SourceRange, line: Int) -> (Int, Int) {
        let (endLine, endColumn) = file.location(of: range.end)
        if endLine == line { return (endLine, endColumn) }
        return (line, file.lineText(line).unicodeScalars.count + 1)
    }

    /// Long lines (generated SQL, minified dumps) are cut to a window around the
    /// caret so one diagnostic never prints megabytes.
    private func window(_ line: String, column: Int, endColumn: Int) -> (text: String, caretStart: Int, caretWidth: Int) {
        let scalars = Array(line.unicodeScalars)
        let maxWidth = 100
        let width = max(1, min(endColumn - column, maxWidth))
        guard scalars.count > maxWidth + 20 else { return (line, column - 1, width) }
        let start = max(0, column - 1 - 40)
        let end = min(scalars.count, start + maxWidth)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var caretStart = column - 1 - start
        if start > 0 { text = "..." + text; caretStart += 3 }
        if end < scalars.count { text += "..." }
        return (text, caretStart, min(width, max(1, end - (column - 1))))
    }

    /// Control characters would corrupt a terminal; show them as `?` keeping the width.
    private func sanitize(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map {
            ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F ? "?" : ($0 == "\t" ? " " : $0)
        }))
    }
}
