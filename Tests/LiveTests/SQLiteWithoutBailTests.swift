import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// SQLite output applied with a shell that goes on after an error (`sqlite3 DB < FILE`, no
/// `-bail`): whatever statement fails, the script commits nothing, or the database is exactly
/// what the plan says (when the failed statement changed nothing the plan needs).
@Suite("SQLite output without -bail")
struct SQLiteWithoutBailTests {
    static let baseline = """
        CREATE TABLE x (id SERIAL PRIMARY KEY, label VARCHAR(10) NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE y (id SERIAL PRIMARY KEY, x_id INTEGER REFERENCES x (id), note TEXT);
        CREATE INDEX y_x ON y (x_id);
        """
    static let seed = """
        INSERT INTO x (id, label, qty) VALUES (1, 'a', 1), (2, 'b', 2), (5, 'e', 5);
        DELETE FROM x WHERE id = 5;
        INSERT INTO y (id, x_id, note) VALUES (1, 1, 'n1'), (2, 2, 'n2');
        """
    static let migration = """
        ALTER TABLE x ALTER COLUMN label TYPE TEXT;
        ALTER TABLE x ADD CONSTRAINT x_qty_positive CHECK (qty >= 0);
        ALTER TABLE y ADD COLUMN seen BOOLEAN;
        CREATE INDEX y_note ON y (note);
        INSERT INTO x (id, label, qty) VALUES (3, 'c', 3);
        UPDATE y SET note = 'changed' WHERE x_id = 2;
        DELETE FROM y WHERE id = 1;
        """

    /// A user table named like the scratch table in other case, unknown to the baseline: the
    /// failed `CREATE TABLE sqlport_new_x` used to be followed by a copy into the user's table,
    /// its rename to `x` and a COMMIT.
    @Test func scratchNameTakenInTheDatabaseCommitsNothing() throws {
        let db = try Self.database(extra: "CREATE TABLE \"SQLPORT_NEW_X\" (id INTEGER PRIMARY KEY, label TEXT, qty INTEGER);")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let before = try Self.state(db)
        let run = try SQLiteLive.shell(db, bail: false, input: try Self.compiled())
        #expect(run.output.contains("table \"SQLPORT_NEW_X\" already exists") || run.output.contains("table sqlport_new_x already exists"), "\(run.output)")
        #expect(run.output.contains("the migration was rolled back"), "\(run.output)")
        #expect(try Self.state(db) == before)
    }

    /// A data statement that fails (here on a trigger the baseline does not know) commits nothing.
    @Test func failedDataStatementCommitsNothing() throws {
        let db = try Self.database(extra: "CREATE TRIGGER y_frozen BEFORE UPDATE ON y BEGIN SELECT RAISE(ABORT, 'y is frozen'); END;")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let before = try Self.state(db)
        let run = try SQLiteLive.shell(db, bail: false, input: try Self.compiled())
        #expect(run.output.contains("y is frozen"), "\(run.output)")
        #expect(run.output.contains("the migration was rolled back"), "\(run.output)")
        #expect(try Self.state(db) == before)
    }

    /// A database ahead of the baseline (a column and an index sqlport was not told of) is not
    /// rebuilt: the rebuild would drop them. With or without -bail, nothing is committed.
    @Test(arguments: [true, false])
    func databaseAheadOfTheBaselineCommitsNothing(_ bail: Bool) throws {
        let db = try Self.database(extra: "ALTER TABLE x ADD COLUMN extra TEXT DEFAULT 'keep'; CREATE INDEX x_qty ON x (qty);")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let before = try Self.state(db)
        let run = try SQLiteLive.shell(db, bail: bail, input: try Self.compiled())
        #expect(run.output.contains("a rebuilt table has columns, indexes or triggers the baseline schema does not list"), "\(run.output)")
        #expect(try Self.state(db) == before)
    }

    /// Each statement of the script in turn made to fail (replaced by one that does): the
    /// database ends as before, or exactly as planned.
    @Test func anyFailedStatementLeavesTheDatabaseAsBeforeOrAsPlanned() throws {
        let script = try Self.compiled()
        let statements = Self.split(script)
        let fresh = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        let before = try Self.state(fresh)
        #expect(try SQLiteLive.shell(fresh, bail: true, input: script).status == 0)
        let planned = try Self.state(fresh)
        #expect(planned != before)
        var rolledBack: Set<Int> = []
        for k in statements.indices {
            var failing = statements
            failing[k] = "SELECT * FROM sqlport_no_such_table;"
            let db = try Self.database()
            defer { try? FileManager.default.removeItem(atPath: db) }
            _ = try SQLiteLive.shell(db, bail: false, input: failing.joined(separator: "\n"))
            let after = try Self.state(db)
            #expect(after == before || after == planned, "statement \(k) failing: \(statements[k])")
            if after == before { rolledBack.insert(k) }
        }
        // Every step of the migration rolls back when it fails; only the guard's own bookkeeping
        // (and BEGIN, after which every statement commits as it succeeds) may fail unnoticed.
        let steps = statements.indices.filter { !statements[$0].contains("sqlport_guard") && !statements[$0].hasPrefix("PRAGMA legacy_alter_table")
            && !["BEGIN;", "PRAGMA foreign_keys=ON;"].contains(statements[$0]) }
        #expect(steps.count == 13)
        #expect(Set(steps).subtracting(rolledBack).map { statements[$0] } == [])
    }

    static func compiled() throws -> String {
        let result = Compiler.compile(InputFile(name: "m.sql", bytes: Array(migration.utf8)),
                                      schemas: [InputFile(name: "b.sql", bytes: Array(baseline.utf8))], dialect: .sqlite)
        return try #require(result.sql, "\(result.renderedDiagnostics())")
    }

    /// A database with the baseline (as sqlport compiles it for SQLite), the seed rows and `extra`.
    static func database(extra: String = "") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-nobail-\(UUID()).db").path
        let result = Compiler.compile(InputFile(name: "b.sql", bytes: Array(baseline.utf8)), dialect: .sqlite)
        let db = try SQLiteConnection(path: path)
        try db.execute(try #require(result.sql))
        try db.execute(seed + extra)
        return path
    }

    /// Schema text and every row, as SQLite holds them.
    static func state(_ path: String) throws -> [[String?]] {
        let db = try SQLiteConnection(path: path)
        var out = try db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        for table in ["x", "y", "SQLPORT_NEW_X"] where try !db.query("SELECT 1 FROM sqlite_master WHERE name = '\(table)'").isEmpty {
            out += try db.query("SELECT * FROM \"\(table)\" ORDER BY 1")
        }
        out += try db.query("SELECT name, seq FROM sqlite_sequence ORDER BY name")
        return out
    }

    /// The script's statements (our own output: one per line ending in `;`, a trigger up to `END;`).
    static func split(_ script: String) -> [String] {
        var out: [String] = [], current = "", inTrigger = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("--") && !line.isEmpty {
            current += (current.isEmpty ? "" : "\n") + line
            if line.hasPrefix("CREATE TEMP TRIGGER") { inTrigger = true }
            if inTrigger ? line == "END;" : line.hasSuffix(";") {
                out.append(current)
                current = ""
                inTrigger = false
            }
        }
        return out
    }
}
