import Foundation
import SQLPortDatabase
import Testing

/// A password holding `/`, `@`, `:`, `#`, `?`, `%` and a space really connects when
/// percent-encoded in the URL (and through MYSQL_PWD / PGPASSWORD), and is never printed. Each
/// test makes its own login and scratch database on the loopback servers and drops them.
/// Needs SQLPORT_LIVE=1 (tools/test, or `. /tmp/dbenv.sh`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SQLPORT_LIVE"] == "1"))
struct LivePasswordTests {
    static let password = "a/b@c:d#e?f%g Secr3tTail"
    static let encoded = "a%2Fb%40c%3Ad%23e%3Ff%25g%20Secr3tTail"
    static let environment: [String: String?] = ["PGPASSWORD": nil, "MYSQL_PWD": nil, "PGPASSFILE": "/dev/null"]

    static func server(_ variable: String, _ fallback: String) throws -> DatabaseURL {
        try DatabaseURL(parsing: ProcessInfo.processInfo.environment[variable] ?? fallback)
    }

    static func login() -> String { "sqlport_pw_\(String(UInt32.random(in: .min ... .max), radix: 16))" }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// This server's loopback lines trust every connection, so PostgreSQL never asks for the
    /// password; what this proves there is that the URL's user, host, port and database are the
    /// ones meant (the issue's URL went to host `postgres`). Where the server does check, a
    /// wrong password is refused.
    @Test func postgresql() throws {
        let server = try Self.server("SQLPORT_PG_URL", "postgresql://postgres@127.0.0.1:54329/postgres")
        let scratch = try ScratchDatabase(on: server, label: "password")
        defer { try? scratch.drop() }
        try scratch.connect().execute("CREATE TABLE probe (id integer)")
        let admin = try connect(server)
        let role = Self.login()
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD \(Self.quoted(Self.password))")
        defer { try? admin.execute("DROP ROLE IF EXISTS \(role)") }
        let place = "@\(server.host):\(server.port)/\(scratch.url.database)"
        let expected = "-- Schema as sqlport sees it, for PostgreSQL.\n\nCREATE TABLE probe (\n    id integer\n);\n"

        let run = try SQLPortBinary.run(["schema", "--database", "postgresql://\(role):\(Self.encoded)\(place)"], environment: Self.environment)
        #expect(run == .init(status: 0, stdout: expected, stderr: ""))
        var fromEnvironment = Self.environment
        fromEnvironment["PGPASSWORD"] = Self.password
        let viaVariable = try SQLPortBinary.run(["schema", "--database", "postgresql://\(role)\(place)"], environment: fromEnvironment)
        #expect(viaVariable == .init(status: 0, stdout: expected, stderr: ""))

        let wrong = try SQLPortBinary.run(["schema", "--database", "postgresql://\(role):wrong\(place)"], environment: Self.environment)
        if wrong.status != 0 {
            #expect(wrong.stderr.hasPrefix("error[B506]: cannot read the schema of postgresql://\(role):***\(place): postgresql error: "), "\(wrong)")
        }
        for r in [run, viaVariable, wrong] { #expect(!(r.stdout + r.stderr).contains("Secr3t"), "\(r)") }
    }

    /// MariaDB checks passwords on loopback: the right one connects, a wrong one is refused.
    @Test func mariadb() throws {
        let server = try Self.server("SQLPORT_MARIADB_URL", "mariadb://root@127.0.0.1:33069/")
        let scratch = try ScratchDatabase(on: server, label: "password")
        defer { try? scratch.drop() }
        try scratch.connect().execute("CREATE TABLE probe (id INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci")
        let admin = try connect(server)
        let user = Self.login()
        let account = "'\(user)'@'\(server.host)'"
        try admin.execute("CREATE USER \(account) IDENTIFIED BY \(Self.quoted(Self.password)); GRANT SELECT ON \(scratch.url.database).* TO \(account)")
        defer { try? admin.execute("DROP USER IF EXISTS \(account)") }
        let place = "@\(server.host):\(server.port)/\(scratch.url.database)"
        let expected = "-- Schema as sqlport sees it, for MariaDB.\n\nCREATE TABLE probe (\n  id int(11)\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n"
        // The live baseline is named after the URL, password masked.
        let note = { (shown: String) in "note[B500]: table option ignored\n --> mariadb://\(shown)\(place):3:3\n" }

        for scheme in ["mariadb", "mysql"] {
            let run = try SQLPortBinary.run(["schema", "--database", "\(scheme)://\(user):\(Self.encoded)\(place)"], environment: Self.environment)
            #expect(run.status == 0 && run.stdout == expected, "\(run)")
            #expect(run.stderr.hasPrefix(note("\(user):***")), "\(run)")
        }
        var fromEnvironment = Self.environment
        fromEnvironment["MYSQL_PWD"] = Self.password
        let viaVariable = try SQLPortBinary.run(["schema", "--database", "mariadb://\(user)\(place)"], environment: fromEnvironment)
        #expect(viaVariable.status == 0 && viaVariable.stdout == expected, "\(viaVariable)")
        #expect(viaVariable.stderr.hasPrefix(note(user)), "\(viaVariable)")

        let denied = "error[B506]: cannot read the schema of mariadb://\(user):***\(place): mariadb error 28000: Access denied for user '\(user)'@'\(server.host)' (using password: YES)\n"
            + "  = help: check the host, port, user and database; a password goes in the URL (percent-encoded) or in MYSQL_PWD\n"
        let wrong = try SQLPortBinary.run(["schema", "--database", "mariadb://\(user):Secr3tTail\(place)"], environment: Self.environment)
        #expect(wrong == .init(status: 1, stdout: "", stderr: denied))
        // Percent-decoding is what makes it work: the encoded text itself is a wrong password.
        let undecoded = Self.encoded.replacingOccurrences(of: "%", with: "%25")
        let literal = try SQLPortBinary.run(["schema", "--database", "mariadb://\(user):\(undecoded)\(place)"], environment: Self.environment)
        #expect(literal == .init(status: 1, stdout: "", stderr: denied))
        var wrongVariable = Self.environment
        wrongVariable["MYSQL_PWD"] = "Secr3tTail"
        let deniedVariable = try SQLPortBinary.run(["schema", "--database", "mariadb://\(user)\(place)"], environment: wrongVariable)
        #expect(deniedVariable == .init(status: 1, stdout: "", stderr: denied.replacingOccurrences(of: ":***@", with: "@")))
        for r in [wrong, literal, viaVariable, deniedVariable] { #expect(!(r.stdout + r.stderr).contains("Secr3t"), "\(r)") }
    }
}
