public enum Severity: String, Sendable, Hashable {
    case error, warning, note
}

/// A stable diagnostic code: `L1xx` lexing, `P2xx` parsing, `S3xx` semantics, `D4xx` lowering.
/// Each phase declares its codes in its own `DiagnosticCode+<Phase>.swift`.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// One line saying what the code means (lowercase, no final period; `DiagnosticCoverageTests`).
    public let summary: String

    public init(_ rawValue: String, _ summary: String) {
        self.rawValue = rawValue
        self.summary = summary
    }

    public var description: String { rawValue }
    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }
}

/// A secondary message, optionally pointing at another place (e.g. where a table was defined).
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A diagnostic is a value: code, severity, message, the primary range with a label, notes.
/// Messages are lowercase, have no final period and put names in backticks.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var range: SourceRange?
    public var label: String?
    public var notes: [DiagnosticNote]
    /// What to do about it, rendered as `= help: ...`.
    public var help: String?

    public init(_ code: DiagnosticCode, _ severity: Severity = .error, _ message: String,
                at range: SourceRange?, label: String? = nil,
                notes: [DiagnosticNote] = [], help: String? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.label = label
        self.notes = notes
        self.help = help
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at range: SourceRange?,
                             label: String? = nil, notes: [DiagnosticNote] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(code, .error, message, at: range, label: label, notes: notes, help: help)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at range: SourceRange?,
                               label: String? = nil, notes: [DiagnosticNote] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(code, .warning, message, at: range, label: label, notes: notes, help: help)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
