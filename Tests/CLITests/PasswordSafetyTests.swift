import Foundation
import Testing

/// Defect 10 of issue 9: no byte of a password reaches stdout or stderr, whatever the URL looks
/// like. Every URL below holds the marker where its password is (or would be, had it been
/// written right); the real binary runs it through `check`, `schema` and `compile`, and the
/// marker must be nowhere in the output while the exit status and message are exact.
/// Connections go to port 1 on loopback (refused at once, no server needed, no DNS).
@Suite struct PasswordSafetyTests {
    static let marker = "Secr3tTail"
    /// Its halves: a message must not show part of a password either.
    static func leaks(_ run: SQLPortBinary.Run) -> Bool {
        let text = run.stdout + run.stderr
        return text.contains("Secr3t") || text.contains("Tail")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var url: String
        var status: Int32
        var stderr: String
        var testDescription: String { url }
    }

    /// A usage error about the URL: masked URL when the password could be located, else none.
    static func invalid(_ problem: String, _ help: String, shown masked: String? = nil) -> (Int32, String) {
        (64, "error: invalid --database URL\(masked.map { " `\($0)`" } ?? ""): \(problem)\n  = help: \(help)\n")
    }

    /// The connection refused: the URL shown is `DatabaseURL.description`, password masked.
    static func refused(_ url: String, port: Int = 1) -> (Int32, String) {
        let message: String
        let help: String
        if url.hasPrefix("mariadb:") {
            message = "mariadb error HY000: Can't connect to server on '127.0.0.1' (115)"
            help = "check the host, port, user and database; a password goes in the URL (percent-encoded) or in MYSQL_PWD"
        } else {
            message = "postgresql error: connection to server at \"127.0.0.1\", port \(port) failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?"
            help = "check the host, port, user and database; a password goes in the URL (percent-encoded) or in PGPASSWORD"
        }
        return (1, "error[B506]: cannot read the schema of \(url): \(message)\n  = help: \(help)\n")
    }

    static let shapes = "write postgresql://user:password@host:port/database, mariadb://... (or mysql://...), or sqlite:PATH"
    static let encode = "percent-encode it: a space as %20, `/` as %2F, `@` as %40, `:` as %3A, `#` as %23, `%` as %25"
    static let afterHost = invalid("an `@` after the host", "a `/`, `?` or `#` in a user name or password must be percent-encoded: %2F, %3F, %23")
    static let badPort = "write host:port, e.g. 127.0.0.1:5432; a password goes before an `@`: user:password@host"
    static let ipv6 = "write an IPv6 address in brackets, e.g. [::1]:5432"
    static let query = invalid("query parameters (`?`) and fragments (`#`) are not supported",
                               "name the database in the path; a `?` or `#` in a password must be percent-encoded: %3F, %23")
    static let escape = "`%` must be followed by two hex digits; write a `%` itself as %25"

