import Testing
@testable import SQLPort

/// `GENERATED ALWAYS AS (expr) STORED` declared by a migration: the AST, the catalog's column,
/// and each dialect's clause.
@Suite struct GeneratedColumnMigrationTests {
    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), dialect: dialect)
    }

    @Test func parsesAndPrintsTheClause() {
        let s = statement("CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED)")
        guard case .createTable(let t)? = s?.kind, case .column(let b) = t.elements[1] else { Issue.record("no column"); return }
        #expect(b.constraints.map(\.kind) == [.generated(Expression(.binary(.multiply, Expression(.column(table: nil, name: id("a"))), Expression(.integer("2")))))])
        #expect(SQLPrinter().print(s!) == "CREATE TABLE t (\n    a INTEGER,\n    b INTEGER GENERATED ALWAYS AS (a * 2) STORED\n);")
    }

    @Test func catalogHoldsThePortableExpression() {
        let result = Checker(target: .mysql).check(parse("CREATE TABLE t (a TEXT, b TEXT GENERATED ALWAYS AS (upper(a)) STORED);").script)
        let b = result.plan.final.table("t")?.column("b")
        #expect(b?.generated?.expression == "upper(a)")
        #expect(b?.generated?.reads == ["a"])
        #expect(b?.generated?.storage == .stored)
        #expect(b?.generated?.definition != nil)
    }

    @Test func eachDialectWritesTheClause() {
        let sql = "CREATE TABLE t (a TEXT, b TEXT GENERATED ALWAYS AS (a || '!') STORED);"
        func text(_ d: Dialect) -> String { Self.compile(sql, d).sql ?? "" }
        #expect(text(.postgresql).contains("b TEXT GENERATED ALWAYS AS (a || '!') STORED"))
        #expect(text(.mariadb).contains("b LONGTEXT GENERATED ALWAYS AS (CONCAT(a, '!')) STORED"))
        #expect(text(.sqlite).contains("b TEXT GENERATED ALWAYS AS (a || '!') STORED"))
    }

    @Test func sqliteRebuildsToAddAStoredColumn() {
        let sql = "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);\nALTER TABLE t ADD COLUMN b INTEGER GENERATED ALWAYS AS (a + 1) STORED;"
        let out = Self.compile(sql, .sqlite).sql ?? ""
        #expect(out.contains("b INTEGER GENERATED ALWAYS AS (a + 1) STORED"))
        #expect(!out.contains("ADD COLUMN"))
    }

    @Test func refusals() {
        func codes(_ sql: String, _ d: Dialect = .postgresql) -> [String] { Self.compile(sql, d).diagnostics.map(\.code.rawValue) }
        #expect(codes("CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a) STORED DEFAULT 1);") == ["S373"])
        #expect(codes("CREATE TABLE t (a INTEGER, b DATE GENERATED ALWAYS AS (CURRENT_DATE) STORED);") == ["S373"])
        #expect(codes("CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (nope) STORED);") == ["S301"])
        #expect(codes("CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a) STORED NOT NULL);", .mariadb) == ["D480"])
        #expect(codes("CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a) STORED NOT NULL);", .sqlite) == [])
    }
}
