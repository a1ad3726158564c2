import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Every expected output in the corpus, for every dialect, runs on its real engine:
/// PostgreSQL 15, MariaDB 10.11 (for both `mysql` and `mariadb` output) and SQLite. Each
/// starts from the case's baseline with seed rows; PostgreSQL's output is the oracle, and
/// every other engine must end with the same number of rows in every table — no row lost —
/// and with the schema sqlport predicted, read back from the server.
@Suite("Live corpus", .enabled(if: LiveEnvironment.isEnabled))
struct LiveCorpusTests {
    @Test(arguments: LiveCase.all())
    func outputsRunOnTheirEngines(_ c: LiveCase) throws {
        let (baseline, tables) = try LiveCorpus.catalogs(c)
        // Seeds that PostgreSQL itself rejects with this migration (a NOT NULL column
        // added without a default, say) fall back to fewer columns, then to none.
        var seeds: [String] = []
        var expected: [String: Int]?
        for candidate in [CorpusSeeder.seed(baseline), CorpusSeeder.seed(baseline, minimal: true), []] {
            if c.output(.postgresql) == nil { seeds = candidate; break }
            if let counts = try? LiveCorpus.apply(c, .postgresql, seeds: candidate, tables: tables) {
                seeds = candidate
                expected = counts
                break
            }
        }
        if c.output(.postgresql) != nil, expected == nil {
            // Report PostgreSQL's own error, without seeds.
            _ = try LiveCorpus.apply(c, .postgresql, seeds: [], tables: tables)
        }
        for dialect in [Dialect.mysql, .mariadb, .sqlite] where c.output(dialect) != nil {
            // A baseline the dialect refuses (a partial index for MySQL) cannot exist on its
            // engine: there is no database to apply that output to.
            if LiveCorpus.baselineIsRefused(c, dialect) { continue }
            do {
                let counts = try LiveCorpus.apply(c, dialect, seeds: seeds, tables: tables)
                if let expected {
                    #expect(counts == expected, "\(c) [\(dialect.rawValue)]: row counts differ from PostgreSQL's")
                }
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func everyDialectHasOutputsToApply() {
        for dialect in Dialect.allCases {
            #expect(LiveCase.every().contains { $0.output(dialect) != nil }, "no \(dialect.rawValue) outputs in the corpus")
        }
    }

    /// The seeder gives every row a distinct value, and a foreign key the values its
    /// parent key holds, so seeded baselines satisfy their constraints.
    @Test func seedRowsFollowForeignKeys() throws {
        var sources = SourceMap()
        let file = sources.add(name: "s.sql", text: """
            CREATE TABLE "user" (id SERIAL PRIMARY KEY, name TEXT NOT NULL, born DATE);
            CREATE TABLE post (id INTEGER PRIMARY KEY, author INTEGER REFERENCES "user" (id), body TEXT DEFAULT 'x');
            """)
        let catalog = Catalog.replaying(Parser.parse(sources[file]).script, target: .postgresql).catalog
        #expect(CorpusSeeder.seed(catalog) == [
            "INSERT INTO \"user\" (\"name\", \"born\") VALUES ('v1', '2024-01-01'), ('v2', '2024-01-02'), ('v3', '2024-01-03');",
            "INSERT INTO \"post\" (\"id\", \"author\", \"body\") VALUES (1, 1, 'v1'), (2, 2, 'v2'), (3, 3, 'v3');",
        ])
        #expect(CorpusSeeder.seed(catalog, minimal: true) == [
            "INSERT INTO \"user\" (\"name\") VALUES ('v1'), ('v2'), ('v3');",
            "INSERT INTO \"post\" (\"id\") VALUES (1), (2), (3);",
        ])
    }
}

/// The live checks can fail: a script that does not apply is reported with the file and
/// the server's message.
@Suite("Live apply failures", .enabled(if: LiveEnvironment.isEnabled))
struct LiveApplyFailureTests {
    @Test func failingOutputIsReported() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("bad.schema.sql")
        let expected = directory.appendingPathComponent("bad.postgresql.sql")
        try "CREATE TABLE t (id integer);\n".write(to: schema, atomically: true, encoding: .utf8)
        try "BEGIN;\nALTER TABLE t DROP COLUMN nope;\nCOMMIT;\n".write(to: expected, atomically: true, encoding: .utf8)

        let failure = try #require(throws: ApplyFailure.self) {
            try LiveApply.applyCase(expected: expected, dialect: "postgresql", server: LiveEnvironment.postgresURL())
        }
        #expect(failure.description ==
            "\(expected.path): postgresql error 42703 in statement 2: column \"nope\" of relation \"t\" does not exist")
    }

    @Test func failingSchemaIsReportedAsTheSchemaFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("bad.schema.sql")
        let expected = directory.appendingPathComponent("bad.postgresql.sql")
        try "CREATE TABL t (id integer);\n".write(to: schema, atomically: true, encoding: .utf8)
        try "SELECT 1;\n".write(to: expected, atomically: true, encoding: .utf8)

        let failure = try #require(throws: ApplyFailure.self) {
            try LiveApply.applyCase(expected: expected, dialect: "postgresql", server: LiveEnvironment.postgresURL())
        }
        #expect(failure.description == "\(schema.path): postgresql error 42601 at line 1: syntax error at or near \"TABL\"")
    }

    /// A schema that is not the predicted one is caught: the baseline alone lacks what the
    /// migration adds.
    @Test func schemaDifferentFromThePredictionIsReported() throws {
        let c = try #require(LiveCase.every().first { $0.description == "alter-table/add-column" })
        let failure = try #require(throws: LiveCaseFailure.self) {
            try Routes.withDatabase(.sqlite, label: "prediction") { url, db in
                try db.execute(try #require(try LiveCorpus.baselineSQL(c, .sqlite)))
                try LiveCorpus.comparePrediction(c, .sqlite, url)
            }
        }
        #expect(failure.description == "alter-table/add-column [sqlite] schema read back differs from the prediction: "
            + "live [] predicted [\"  column editor_id integer null gen=- default=- collate=-\", "
            + "\"  constraint - foreignKey [\\\"editor_id\\\"] on column\", "
            + "\"  column bio text null gen=- default=- collate=-\", "
            + "\"  column nickname character varying(40) not null gen=- default=yes collate=-\"]")
    }

    /// A count mismatch is caught: the same case applied with and without seeds differs.
    @Test func lostRowsAreDetected() throws {
        let c = try #require(LiveCase.every().first { $0.description == "alter-table/add-column" })
        let (baseline, tables) = try LiveCorpus.catalogs(c)
        let seeded = try LiveCorpus.apply(c, .sqlite, seeds: CorpusSeeder.seed(baseline), tables: tables)
        let bare = try LiveCorpus.apply(c, .sqlite, seeds: [], tables: tables)
        #expect(seeded == ["users": 3, "posts": 3])
        #expect(bare == ["users": 0, "posts": 0])
    }
}
