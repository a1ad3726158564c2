/// `COMMENT ON TABLE t IS 'text'` / `COMMENT ON COLUMN t.c IS 'text'`; `IS NULL` removes it.
public struct CommentOn: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case table(QualifiedName)
        case column(table: QualifiedName, column: Identifier)
    }

    public var target: Target
    /// nil for `IS NULL` (PostgreSQL: `''` removes it too).
    public var text: String?

    public init(target: Target, text: String?) {
        self.target = target
        self.text = text
    }
}