    static let cases: [Case] = [
        // The issue's reproducer: a raw `/` in the password made host `postgres`, port 12.
        ("postgresql://postgres:12/Secr3tTail@127.0.0.1:56432/db", afterHost),
        // No `@`: the password would be read as the port.
        ("postgresql://postgres:Secr3tTail127.0.0.1:56432/db", invalid("the port is not a number from 1 to 65535", badPort)),
        ("mariadb://root:Secr3tTail", invalid("the port is not a number from 1 to 65535", badPort)),
        ("postgresql://postgres:Secr3tTail@127.0.0.1:1/db", refused("postgresql://postgres:***@127.0.0.1:1/db")),
        ("postgresql://postgres:Secr3tTail:x@127.0.0.1/db",
         invalid("the password holds a `:` that is not percent-encoded", "write a `:` in a password as %3A", shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail@x@127.0.0.1/db", invalid("more than one `@` before the host", "an `@` in a user name or password must be percent-encoded as %40")),
        ("postgresql://post@gres:Secr3tTail@127.0.0.1/db", invalid("more than one `@` before the host", "an `@` in a user name or password must be percent-encoded as %40")),
        ("postgresql://postgres:Secr3tTail#x@127.0.0.1/db", afterHost),
        ("postgresql://postgres:Secr3tTail?x@127.0.0.1/db", afterHost),
        ("postgresql://postgres:x/Secr3tTail@127.0.0.1:1/db", afterHost),
        ("postgresql://postgres:Secr3tTail x@127.0.0.1/db",
         invalid("the password holds a character that must be percent-encoded", encode, shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTailä@127.0.0.1/db",
         invalid("the password holds a character that must be percent-encoded", encode, shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1/my db",
         invalid("the database name holds a character that must be percent-encoded", encode, shown: "postgresql://postgres:***@127.0.0.1/my db")),
        ("postgresql://postgres:Secr3tTail@/db", refused("postgresql://postgres:***@127.0.0.1:5432/db", port: 5432)),
        ("postgresql://postgres:Secr3tTail@:1/db", refused("postgresql://postgres:***@127.0.0.1:1/db")),
        ("postgresql://:Secr3tTail@127.0.0.1:1/db", refused("postgresql://postgres:***@127.0.0.1:1/db")),
        ("postgres://us%3Aer:Secr3tTail@127.0.0.1:1/d%2Fb", refused("postgresql://us%3Aer:***@127.0.0.1:1/d/b")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1:99999/db",
         invalid("the port is not a number from 1 to 65535", badPort, shown: "postgresql://postgres:***@127.0.0.1:99999/db")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1:1:2/db",
         invalid("the port is not a number from 1 to 65535", badPort, shown: "postgresql://postgres:***@127.0.0.1:1:2/db")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1:-1/db",
         invalid("the port is not a number from 1 to 65535", badPort, shown: "postgresql://postgres:***@127.0.0.1:-1/db")),
        ("postgresql://postgres:Secr3tTail@[::1/db", invalid("unterminated `[` in the host", ipv6, shown: "postgresql://postgres:***@[::1/db")),
        ("postgresql://postgres:Secr3tTail@[::1]x/db", invalid("unexpected text after `]`", ipv6, shown: "postgresql://postgres:***@[::1]x/db")),
        ("postgresql://postgres:Secr3tTail@[g::1]/db",
         invalid("the IPv6 address in brackets holds something other than hex digits, `:` and `.`", ipv6, shown: "postgresql://postgres:***@[g::1]/db")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1 /db",
         invalid("the host holds a character a host name cannot", "write a host name, an IPv4 address, or an IPv6 address in brackets", shown: "postgresql://postgres:***@127.0.0.1 /db")),
        ("postgresql://postgres:Secr3tTail%FF@127.0.0.1/db",
         invalid("the password is not UTF-8 once percent-decoded", "percent-encode each character's UTF-8 bytes, e.g. `ä` as %C3%A4", shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail%2@127.0.0.1/db", invalid("bad percent-escape in the password", escape, shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail%zz@127.0.0.1/db", invalid("bad percent-escape in the password", escape, shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail%00@127.0.0.1/db",
         invalid("the password holds a NUL byte (%00)", "no database accepts one in the password", shown: "postgresql://postgres:***@127.0.0.1/db")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1/%ZZ", invalid("bad percent-escape in the database name", escape, shown: "postgresql://postgres:***@127.0.0.1/%ZZ")),
        ("postgresql://postgres:Secr3tTail@127.0.0.1/db?password=Secr3tTail", query),
        ("postgresql://postgres@127.0.0.1/db#Secr3tTail", query),
        ("http://u:Secr3tTail@127.0.0.1/db", invalid("unknown scheme `http`", shapes)),
        ("Secr3tTail", invalid("it does not start with a scheme", shapes)),
        (" postgresql://postgres:Secr3tTail@127.0.0.1/db", invalid("it does not start with a scheme", shapes)),
        ("://postgres:Secr3tTail@127.0.0.1/db", invalid("it does not start with a scheme", shapes)),
        ("postgresql:/postgres:Secr3tTail@127.0.0.1/db", invalid("`postgresql:` must be followed by `//`", shapes)),
        ("mysql:root:Secr3tTail@127.0.0.1/db", invalid("`mysql:` must be followed by `//`", shapes)),
        ("mariadb:root:Secr3tTail@127.0.0.1/db", invalid("`mariadb:` must be followed by `//`", shapes)),
        ("mysql://root:Secr3tTail@127.0.0.1:1/app", refused("mariadb://root:***@127.0.0.1:1/app")),
        ("mariadb://root:Secr3tTail@127.0.0.1:1/", refused("mariadb://root:***@127.0.0.1:1/")),
        ("MySQL://root:Secr3tTail@127.0.0.1:1", refused("mariadb://root:***@127.0.0.1:1/")),
        ("sqlite://u:Secr3tTail@localhost/x.db", invalid("a `sqlite:` URL names a file, not a user and a host", "write sqlite:PATH; for a file whose name holds `@`, write sqlite:./NAME")),
        ("sqlite:u:Secr3tTail@localhost/x.db", invalid("a `sqlite:` URL names a file, not a user and a host", "write sqlite:PATH; for a file whose name holds `@`, write sqlite:./NAME")),
    ].map { Case(url: $0.0, status: $0.1.0, stderr: $0.1.1) }

    /// The same URL through every command that reads `--database`.
    static func commands(_ url: String) -> [[String]] {
        [["check", "--database", url, "m.sql"],
         ["schema", "--database", url],
         ["compile", "--dialect", "postgresql", "--database", url, "m.sql"]]
    }

    static let noEnvironmentPasswords: [String: String?] = ["PGPASSWORD": nil, "MYSQL_PWD": nil, "PGPASSFILE": "/dev/null"]

    @Test(arguments: cases)
    func markerNeverPrinted(_ c: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write("m.sql", "CREATE TABLE t (id INTEGER);\n")
        for arguments in Self.commands(c.url) {
            let run = try SQLPortBinary.run(arguments, in: folder.url, environment: Self.noEnvironmentPasswords)
            #expect(!Self.leaks(run), "\(arguments): \(run)")
            #expect(run == .init(status: c.status, stdout: "", stderr: c.stderr), "\(arguments)")
        }
    }

    @Test func enoughShapes() {
        #expect(Self.cases.count >= 20)
        #expect(Self.cases.filter { !$0.url.contains(Self.marker) }.map(\.url) == [])
    }

    /// A URL typed where a file or nothing is expected is echoed masked, by our messages and
    /// ArgumentParser's alike; a file name that merely holds an `@` is shown as it is.
    @Test(arguments: [
        (["check", "postgresql://u:Secr3tTail@127.0.0.1:1/db"], 64, "error: cannot read `postgresql://u:***@127.0.0.1:1/db`: No such file or directory\n"),
        (["check", "mysql:u:Secr3tTail@127.0.0.1/db"], 64, "error: cannot read `mysql:…`: No such file or directory\n"),
        (["check", "postgresql://u:x/Secr3tTail@127.0.0.1/db"], 64, "error: cannot read `postgresql:…`: No such file or directory\n"),
        (["check", "my@file.sql"], 64, "error: cannot read `my@file.sql`: No such file or directory\n"),
        (["compile", "--dialect", "postgresql", "m.sql", "-o", "postgresql://u:Secr3tTail@h/x"], 1, "error: cannot write `postgresql://u:***@h/x`: No such file or directory\n"),
        (["schema", "m.sql", "postgresql://u:Secr3tTail@127.0.0.1:1/db"], 64, "Error: Unexpected argument 'postgresql://u:***@127.0.0.1:1/db'\nUsage: sqlport schema "),
        (["dialects", "--database=mariadb://root:Secr3tTail@h"], 64, "Error: Unknown option '--database'\nUsage: sqlport dialects\n"),
        (["check", "--database=postgresql://u:Secr3tTail@127.0.0.1:1/db", "m.sql"], 1, "error[B506]: cannot read the schema of postgresql://u:***@127.0.0.1:1/db: "),
    ] as [([String], Int32, String)])
    func urlWhereAFileIsExpected(_ arguments: [String], status: Int32, stderr: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("m.sql", "CREATE TABLE t (id INTEGER);\n")
        let run = try SQLPortBinary.run(arguments, in: folder.url, environment: Self.noEnvironmentPasswords)
        #expect(!Self.leaks(run), "\(run)")
        #expect(run.status == status && run.stdout == "", "\(run)")
        #expect(run.stderr.hasPrefix(stderr), "\(run)")
    }

    /// Passwords from the environment reach the client library and no message.
    @Test func environmentPasswordsNeverPrinted() throws {
        let folder = try TemporaryFolder()
        try folder.write("m.sql", "CREATE TABLE t (id INTEGER);\n")
        let environment: [String: String?] = ["PGPASSWORD": Self.marker, "MYSQL_PWD": Self.marker, "PGPASSFILE": "/dev/null"]
        for url in ["postgresql://postgres@127.0.0.1:1/db", "mariadb://root@127.0.0.1:1/"] {
            let (status, stderr) = Self.refused(url)
            for arguments in Self.commands(url) {
                let run = try SQLPortBinary.run(arguments, in: folder.url, environment: environment)
                #expect(!Self.leaks(run), "\(arguments): \(run)")
                #expect(run == .init(status: status, stdout: "", stderr: stderr), "\(arguments)")
            }
        }
    }
}
