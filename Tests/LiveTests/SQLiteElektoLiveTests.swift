import TestSupport
import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// The SQLite lowering of Elekto's 0.5 -> 0.6 upgrade, applied to a real 0.5 database through
/// libsqlite3 (`sqlite3_exec`) and through the `sqlite3` shell, with foreign keys on.
@Suite("SQLite live: Elekto")
struct SQLiteElektoLiveTests {
    @Test func upgradesThroughLibsqlite3() throws {
        let path = try SQLiteLive.freshElekto()
        let db = try SQLiteConnection(path: path)
        let before = try SQLiteLive.rows(db)
        try db.execute("PRAGMA foreign_keys=ON;")
        try db.execute(SQLiteLive.migration(extras: false))
        try SQLiteLive.expectTarget(db, before: before)
    }

    @Test func upgradesThroughTheShellAndKeepsTriggersViewsAndIndexes() throws {
        let path = try SQLiteLive.freshElekto(extras: true)
        let before = try SQLiteLive.rows(SQLiteConnection(path: path))
        let run = try SQLiteLive.shell(path, bail: true, input: SQLiteLive.migration(extras: true))
        #expect(run.status == 0, "\(run.output)")
        let db = try SQLiteConnection(path: path)
        try SQLiteLive.expectTarget(db, before: before)
        #expect(try db.query("SELECT name FROM sqlite_master WHERE tbl_name IN ('ballot', 'ballot_counts') AND name NOT LIKE 'sqlite_%' ORDER BY name")
            == [["ballot"], ["ballot_counts"], ["ballot_election_id"], ["ballot_rank_desc"], ["ballot_touch"], ["ballot_voter_ranked"]])
        #expect(try db.scalar("SELECT sql FROM sqlite_master WHERE name = 'ballot_voter_ranked'")
            == "CREATE INDEX ballot_voter_ranked ON ballot (voter) WHERE rank IS NOT NULL")
        #expect(try db.scalar("SELECT sql FROM sqlite_master WHERE name = 'ballot_rank_desc'")
            == "CREATE INDEX ballot_rank_desc ON ballot (rank DESC, candidate)")
        #expect(try db.query("SELECT election_id, n FROM ballot_counts ORDER BY 1") == [["1", "20"], ["2", "20"], ["3", "20"]])
        try db.execute("INSERT INTO ballot VALUES ('00000000000000000000000000000999', 2, 1, 'c', 'v');")
        #expect(try db.scalar("SELECT name FROM election WHERE id = 2") == "touched")  // the trigger fired
    }

    /// A foreign key violation found at the end rolls everything back, with and without -bail
    /// and through sqlite3_exec: the database is byte-for-byte the same dump.
    @Test func injectedFailureLeavesTheDatabaseAsItWas() throws {
        for route in ["bail", "no-bail", "exec"] {
            let path = try SQLiteLive.freshElekto()
            try SQLiteConnection(path: path).execute(
                "INSERT INTO ballot (id, election_id, rank, candidate, voter) VALUES (1000, 99, 1, 'x', 'y');")
            let before = try SQLiteLive.shell(path, bail: true, input: ".dump").output
            let migration = try SQLiteLive.migration(extras: false)
            switch route {
            case "exec":
                let db = try SQLiteConnection(path: path)
                let error = try #require(throws: DatabaseError.self) { try db.execute(migration) }
                #expect(error.message.contains("PRAGMA foreign_key_check found rows"))
                #expect(try db.scalar("SELECT count(*) FROM voter") == "30")  // no transaction left open
            default:
                let run = try SQLiteLive.shell(path, bail: route == "bail", input: migration)
                #expect(run.status != 0)
                #expect(run.output.contains("sqlport: PRAGMA foreign_key_check found rows violating a foreign key"))
            }
            #expect(try SQLiteLive.shell(path, bail: true, input: ".dump").output == before, "route \(route)")
        }
    }

    /// `to_char(id, 'FM0...0')` as translated for SQLite against PostgreSQL, the oracle.
    @Test(.enabled(if: LiveEnvironment.isEnabled || ProcessInfo.processInfo.environment["SQLPORT_TOCHAR_PG_URL"] != nil))
    func toCharMatchesPostgreSQL() throws {
        let env = ProcessInfo.processInfo.environment
        let pg = try connect(env["SQLPORT_TOCHAR_PG_URL"].map(DatabaseURL.init(parsing:)) ?? LiveEnvironment.postgresURL())
        let sqlite = try SQLiteConnection(path: ":memory:")
        let values = ["0", "1", "-1", "7", "2147483647", "-2147483648", "9223372036854775807", "-9223372036854775808",
                      "999", "1000", "-999", "-1000", "12345678901", "-12345678901", "NULL"]
        for pattern in ["FM00000000000000000000000000000000", "FM000", "000", "FM0000000000", "0000000000000000000"] {
            for v in values {
                let call = SQLPort.Expression(.call(name: QualifiedName(Identifier("to_char")),
                                            arguments: [SQLPort.Expression(.column(table: nil, name: Identifier("v"))), SQLPort.Expression(.string(pattern))],
                                            star: false))
                let translated = try SQLiteLive.translate(call)
                let expected = try pg.scalar("SELECT to_char((\(v))::int8, '\(pattern)')")
                let actual = try sqlite.scalar("SELECT \(translated) FROM (SELECT \(v) AS v)")
                #expect(actual == expected, "to_char(\(v), '\(pattern)')")
            }
        }
    }
}

