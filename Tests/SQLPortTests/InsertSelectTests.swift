import Testing
@testable import SQLPort

/// `INSERT ... SELECT`: the query's AST, its name resolution, and each dialect's text.
@Suite struct InsertSelectTests {
    static let schema = """
        CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER);
        CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, note TEXT);
        CREATE TABLE t (x INTEGER, y TEXT);
        """

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [InputFile(name: "s.sql", text: schema)], dialect: dialect)
    }

    /// The SQL of the one unit the statement lowers to (SQLite: the INSERT among the guard's checks).
    static func lowered(_ sql: String, _ dialect: Dialect) -> String? {
        compile(sql, dialect).plan?.units.last?.statements.first { $0.hasPrefix("INSERT INTO t S") }
    }

    static func codes(_ sql: String, _ dialect: Dialect = .postgresql) -> [String] {
        compile(sql, dialect).diagnostics.map(\.code.rawValue)
    }

    @Test func parsesEveryClause() {
        let s = statement("INSERT INTO t (x) SELECT DISTINCT a.id AS k, 2 v FROM a JOIN b bb ON bb.a_id = a.id LEFT OUTER JOIN b ON TRUE WHERE a.n > 1 ORDER BY 1 DESC NULLS LAST, a.name LIMIT 5 OFFSET 2")
        let query = Query(
            distinct: true,
            items: [SelectItem(Expression(.column(table: id("a"), name: id("id"))), alias: id("k")), SelectItem(int("2"), alias: id("v"))],
            from: FromClause(TableReference(qn("a")), joins: [
                Join(.inner, TableReference(qn("b"), alias: id("bb")),
                     on: eq(Expression(.column(table: id("bb"), name: id("a_id"))), Expression(.column(table: id("a"), name: id("id"))))),
                Join(.left, TableReference(qn("b")), on: Expression(.boolean(true))),
            ]),
            predicate: gt(Expression(.column(table: id("a"), name: id("n"))), int("1")),
            orderBy: [OrderItem(int("1"), descending: true, nulls: .last), OrderItem(Expression(.column(table: id("a"), name: id("name"))))],
            limit: int("5"), offset: int("2"))
        #expect(s?.kind == .insert(Insert(table: qn("t"), columns: [id("x")], query: query)))
        #expect(s.map { SQLPrinter().print($0) } == "INSERT INTO t (x) SELECT DISTINCT a.id AS k, 2 AS v FROM a JOIN b AS bb ON bb.a_id = a.id LEFT JOIN b ON TRUE WHERE a.n > 1 ORDER BY 1 DESC NULLS LAST, a.name LIMIT 5 OFFSET 2;")
    }

    @Test func refusesWhatItLeavesOut() {
        for sql in ["INSERT INTO t SELECT * FROM a", "INSERT INTO t SELECT a.* FROM a", "INSERT INTO t SELECT id FROM a GROUP BY id",
                    "INSERT INTO t SELECT id FROM a, b", "INSERT INTO t SELECT id FROM a CROSS JOIN b",
                    "INSERT INTO t SELECT id FROM a JOIN b USING (id)", "INSERT INTO t SELECT id FROM a LIMIT n"] {
            #expect(parse(sql).diagnostics.map(\.code) == [.unsupportedSyntax], "\(sql)")
        }
    }

    @Test func resolvesNamesAsPostgreSQLDoes() {
        #expect(Self.codes("INSERT INTO t SELECT b.id, name FROM a JOIN b ON b.a_id = a.id;") == [])
        #expect(Self.codes("INSERT INTO t SELECT id, name FROM a JOIN b ON b.a_id = a.id;") == ["S342"])
        #expect(Self.codes("INSERT INTO t SELECT a.id, a.name FROM a x;") == ["S343", "S343"])
        #expect(Self.codes("INSERT INTO t SELECT a.id, 'x' FROM a JOIN a ON TRUE;") == ["S344"])
        #expect(Self.codes("INSERT INTO t SELECT id, name FROM a ORDER BY 0;") == ["S345"])
        #expect(Self.codes("INSERT INTO t SELECT id AS k, name FROM a ORDER BY k;") == [])
        #expect(Self.codes("INSERT INTO t SELECT id, note FROM a;") == ["S301"])
        #expect(Self.codes("INSERT INTO t SELECT id, name, n FROM a;") == ["S322"])
        // An ON condition sees only the tables joined so far.
        #expect(Self.codes("INSERT INTO t SELECT a.id, 'x' FROM a JOIN b ON b.id = c.id JOIN b c ON TRUE;") == ["S343"])
        let d = Self.compile("INSERT INTO t SELECT id, name FROM a JOIN b ON b.a_id = a.id;", .postgresql).diagnostics
        #expect(d.first?.message == "column reference `id` is ambiguous")
        #expect(d.first?.range.map { $0.end - $0.start } == 2)
    }

    @Test func writesPostgreSQLsNullPlacement() {
        let sql = "INSERT INTO t SELECT n, name FROM a ORDER BY n, id DESC, name LIMIT 1;"
        #expect(Self.lowered(sql, .postgresql) == "INSERT INTO t SELECT n, name FROM a ORDER BY n, id DESC, name LIMIT 1;")
        // `name` is text: LIMIT would keep rows another collation picks.
        #expect(Self.codes(sql, .mysql) == ["D452"])
        let numeric = "INSERT INTO t SELECT n, name FROM a ORDER BY n DESC, 1, id OFFSET 1;"
        #expect(Self.lowered(numeric, .mysql)
                == "INSERT INTO t SELECT n, name FROM a ORDER BY n IS NULL DESC, n DESC, n IS NULL, n, id LIMIT 18446744073709551615 OFFSET 1;")
        #expect(Self.lowered(numeric, .sqlite) == "INSERT INTO t SELECT n, name FROM a ORDER BY n DESC NULLS FIRST, n NULLS LAST, id LIMIT -1 OFFSET 1;")
        // A LEFT JOIN's NOT NULL column is NULL where no row matches.
        #expect(Self.lowered("INSERT INTO t SELECT b.id, a.name FROM b LEFT JOIN a ON a.id = b.a_id ORDER BY a.id;", .sqlite)
                == "INSERT INTO t SELECT b.id, a.name FROM b LEFT JOIN a ON a.id = b.a_id ORDER BY a.id NULLS LAST;")
    }

    @Test func checksExpressionsAgainstTheTablesRead() {
        // b.id and a.n are integers: `/` is integer division, DIV in MySQL.
        #expect(Self.lowered("INSERT INTO t SELECT b.id / a.n, b.note FROM b JOIN a ON a.id = b.a_id;", .mysql)
                == "INSERT INTO t SELECT b.id DIV a.n, b.note FROM b JOIN a ON a.id = b.a_id;")
        #expect(Self.codes("INSERT INTO t SELECT length(name) / 2.0, name FROM a;", .mysql) == ["D411"])
        // PostgreSQL stores a boolean's text form (`true`) in a text column; MySQL writes 1, SQLite 1.
        #expect(Self.codes("INSERT INTO t SELECT id, id > 1 FROM a;", .mysql) == ["D411"])
        #expect(Self.codes("INSERT INTO t SELECT id, id > 1 FROM a;", .sqlite) == ["D432"])
        #expect(Self.codes("INSERT INTO t SELECT id > 1, 'x' FROM a;", .sqlite) == [])
        // SQLite's upper() is ASCII-only: the same warning as anywhere else.
        #expect(Self.codes("INSERT INTO t SELECT id, upper(name) FROM a;", .sqlite) == ["D432"])
    }

    /// InnoDB numbers `INSERT ... SELECT` rows from blocks it reserves; the counter is put back
    /// to what a PostgreSQL sequence would give next (measured gap without it: 3 -> 4), from the
    /// table alone, so a run resumed in a new session, after later statements, sets it too.
    @Test func mysqlCounterFollowsTheRowsInserted() {
        let schema = "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER);"
        let sql = "CREATE TABLE s (k SERIAL PRIMARY KEY, v INTEGER);\nINSERT INTO s (v) SELECT n FROM a ORDER BY id;\nINSERT INTO s (k, v) SELECT id, n FROM a;"
        let plan = Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [InputFile(name: "s.sql", text: schema)], dialect: .mysql).plan
        #expect(plan?.units.map(\.statements).dropFirst() == [[
            "INSERT INTO s (v) SELECT n FROM a ORDER BY id;\n"
                + "SET @sqlport_ddl = CONCAT('ALTER TABLE s AUTO_INCREMENT = ', (SELECT COALESCE(MAX(k), 0) + 1 FROM s));\n"
                + "PREPARE sqlport_ddl FROM @sqlport_ddl;\nEXECUTE sqlport_ddl;\nDEALLOCATE PREPARE sqlport_ddl;",
        ], ["INSERT INTO s (k, v) SELECT id, n FROM a;"]])
    }
}
