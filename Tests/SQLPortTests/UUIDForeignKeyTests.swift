import Testing
@testable import SQLPort

/// A portable `UUID` key against a column of the target's own baseline: the same storage only.
@Suite("UUID foreign keys to baseline columns")
struct UUIDForeignKeyTests {
    func column(_ declared: String, collation: String? = nil) -> Column {
        var c = Column(name: "id", type: .foreign(declared))
        c.collation = collation
        return c
    }

    @Test func mysqlMatchesCHAR36InSqlportsCollationOnly() {
        let own = Table(name: "p", columns: [])
        var latin = Table(name: "p", columns: [])
        latin.mysqlCharset = "latin1_swedish_ci"
        let d = MySQLDialect.mariadb
        #expect(d.storesUUIDAsWritten(column("char(36)"), in: own))
        #expect(d.storesUUIDAsWritten(column("CHAR( 36 )"), in: own))
        #expect(!d.storesUUIDAsWritten(column("char(36)"), in: latin))
        #expect(!d.storesUUIDAsWritten(column("char(36)", collation: "utf8mb4_general_ci"), in: own))
        #expect(!d.storesUUIDAsWritten(column("char(32)"), in: own))
        #expect(!d.storesUUIDAsWritten(column("binary(16)"), in: own))
        #expect(!d.storesUUIDAsWritten(column("varchar(36)"), in: own))
    }

    @Test func sqliteMatchesTextAffinityWithBinaryCollation() {
        let t = Table(name: "p", columns: [])
        let d = SQLiteDialect(version: .conservativeDefault)
        #expect(d.storesUUIDAsWritten(column("CHAR(36)"), in: t))
        #expect(d.storesUUIDAsWritten(column("TEXT"), in: t))
        #expect(d.storesUUIDAsWritten(column("VARCHAR(36)", collation: "BINARY"), in: t))
        #expect(!d.storesUUIDAsWritten(column("TEXT", collation: "NOCASE"), in: t))
        #expect(!d.storesUUIDAsWritten(column("BLOB"), in: t))
        #expect(!d.storesUUIDAsWritten(column("INTEGER"), in: t))
        #expect(!PostgreSQLDialect().storesUUIDAsWritten(column("text"), in: t))
    }
}
