/// A column whose value the database computes from the other columns of its row: `[GENERATED
/// ALWAYS] AS (expr) [VIRTUAL | STORED]`, read from a baseline (its own text, restated verbatim)
/// or declared by the migration (`GENERATED ALWAYS AS (expr) STORED`, kept as portable AST).
///
/// sqlport never rewrites the expression, so what would change the columns it reads (a drop, a
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

    /// A generated column the migration declares: its portable expression, which each
    /// lowering writes in its own dialect (`expression` then holds its PostgreSQL text).
    public var definition: Expression?

    public init(expression: String, storage: Storage, reads: [String] = [], definition: Expression? = nil) {
        self.expression = expression
        self.storage = storage
        self.reads = reads
        self.definition = definition
    }

    /// The clause as sqlport writes it back: always the long form with the storage named,
    /// which SQLite reads as the same column whichever form the baseline used.
    public var clause: String { "GENERATED ALWAYS AS (" + expression + ") " + storage.rawValue }
}
