import Testing
@testable import SQLPort

/// Elekto 0.5's SQLAlchemy DDL (reference/elekto) in all three dialects loads, and a migration
/// written with PostgreSQL's names finds MySQL's and SQLite's constraints by role.
@Suite("Loader: Elekto 0.5")
struct LoaderElektoTests {
    static func check(_ migration: String, over catalog: Catalog) -> CheckResult {
        var sources = SourceMap()
        let id = sources.add(name: "migrate.sql", text: migration)
        let parsed = Parser.parse(sources[id])
        #expect(parsed.diagnostics.isEmpty)
        return Checker(target: catalog.target, baseline: catalog).check(parsed.script)
    }

    /// The primary key `DROP CONSTRAINT ballot_pkey` resolved to, through its PostgreSQL name.
    static func droppedKey(_ catalog: Catalog) -> Constraint? {
        let result = check("ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;", over: catalog)
        #expect(result.diagnostics.isEmpty)
        guard case .alterTable(_, let actions) = result.plan.steps[0].resolution,
              case .dropConstraint(let c, let how, _) = actions[0].effect else { return nil }
        #expect(how == (catalog.target == .postgresql ? .targetName : .postgresName))
        return c
    }

    @Test(arguments: [Dialect.mysql, .mariadb])
    func mysqlBallotPkeyIsPrimary(_ target: Dialect) throws {
        let r = loadBaseline(try elektoReference("schema-0.5.mysql.sql"), target: target)
        #expect(r.dialect == .mysql && r.diagnostics.isEmpty)
        let key = try #require(Self.droppedKey(r.catalog))
        #expect(key == Constraint(name: "PRIMARY", postgresName: "ballot_pkey", isNameGenerated: true, kind: .primaryKey(columns: ["id"])))
        let request = try #require(r.catalog.table("request"))
        // MySQL 8 and MariaDB name SQLAlchemy's unnamed table-level CHECK differently.
        #expect(request.constraints.filter { $0.role == .check }.map { [$0.name ?? "-", $0.postgresName] }
                == [[target == .mysql ? "request_chk_1" : "CONSTRAINT_1", "request_reviewed_check"]])
        #expect(request.indexes.map(\.name) == ["user_id", "election_id"])
        #expect(r.catalog.table("ballot")?.column("created_at")?.type == .foreign("DATETIME", portable: .timestamp(precision: 0, withTimeZone: false)))
    }

    @Test func sqliteBallotPkeyIsTheUnnamedKey() throws {
        let r = loadBaseline(try elektoReference("schema-0.5.sqlite.sql"), target: .sqlite)
        #expect(r.dialect == .sqlite && r.diagnostics.isEmpty)
        let key = try #require(Self.droppedKey(r.catalog))
        #expect(key == Constraint(name: nil, postgresName: "ballot_pkey", isNameGenerated: true, kind: .primaryKey(columns: ["id"])))
        #expect(r.catalog.table("ballot")?.columns[0] == Column(name: "id", type: .foreign("INTEGER", portable: .integer), isNotNull: true,
                                                                generator: .rowid(autoincrement: false)))
        #expect(r.catalog.table("election")?.constraints.map(\.postgresName) == ["election_pkey", "election_key_key"])
    }

    @Test func postgresqlSchemaIsPortableAndReplaysForEveryTarget() throws {
        for target in Dialect.allCases {
            let r = loadBaseline(try elektoReference("schema-0.5.postgresql.sql"), target: target)
            #expect(r.dialect == .portable && r.diagnostics.isEmpty)
            #expect(r.catalog.tables.map(\.name) == ["election", "user", "ballot", "request", "voter"])
            #expect(Self.droppedKey(r.catalog)?.role == .primaryKey)
        }
    }

    @Test func mismatchedDumpIsRefused() throws {
        let r = loadBaseline(try elektoReference("schema-0.5.mysql.sql"), target: .sqlite)
        #expect(r.diagnostics.map(\.code) == [.loaderDialectMismatch])
        #expect(r.diagnostics[0].message == "`schema.sql` is a MySQL schema, which cannot be the baseline of SQLite output")
    }
}
