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
        #expect(url.description == "postgresql://alice:***@db.example:6543/my%20db")
    }

    /// RFC 3986: every character a password may hold, percent-encoded, decodes exactly; the
    /// userinfo ends at the authority's one `@`.
    @Test func percentEncodedPasswords() throws {
        let url = try DatabaseURL(parsing: "postgresql://us%3Aer%40x:a%2Fb%40c%3Ad%23e%3Ff%25g%20h%C3%A4!$&'()*+,;=-._~@127.0.0.1:54329/d%2Fb")
        #expect(url.user == "us:er@x")
        #expect(url.password == "a/b@c:d#e?f%g hä!$&'()*+,;=-._~")
        #expect([url.host, String(url.port), url.database] == ["127.0.0.1", "54329", "d/b"])
        #expect(url.description == "postgresql://us%3Aer%40x:***@127.0.0.1:54329/d/b")
        let ipv6 = try DatabaseURL(parsing: "mariadb://root:p%40ss@[::ffff:127.0.0.1]:3307")
        #expect([ipv6.host, String(ipv6.port), ipv6.password] == ["::ffff:127.0.0.1", "3307", "p@ss"])
        #expect(ipv6.description == "mariadb://root:***@[::ffff:127.0.0.1]:3307/")
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
        ("http://x", "unknown scheme `http`", nil),
        ("localhost:5432", "unknown scheme `localhost`", nil),
        ("127.0.0.1:5432", "it does not start with a scheme", nil),
        ("postgresql://h:99999/db", "the port is not a number from 1 to 65535", nil),
        ("postgresql://u:pw@h:99999/db", "the port is not a number from 1 to 65535", "postgresql://u:***@h:99999/db"),
        ("postgresql://h/db?sslmode=disable", "query parameters (`?`) and fragments (`#`) are not supported", nil),
        ("sqlite:", "`sqlite:` needs a file path", nil),
        ("sqlite://", "`sqlite:` needs a file path", nil),
        ("postgresql://u:%zz@h/db", "bad percent-escape in the password", "postgresql://u:***@h/db"),
        ("postgresql://u%zz:pw@h/db", "bad percent-escape in the user name", "postgresql://u%zz:***@h/db"),
        ("postgresql://u:p:w@h/db", "the password holds a `:` that is not percent-encoded", "postgresql://u:***@h/db"),
        ("postgresql://u:p@w@h/db", "more than one `@` before the host", nil),
        ("postgresql://u:p/w@h/db", "an `@` after the host", nil),
        ("postgresql://u@h/d%C3", "the database name is not UTF-8 once percent-decoded", "postgresql://u@h/d%C3"),
    ] as [(String, String, String?)])
    func rejects(text: String, problem: String, masked: String?) throws {
        let error = try #require(throws: InvalidDatabaseURL.self) { try DatabaseURL(parsing: text) }
        #expect(error.problem == problem)
        #expect(error.masked == masked)
    }

    @Test func sqliteFileNamesWithAt() throws {
        #expect(try DatabaseURL(parsing: "sqlite:./app@2024.db").path == "./app@2024.db")
        #expect(try DatabaseURL(parsing: "sqlite:backups/app@2024.db").path == "backups/app@2024.db")
        #expect(throws: InvalidDatabaseURL.self) { try DatabaseURL(parsing: "sqlite:app@2024.db") }
    }
}
