/// A generated SQL file as data, before it becomes text: who made it from what, a few
/// header lines, then the items in order. Every dialect's lowering builds one; the
/// `OutputWriter` renders them all the same way.
public struct OutputScript: Hashable, Sendable {
    /// The input file's name as the user gave it (`migrate.sql`).
    public var sourceName: String
    /// The database the SQL is written for.
    public var dialect: Dialect
    /// Comment lines after the fixed first two (what sqlport changed, what to watch for).
    public var header: [String]
    public var items: [OutputItem]

    public init(sourceName: String, dialect: Dialect, header: [String] = [], items: [OutputItem] = []) {
        self.sourceName = sourceName
        self.dialect = dialect
        self.header = header
        self.items = items
    }

    /// The file's text; see `OutputWriter`.
    public func render() -> String { OutputWriter().render(self) }
}

/// One piece of the body of an output file.
public enum OutputItem: Hashable, Sendable {
    case statement(OutputStatement)
    /// Comment lines on their own, set off by a blank line.
    case comment([String])
    /// A blank line, to separate framing such as `COMMIT;` from the statements before it.
    case blank
}

/// One generated SQL statement and what a reviewer should know about it.
public struct OutputStatement: Hashable, Sendable {
    /// The complete statement with its `;`; it may span lines.
    public var sql: String
    /// The input statement it was generated from; nil for framing sqlport adds itself
    /// (`BEGIN;`) and for further steps of one input statement, which then follow the
    /// first step without a blank line.
    public var origin: SourceOrigin?
    /// Comment lines printed above the statement (warnings: data loss, table rewrite).
    public var comments: [String]

    public init(_ sql: String, origin: SourceOrigin? = nil, comments: [String] = []) {
        self.sql = sql
        self.origin = origin
        self.comments = comments
    }
}

/// `file:line` of the input statement a generated one came from.
public struct SourceOrigin: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The origin of a source range, or nil for a node built without one.
    public init?(_ range: SourceRange?, in sources: SourceMap) {
        guard let range, range.file.index >= 0, range.file.index < sources.files.count else { return nil }
        let file = sources[range.file]
        self.init(file: file.name, line: file.line(of: range.start))
    }

    public var description: String { "\(file):\(line)" }
}
