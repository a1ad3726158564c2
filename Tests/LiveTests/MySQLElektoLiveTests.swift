import TestSupport
import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Elekto 0.5 -> 0.6 with sqlport's MySQL and MariaDB output on a real MariaDB 10.11 holding
/// the schema SQLAlchemy made for MySQL and rows (ballot ids with gaps, INT's maximum).
@Suite("Elekto 0.5 -> 0.6 on MariaDB", .enabled(if: LiveEnvironment.isEnabled))
struct MySQLElektoLiveTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let schema = URL(fileURLWithPath: ElektoReference.path("schema-0.5.mysql.sql"))
    static let seed = fixtures.appendingPathComponent("mysql-elekto-seed.sql")
    static let seededBallots = [1, 2, 3, 7, 12, 40, 100000, 2147483647]

    /// Elekto's upgrade script, byte for byte `reference/elekto/migration-0.6.postgresql.sql`.
    static let migration = Corpus.directory.appendingPathComponent("elekto/migration.sql")

    /// What `sqlport compile --dialect mysql|mariadb --schema schema-0.5.mysql.sql
    /// migration-0.6.postgresql.sql` prints over the reference's SQLAlchemy-made MySQL
    /// schema, as its statements.
    static func compile(_ flavor: MySQLFlavor) throws -> [String] {
        let result = Compiler.compile(InputFile(name: "migration-0.6.postgresql.sql", bytes: Array(try Data(contentsOf: migration))),
                                      schemas: [InputFile(name: "schema-0.5.mysql.sql", bytes: Array(try Data(contentsOf: schema)))],
                                      dialect: flavor == .mysql ? .mysql : .mariadb)
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        let sql = try #require(result.sql)
        return MySQLRerunLiveTests.statements(sql).map(\.sql)
    }

    /// A fresh database with the 0.5 schema and rows, `first` statements applied (a run that
    /// stopped), then, in a new session, all of `then`; the snapshot before and after.
    static func run(first: [String] = [], then statements: [String]) throws -> (before: SchemaSnapshot, after: SchemaSnapshot, ids: [String]) {
        let scratch = try ScratchDatabase(on: LiveEnvironment.mariadbURL(), label: "elekto_my")
        defer { try? scratch.drop() }
        return try {
            let before: SchemaSnapshot = try {
                let db = try scratch.connect()
                try LiveApply.run([schema, seed], on: db)
                let before = try MariaDBSnapshot.take(db)
                for sql in first { try db.execute(sql) }
                return before
            }()
            let db = try scratch.connect()
            for sql in statements { try db.execute(sql) }
            let ids = try db.query("SELECT id FROM ballot ORDER BY candidate").map { $0[0] ?? "NULL" }
            return (before, try MariaDBSnapshot.take(db), ids)
        }()
    }

    static func expectTarget(_ before: SchemaSnapshot, _ after: SchemaSnapshot, ids: [String]) {
        // PostgreSQL's to_char(id, 'FM000...0') of the seeded ids, by candidate (alphabetical).
        #expect(ids == seededBallots.map { String(repeating: "0", count: 32 - String($0).count) + String($0) })
        let ballot = after.lines.filter { $0.hasPrefix("column ballot ") || $0.hasPrefix("index ballot ") || $0.hasPrefix("constraint ballot ") }
        #expect(ballot == [
            // Retyped, so sqlport's utf8mb4 collation (PostgreSQL resets a retyped column's),
            // not the table's default, which the SQLAlchemy schema leaves to the server.
            "column ballot 001 id char(32) NOT NULL COLLATE utf8mb4_unicode_520_ci",
            "column ballot 002 election_id int(11) DEFAULT NULL",
            "column ballot 003 rank int(11) DEFAULT NULL",
            "column ballot 004 candidate varchar(255) NOT NULL",
            "column ballot 005 voter varchar(255) NOT NULL",
            "constraint ballot PRIMARY PRIMARY KEY (id)",
            "constraint ballot ballot_ibfk_1 FOREIGN KEY (election_id) REFERENCES election (id) ON UPDATE RESTRICT ON DELETE CASCADE",
            "index ballot PRIMARY UNIQUE BTREE (id)",
            "index ballot ballot_election_id BTREE (election_id)",
        ].sorted())
        let voter = after.lines.filter { $0.hasPrefix("column voter ") || $0.hasPrefix("index voter ") }
        #expect(voter.contains("column voter 006 salt longblob DEFAULT NULL"))
        #expect(voter.contains("column voter 007 ballot_id longblob DEFAULT NULL"))
        #expect(voter.filter { $0.hasPrefix("index voter ") } == [
            "index voter PRIMARY UNIQUE BTREE (id)", "index voter user_id BTREE (user_id)",
            "index voter voter_election_id BTREE (election_id)",
        ].sorted())
        #expect(after.lines.contains { $0.hasPrefix("rows schema_version count=1 ") })
        // user, election and request: schema, CHECK and rows exactly as before.
        for t in ["user", "election", "request"] {
            #expect(after.lines.filter { $0.split(separator: " ").dropFirst().first == Substring(t) }
                    == before.lines.filter { $0.split(separator: " ").dropFirst().first == Substring(t) }, "table \(t)")
        }
        #expect(after.lines.contains { $0.hasPrefix("constraint request CONSTRAINT_1 CHECK") })
        // No row lost anywhere.
        for t in ["ballot count=8", "voter count=5"] { #expect(after.lines.contains { $0.hasPrefix("rows " + t) }, "\(t)") }
    }

    @Test(arguments: MySQLFlavor.allCases)
    func reachesTheTarget(_ flavor: MySQLFlavor) throws {
        let statements = try Self.compile(flavor)
        let (before, after, ids) = try Self.run(then: statements)
        Self.expectTarget(before, after, ids: ids)
    }

    /// Stopped after any one statement, the MariaDB output run again from the top completes the
    /// migration, to the same schema and rows as one clean run.
    @Test func mariadbOutputIsRerunnableAfterEveryStatement() throws {
        let statements = try Self.compile(.mariadb)
        let clean = try Self.run(then: statements)
        for stop in 1...statements.count {
            let rerun = try Self.run(first: Array(statements.prefix(stop)), then: statements)
            #expect(rerun.after.difference(from: clean.after) == [], "stopped after statement \(stop)")
            #expect(rerun.ids == clean.ids)
        }
    }

    /// MySQL and MariaDB output end in the same database.
    @Test func flavorsAgree() throws {
        let mysql = try Self.run(then: Self.compile(.mysql))
        let mariadb = try Self.run(then: Self.compile(.mariadb))
        #expect(mysql.after.difference(from: mariadb.after) == [])
    }

    /// A negative id has 33 characters as PostgreSQL's to_char text, too long for CHAR(32):
    /// PostgreSQL's upgrade fails, and so does this one, at the UPDATE, with ballot untouched.
    @Test func negativeIdFailsLikePostgreSQL() throws {
        let statements = try Self.compile(.mysql)
        try withScratchDatabase(on: LiveEnvironment.mariadbURL(), label: "elekto_neg") { db in
            try LiveApply.run([Self.schema, Self.seed], on: db)
            try db.execute("INSERT INTO ballot (id, candidate, voter) VALUES (-5, 'neg', 'v')")
            var failedAt: String?
            for sql in statements {
                do { try db.execute(sql) } catch { failedAt = sql; break }
            }
            #expect(failedAt?.hasPrefix("UPDATE ballot SET id_sqlport") == true)
            #expect(try db.query("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ballot' AND COLUMN_NAME = 'id'") == [["int"]])
        }
    }
}
