import Testing
@testable import SQLPort

/// COMMENT ON, CREATE / DROP EXTENSION, GRANT / REVOKE / OWNER TO: what the catalog keeps and
/// what each dialect writes.
struct ObjectStatementsTests {
    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: "CREATE TABLE t (id int PRIMARY KEY, c varchar(10) NOT NULL);\n" + sql), dialect: dialect)
    }

    @Test func commentsAreKeptAndRestated() {
        let sql = "COMMENT ON TABLE t IS 'the t';\nCOMMENT ON COLUMN t.c IS 'it''s c';\nALTER TABLE t ALTER COLUMN c DROP NOT NULL"
        let catalog = Compiler.predictedCatalog(InputFile(name: "m.sql", text: "CREATE TABLE t (id int PRIMARY KEY, c varchar(10) NOT NULL);\n" + sql),
                                                schemas: [], dialect: .postgresql)
        #expect(catalog?.table("t")?.comment == "the t")
        #expect(catalog?.table("t")?.column("c")?.comment == "it's c")
        #expect(Self.compile(sql, .mysql).plan?.units.flatMap(\.statements).dropFirst() == [
            "ALTER TABLE t COMMENT = 'the t';",
            "ALTER TABLE t MODIFY COLUMN c VARCHAR(10) COMMENT 'it''s c';",
        ])
        let sqlite = Self.compile(sql, .sqlite).plan
        #expect(sqlite?.header.needsNoStatement.map(\.reason) == [.sqliteKeepsNoComments, .sqliteKeepsNoComments])
        #expect(Compiler.predictedCatalog(InputFile(name: "m.sql", text: "CREATE TABLE t (id int PRIMARY KEY, c varchar(10) NOT NULL);\n" + sql),
                                          schemas: [], dialect: .sqlite)?.table("t")?.comment == nil)
    }

    @Test func emptyCommentRemovesIt() {
        let r = Checker(target: .postgresql).check(Parser.parse(SourceFile(id: FileID(0), name: "m.sql", text:
            "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'x';\nCOMMENT ON TABLE t IS ''")).script)
        #expect(r.plan.final.table("t")?.comment == nil)
        #expect(r.plan.steps.last?.resolution == .comment(table: "t", column: nil, text: nil))
    }

    @Test func extensionsAndTheirFunctions() {
        let sql = "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\nALTER TABLE t ADD COLUMN u UUID DEFAULT uuid_generate_v4()"
        #expect(Self.compile(sql, .postgresql).diagnostics.isEmpty)
        #expect(Self.compile(sql, .mariadb).diagnostics.map(\.code.rawValue) == ["D419", "D466"])
        #expect(Self.compile(sql, .sqlite).diagnostics.map(\.code.rawValue) == ["D467"])
        #expect(Self.compile("ALTER TABLE t ADD COLUMN u UUID DEFAULT uuid_generate_v1()", .postgresql).diagnostics.map(\.code.rawValue) == ["S363"])
        #expect(Self.compile("CREATE EXTENSION postgis", .postgresql).diagnostics.map(\.code.rawValue) == ["S362"])
        #expect(Self.compile("CREATE EXTENSION citext;\nALTER TABLE t ADD COLUMN e citext", .postgresql).diagnostics.map(\.code.rawValue) == ["S365"])
    }

    @Test func privilegesPerDialect() {
        let sql = "GRANT SELECT ON t TO PUBLIC;\nALTER TABLE t OWNER TO CURRENT_USER"
        #expect(Self.compile(sql, .postgresql).plan?.units.flatMap(\.statements).dropFirst() == [
            "GRANT SELECT ON t TO PUBLIC;", "ALTER TABLE t OWNER TO CURRENT_USER;",
        ])
        #expect(Self.compile(sql, .mysql).diagnostics.map(\.code.rawValue) == ["D468", "D468"])
        #expect(Self.compile(sql, .sqlite).plan?.header.needsNoStatement.map(\.reason) == [.sqliteHasNoPrivileges, .sqliteHasNoPrivileges])
        #expect(Self.compile("GRANT SELECT ON nope TO PUBLIC", .postgresql).diagnostics.map(\.code.rawValue) == ["S302"])
    }
}
