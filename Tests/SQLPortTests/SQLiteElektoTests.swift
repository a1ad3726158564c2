import Testing
import Foundation
@testable import SQLPort

@Suite("SQLite lowering: Elekto")
struct SQLiteElektoTests {
    @Test func dump() throws {
        let baseline = elektoSQLiteBaseline()
        let result = Checker(target: .sqlite, baseline: baseline).check(elektoMigration())
        #expect(result.diagnostics.isEmpty)
        let lowered = SQLiteLowering.lowerStatements(result.plan, sources: sqliteSources(), version: .conservativeDefault)
        #expect(lowered.diagnostics.isEmpty)
        print(lowered.diagnostics)
        try lowered.text(sources: sqliteSources()).write(toFile: "/tmp/h-sqlite/elekto.sqlite.sql", atomically: true, encoding: .utf8)
    }
}
