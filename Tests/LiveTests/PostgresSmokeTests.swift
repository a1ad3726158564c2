import SQLPortDatabase
import Testing

@Suite("PostgreSQL connection", .enabled(if: LiveEnvironment.isEnabled))
struct PostgresSmokeTests {
    @Test func computesAndReportsVersion() throws {
        let db = try connect(LiveEnvironment.postgresURL())
        #expect(db.kind == .postgresql)
        #expect(try db.query("SELECT 1+1") == [["2"]])
        #expect(try db.query("SELECT NULL::text, 'a', 3 WHERE false") == [])
        #expect(try db.query("SELECT NULL::text, 'a'") == [[nil, "a"]])
        #expect(db.serverVersion.hasPrefix("15."), "server version \(db.serverVersion)")
    }

    @Test func badStatementCarriesServerMessage() throws {
        let db = try connect(LiveEnvironment.postgresURL())
        let error = try #require(throws: DatabaseError.self) { try db.execute("SELECT 1;\nSELEC 2;") }
        #expect(error.message == "syntax error at or near \"SELEC\"")
        #expect(error.code == "42601")
        #expect(error.line == 2)
        #expect(error.statement == nil)
        #expect(error.description == "postgresql error 42601 at line 2: syntax error at or near \"SELEC\"")
        // The connection is still usable after an error.
        #expect(try db.query("SELECT 'ok'") == [["ok"]])
    }

    @Test func scriptWithoutTransactionIsAtomic() throws {
        try withScratchDatabase(on: LiveEnvironment.postgresURL(), label: "pg_atomic") { db in
            let error = try #require(throws: DatabaseError.self) {
                try db.execute("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nINSERT INTO nope VALUES (2);")
            }
            #expect(error.message == "relation \"nope\" does not exist")
            #expect(error.code == "42P01")
            #expect(error.line == 3)
            #expect(error.statement == 3)
            // PostgreSQL ran the script as one implicit transaction: nothing of it remains.
            #expect(try db.query("SELECT to_regclass('t')::text") == [[nil]])
        }
    }

    @Test func noticesAreCollectedNotPrinted() throws {
        let db = try PostgresConnection(LiveEnvironment.postgresURL())
        try db.execute("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$")
        #expect(db.notices == ["NOTICE:  hello 42"])
    }

    @Test func connectionErrorNeverShowsPassword() throws {
        var url = try LiveEnvironment.postgresURL()
        url.user = "sqlport_no_such_role"
        url.password = "s3cret-pw"
        let error = try #require(throws: DatabaseError.self) { try connect(url) }
        #expect(error.message == "connection to server at \"\(url.host)\", port \(url.port) failed: FATAL:  role \"sqlport_no_such_role\" does not exist")
        #expect(!error.description.contains("s3cret-pw"))
    }

    @Test func unreachableServerFails() throws {
        // Port 1 on loopback: nothing listens there.
        let url = try DatabaseURL(parsing: "postgresql://postgres@127.0.0.1:1/postgres")
        let error = try #require(throws: DatabaseError.self) { try connect(url) }
        #expect(error.message.hasPrefix("connection to server at \"127.0.0.1\", port 1 failed: Connection refused"))
    }

    /// An empty output (a migration that compiles to nothing) applies without error everywhere.
    @Test func emptyScriptIsAccepted() throws {
        let db = try connect(LiveEnvironment.postgresURL())
        try db.execute("")
        try db.execute("-- only a comment\n")
        #expect(try db.query("SELECT 'still here'") == [["still here"]])
    }
}