/// Helpers: the Elekto 0.5 SQLite database (Elekto's real schema file), the migration, the shell.
enum SQLiteLive {
    static let seed = """
        INSERT INTO election (id, "key", name) VALUES (1, 'e1', 'One'), (2, 'e2', 'Two'), (3, 'e3', 'Three');
        INSERT INTO user (id, username, name) VALUES (1, 'u1', 'U1'), (2, 'u2', 'U2'), (3, 'u3', 'U3');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        INSERT INTO voter (id, user_id, election_id, created_at) SELECT i, 1 + i % 3, 1 + i % 3, '2021-01-01 10:00:00' FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
        INSERT INTO ballot SELECT i * 7, 1 + i % 3, i % 5, 'cand' || i, 'voter' || i, '2021-02-01 00:00:00', NULL FROM n;
        INSERT INTO request (id, user_id, election_id, name, reviewed) VALUES (1, 1, 1, 'r1', 0), (2, 2, 2, 'r2', 1);
        """
    /// The view counts a column and the trigger sets one `ballot` does not have: the SQLite schema
    /// loader reads `count(*)` as `SELECT *` and an unqualified column in a trigger as the
    /// trigger table's, and would then refuse the migration's DROP COLUMNs (S310) conservatively.
    static let extras = """
        CREATE INDEX ballot_voter_ranked ON ballot (voter) WHERE rank IS NOT NULL;
        CREATE INDEX ballot_rank_desc ON ballot (rank DESC, candidate);
        CREATE VIEW ballot_counts AS SELECT election_id, count(voter) AS n FROM ballot GROUP BY election_id;
        CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE election SET name = 'touched' WHERE id = NEW.election_id; END;
        """

