import Testing
@testable import SQLPort

/// The prediction is what the target reports, not the portable meaning.
@Suite("Target read-back")
struct TargetReadBackTests {
    static let migration = InputFile(name: "m.sql", text: """
        CREATE TABLE box (id BIGSERIAL PRIMARY KEY, token UUID, tag VARCHAR, doc JSONB, at TIMESTAMP(3), name TEXT COLLATE "C");
        """)

    static func columns(_ dialect: Dialect, onMariaDB: Bool = false) throws -> [String] {
        let catalog = try #require(Compiler.predictedCatalog(migration, schemas: [], dialect: dialect, onMariaDB: onMariaDB))
        let box = try #require(catalog.table("box"))
        return box.columns.map { "\($0.name) \($0.type.portable.map(ColumnType.postgresName) ?? "?") \($0.collation ?? "-")" }
    }

    @Test func eachTargetReportsWhatItsLoweringWrote() throws {
        #expect(try Self.columns(.postgresql) == [
            "id bigint -", "token uuid -", "tag character varying -", "doc jsonb -", "at timestamp(3) without time zone -", "name text C"])
        #expect(try Self.columns(.mysql) == [
            "id bigint -", "token character(36) -", "tag text -", "doc json -", "at timestamp(3) without time zone -", "name text utf8mb4_bin"])
        #expect(try Self.columns(.mariadb) == [
            "id bigint -", "token character(36) -", "tag text -", "doc text utf8mb4_bin", "at timestamp(3) without time zone -",
            "name text utf8mb4_nopad_bin"])
        #expect(try Self.columns(.sqlite) == [
            "id integer -", "token character(36) -", "tag character varying -", "doc text -", "at timestamp without time zone -", "name text BINARY"])
    }

    @Test func mariaDBJSONHasItsCheck() throws {
        let catalog = try #require(Compiler.predictedCatalog(Self.migration, schemas: [], dialect: .mariadb))
        let checks = try #require(catalog.table("box")).constraints.filter { $0.role == .check }
        #expect(checks.map(\.name) == ["doc"])
        #expect(checks.map(\.level) == [.column("doc")])
        let onMariaDB = try #require(Compiler.predictedCatalog(Self.migration, schemas: [], dialect: .mysql, onMariaDB: true))
        // A dump shows it in the column, which only MariaDB does: read with MySQL's rules it keeps MariaDB's name.
        #expect(try #require(onMariaDB.table("box")).constraints.filter { $0.role == .check }.map(\.name) == ["doc"])
    }
}
