import Testing
@testable import SQLPort

/// Subqueries, `UPDATE ... FROM`, `DELETE ... USING`, target aliases and `public.` names:
/// their AST, their name resolution, and each dialect's text.
@Suite struct DataStatementFormsTests {
    static let schema = """
        CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER);
        CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, note TEXT, n INTEGER);
        """

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [InputFile(name: "s.sql", text: schema)], dialect: dialect)
    }

    static func codes(_ sql: String, _ dialect: Dialect = .postgresql) -> [String] {
        compile(sql, dialect).diagnostics.map(\.code.rawValue)
    }

    /// The statement the data step lowers to (SQLite: the one among the guard's checks).
    static func lowered(_ sql: String, _ dialect: Dialect) -> String? {
        compile(sql, dialect).plan?.units.last?.statements.first { ($0.hasPrefix("UPDATE") || $0.hasPrefix("DELETE")) && !$0.contains("sqlport_guard") }
    }

    static func reads(_ sql: String) -> [String]? {
        let baseline = Catalog.replaying(parse(schema).script, target: .postgresql).catalog
        let checked = Checker(target: .postgresql, baseline: baseline).check(parse(sql).script)
        guard case .data(_, _, let reads)? = checked.plan.steps.last?.resolution else { return nil }
        return reads.map { "\($0.exposedName):\($0.table.name)" }
    }

    static func col(_ t: String?, _ c: String) -> Expression { Expression(.column(table: t.map { id($0) }, name: id(c))) }

    @Test func parsesSubqueries() {
        let s = statement("DELETE FROM a WHERE id NOT IN (SELECT a_id FROM b) AND NOT EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id) OR n = (SELECT max(n) FROM b)")
        let notIn = Expression(.inQuery(Self.col(nil, "id"), Query(items: [SelectItem(Self.col(nil, "a_id"))], from: FromClause(TableReference(qn("b")))), negated: true))
        let exists = Expression(.exists(Query(items: [SelectItem(int("1"))], from: FromClause(TableReference(qn("b"))),
                                              predicate: eq(Self.col("b", "a_id"), Self.col("a", "id")))))
        let scalar = Expression(.subquery(Query(items: [SelectItem(Expression(.call(name: qn("max"), arguments: [Self.col(nil, "n")], star: false)))],
                                                from: FromClause(TableReference(qn("b"))))))
        let predicate = Expression(.binary(.or, Expression(.binary(.and, notIn, Expression(.unary(.not, exists)))), eq(Self.col(nil, "n"), scalar)))
        #expect(s?.kind == .delete(Delete(table: qn("a"), predicate: predicate)))
        #expect(s.map { SQLPrinter().print($0) }
                == "DELETE FROM a WHERE id NOT IN (SELECT a_id FROM b) AND NOT EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id) OR n = (SELECT max(n) FROM b);")
    }

    @Test func parsesUpdateFromAndDeleteUsing() {
        let u = statement("UPDATE a AS x SET n = b.n FROM b JOIN a y ON y.id = b.a_id WHERE b.a_id = x.id")
        #expect(u?.kind == .update(Update(
            table: qn("a"), alias: id("x"), assignments: [Assignment(column: id("n"), value: Self.col("b", "n"))],
            from: FromClause(TableReference(qn("b")), joins: [Join(.inner, TableReference(qn("a"), alias: id("y")), on: eq(Self.col("y", "id"), Self.col("b", "a_id")))]),
            predicate: eq(Self.col("b", "a_id"), Self.col("x", "id")))))
        let d = statement("DELETE FROM a x USING b WHERE b.a_id = x.id")
        #expect(d?.kind == .delete(Delete(table: qn("a"), alias: id("x"), using: FromClause(TableReference(qn("b"))),
                                          predicate: eq(Self.col("b", "a_id"), Self.col("x", "id")))))
        #expect(d.map { SQLPrinter().print($0) } == "DELETE FROM a AS x USING b WHERE b.a_id = x.id;")
        // `SET` is no alias: the plain form still reads.
        #expect(statement("UPDATE a SET n = 1")?.kind == .update(Update(table: qn("a"), assignments: [Assignment(column: id("n"), value: int("1"))])))
    }

    @Test func publicColumnNamesAreTableNames() {
        #expect(statement("UPDATE public.a SET n = 1 WHERE public.a.id = 2")?.kind
                == .update(Update(table: qn("public", "a"), assignments: [Assignment(column: id("n"), value: int("1"))],
                                  predicate: eq(Self.col("a", "id"), int("2")))))
        #expect(parse("UPDATE a SET n = 1 WHERE other.a.id = 2").diagnostics.map(\.code.rawValue) == ["P213"])
    }

    @Test func resolvesNamesLevelByLevel() {
        // An outer reference, and an inner name hiding the outer one.
        #expect(Self.codes("UPDATE a SET n = (SELECT count(*) FROM b WHERE b.a_id = a.id);") == [])
        #expect(Self.codes("UPDATE a SET n = (SELECT max(n) FROM b WHERE a_id = id);") == [])
        #expect(Self.codes("UPDATE a SET n = (SELECT max(n) FROM b WHERE name = 'x');") == [])
        #expect(Self.codes("UPDATE a SET n = (SELECT max(n) FROM b WHERE nope = 1);") == ["S301"])
        #expect(Self.codes("UPDATE a SET n = (SELECT id, n FROM b LIMIT 1);") == ["S347"])
        #expect(Self.codes("DELETE FROM a WHERE id IN (SELECT id, a_id FROM b);") == ["S347"])
        // UPDATE ... FROM: one level with the target; ON does not see the target.
        #expect(Self.codes("UPDATE a SET n = b.n FROM b WHERE b.a_id = a.id;") == [])
        #expect(Self.codes("UPDATE a SET n = n FROM b WHERE b.a_id = a.id;") == ["S342"])
        #expect(Self.codes("UPDATE a SET n = 1 FROM b JOIN b AS c ON c.id = a.id;") == ["S343"])
        #expect(Self.codes("UPDATE a AS x SET n = 1 WHERE a.id = 1;") == ["S343"])
        #expect(Self.codes("DELETE FROM a USING a WHERE TRUE;") == ["S344"])
        #expect(Self.codes("DELETE FROM a x USING a y WHERE x.id > y.id;") == [])
        #expect(Self.codes("UPDATE other.a SET n = 1;") == ["S346"])
        #expect(Self.codes("DELETE FROM a WHERE id IN (SELECT a_id FROM other.b);") == ["S346"])
        #expect(Self.codes("UPDATE public.a SET n = 1 WHERE public.a.id IN (SELECT a_id FROM public.b);") == [])
    }

    @Test func theStepSaysWhatItReads() {
        #expect(Self.reads("UPDATE a SET n = 1;") == [])
        #expect(Self.reads("UPDATE a AS x SET n = b.n FROM b WHERE b.a_id = x.id;") == ["x:a", "b:b"])
        #expect(Self.reads("DELETE FROM a WHERE EXISTS (SELECT 1 FROM b AS c WHERE c.a_id = a.id AND c.n IN (SELECT n FROM a));") == ["a:a", "c:b", "a:a"])
        #expect(Self.reads("INSERT INTO b (id) VALUES ((SELECT max(id) + 1 FROM a));") == ["a:a"])
    }

    @Test func loweredForEachDialect() {
        let updateFrom = "UPDATE a AS x SET n = b.n FROM b WHERE b.a_id = x.id;"
        #expect(Self.lowered(updateFrom, .mariadb) == "UPDATE a AS x, b SET x.n = b.n WHERE b.a_id = x.id;")
        #expect(Self.lowered(updateFrom, .sqlite)
                == "UPDATE a AS x SET n = (SELECT b.n FROM b WHERE b.a_id = x.id LIMIT 1) WHERE EXISTS (SELECT 1 FROM b WHERE b.a_id = x.id);")
        let native = Compiler.compile(InputFile(name: "m.sql", text: updateFrom), schemas: [InputFile(name: "s.sql", text: Self.schema)],
                                      dialect: .sqlite, options: CompileOptions(sqliteVersion: SQLiteVersion(3, 33, 0)))
        #expect(native.plan?.units.last?.statements.first { $0.hasPrefix("UPDATE") } == "UPDATE a AS x SET n = b.n FROM b WHERE b.a_id = x.id;")
        let deleteUsing = "DELETE FROM a x USING a y WHERE x.id > y.id;"
        #expect(Self.lowered(deleteUsing, .mysql) == "DELETE x FROM a AS x, a AS y WHERE x.id > y.id;")
        #expect(Self.lowered(deleteUsing, .sqlite) == "DELETE FROM a AS x WHERE EXISTS (SELECT 1 FROM a AS y WHERE x.id > y.id);")
        // PostgreSQL's NULLs-last order inside a subquery.
        let ordered = "UPDATE a SET n = (SELECT b.n FROM b WHERE b.a_id = a.id ORDER BY b.n LIMIT 1);"
        #expect(Self.lowered(ordered, .mysql) == "UPDATE a SET n = (SELECT b.n FROM b WHERE b.a_id = a.id ORDER BY b.n IS NULL, b.n LIMIT 1);")
        #expect(Self.lowered(ordered, .sqlite) == "UPDATE a SET n = (SELECT b.n FROM b WHERE b.a_id = a.id ORDER BY b.n NULLS LAST LIMIT 1);")
        #expect(Self.lowered("UPDATE public.a SET n = 1 WHERE public.a.id = 1;", .mysql) == "UPDATE a SET n = 1 WHERE a.id = 1;")
    }

    @Test func upsertsWhereTheMeaningIsTheSame() {
        let s = statement("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE a.n IS NULL")
        var insert = Insert(table: qn("a"), columns: [id("id"), id("name")], rows: [[int("1"), Expression(.string("x"))]])
        insert.onConflict = OnConflict(columns: [id("id")], action: .update([Assignment(column: id("name"), value: Self.col("excluded", "name"))],
                                                                         predicate: Expression(.isNull(Self.col("a", "n"), negated: false))))
        #expect(s?.kind == .insert(insert))
        #expect(s.map { SQLPrinter().print($0) } == "INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE a.n IS NULL;")
        // The target is a unique key covering every row; EXCLUDED and the table both name columns.
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (name) DO NOTHING;") == ["S348"])
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET n = n + 1;") == ["S342"])
        let upsert = "INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, n = a.n + 1;"
        #expect(Self.compile(upsert, .mariadb).plan?.units.last?.statements.first { $0.hasPrefix("INSERT") }
                == "INSERT INTO a (id, name) VALUES (1, 'x') ON DUPLICATE KEY UPDATE name = VALUES(name), n = a.n + 1;")
        #expect(Self.compile("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT DO NOTHING;", .mysql).plan?.units.last?.statements.first { $0.hasPrefix("INSERT") }
                == "INSERT INTO a (id, name) VALUES (1, 'x') ON DUPLICATE KEY UPDATE id = id;")
        // MySQL assigns left to right: a reader of `name` goes first.
        #expect(Self.compile("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, n = length(a.name);", .mysql)
                .plan?.units.last?.statements.first { $0.hasPrefix("INSERT") }
                == "INSERT INTO a (id, name) VALUES (1, 'x') ON DUPLICATE KEY UPDATE n = CHAR_LENGTH(a.name), name = VALUES(name);")
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = 'y' WHERE a.n > 0;", .mysql) == ["D458"])
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = 'y' WHERE a.n > 0;", .sqlite) == ["D459"])
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (length('x'), 'x') ON CONFLICT (id) DO NOTHING;", .sqlite) == ["D459"])
        #expect(Self.codes("INSERT INTO a (id, name) VALUES (1, 'x') ON CONFLICT (id) DO NOTHING;", .sqlite) == [])
    }

    @Test func refusesWhatATargetWouldChange() {
        // MySQL error 1093; MariaDB reads the rows as they were.
        #expect(Self.codes("DELETE FROM a WHERE id IN (SELECT b.a_id FROM b JOIN a AS z ON z.id = b.a_id);", .mysql) == ["D454"])
        #expect(Self.codes("DELETE FROM a WHERE id IN (SELECT b.a_id FROM b JOIN a AS z ON z.id = b.a_id);", .mariadb) == [])
        // MySQL's multiple-table UPDATE has no assignment order.
        #expect(Self.codes("UPDATE a SET n = b.n, id = a.n FROM b WHERE b.a_id = a.id;", .mysql) == ["D455"])
        #expect(Self.codes("UPDATE a SET n = b.n, id = a.n FROM b WHERE b.a_id = a.id;", .mariadb) == [])
        // SQLite evaluates an UPDATE row by row.
        #expect(Self.codes("UPDATE a SET n = (SELECT max(z.n) FROM a AS z WHERE z.id < a.id);", .sqlite) == ["D456"])
        #expect(Self.codes("UPDATE a SET n = (SELECT max(z.id) FROM a AS z WHERE z.id < a.id);", .sqlite) == [])
        // A text ORDER BY picking the subquery's row.
        #expect(Self.codes("UPDATE a SET n = (SELECT b.n FROM b ORDER BY b.note LIMIT 1);", .sqlite) == ["D452"])
        // max of text compares by collation.
        #expect(Self.codes("UPDATE b SET note = (SELECT max(name) FROM a);", .mariadb) == ["D411"])
    }
}