    static func freshElekto(extras withExtras: Bool = false) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-elekto-\(UUID()).db").path
        let schema = try String(contentsOf: reference.appendingPathComponent("schema-0.5.sqlite.sql"), encoding: .utf8)
        try SQLiteConnection(path: path).execute(schema + seed + (withExtras ? extras : ""))
        return path
    }

    /// Every table's rows, for "no row lost / unchanged" checks.
    static func rows(_ db: SQLiteConnection) throws -> [String: [[String?]]] {
        var out: [String: [[String?]]] = [:]
        for t in ["election", "user", "request", "voter"] { out[t] = try db.query("SELECT * FROM \"\(t)\" ORDER BY id") }
        out["ballot"] = try db.query("SELECT printf('%032d', id), election_id, rank, candidate, voter FROM ballot ORDER BY id")
        return out
    }

    static func expectTarget(_ db: SQLiteConnection, before: [String: [[String?]]]) throws {
        #expect(try db.query("SELECT * FROM schema_version") == [["2"]])
        #expect(try db.query("SELECT name, type, \"notnull\", pk FROM pragma_table_info('schema_version')") == [["version", "INT", "1", "1"]])
        #expect(try db.query("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('ballot')") == [
            ["id", "CHAR(32)", "1", nil, "1"], ["election_id", "INTEGER", "0", nil, "0"], ["rank", "INTEGER", "0", nil, "0"],
            ["candidate", "VARCHAR(255)", "1", nil, "0"], ["voter", "VARCHAR(255)", "1", nil, "0"],
        ])
        #expect(try db.query("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('ballot')")
            == [["election", "election_id", "id", "CASCADE"]])
        #expect(try db.query("SELECT id, election_id, rank, candidate, voter FROM ballot ORDER BY id") == before["ballot"])
        #expect(try db.query("SELECT name, type FROM pragma_table_info('voter') WHERE name IN ('salt', 'ballot_id')")
            == [["salt", "BLOB"], ["ballot_id", "BLOB"]])
        #expect(try db.scalar("SELECT count(*) FROM voter WHERE salt IS NULL AND ballot_id IS NULL") == "30")
        #expect(try db.query("SELECT name FROM pragma_index_list('voter') WHERE origin = 'c'") == [["voter_election_id"]])
        #expect(try db.query("SELECT name FROM pragma_index_list('ballot') WHERE origin = 'c'").contains(["ballot_election_id"]))
        for t in ["election", "user", "request"] { #expect(try db.query("SELECT * FROM \"\(t)\" ORDER BY id") == before[t]) }
        #expect(try db.query("PRAGMA foreign_key_check") == [])
        #expect(try db.query("PRAGMA integrity_check") == [["ok"]])
        #expect(try db.query("SELECT name FROM sqlite_temp_master") == [])
    }

    /// `sqlite3 [-bail] -cmd 'PRAGMA foreign_keys=ON' path < input`.
    static func shell(_ path: String, bail: Bool, input: String) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = (bail ? ["-bail"] : []) + ["-cmd", "PRAGMA foreign_keys=ON", path]
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = stdout
        try p.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let reference = ElektoReference.directory

    /// The migration as users get it: `Compiler.compile`, what `sqlport compile --dialect sqlite
    /// --schema schema-0.5.sqlite.sql migration-0.6.postgresql.sql` runs, over Elekto's real SQLite
    /// baseline (`sqlite3 .schema` style, read by the SQLite schema loader) — with the extras
    /// appended to it when the database has them.
    static func migration(extras withExtras: Bool) throws -> String {
        func file(_ name: String) throws -> InputFile {
            InputFile(name: name, bytes: Array(try Data(contentsOf: reference.appendingPathComponent(name))))
        }
        var baseline = try file("schema-0.5.sqlite.sql")
        if withExtras { baseline.bytes += Array(("\n" + extras + "\n").utf8) }
        let result = Compiler.compile(try file("migration-0.6.postgresql.sql"), schemas: [baseline], dialect: .sqlite)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics())")
        let sql = try #require(result.sql)
        #expect(sql.components(separatedBy: "INSERT INTO sqlport_new_ballot").count == 2)  // one rebuild
        return sql
    }

    static func translate(_ e: SQLPort.Expression) throws -> String {
        let table = Table(name: "t", columns: [Column(name: "v", type: ColumnType(portable: .bigint, declared: "BIGINT"))])
        let result = Checker(target: .sqlite, baseline: Catalog(target: .sqlite, tables: [table])).check(Script(statements: [
            Statement(.update(Update(table: QualifiedName(Identifier("t")), assignments: [Assignment(column: Identifier("v"), value: e)]))),
        ]))
        let lowered = SQLiteLowering.lowerStatements(result.plan, sources: SourceMap(), version: .conservativeDefault)
        #expect(lowered.diagnostics.isEmpty)
        let update = lowered.statements.first { $0.hasPrefix("UPDATE") } ?? ""
        return String(update.dropFirst("UPDATE t SET v = ".count).dropLast())
    }
}
