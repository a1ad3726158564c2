import SQLPort
import Foundation

/// An error from a database or from connecting to one, carrying the server's own message.
///
/// Never contains a password: messages are built from what the server or client library says,
/// and every connection scrubs its password out of them as a second line of defence.
public struct DatabaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The engine that reported it; `nil` for errors found before talking to one (a bad URL).
    public var kind: Dialect?
    /// The server's message, first line, without a severity prefix such as `ERROR:`.
    public var message: String
    /// SQLSTATE (PostgreSQL, MariaDB) or the extended result code as text (SQLite).
    public var code: String?
    /// 1-based line in the executed script where PostgreSQL located the error, if it did.
    public var line: Int?
    /// 1-based index of the failing statement in a script (PostgreSQL, except for syntax errors,
    /// which it finds before running anything; MariaDB).
    public var statement: Int?

    public init(kind: Dialect?, message: String, code: String? = nil, line: Int? = nil, statement: Int? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
        self.line = line
        self.statement = statement
    }

    public var description: String {
        var text = kind.map { "\($0.rawValue) error" } ?? "error"
        if let code { text += " \(code)" }
        if let line { text += " at line \(line)" }
        if let statement { text += " in statement \(statement)" }
        return text + ": " + message
    }

    /// A copy whose message has every occurrence of `password` masked.
    func scrubbing(_ password: String?) -> DatabaseError {
        guard let password, !password.isEmpty else { return self }
        var copy = self
        copy.message = message.replacingOccurrences(of: password, with: "***")
        return copy
    }
}
