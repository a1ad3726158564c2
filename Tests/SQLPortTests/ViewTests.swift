import Testing
@testable import SQLPort

/// `CREATE [OR REPLACE] VIEW` / `DROP VIEW` in a migration: the AST, what the catalog keeps,
/// and each dialect's statement.
@Suite struct ViewTests {
    static let schema = """
        CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER);
        CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, note TEXT);
        """

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [InputFile(name: "s.sql", text: schema)], dialect: dialect)
    }

    static func check(_ sql: String) -> CheckResult {
        var sources = SourceMap()
        let s = sources.add(name: "s.sql", text: schema)
        let m = sources.add(name: "m.sql", text: sql)
        let base = Catalog.replaying(Parser.parse(sources[s]).script, target: .postgresql).catalog
        return Checker(target: .postgresql, baseline: base).check(Parser.parse(sources[m]).script)
    }

    @Test func parsesBothStatements() {
        #expect(statement("CREATE OR REPLACE VIEW v (x) AS SELECT id FROM a") == Statement(.createView(CreateView(
            orReplace: true, name: qn("v"), columns: [id("x")],
            query: Query(items: [SelectItem(Expression(.column(table: nil, name: id("id"))))], from: FromClause(TableReference(qn("a"))))))))
        #expect(statement("DROP VIEW IF EXISTS v, w CASCADE") == Statement(.dropView(DropView(ifExists: true, names: [qn("v"), qn("w")], behavior: .cascade))))
    }

    @Test func catalogKeepsNamedColumnsAndWhatTheViewReads() throws {
        let result = Self.check("CREATE VIEW v AS SELECT x.id, upper(x.name), b.note AS remark FROM a AS x JOIN b ON b.a_id = x.id")
        #expect(result.diagnostics.isEmpty)
        let view = try #require(result.plan.final.view("v"))
        #expect(view.dependencies == [TableDependency(table: "a", columns: ["id", "name"]), TableDependency(table: "b", columns: ["note", "a_id"])])
        #expect(view.definition?.columns.map(\.value) == ["id", "upper", "remark"])
        #expect(view.sql == "CREATE VIEW v (id, upper, remark) AS SELECT x.id, upper(x.name), b.note AS remark FROM a AS x JOIN b ON b.a_id = x.id")
    }

    @Test func renamesFollowIntoTheDefinition() throws {
        let result = Self.check("""
            CREATE VIEW v AS SELECT a.name, note FROM a JOIN b ON b.a_id = a.id;
            ALTER TABLE a RENAME COLUMN name TO title;
            ALTER TABLE b RENAME COLUMN note TO body;
            ALTER TABLE a RENAME TO c;
            """)
        #expect(result.diagnostics.isEmpty)
        let view = try #require(result.plan.final.view("v"))
        #expect(view.sql == "CREATE VIEW v (name, note) AS SELECT a.title, body FROM c AS a JOIN b ON b.a_id = a.id")
        #expect(view.dependencies == [TableDependency(table: "c", columns: ["title", "id"]), TableDependency(table: "b", columns: ["body", "a_id"])])
    }

    @Test func eachDialectWritesTheView() {
        let sql = "CREATE OR REPLACE VIEW v AS SELECT id, upper(name) FROM a ORDER BY n;"
        func last(_ d: Dialect) -> [String] { Self.compile(sql, d).plan?.units.last?.statements ?? [] }
        #expect(last(.postgresql) == ["CREATE OR REPLACE VIEW v AS SELECT id, upper(name) FROM a ORDER BY n;"])
        #expect(last(.mariadb) == ["CREATE OR REPLACE VIEW v (id, upper) AS SELECT id, UPPER(name) FROM a ORDER BY n IS NULL, n;"])
        #expect(last(.sqlite) == ["CREATE VIEW v AS SELECT id, upper(name) AS upper FROM a ORDER BY n NULLS LAST;"])
    }

    @Test func sqliteReplacesByDropAndCreate() {
        let sql = "CREATE VIEW v AS SELECT id FROM a;\nCREATE OR REPLACE VIEW v AS SELECT id, n FROM a;"
        let units = Self.compile(sql, .sqlite).plan?.units.map(\.statements) ?? []
        #expect(units.contains(["DROP VIEW IF EXISTS v;", "CREATE VIEW v AS SELECT id, n FROM a;"]))
    }

    @Test func refusals() {
        func codes(_ sql: String) -> [String] { Self.check(sql).diagnostics.map(\.code.rawValue) }
        #expect(codes("DROP VIEW v;") == ["S366"])
        #expect(codes("DROP VIEW a;") == ["S325"])
        #expect(codes("CREATE VIEW a AS SELECT 1 AS one;") == ["S305"])
        #expect(codes("CREATE VIEW v AS SELECT id + 1 FROM a;") == ["S367"])
        #expect(codes("CREATE VIEW v AS SELECT id FROM a;\nCREATE OR REPLACE VIEW v AS SELECT n FROM a;") == ["S368"])
        #expect(codes("CREATE VIEW v AS SELECT id FROM a;\nALTER TABLE a DROP COLUMN id;") == ["S310"])
    }
}
