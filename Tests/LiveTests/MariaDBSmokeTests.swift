import SQLPortDatabase
import Testing

@Suite("MariaDB connection", .enabled(if: LiveEnvironment.isEnabled))
struct MariaDBSmokeTests {
    @Test func computesAndReportsVersion() throws {
        let db = try connect(LiveEnvironment.mariadbURL())
        #expect(db.kind == .mariadb)
        #expect(try db.query("SELECT 1+1") == [["2"]])
        #expect(try db.query("SELECT NULL, 'a'") == [[nil, "a"]])
        #expect(try db.query("DO 1") == [])
        // Values are read by length, so an embedded NUL survives.
        #expect(try db.query("SELECT CONCAT('a', CHAR(0), 'b')") == [["a\u{0}b"]])
        #expect(db.serverVersion.hasPrefix("10.11."), "server version \(db.serverVersion)")
    }

    @Test func badStatementCarriesServerMessage() throws {
        let db = try connect(LiveEnvironment.mariadbURL())
        let error = try #require(throws: DatabaseError.self) { try db.execute("SELEC 1") }
        #expect(error.message == "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1")
        #expect(error.code == "42000")
        #expect(error.statement == 1)
        #expect(try db.query("SELECT 'ok'") == [["ok"]])
    }

    @Test func scriptStopsAtFailingStatementAndKeepsEarlierEffects() throws {
        try withScratchDatabase(on: LiveEnvironment.mariadbURL(), label: "maria_script") { db in
            try db.execute("CREATE TABLE t (id INT)")
            let error = try #require(throws: DatabaseError.self) {
                try db.execute("INSERT INTO t VALUES (1);\nINSERT INTO nope VALUES (2);\nINSERT INTO t VALUES (3);")
            }
            let database = try #require(try db.scalar("SELECT DATABASE()"))
            #expect(error.message == "Table '\(database).nope' doesn't exist")
            #expect(error.code == "42S02")
            #expect(error.statement == 2)
            // MariaDB autocommits each statement: the first stays, the third never ran.
            #expect(try db.query("SELECT id FROM t ORDER BY id") == [["1"]])
            // All results were consumed: the connection takes the next command.
            #expect(try db.query("SELECT COUNT(*) FROM t") == [["1"]])
        }
    }

    @Test func connectionErrorNeverShowsPassword() throws {
        var url = try LiveEnvironment.mariadbURL()
        url.user = "sqlport_no_such_user"
        url.password = "s3cret-pw"
        let error = try #require(throws: DatabaseError.self) { try connect(url) }
        #expect(error.message == "Access denied for user 'sqlport_no_such_user'@'127.0.0.1' (using password: YES)")
        #expect(error.code == "28000")
        #expect(!error.description.contains("s3cret-pw"))
    }

    @Test func unreachableServerFails() throws {
        let url = try DatabaseURL(parsing: "mariadb://root@127.0.0.1:1/")
        let error = try #require(throws: DatabaseError.self) { try connect(url) }
        #expect(error.message.hasPrefix("Can't connect to server on '127.0.0.1'"))
    }

    /// An empty output (a migration that compiles to nothing) applies without error everywhere.
    @Test func emptyScriptIsAccepted() throws {
        let db = try connect(LiveEnvironment.mariadbURL())
        try db.execute("")
        try db.execute("-- only a comment\n")
        #expect(try db.query("SELECT 'still here'") == [["still here"]])
    }
}
