import Testing
@testable import SQLPort

/// `CREATE TYPE ... AS ENUM`, `ALTER TYPE`, `DROP TYPE`: the catalog keeps the type and every
/// column carries its labels; each dialect writes the change its own way.
struct EnumTypeTests {
    static let schema = InputFile(name: "s.sql", text: """
        CREATE TYPE tier AS ENUM ('free', 'pro');
        CREATE TABLE account (id int PRIMARY KEY, tier tier NOT NULL DEFAULT 'free', old tier);
        """)

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [schema], dialect: dialect)
    }

    static func checked(_ sql: String) -> CheckResult {
        let script = Parser.parse(SourceFile(id: FileID(0), name: "m.sql", text: sql)).script
        return Checker(target: .postgresql).check(script)
    }

    @Test func catalogFollowsEveryChange() {
        let r = Self.checked("""
            CREATE TYPE tier AS ENUM ('free', 'pro');
            CREATE TABLE account (id int, tier tier DEFAULT 'free');
            ALTER TYPE tier ADD VALUE 'team' BEFORE 'pro';
            ALTER TYPE tier ADD VALUE 'solo' AFTER 'free';
            ALTER TYPE tier RENAME VALUE 'free' TO 'starter'
            """)
        #expect(r.diagnostics.isEmpty)
        let final = r.plan.final
        #expect(final.enumTypes.map(\.labels) == [["starter", "solo", "team", "pro"]])
        let column = final.table("account")?.column("tier")
        #expect(column?.type.portable == .enumType(name: "tier", labels: ["starter", "solo", "team", "pro"]))
        #expect(column?.defaultValue == .portable(Expression(.string("starter"))))
        guard case .alterEnumType(let before, _, let change, let tables)? = r.plan.steps.last?.resolution else {
            Issue.record("no ALTER TYPE step")
            return
        }
        #expect(before.labels == ["free", "solo", "team", "pro"])
        #expect(change == .renamed(from: "free", to: "starter"))
        #expect(tables == ["account"])
    }

    @Test func errorsAsPostgreSQLReportsThem() {
        let r = Self.checked("""
            CREATE TYPE t AS ENUM ('a');
            ALTER TYPE t ADD VALUE 'a';
            ALTER TYPE t ADD VALUE IF NOT EXISTS 'a';
            ALTER TYPE t RENAME VALUE 'b' TO 'c';
            CREATE TABLE u (x t);
            DROP TYPE t;
            DROP TYPE IF EXISTS nothing;
            CREATE TABLE v (x nothing)
            """)
        #expect(r.diagnostics.map(\.code.rawValue) == ["S358", "S318", "S359", "S360", "S318", "S357"])
        #expect(r.plan.final.enumTypes.map(\.name) == ["t"])
    }

    @Test func mysqlRestatesEveryColumnAndConvertsARename() {
        let plan = Self.compile("ALTER TYPE tier RENAME VALUE 'free' TO 'starter'", .mariadb).plan
        #expect(plan?.units.flatMap(\.statements) == [
            "ALTER TABLE account\n    MODIFY COLUMN IF EXISTS tier ENUM('free','starter','pro') NOT NULL DEFAULT 'starter',\n    MODIFY COLUMN IF EXISTS old ENUM('free','starter','pro');",
            "UPDATE account SET tier = 'starter' WHERE tier = 'free';",
            "UPDATE account SET old = 'starter' WHERE old = 'free';",
            "ALTER TABLE account\n    MODIFY COLUMN IF EXISTS tier ENUM('starter','pro') NOT NULL DEFAULT 'starter',\n    MODIFY COLUMN IF EXISTS old ENUM('starter','pro');",
        ])
    }

    @Test func mysqlRefusesLabelsItsCollationMerges() {
        let codes = Self.compile("CREATE TYPE g AS ENUM ('a', 'A'); CREATE TABLE m (g g)", .mysql).diagnostics.map(\.code.rawValue)
        #expect(codes == ["D464"])
        #expect(Self.compile("CREATE TYPE g AS ENUM ('a', 'A'); CREATE TABLE m (g g)", .sqlite).diagnostics.isEmpty)
        #expect(MySQLEnumTypes.comparisonKey("Résumé ") == MySQLEnumTypes.comparisonKey("resume"))
    }

    @Test func sqliteRebuildsWithTheNewCheck() {
        let front = FrontEnd.run(migration: InputFile(name: "m.sql", text: "ALTER TYPE tier RENAME VALUE 'pro' TO 'plus'"),
                                 schemas: [Self.schema], target: .sqlite)
        guard let checked = front.plan else {
            Issue.record("no plan")
            return
        }
        let plan = SQLiteLowering.lowerStatements(checked, sources: front.sources, version: .conservativeDefault)
        #expect(plan.rebuilds.map(\.table) == ["account"])
        let sql = plan.statements.joined(separator: "\n")
        #expect(sql.contains("tier TEXT NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'plus'))"))
        #expect(sql.contains("SELECT rowid, id, CASE tier WHEN 'pro' THEN 'plus' ELSE tier END, CASE old WHEN 'pro' THEN 'plus' ELSE old END FROM account;"))
    }

    @Test func postgresqlCommitsALabelBeforeItsUse() {
        let plan = Self.compile("ALTER TYPE tier ADD VALUE 'team';\nUPDATE account SET tier = 'team'", .postgresql).plan
        #expect(plan?.units.map(\.outsideTransaction) == [true, false])
        #expect(plan?.header.labelsCommittedFirst == [1])
        #expect(Self.compile("ALTER TYPE tier ADD VALUE 'team'", .postgresql).plan?.units.map(\.outsideTransaction) == [false])
    }
}
