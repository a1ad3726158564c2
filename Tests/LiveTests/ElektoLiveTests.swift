import Foundation
import SQLPortDatabase
import Testing

/// The flagship case on a real PostgreSQL 15: an Elekto 0.5 database with rows in it, upgraded
/// once with Elekto's own script (A) and once with sqlport's output (B), must end identical.
@Suite("Elekto 0.5 -> 0.6 on PostgreSQL", .enabled(if: LiveEnvironment.isEnabled))
struct ElektoLiveTests {
    static let elekto = Corpus.directory.appendingPathComponent("elekto")
    static let schema = elekto.appendingPathComponent("migration.schema.sql")
    static let original = elekto.appendingPathComponent("migration.sql")
    static let compiled = elekto.appendingPathComponent("migration.postgresql.sql")
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/elekto-seed.postgresql.sql")

    /// The seeded ballot ids and what `to_char(id, 'FM000...')` makes of them.
    static let ballotIDs = [1, 2, 3, 7, 12, 40, 100000].map { id in
        String(repeating: "0", count: 32 - String(id).count) + String(id)
    }

    static let tables = ["ballot", "election", "request", "user", "voter"]

    @Test func compiledOutputMatchesElektosOwnUpgrade() throws {
        let server = try LiveEnvironment.postgresURL()
        let (before, snapshotA) = try Self.upgrade(with: Self.original, on: server)
        let (_, snapshotB) = try Self.upgrade(with: Self.compiled, on: server)

        #expect(snapshotB.difference(from: snapshotA) == [])
        #expect(snapshotB.lines == snapshotA.lines)
        // Nothing lost: every table keeps its row count through the upgrade.
        let countsBefore = before.lines.filter { $0.hasPrefix("rows ") }.map { $0.components(separatedBy: " md5=")[0] }
        let countsAfter = snapshotB.lines.filter { $0.hasPrefix("rows ") && !$0.hasPrefix("rows schema_version ") }
            .map { $0.components(separatedBy: " md5=")[0] }
        #expect(countsBefore == ["rows ballot count=7", "rows election count=3", "rows request count=3",
                                 "rows user count=4", "rows voter count=5"])
        #expect(countsAfter == countsBefore)
    }

    @Test func ballotIdsBecomeZeroPaddedText() throws {
        try withScratchDatabase(on: LiveEnvironment.postgresURL(), label: "elekto_ids") { db in
            try LiveApply.run([Self.schema, Self.seed, Self.compiled], on: db)
            #expect(try db.query("SELECT id FROM ballot ORDER BY id").map { $0[0] } == Self.ballotIDs)
            #expect(Self.ballotIDs[3] == "00000000000000000000000000000007")
            // Every other value of each ballot is untouched.
            #expect(try db.query("SELECT id, election_id, rank, candidate, voter FROM ballot WHERE id LIKE '%7'") == [
                ["00000000000000000000000000000007", "2", "1", "dan", "carol"],
            ])
            let snapshot = try PostgresSnapshot.take(db, rows: false)
            let ballot = snapshot.lines.filter { $0.contains(" ballot ") }
            #expect(ballot == [
                "column ballot 001 id character(32) NOT NULL",
                "column ballot 002 election_id integer",
                "column ballot 003 rank integer",
                "column ballot 004 candidate character varying(255) NOT NULL",
                "column ballot 005 voter character varying(255) NOT NULL",
                "constraint ballot ballot_election_id_fkey FOREIGN KEY (election_id) REFERENCES election(id) ON DELETE CASCADE",
                "constraint ballot ballot_pkey PRIMARY KEY (id)",
                "index ballot CREATE INDEX ballot_election_id ON public.ballot USING btree (election_id)",
                "index ballot CREATE UNIQUE INDEX ballot_pkey ON public.ballot USING btree (id)",
            ])
            #expect(try db.query("SELECT version FROM schema_version") == [["2"]])
        }
    }

    /// The comparison can fail: an upgrade that converts ids without the zero-padding leaves the
    /// schema identical but changes ballot rows, and exactly that line differs.
    @Test func comparisonCatchesWrongIdConversion() throws {
        let server = try LiveEnvironment.postgresURL()
        let wrong = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-elekto-\(UUID()).sql")
        defer { try? FileManager.default.removeItem(at: wrong) }
        let text = try String(contentsOf: Self.original, encoding: .utf8)
            .replacingOccurrences(of: "USING to_char(id , 'FM00000000000000000000000000000000')", with: "USING id::text")
        try text.write(to: wrong, atomically: true, encoding: .utf8)

        let (_, expected) = try Self.upgrade(with: Self.original, on: server)
        let (_, actual) = try Self.upgrade(with: wrong, on: server)
        let difference = actual.difference(from: expected)
        #expect(difference.count == 2)
        #expect(difference.first?.hasPrefix("- rows ballot count=7 md5=") == true)
        #expect(difference.last?.hasPrefix("+ rows ballot count=7 md5=") == true)
    }

    /// A fresh database with the 0.5 schema and the seed rows, snapshotted, then upgraded with
    /// `migration` and snapshotted again.
    static func upgrade(with migration: URL, on server: DatabaseURL) throws -> (before: SchemaSnapshot, after: SchemaSnapshot) {
        try withScratchDatabase(on: server, label: "elekto") { db in
            try LiveApply.run([schema, seed], on: db)
            let before = try PostgresSnapshot.take(db)
            try LiveApply.run([migration], on: db)
            return (before, try PostgresSnapshot.take(db))
        }
    }
}
