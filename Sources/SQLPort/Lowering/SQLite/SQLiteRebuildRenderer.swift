/// Renders a rebuild plan and the script's frame as SQL statements.
extension SQLiteWriter {
    mutating func render(_ plan: SQLiteRebuildPlan) -> [String] {
        plan.steps.flatMap { render($0) }
    }

    mutating func render(_ step: SQLiteRebuildStep) -> [String] {
        switch step {
        case .createTable(let scratch, let definition):
            return [createTable(definition, as: scratch)]
        case .copyRows(let from, let into, let columns, let rowid):
            let targets = (rowid ? ["rowid"] : []) + columns.map { q($0.column) }
            let values = (rowid ? ["rowid"] : []) + columns.map { write($0.value) }
            return ["INSERT INTO " + q(into) + " (" + targets.joined(separator: ", ") + ")\n    SELECT "
                + values.joined(separator: ", ") + " FROM " + q(from) + ";"]
        case .checkRowCount(let original, let copy):
            return [frame.record(.rowsLost, when: "(SELECT count(*) FROM \(q(copy))) <> (SELECT count(*) FROM \(q(original)))")]
        case .carryAutoincrementCounter(let from, let to):
            // The counter is recorded first: the final check finds it lost or doubled.
            return ["INSERT INTO \(frame.guardTable) (problem, expected) SELECT \(SQLiteSpelling.stringLiteral(SQLiteScriptFrame.counterKey(from))), seq FROM sqlite_sequence WHERE name = "
                        + SQLiteSpelling.stringLiteral(from) + ";",
                    "DELETE FROM sqlite_sequence WHERE name = " + SQLiteSpelling.stringLiteral(to) + ";",
                    "UPDATE sqlite_sequence SET name = " + SQLiteSpelling.stringLiteral(to) + " WHERE name = " + SQLiteSpelling.stringLiteral(from) + ";"]
        case .dropTable(let name):
            return ["DROP TABLE " + q(name) + ";"]
        case .renameTable(let from, let to):
            return ["PRAGMA legacy_alter_table=ON;", "ALTER TABLE " + q(from) + " RENAME TO " + q(to) + ";",
                    "PRAGMA legacy_alter_table=OFF;"]
        case .createIndex(let table, let index):
            return [createIndex(index, on: table)]
        case .createTrigger(let trigger):
            let sql = trigger.sql.hasSuffix(";") ? trigger.sql : trigger.sql + ";"
            return [sql]
        }
    }
}

/// The frame every SQLite script gets: foreign keys off outside one transaction, a guard
/// that can roll everything back, final checks, `COMMIT`, foreign keys back on.
///
/// A plain script cannot branch, so the checks insert a row into a TEMP table whose TEMP
/// trigger calls `RAISE(ROLLBACK, ...)`: the whole transaction is undone and the `COMMIT` that
/// follows fails harmlessly ("no transaction is active"). Problems found mid-script are only
/// recorded (`final = 0`) and raised at the end: a rollback in the middle would let a shell
/// running without `-bail` carry on in autocommit mode and apply the rest statement by
/// statement. Raised at the end, only the harmless `DROP`/`COMMIT`/`PRAGMA` follow.
struct SQLiteScriptFrame: Sendable {
    enum Problem: String, CaseIterable {
        case foreignKeysOn = "foreign_keys"
        case rowsLost = "rows"
        case schema = "schema"
        case foreignKeyViolation = "foreign_key_check"
        case statement = "statement"
        case unknownToBaseline = "baseline"

        var message: String {
            switch self {
            case .foreignKeysOn:
                "sqlport: foreign keys are still enforced because a transaction was already open; run the script on its own connection"
            case .rowsLost:
                "sqlport: a table rebuild copied fewer rows than the table had; the migration was rolled back"
            case .schema:
                "sqlport: a statement failed and the schema is not as planned; the migration was rolled back"
            case .foreignKeyViolation:
                "sqlport: PRAGMA foreign_key_check found rows violating a foreign key; the migration was rolled back"
            case .statement:
                "sqlport: a data statement failed or changed an unexpected number of rows; the migration was rolled back"
            case .unknownToBaseline:
                "sqlport: a rebuilt table has columns, indexes or triggers the baseline schema does not list, which the rebuild would lose; the migration was rolled back (give sqlport the database's current schema)"
            }
        }
    }

