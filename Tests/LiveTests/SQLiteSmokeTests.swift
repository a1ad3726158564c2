import Foundation
import SQLPortDatabase
import Testing

/// SQLite is in-process: these run on every `swift test`, servers or not.
@Suite("SQLite connection")
struct SQLiteSmokeTests {
    @Test func computesAndReportsVersion() throws {
        let db = try connect(DatabaseURL(parsing: "sqlite::memory:"))
        #expect(db.kind == .sqlite)
        #expect(try db.query("SELECT 1+1") == [["2"]])
        #expect(try db.query("SELECT NULL, 'a'") == [[nil, "a"]])
        #expect(try db.query("-- nothing but a comment") == [])
        #expect(db.serverVersion.hasPrefix("3."))
    }

    @Test func badStatementCarriesEngineMessage() throws {
        let db = try SQLiteConnection(path: ":memory:")
        let error = try #require(throws: DatabaseError.self) { try db.execute("SELEC 1") }
        #expect(error.message == "near \"SELEC\": syntax error")
        #expect(error.code == "1")
        #expect(error.description == "sqlite error 1: near \"SELEC\": syntax error")
    }

    @Test func scriptStopsAtFailingStatementAndKeepsEarlierEffects() throws {
        let db = try SQLiteConnection(path: ":memory:")
        let error = try #require(throws: DatabaseError.self) {
            try db.execute("CREATE TABLE t (id INTEGER);\nINSERT INTO nope VALUES (2);\nINSERT INTO t VALUES (3);")
        }
        #expect(error.message == "no such table: nope")
        #expect(try db.query("SELECT count(*) FROM t") == [["0"]])
    }

    @Test func queryTakesOneStatement() throws {
        let db = try SQLiteConnection(path: ":memory:")
        let error = try #require(throws: DatabaseError.self) { try db.query("SELECT 1; SELECT 2") }
        #expect(error.message == "query() takes one statement; use execute() for scripts")
    }

    @Test func readOnlyOpenCannotWrite() throws {
        let scratch = try ScratchDatabase(on: DatabaseURL(parsing: "sqlite:unused.db"), label: "readonly")
        defer { try? scratch.drop() }
        try scratch.connect().execute("CREATE TABLE t (id INTEGER); INSERT INTO t VALUES (7);")
        let reader = try SQLiteConnection(path: scratch.url.path, mode: .readOnly)
        #expect(try reader.query("SELECT id FROM t") == [["7"]])
        let error = try #require(throws: DatabaseError.self) { try reader.execute("INSERT INTO t VALUES (8)") }
        #expect(error.message == "attempt to write a readonly database")
    }

    @Test func readOnlyOpenOfMissingFileFails() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-missing-\(UUID()).db").path
        let error = try #require(throws: DatabaseError.self) { try SQLiteConnection(path: path, mode: .readOnly) }
        #expect(error.message == "unable to open database file: \(path)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// An empty output (a migration that compiles to nothing) applies without error everywhere.
    @Test func emptyScriptIsAccepted() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("")
        try db.execute("-- only a comment\n")
        #expect(try db.query("SELECT 'still here'") == [["still here"]])
    }
}
