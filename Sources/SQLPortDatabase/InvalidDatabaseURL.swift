/// A `--database` URL that cannot be used. Built so that no byte of a password can reach a
/// message: `problem` and `help` never quote the URL's text, and `masked` is the URL with its
/// password replaced by `***` — present only when the URL's shape locates the password, absent
/// when it is too malformed to tell where a password would end (then nothing of it is shown).
public struct InvalidDatabaseURL: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. "the password holds a `:` that is not percent-encoded".
    public var problem: String
    /// What to write instead.
    public var help: String
    /// E.g. `postgresql://postgres:***@127.0.0.1:5432/db`, or `nil`.
    public var masked: String?

    public init(_ problem: String, help: String, masked: String? = nil) {
        self.problem = problem
        self.help = help
        self.masked = masked
    }

    public var description: String {
        "invalid database URL\(masked.map { " `\($0)`" } ?? ""): \(problem)"
    }
}
