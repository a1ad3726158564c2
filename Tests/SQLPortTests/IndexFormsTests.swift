import Testing
@testable import SQLPort

/// Operator classes, CONCURRENTLY, MySQL prefix keys and the framing of statements outside
/// PostgreSQL's transaction (issue 11, index forms).
@Suite struct IndexFormsTests {
    @Test func operatorClassesAndConcurrentlyParse() {
        #expect(statement("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t USING btree (a varchar_pattern_ops DESC, b, (lower(c)) text_pattern_ops)")?.kind
            == .createIndex(CreateIndex(concurrently: true, ifNotExists: true, name: id("i"), table: qn("t"), method: id("btree"), elements: [
                IndexElement(.column(id("a")), opclass: id("varchar_pattern_ops"), ordering: .desc),
                IndexElement(.column(id("b"))),
                IndexElement(.expression(Expression(.call(name: qn("lower"), arguments: [col("c")], star: false))), opclass: id("text_pattern_ops")),
            ])))
        #expect(statement("DROP INDEX CONCURRENTLY IF EXISTS i")?.kind == .dropIndex(DropIndex(concurrently: true, ifExists: true, names: [qn("i")])))
        #expect(SQLPrinter().print(CreateIndex(concurrently: true, name: id("i"), table: qn("t"),
                                               elements: [IndexElement(.column(id("a")), opclass: id("text_pattern_ops"), ordering: .desc)]))
                == "CREATE INDEX CONCURRENTLY i ON t (a text_pattern_ops DESC)")
        #expect(SQLPrinter().print(DropIndex(concurrently: true, ifExists: true, names: [qn("i")])) == "DROP INDEX CONCURRENTLY IF EXISTS i")
    }

    @Test func pgDumpOperatorClassAndMySQLPrefixLoad() {
        let pg = loadBaseline("""
            SET search_path = '';
            CREATE TABLE public.s (id bigint NOT NULL, code character varying(20) NOT NULL);
            CREATE INDEX s_code_like ON public.s USING btree (code varchar_pattern_ops DESC);
            """, target: .postgresql)
        #expect(pg.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(pg.catalog.table("s")?.indexes.first?.keys == [IndexKey(.column("code"), opclass: "varchar_pattern_ops", ordering: .desc)])
        #expect(pg.catalog.table("s")?.indexes.first?.method == "btree")
        let my = loadBaseline("""
            -- MySQL dump 10.13
            CREATE TABLE `t` (
              `id` int NOT NULL,
              `notes` text,
              PRIMARY KEY (`id`),
              KEY `t_notes` (`notes`(768),`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
            """, target: .mysql)
        #expect(my.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(my.catalog.table("t")?.indexes.first?.keys == [IndexKey(.column("notes"), prefixLength: 768), IndexKey(.column("id"))])
    }

    /// The InnoDB key bytes (3072) the other keys leave, shared by the TEXT / BLOB keys: 4 bytes a utf8mb4 character.
    @Test func mysqlPrefixLengths() {
        let table = Table(name: "t", columns: [
            Column(name: "body", type: ColumnType(TypeName(.text))),
            Column(name: "title", type: ColumnType(TypeName(.text))),
            Column(name: "at", type: ColumnType(TypeName(.timestamp(precision: nil, withTimeZone: false)))),
            Column(name: "code", type: ColumnType(TypeName(.varchar(length: 100)))),
            Column(name: "blob", type: ColumnType(TypeName(.bytea))),
            Column(name: "doc", type: ColumnType(TypeName(.json))),
        ])
        func prefixes(_ columns: [String], unique: Bool = false) -> [Int?]? {
            MySQLKeyPrefix.keys(TableIndex(name: "i", isUnique: unique, keys: columns.map { IndexKey(.column($0)) }), in: table)?.map(\.prefixLength)
        }
        #expect(prefixes(["body"]) == [768])
        #expect(prefixes(["body", "at"]) == [766, nil])
        #expect(prefixes(["body", "title"]) == [384, 384])
        #expect(prefixes(["code", "body"]) == [nil, 668])
        #expect(prefixes(["blob"]) == [3072])
        #expect(prefixes(["code"]) == nil)
        #expect(prefixes(["body"], unique: true) == nil)
        #expect(prefixes(["doc"]) == nil)
    }

    /// `sqlport schema --dialect mysql` writes indexes as the lowering does.
    @Test func mysqlSchemaPrintsIndexesAsWritten() {
        let baseline = InputFile(name: "s.sql", bytes: Array("""
            CREATE TABLE n (id INTEGER PRIMARY KEY, body TEXT, v VARCHAR(9));
            CREATE INDEX n_body ON n (body text_pattern_ops);
            CREATE INDEX n_v ON n (v) WHERE v <> '';
            """.utf8))
        let result = Compiler.schema(schemas: [baseline], dialect: .mysql)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.sql?.contains("  KEY n_body (body(768)),\n  KEY n_v (v)\n") == true, "\(result.sql ?? "")")
    }

    @Test func operatorClassDiagnostics() {
        let index = TableIndex(name: "i", keys: [IndexKey(.column("a"), opclass: "varchar_pattern_ops"),
                                                 IndexKey(.column("b"), opclass: "jsonb_path_ops")], method: "gin")
        let found = IndexOperatorClasses.check(index, database: "MySQL").map { "\($0.severity) \($0.code.rawValue) \($0.message)" }
        #expect(found == [
            "error D445 MySQL has no index method `gin`",
            "note D444 operator class `varchar_pattern_ops` of `a` in index `i` is left out",
            "error D445 operator class `jsonb_path_ops` of `b` in index `i` has no MySQL equivalent",
        ])
        #expect(IndexOperatorClasses.check(index, database: "SQLite", checkMethod: false).map(\.code.rawValue) == ["D444", "D445"])
        #expect(IndexOperatorClasses.check(TableIndex(name: "j", keys: [IndexKey(.column("a"))], method: "BTREE"), database: "MySQL").isEmpty)
    }

    /// A unit outside the transaction closes the one before it; the next unit inside opens another.
    @Test func unitsOutsideTheTransactionAreFramedApart() {
        let plan = LoweredPlan(sourceName: "m.sql", dialect: .postgresql, header: LoweredHeader(transactions: .transactionsBetween(outside: [1, 3])),
                               opening: [FramingStatement("BEGIN;")], units: [
                                   LoweredUnit(statements: ["CREATE INDEX CONCURRENTLY a ON t (x);"], outsideTransaction: true),
                                   LoweredUnit(statements: ["ALTER TABLE t ADD COLUMN y INTEGER;"]),
                                   LoweredUnit(statements: ["DROP INDEX CONCURRENTLY a;"], outsideTransaction: true),
                               ], closing: [FramingStatement("COMMIT;")])
        #expect(TextWriter(version: "1").render(plan) == """
            -- Generated by sqlport 1 from m.sql for PostgreSQL.
            -- Review before applying.
            -- Lines 1, 3 cannot run inside a transaction block (CONCURRENTLY):
            -- they run on their own between the transactions that hold the other statements. If one fails,
            -- the transactions before it stand committed; a failed CREATE INDEX CONCURRENTLY leaves an INVALID index to drop.
            -- Apply it with psql -f (one statement at a time): a client sending the file as one query runs it as one
            -- implicit transaction, which CONCURRENTLY refuses.

            CREATE INDEX CONCURRENTLY a ON t (x);

            BEGIN;
            ALTER TABLE t ADD COLUMN y INTEGER;

            COMMIT;

            DROP INDEX CONCURRENTLY a;

            """)
    }
}
