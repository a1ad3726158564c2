/// A column whose value the database computes from the other columns of its row: SQLite's
/// `[GENERATED ALWAYS] AS (expr) [VIRTUAL | STORED]`, read from a SQLite baseline only.
///
/// The expression is the baseline's own SQLite text, restated verbatim (a rebuild, `sqlport
/// schema`): sqlport never rewrites it, so what would change the columns it reads (a drop, a
/// rename, a type change) is refused by the checker instead (S332).
public struct GeneratedColumn: Hashable, Sendable {
    public enum Storage: String, Hashable, Sendable {
        /// Computed when read (SQLite's default); `ALTER TABLE ADD COLUMN` can add one.
        case virtual = "VIRTUAL"
        /// Computed when the row is written and kept in it; only a rebuild can add one.
        case stored = "STORED"
    }

    /// The text between the parentheses, exactly as the baseline wrote it.
    public var expression: String
    public var storage: Storage
    /// The columns of its table the expression names (SQLite's name comparison: ASCII case
    /// ignored), in the table's column order, as spelled in the table.
    public var reads: [String]

    public init(expression: String, storage: Storage, reads: [String] = []) {
        self.expression = expression
        self.storage = storage
        self.reads = reads
    }

    /// The clause as sqlport writes it back: always the long form with the storage named,
    /// which SQLite reads as the same column whichever form the baseline used.
    public var clause: String { "GENERATED ALWAYS AS (" + expression + ") " + storage.rawValue }
}
