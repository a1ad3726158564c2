import Testing
@testable import SQLPort

/// Foreign-key timing is kept as the baseline wrote it, in each database's own grammar: a
/// SQLite rebuild and `sqlport schema` write it back.
@Suite("Loader: foreign key timing")
struct LoaderForeignKeyTimingTests {
    static func timing(_ clause: String, _ dialect: SchemaDialect) throws -> [Bool] {
        let text = "CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (p_id INTEGER REFERENCES p (id) \(clause));"
        let r = loadBaseline(text, target: dialect == .sqlite ? .sqlite : .postgresql, dialect: dialect)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let fk = try #require(r.catalog.table("c")?.foreignKeys.first?.key)
        return [fk.deferrable, fk.initiallyDeferred]
    }

    @Test func sqliteClauses() throws {
        #expect(try Self.timing("", .sqlite) == [false, false])
        #expect(try Self.timing("DEFERRABLE INITIALLY DEFERRED", .sqlite) == [true, true])
        #expect(try Self.timing("DEFERRABLE", .sqlite) == [true, false])
        #expect(try Self.timing("DEFERRABLE INITIALLY IMMEDIATE", .sqlite) == [true, false])
        // SQLite's grammar makes this immediate (sqlite.org/foreignkeys.html#fk_deferred).
        #expect(try Self.timing("NOT DEFERRABLE INITIALLY DEFERRED", .sqlite) == [false, false])
    }

    @Test func postgresClauses() throws {
        #expect(try Self.timing("DEFERRABLE INITIALLY DEFERRED", .postgresql) == [true, true])
        // PostgreSQL: INITIALLY DEFERRED implies DEFERRABLE.
        #expect(try Self.timing("INITIALLY DEFERRED", .postgresql) == [true, true])
        #expect(try Self.timing("DEFERRABLE", .postgresql) == [true, false])
    }

    @Test func writtenBackAsRead() {
        #expect(ForeignKey(columns: ["a"], referencedTable: "p", referencedColumns: ["id"], deferrable: true, initiallyDeferred: true).timingClause
            == " DEFERRABLE INITIALLY DEFERRED")
        #expect(ForeignKey(columns: ["a"], referencedTable: "p", referencedColumns: ["id"], deferrable: true).timingClause == " DEFERRABLE")
        #expect(ForeignKey(columns: ["a"], referencedTable: "p", referencedColumns: ["id"], initiallyDeferred: true).timingClause == "")
    }
}
