import Testing
@testable import SQLPort

@Suite("SQLite rebuild planner")
struct SQLiteRebuildPlannerTests {
    static func lower(_ baseline: Catalog, _ statements: Statement..., version: SQLiteVersion = .conservativeDefault)
        -> SQLiteLowering.Lowered {
        let result = Checker(target: .sqlite, baseline: baseline).check(Script(statements: statements))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return SQLiteLowering.lowerStatements(result.plan, sources: sqliteSources(), version: version)
    }

    static func statements(_ l: SQLiteLowering.Lowered) -> [String] {
        l.statements
    }

    /// The body between the guard setup and the final checks.
    static func body(_ l: SQLiteLowering.Lowered) -> [String] {
        let all = statements(l)
        let start = SQLiteScriptFrame().opening.count
        let end = all.firstIndex { $0.hasPrefix("INSERT INTO temp.sqlport_guard (problem, final)") } ?? all.count
        return Array(all[start..<end])
    }

    @Test func elektoBallotPlanAsSteps() throws {
        let lowered = Self.lower(elektoSQLiteBaseline(), elektoMigration().statements[4], elektoMigration().statements[5],
                                 elektoMigration().statements[6], elektoMigration().statements[7],
                                 elektoMigration().statements[8], elektoMigration().statements[9])
        let plan = try #require(lowered.rebuilds.first)
        #expect(lowered.rebuilds.count == 1)
        let final = try #require(Checker(target: .sqlite, baseline: elektoSQLiteBaseline()).check(elektoMigration()).plan.final.table("ballot"))
        let before = try #require(elektoSQLiteBaseline().table("ballot"))
        let toChar = call("to_char", ref("id"), str("FM00000000000000000000000000000000"))
        #expect(plan == SQLiteRebuildPlan(table: "ballot", steps: [
            .createTable(scratch: "sqlport_new_ballot", definition: final),
            .copyRows(from: "ballot", into: "sqlport_new_ballot", columns: [
                SQLiteCopiedColumn("id", toChar), SQLiteCopiedColumn("election_id", ref("election_id")),
                SQLiteCopiedColumn("rank", ref("rank")), SQLiteCopiedColumn("candidate", ref("candidate")),
                SQLiteCopiedColumn("voter", ref("voter")),
            ], rowid: false),  // the old rowid was `id`, whose values the conversion carries
            .checkRowCount(original: "ballot", copy: "sqlport_new_ballot"),
            .dropTable("ballot"),
            .renameTable(from: "sqlport_new_ballot", to: "ballot"),
            .createIndex(table: "ballot", TableIndex(name: "ballot_election_id", keys: [IndexKey(.column("election_id"))])),
        ]))
        #expect(before.columns.map(\.name) == ["id", "election_id", "rank", "candidate", "voter", "created_at", "updated_at"])
    }

    @Test func renderedRebuildIsExact() {
        let lowered = Self.lower(elektoSQLiteBaseline(), Statement(.alterTable(AlterTable(name: qn("ballot"), actions: [
            AlterTableAction(.dropColumn(id("created_at"), ifExists: false, behavior: nil)),
            AlterTableAction(.alterColumnType(id("rank"), ty(.bigint, "BIGINT"), using: nil)),
        ]))))
        #expect(Self.body(lowered) == [
            // The database must hold the table the rebuild reads, nothing it would drop.
            "INSERT INTO temp.sqlport_guard (problem) SELECT 'baseline' WHERE (SELECT group_concat(name, ',') FROM pragma_table_xinfo('ballot')) IS NOT 'id,election_id,rank,candidate,voter,created_at,updated_at'\n    OR (SELECT count(*) FROM sqlite_master WHERE tbl_name = 'ballot' AND type IN ('index', 'trigger') AND sql IS NOT NULL) <> 0;",
            """
            CREATE TABLE sqlport_new_ballot (
                id INTEGER NOT NULL,
                election_id INTEGER,
                rank BIGINT,
                candidate VARCHAR(255) NOT NULL,
                voter VARCHAR(255) NOT NULL,
                updated_at DATETIME,
                PRIMARY KEY (id),
                FOREIGN KEY (election_id) REFERENCES election (id) ON DELETE CASCADE
            );
            """,
            "INSERT INTO sqlport_new_ballot (id, election_id, rank, candidate, voter, updated_at)\n    SELECT id, election_id, rank, candidate, voter, updated_at FROM ballot;",
            "INSERT INTO temp.sqlport_guard (problem) SELECT 'rows' WHERE (SELECT count(*) FROM sqlport_new_ballot) <> (SELECT count(*) FROM ballot);",
            "DROP TABLE ballot;",
            "PRAGMA legacy_alter_table=ON;",
            "ALTER TABLE sqlport_new_ballot RENAME TO ballot;",
            "PRAGMA legacy_alter_table=OFF;",
        ])
    }

    @Test func consecutiveChangesCoalesceAndOtherTablesSplitRuns() {
        let b = elektoSQLiteBaseline()
        let setNotNull = Statement(.alterTable(AlterTable(name: qn("ballot"), actions: [AlterTableAction(.setNotNull(id("rank")))])))
        let setDefault = Statement(.alterTable(AlterTable(name: qn("ballot"), actions: [AlterTableAction(.setDefault(id("rank"), int("0")))])))
        let index = createIndex("ballot_rank", on: "ballot", "rank")
        let other = Statement(.alterTable(AlterTable(name: qn("voter"), actions: [AlterTableAction(.setNotNull(id("user_id")))])))
        #expect(Self.lower(b, setNotNull, index, setDefault).rebuilds.map(\.table) == ["ballot"])
        #expect(Self.lower(b, setNotNull, other, setDefault).rebuilds.map(\.table) == ["ballot", "voter", "ballot"])
        // A data statement between changes splits them: the UPDATE must see the first change only.
        let update = Statement(.update(Update(table: qn("ballot"), assignments: [Assignment(column: id("rank"), value: int("1"))])))
        #expect(Self.lower(b, setDefault, update, setNotNull).rebuilds.count == 2)
    }

    @Test func nativeStatementsPerVersion() {
        let b = elektoSQLiteBaseline()
        let drop = Statement(.alterTable(AlterTable(name: qn("voter"), actions: [
            AlterTableAction(.dropColumn(id("created_at"), ifExists: false, behavior: nil))])))
        let rename = Statement(.alterTable(AlterTable(name: qn("voter"), actions: [AlterTableAction(.renameColumn(id("updated_at"), to: id("changed_at")))])))
        let new = Self.lower(b, drop, rename, version: SQLiteVersion(3, 40, 1))
        #expect(new.rebuilds.isEmpty)
        #expect(Self.body(new) == ["ALTER TABLE voter DROP COLUMN created_at;", "ALTER TABLE voter RENAME COLUMN updated_at TO changed_at;"])
        let old = Self.lower(b, drop, rename, version: SQLiteVersion(3, 31, 0))
        #expect(old.rebuilds.map(\.table) == ["voter"])
        #expect(Self.body(old).last == "ALTER TABLE voter RENAME COLUMN updated_at TO changed_at;")
        let oldest = Self.lower(b, drop, rename, version: SQLiteVersion(3, 24, 0))
        #expect(oldest.rebuilds.map(\.table) == ["voter"])  // both in one rebuild, no native rename
        #expect(!Self.body(oldest).contains { $0.contains("RENAME COLUMN") })
        // 3.24 has no legacy_alter_table and ignores it; 3.25 and later, which run this output too,
        // need it for the final rename.
        #expect(Self.body(oldest).contains("PRAGMA legacy_alter_table=ON;"))
    }

    @Test func addColumnFollowsSQLiteRules() {
        let caps = SQLiteCapabilities(.conservativeDefault)
        let text = ColumnType(portable: .text, declared: "TEXT")
        #expect(SQLiteNativeRules.canAddColumn(Column(name: "a", type: text), constraints: [], caps))
        #expect(SQLiteNativeRules.canAddColumn(Column(name: "a", type: text, isNotNull: true, defaultValue: .portable(str("x"))), constraints: [], caps))
        #expect(!SQLiteNativeRules.canAddColumn(Column(name: "a", type: text, isNotNull: true), constraints: [], caps))
        #expect(!SQLiteNativeRules.canAddColumn(Column(name: "a", type: text, defaultValue: .portable(Expression(.special(.currentTimestamp)))),
                                                constraints: [], caps))
        let unique = Constraint(name: nil, postgresName: "t_a_key", isNameGenerated: true, kind: .unique(columns: ["a"]), level: .column("a"))
        #expect(!SQLiteNativeRules.canAddColumn(Column(name: "a", type: text), constraints: [unique], caps))
        let check = Constraint(name: nil, postgresName: "t_a_check", isNameGenerated: true, kind: .check(.portable(gt(ref("a"), int("0")))))
        let withDefault = Column(name: "a", type: text, defaultValue: .portable(int("1")))
        #expect(!SQLiteNativeRules.canAddColumn(withDefault, constraints: [check], caps))
        #expect(SQLiteNativeRules.canAddColumn(withDefault, constraints: [check], SQLiteCapabilities(SQLiteVersion(3, 37, 0))))
    }

    @Test func capabilitiesAndVersions() {
        #expect(SQLiteVersion("3.31") == SQLiteVersion(3, 31, 0))
        #expect(SQLiteVersion("3.40.1") == SQLiteVersion(3, 40, 1))
        for bad in ["", "3", "3.x", "3.31.0.1", "a.b", "3..1", "-3.1"] { #expect(SQLiteVersion(bad) == nil) }
        #expect(SQLiteVersion.conservativeDefault.description == "3.31.0")
        let v = { (s: String) in SQLiteCapabilities(SQLiteVersion(s)!) }
        #expect(!v("3.24.0").canRenameColumnNatively && v("3.25.0").canRenameColumnNatively)
        #expect(!v("3.34.1").canDropColumnNatively && v("3.35.0").canDropColumnNatively)
        #expect(!v("3.36.0").addColumnChecksExistingRows && v("3.37.0").addColumnChecksExistingRows)
    }

    @Test func autoincrementCounterAndRowidAliasSurvive() throws {
        var b = elektoSQLiteBaseline()
        b.updateTable("voter") { t in
            t.columns[0].generator = .rowid(autoincrement: true)
        }
        let lowered = Self.lower(b, Statement(.alterTable(AlterTable(name: qn("voter"), actions: [AlterTableAction(.setNotNull(id("user_id")))]))))
        let body = Self.body(lowered)
        #expect(body[0].hasPrefix("INSERT INTO temp.sqlport_guard (problem) SELECT 'baseline'"))
        #expect(body[1].hasPrefix("CREATE TABLE sqlport_new_voter (\n    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n    user_id INTEGER NOT NULL,"))
        #expect(!body[1].contains("    PRIMARY KEY (id)"))
        #expect(body.contains("UPDATE sqlite_sequence SET name = 'sqlport_new_voter' WHERE name = 'voter';"))
        #expect(body[2].hasPrefix("INSERT INTO sqlport_new_voter (id, user_id,"))  // the alias carries the rowid
    }

    @Test func unsupportedConversionAndTypesAreErrors() {
        let b = elektoSQLiteBaseline()
        let toBool = Statement(.alterTable(AlterTable(name: qn("ballot"), actions: [
            AlterTableAction(.alterColumnType(id("candidate"), ty(.boolean, "BOOLEAN"), using: Expression(.cast(ref("candidate"), ty(.boolean, "BOOLEAN"), style: .colonColon), range: r(40, 9))))])))
        let l = Self.lower(b, toBool)
        #expect(l.diagnostics.map(\.code) == [.sqliteUnsupportedExpression])
        #expect(l.diagnostics.first?.range == r(40, 9))
        let interval = Statement(.alterTable(AlterTable(name: qn("ballot"), actions: [
            AlterTableAction(.addColumn(coldef("span", ty(.interval, "INTERVAL"), at: 70), ifNotExists: false))])))
        #expect(Self.lower(b, interval).diagnostics.map(\.code) == [.sqliteUnsupportedType])
    }
}

@Suite("SQLite rebuild planner: rowids")
struct SQLiteRowidTests {
    @Test func hiddenRowidsAreKeptAliasesTravelWithTheirColumn() {
        let text = ColumnType(portable: .text, declared: "TEXT")
        let hidden = Table(name: "t", columns: [Column(name: "a", type: text)])
        let alias = Table(name: "t", columns: [Column(name: "id", type: ColumnType(portable: .integer, declared: "INTEGER"),
                                                      generator: .rowid(autoincrement: false)), Column(name: "a", type: text)])
        var withoutRowid = hidden
        withoutRowid.withoutRowid = true
        #expect(SQLiteRebuildPlanner.keepsHiddenRowid(hidden, hidden))
        #expect(!SQLiteRebuildPlanner.keepsHiddenRowid(alias, hidden))
        #expect(!SQLiteRebuildPlanner.keepsHiddenRowid(hidden, alias))
        #expect(!SQLiteRebuildPlanner.keepsHiddenRowid(hidden, withoutRowid))
    }
}