    /// The guard table, `sqlport_guard` unless that name is taken (`SQLiteNameAllocator`).
    let guardName: String
    /// Its trigger, `<guard>_raise`.
    var triggerName: String { guardName + "_raise" }
    var guardTable: String { "temp." + SQLiteSpelling.quote(guardName) }

    /// The pragma the column checks read (`SQLiteCapabilities.tableColumnsPragma`).
    let columnsPragma: String

    init(guardName: String = "sqlport_guard", columnsPragma: String = "pragma_table_xinfo") {
        self.guardName = guardName
        self.columnsPragma = columnsPragma
    }

    /// The frame with guard names free in the plan's namespace.
    init(names: inout SQLiteNameAllocator, capabilities: SQLiteCapabilities = SQLiteCapabilities(.conservativeDefault)) {
        self.init(guardName: names.claim({ $0 == 1 ? "sqlport_guard" : "sqlport_guard\($0)" }, derived: { [$0 + "_raise"] }),
                  columnsPragma: capabilities.tableColumnsPragma)
    }

    var opening: [String] { [
        "PRAGMA foreign_keys=OFF;",
        "BEGIN;",
        "CREATE TEMP TABLE \(SQLiteSpelling.quote(guardName)) (problem TEXT NOT NULL, final INTEGER NOT NULL DEFAULT 0, expected INTEGER);",
        "CREATE TEMP TRIGGER \(SQLiteSpelling.quote(triggerName)) BEFORE INSERT ON \(SQLiteSpelling.quote(guardName)) BEGIN\n"
            + Problem.allCases.map {
                "    SELECT RAISE(ROLLBACK, \(SQLiteSpelling.stringLiteral($0.message))) WHERE NEW.final AND NEW.problem = '\($0.rawValue)';\n"
            }.joined()
            // Early, PRAGMA foreign_keys=OFF was a no-op inside someone's transaction: stop this
            // statement only, for the final check (below) may still roll back their transaction.
            + "    SELECT RAISE(ABORT, \(SQLiteSpelling.stringLiteral(Problem.foreignKeysOn.message))) WHERE NEW.problem = 'foreign_keys';\n"
            + "END;",
        record(.foreignKeysOn, from: "pragma_foreign_keys", when: "foreign_keys"),
    ] }

    /// `INSERT` recording a problem for the end.
    func record(_ p: Problem, from source: String? = nil, when condition: String) -> String {
        "INSERT INTO \(guardTable) (problem) SELECT '\(p.rawValue)'" + (source.map { " FROM " + $0 } ?? "")
            + " WHERE " + condition + ";"
    }

    /// `INSERT` raising a problem now.
    func raise(_ p: Problem, from source: String? = nil, when condition: String? = nil, limit: Bool = false) -> String {
        "INSERT INTO \(guardTable) (problem, final) SELECT '\(p.rawValue)', 1" + (source.map { " FROM " + $0 } ?? "")
            + (condition.map { " WHERE " + $0 } ?? "") + (limit ? " LIMIT 1" : "") + ";"
    }

    /// A data statement that records a problem unless it ran and changed as many rows as it
    /// should: `rows` for an INSERT; for an UPDATE or DELETE, the rows of `table` that
    /// `predicate` finds just before it. `changes()` is 0 after a statement that failed (a
    /// zero-row DELETE of the guard sets it so first), and counts only the rows the statement
    /// itself changed, not its triggers'.
    func checked(_ statement: String, rows: Int) -> [String] {
        ["DELETE FROM \(guardTable) WHERE 0;", statement, record(.statement, when: "changes() IS NOT \(rows)")]
    }

    /// `statement` must change as many rows as `query` gives, counted just before it.
    func checked(_ statement: String, countOf query: String) -> [String] {
        ["INSERT INTO \(guardTable) (problem, expected) SELECT 'expected', count(*) FROM (" + query + ");",
         "DELETE FROM \(guardTable) WHERE 0;", statement,
         record(.statement, when: "changes() IS NOT (SELECT expected FROM \(guardTable) WHERE problem = 'expected' ORDER BY rowid DESC LIMIT 1)")]
    }

