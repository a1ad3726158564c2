import Testing
@testable import SQLPort

/// The registry and the values the CLI and the loaders depend on.
@Suite("Dialect objects")
struct DialectObjectTests {
    @Test func registryGivesEachDialectItsObject() {
        #expect(Dialect.allCases.map { $0.target.dialect } == Dialect.allCases)
        #expect(Dialect.allCases.map { $0.target.dumpFamily } == [.postgresql, .mysql, .mysql, .sqlite])
        #expect((Dialect.sqlite.target(CompileOptions(sqliteVersion: SQLiteVersion(3, 35, 0))) as? SQLiteDialect)?.version
                == SQLiteVersion(3, 35, 0))
        #expect(MySQLDialect.allCases.map(\.dialect) == [.mysql, .mariadb])
    }

    /// `--schema-dialect` takes exactly these, in this order (its help and usage errors list them).
    @Test func baselineLanguagesAreTheDumpFamiliesAndPortable() {
        #expect(SchemaDialect.allCases.map(\.rawValue) == ["portable", "postgresql", "mysql", "sqlite"])
        #expect(SchemaDialect.allCases.map(\.displayName) == ["portable", "PostgreSQL", "MySQL", "SQLite"])
        #expect(SchemaDialect.native(to: .mariadb) == .mysql)
        #expect(SchemaDialect(rawValue: "mariadb") == nil)
        #expect(Dialect.allCases.filter { SchemaDialect.mysql.canDescribe($0) } == [.mysql, .mariadb])
        #expect(Dialect.allCases.allSatisfy { SchemaDialect.portable.canDescribe($0) })
    }

    @Test func capabilitiesByDialect() {
        let all = Dialect.allCases.map(\.target)
        #expect(all.map(\.foreignKeysNeedAnIndex) == [false, true, true, false])
        #expect(all.map(\.keysShareTableIndexNames) == [false, true, true, false])
        #expect(all.map(\.primaryKeyNameIsFixed) == [false, true, true, false])
        #expect(all.map(\.storesJSONAsCheckedText) == [false, false, true, false])
        #expect(all.map(\.dependsOnTargetVersion) == [false, false, false, true])
        #expect(all.map(\.namesArePostgreSQLNames) == [true, false, false, false])
        #expect(all.map { $0.database(writing: Array("-- MariaDB dump 10.19".utf8)) } == [.postgresql, .mariadb, .mariadb, .sqlite])
        #expect(all.map { $0.database(writing: Array("-- MySQL dump 8.0".utf8)) } == [.postgresql, .mysql, .mysql, .sqlite])
    }
}
