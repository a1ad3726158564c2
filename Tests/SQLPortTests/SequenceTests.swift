import Testing
@testable import SQLPort

/// `SELECT setval(...)`, `ALTER SEQUENCE ... RESTART`, `CREATE SEQUENCE`: the AST, the next id
/// the checker computes as PostgreSQL does, and each dialect's statement.
@Suite struct SequenceTests {
    static let schema = """
        CREATE TABLE t (id SERIAL PRIMARY KEY, x INTEGER);
        CREATE TABLE "Odd" (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
        """

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [InputFile(name: "s.sql", text: schema)], dialect: dialect)
    }

    static func setting(_ sql: String, _ dialect: Dialect = .postgresql) -> SequenceSetting? {
        var sources = SourceMap()
        let s = sources.add(name: "s.sql", text: schema)
        let m = sources.add(name: "m.sql", text: sql)
        let base = Catalog.replaying(Parser.parse(sources[s]).script, target: dialect).catalog
        let plan = Checker(target: dialect, baseline: base).check(Parser.parse(sources[m]).script).plan
        guard case .setSequence(let setting)? = plan.steps.last?.resolution else { return nil }
        return setting
    }

    @Test func parsesDjangosReset() {
        let s = statement(#"SELECT setval(pg_get_serial_sequence('"t"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "t""#)
        let max = Expression(.call(name: qn("max"), arguments: [Expression(.column(table: nil, name: id("id")))], star: false))
        #expect(s == Statement(.setSequenceValue(SetSequenceValue(
            target: .serialSequence(table: "\"t\"", column: "id"),
            value: .expression(Expression(.call(name: qn("coalesce"), arguments: [max, Expression(.integer("1"))], star: false))),
            isCalled: Expression(.isNull(max, negated: true)), from: TableReference(qn("t"))))))
    }

    @Test func nextIdAsPostgreSQLComputesIt() {
        #expect(Self.setting("SELECT setval('t_id_seq', 100);")?.next == .value(101))
        #expect(Self.setting("SELECT setval('t_id_seq'::regclass, 100, false);")?.next == .value(100))
        #expect(Self.setting("SELECT setval('t_id_seq', (SELECT max(id) FROM t));")?.next == .afterLargest(plus: 1, whenEmpty: nil))
        #expect(Self.setting("SELECT setval(pg_get_serial_sequence('t', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM t;")?.next
            == .afterLargest(plus: 1, whenEmpty: 1))
        #expect(Self.setting("SELECT setval('t_id_seq', (SELECT coalesce(max(id), 0) + 10 FROM t), false);")?.next
            == .afterLargest(plus: 10, whenEmpty: 10))
        #expect(Self.setting("ALTER SEQUENCE t_id_seq RESTART WITH 7;")?.next == .value(7))
        #expect(Self.setting("ALTER SEQUENCE t_id_seq RESTART;")?.next == .value(1))
    }

    @Test func namesResolveByPostgreSQLsRules() {
        #expect(CheckRun.regclassName("T_Id_Seq") == "t_id_seq")
        #expect(CheckRun.regclassName("\"Odd_id_seq\"") == "Odd_id_seq")
        #expect(CheckRun.regclassName("public.t_id_seq") == "t_id_seq")
        #expect(CheckRun.regclassName("other.t_id_seq") == nil)
        // Targets without sequences find the column whose sequence PostgreSQL would name so.
        for dialect in Dialect.allCases {
            #expect(Self.setting("SELECT setval('\"Odd_id_seq\"', 5);", dialect)?.table?.name == "Odd", "\(dialect)")
            #expect(Self.setting("SELECT setval(pg_get_serial_sequence('\"Odd\"', 'id'), 5);", dialect)?.column == "id", "\(dialect)")
        }
    }

    @Test func eachDialectSetsTheCounter() {
        let sql = "SELECT setval('t_id_seq', max(id)) FROM t;"
        func last(_ d: Dialect) -> [String] { Self.compile(sql, d).plan?.units.last?.statements ?? [] }
        #expect(last(.postgresql) == ["SELECT setval('t_id_seq', max(id)) FROM t;"])
        #expect(last(.mariadb) == ["""
            SET @sqlport_ddl = COALESCE((SELECT CONCAT('ALTER TABLE t AUTO_INCREMENT = ', MAX(id) + 1) FROM t), 'DO 0');
            PREPARE sqlport_ddl FROM @sqlport_ddl;
            EXECUTE sqlport_ddl;
            DEALLOCATE PREPARE sqlport_ddl;
            """])
        #expect(last(.sqlite) == [
            "UPDATE sqlite_sequence SET seq = COALESCE((SELECT max(id) FROM t), seq) WHERE name = 't';",
            "INSERT INTO sqlite_sequence (name, seq) SELECT 't', (SELECT max(id) FROM t) WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 't') AND (SELECT max(id) FROM t) IS NOT NULL;",
        ])
        #expect(Self.compile("ALTER SEQUENCE t_id_seq RESTART WITH 50;", .mysql).plan?.units.last?.statements == ["ALTER TABLE t AUTO_INCREMENT = 50;"])
    }

    @Test func refusals() {
        func codes(_ sql: String, _ d: Dialect = .postgresql) -> [String] { Self.compile(sql, d).diagnostics.map(\.code.rawValue) }
        #expect(codes("SELECT setval('nope', 1);") == ["S369"])
        #expect(codes("SELECT setval(pg_get_serial_sequence('t', 'x'), 1);") == ["S370"])
        #expect(codes("SELECT setval('t_id_seq', min(id)) FROM t;") == ["S371"])
        #expect(codes("SELECT setval('t_id_seq', 0);") == ["S372"])
        #expect(codes("SELECT setval('t_id_seq', max(id), false) FROM t;", .mysql) == ["D476"])
        #expect(codes("SELECT setval('t_id_seq', 9);", .sqlite) == ["D477"])
        #expect(codes("CREATE SEQUENCE s;", .mariadb) == ["D479"])
        #expect(codes("CREATE SEQUENCE s;") == [])
    }
}