    func checked(_ statement: String, table: String, alias: String? = nil, predicate: String?) -> [String] {
        ["INSERT INTO \(guardTable) (problem, expected) SELECT 'expected', count(*) FROM \(SQLiteSpelling.quote(table))"
            + (alias.map { " AS " + SQLiteSpelling.quote($0) } ?? "")
            + (predicate.map { " WHERE " + $0 } ?? "") + ";",
         "DELETE FROM \(guardTable) WHERE 0;", statement,
         record(.statement, when: "changes() IS NOT (SELECT expected FROM \(guardTable) WHERE problem = 'expected' ORDER BY rowid DESC LIMIT 1)")]
    }

    /// The final checks, `COMMIT` and the restore. `schemaChecks` are conditions that are true
    /// when the schema differs from the plan.
    func closing(schemaChecks: [String]) -> [String] {
        var out = [
            raise(.foreignKeysOn, from: "pragma_foreign_keys", when: "foreign_keys"),
            "INSERT INTO \(guardTable) (problem, final) SELECT problem, 1 FROM \(guardTable) WHERE problem IN ("
                + Problem.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ") LIMIT 1;",
        ]
        out += schemaChecks.map { raise(.schema, when: $0) }
        out += [
            raise(.foreignKeyViolation, from: "pragma_foreign_key_check", limit: true),
            "DROP TABLE \(guardTable);",
            "COMMIT;",
            "PRAGMA foreign_keys=ON;",
        ]
        return out
    }

    /// True when table `t` lacks exactly these columns, or any of these indexes and triggers.
    /// `pragma_table_xinfo` where the version has it, not `_info`, which leaves generated columns out.
    func tableCheck(_ t: Table) -> String {
        let columns = t.columns.map(\.name).joined(separator: ",")
        var condition = "(SELECT group_concat(name, ',') FROM \(columnsPragma)(\(SQLiteSpelling.stringLiteral(t.name)))) IS NOT "
            + SQLiteSpelling.stringLiteral(columns)
        let objects = t.indexes.filter(SQLiteRebuildPlanner.isSQLiteIndex).map(\.name) + t.triggers.map(\.name)
        if !objects.isEmpty {
            condition += "\n    OR (SELECT count(*) FROM sqlite_master WHERE tbl_name = \(SQLiteSpelling.stringLiteral(t.name)) AND name IN ("
                + objects.map(SQLiteSpelling.stringLiteral).joined(separator: ", ") + ")) <> \(objects.count)"
        }
        return condition
    }

    /// True when table `t` in the database is not the table the rebuild reads: other columns,
    /// or indexes and triggers the catalog does not have, which the rebuild would drop.
    /// `dropped`: objects the script has dropped before the rebuild (a cascade's triggers).
    /// Columns come from `pragma_table_xinfo` (3.26+): a generated column the baseline lacks counts too.
    func sourceCheck(_ t: Table, dropped: [String]) -> String {
        let name = SQLiteSpelling.stringLiteral(t.name)
        let objects = (t.indexes.filter(SQLiteRebuildPlanner.isSQLiteIndex).map(\.name) + t.triggers.map(\.name))
            .filter { !dropped.contains($0) }.count
        return "(SELECT group_concat(name, ',') FROM \(columnsPragma)(\(name))) IS NOT "
            + SQLiteSpelling.stringLiteral(t.columns.map(\.name).joined(separator: ","))
            + "\n    OR (SELECT count(*) FROM sqlite_master WHERE tbl_name = \(name) AND type IN ('index', 'trigger') AND sql IS NOT NULL) <> \(objects)"
    }

    /// The guard row holding `table`'s AUTOINCREMENT counter from before its rebuild.
    static func counterKey(_ table: String) -> String { "counter " + table }

    /// True when a rebuilt AUTOINCREMENT table's counter is doubled or behind the old one.
    func counterCheck(_ table: String) -> String {
        let name = SQLiteSpelling.stringLiteral(table)
        return "(SELECT count(*) FROM sqlite_sequence WHERE name = \(name)) > 1\n    OR (SELECT seq FROM sqlite_sequence WHERE name = \(name)) < "
            + "(SELECT max(expected) FROM \(guardTable) WHERE problem = \(SQLiteSpelling.stringLiteral(Self.counterKey(table))))"
    }

    /// True when object `name` (a dropped table, index, view or trigger) still exists.
    static func absenceCheck(_ names: [String]) -> String {
        "(SELECT count(*) FROM sqlite_master WHERE name IN (" + names.map(SQLiteSpelling.stringLiteral).joined(separator: ", ") + ")) <> 0"
    }
}
