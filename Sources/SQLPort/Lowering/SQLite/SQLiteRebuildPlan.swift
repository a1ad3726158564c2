/// One SQLite table rebuild as data: the steps of sqlite.org's procedure (lang_altertable.html,
/// "Making Other Kinds Of Table Schema Changes") for one table, in order. The surrounding
/// `PRAGMA foreign_keys=OFF` / `BEGIN` / final checks / `COMMIT` belong to the whole script
/// (`SQLiteScriptFrame`), so that several rebuilds and native statements commit or roll back
/// together.
public struct SQLiteRebuildPlan: Hashable, Sendable {
    /// The table rebuilt; its name is the same before and after (a rename is its own statement).
    public var table: String
    public var steps: [SQLiteRebuildStep]

    public init(table: String, steps: [SQLiteRebuildStep]) {
        self.table = table
        self.steps = steps
    }
}

/// One column of the new table and the value it gets from each old row.
public struct SQLiteCopiedColumn: Hashable, Sendable {
    public var column: String
    /// An expression over the old table's columns (a plain column, a `USING` conversion, the
    /// default a column added in the same rebuild gave existing rows).
    public var value: Expression

    public init(_ column: String, _ value: Expression) {
        self.column = column
        self.value = value
    }
}

public enum SQLiteRebuildStep: Hashable, Sendable {
    /// `CREATE TABLE scratch (...)` with the table's new definition (under its final name's
    /// constraints, indexes excluded).
    case createTable(scratch: String, definition: Table)
    /// `INSERT INTO scratch (rowid?, columns) SELECT values FROM table`. `rowid`: rows keep
    /// their hidden rowid (neither table has an alias column, which would carry it instead).
    case copyRows(from: String, into: String, columns: [SQLiteCopiedColumn], rowid: Bool)
    /// Records a problem for the final check when the copy has fewer rows than the original
    /// (only possible when a shell without `-bail` went on after a failed copy).
    case checkRowCount(original: String, copy: String)
    /// Moves `AUTOINCREMENT`'s counter in `sqlite_sequence` to the new table, so ids deleted
    /// before the migration are not handed out again.
    case carryAutoincrementCounter(from: String, to: String)
    /// `DROP TABLE table` (foreign keys are off: no `ON DELETE` action fires).
    case dropTable(String)
    /// `ALTER TABLE scratch RENAME TO table` inside `PRAGMA legacy_alter_table=ON` / `OFF`: from
    /// 3.25 the rename re-parses views and triggers, and one naming the (dropped) table fails it.
    /// Always written, whatever the target version: the output must also run on every later
    /// SQLite, and an older one ignores the unknown pragma.
    case renameTable(from: String, to: String)
    case createIndex(table: String, TableIndex)
    /// The trigger's own SQL, verbatim.
    case createTrigger(Trigger)
}
