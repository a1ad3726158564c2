import SQLPortDatabase
import Testing

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test func postgresWithEverything() throws {
        let url = try DatabaseURL(parsing: "postgresql://alice:p%40ss@db.example:6543/my%20db")
        #expect(url.kind == .postgresql)
        #expect(url.host == "db.example")
        #expect(url.port == 6543)
        #expect(url.user == "alice")
        #expect(url.password == "p@ss")
        #expect(url.database == "my db")
        #expect(url.description == "postgresql://alice:***@db.example:6543/my db")
    }

    @Test func defaultsPerEngine() throws {
        let pg = try DatabaseURL(parsing: "postgres://")
        #expect([pg.host, String(pg.port), pg.user, pg.database] == ["127.0.0.1", "5432", "postgres", ""])
        #expect(pg.password == nil)
        let maria = try DatabaseURL(parsing: "mysql://@:3307")
        #expect(maria.kind == .mariadb)
        #expect([maria.host, String(maria.port), maria.user, maria.database] == ["127.0.0.1", "3307", "root", ""])
        let empty = try DatabaseURL(parsing: "mariadb://bob:@[::1]/app")
        #expect([empty.host, String(empty.port), empty.user, empty.database] == ["::1", "3306", "bob", "app"])
        #expect(empty.password == "")
    }

    @Test func sqlitePaths() throws {
        #expect(try DatabaseURL(parsing: "sqlite:data/x.db").path == "data/x.db")
        #expect(try DatabaseURL(parsing: "sqlite:/tmp/x.db").path == "/tmp/x.db")
        #expect(try DatabaseURL(parsing: "sqlite:///tmp/x.db").path == "/tmp/x.db")
        #expect(try DatabaseURL(parsing: "sqlite::memory:").path == ":memory:")
        #expect(try DatabaseURL(parsing: "sqlite:x.db").kind == .sqlite)
    }

    @Test(arguments: [
        ("http://x", "invalid database URL: unknown scheme `http`"),
        ("localhost:5432", "invalid database URL: expected `postgresql://`, `mariadb://`, `mysql://` or `sqlite:`"),
        ("postgresql://h:99999/db", "invalid database URL: port must be a number from 1 to 65535, not `99999`"),
        ("postgresql://h/db?sslmode=disable", "invalid database URL: query parameters and fragments are not supported"),
        ("sqlite:", "invalid database URL: `sqlite:` needs a file path"),
        ("postgresql://u:%zz@h/db", "invalid database URL: bad percent-escape"),
    ])
    func rejects(text: String, message: String) throws {
        let error = try #require(throws: DatabaseError.self) { try DatabaseURL(parsing: text) }
        #expect(error.message == message)
    }
}
