import Testing
@testable import SQLPort

@Suite("SQLite lowering: Elekto")
struct SQLiteElektoTests {
    static func lower(_ baseline: Catalog, version: SQLiteVersion = .conservativeDefault) -> SQLiteLowering.Lowered {
        let result = Checker(target: .sqlite, baseline: baseline).check(elektoMigration())
        #expect(result.diagnostics.isEmpty)
        return SQLiteLowering.lowerStatements(result.plan, sources: sqliteSources(), version: version)
    }

    @Test func ballotIsRebuiltOnceAndVoterAltersNatively() throws {
        for version in [SQLiteVersion.conservativeDefault, SQLiteVersion(3, 40, 1)] {
            let lowered = Self.lower(elektoSQLiteBaseline(), version: version)
            #expect(lowered.diagnostics.isEmpty)
            #expect(lowered.rebuilds.map(\.table) == ["ballot"])
            let sql = lowered.statements
            #expect(sql.contains("ALTER TABLE voter ADD COLUMN salt BLOB;"))
            #expect(sql.contains("ALTER TABLE voter ADD COLUMN ballot_id BLOB;"))
            #expect(sql.filter { $0.hasPrefix("INSERT INTO sqlport_new_ballot") }.count == 1)
            #expect(!sql.contains { $0.contains("DROP COLUMN") })
        }
    }
}
