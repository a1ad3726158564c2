import SQLPort
import Foundation
import CPostgres

/// A PostgreSQL connection through libpq.
public final class PostgresConnection: DatabaseConnection {
    public let kind = Dialect.postgresql
    private let connection: OpaquePointer
    private let password: String?
    /// NOTICE / WARNING messages the server sent (libpq would otherwise print them on stderr).
    public private(set) var notices: [String] = []

    public init(_ url: DatabaseURL) throws {
        precondition(url.kind == .postgresql, "PostgresConnection needs a postgresql:// URL")
        // Without a password in the URL libpq looks at PGPASSWORD and ~/.pgpass itself;
        // PGPASSWORD is scrubbed from messages like the URL's password.
        password = url.password ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        var parameters = [("host", url.host), ("port", String(url.port)), ("user", url.user),
                          ("connect_timeout", "10"), ("client_encoding", "UTF8"),
                          ("application_name", "sqlport")]
        if !url.database.isEmpty { parameters.append(("dbname", url.database)) }
        if let password = url.password { parameters.append(("password", password)) }
        let conninfo = parameters.map { "\($0.0)=\(Self.quoted($0.1))" }.joined(separator: " ")
        guard let connection = PQconnectdb(conninfo) else {
            throw DatabaseError(kind: .postgresql, message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.text(PQerrorMessage(connection))
            PQfinish(connection)
            throw DatabaseError(kind: .postgresql, message: message).scrubbing(password)
        }
        self.connection = connection
        // Collect notices instead of letting libpq print them. `self` outlives the PGconn.
        PQsetNoticeProcessor(connection, { context, message in
            guard let context, let message else { return }
            let this = Unmanaged<PostgresConnection>.fromOpaque(context).takeUnretainedValue()
            this.notices.append(PostgresConnection.text(message))
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { PQfinish(connection) }

    public var serverVersion: String {
        PQparameterStatus(connection, "server_version").map { String(cString: $0) } ?? ""
    }

    public func execute(_ script: String) throws {
        // One result comes back per statement, so counting them tells which statement failed
        // (PostgreSQL only gives a position for errors found while parsing). The server stops
        // at the first error; later statements produce no results.
        guard PQsendQuery(connection, script) == 1 else {
            throw DatabaseError(kind: .postgresql, message: Self.text(PQerrorMessage(connection))).scrubbing(password)
        }
        var statement = 0
        var failure: DatabaseError?
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            statement += 1
            if failure == nil {
                do { try check(result, script: script) } catch var error as DatabaseError {
                    // Syntax errors come from parsing the whole script before anything runs, so
                    // the count says nothing there; their line number does.
                    if !(error.code == "42601" && error.line != nil) { error.statement = statement }
                    failure = error
                }
            }
        }
        // A script that opened a transaction and failed inside it would leave the session
        // unusable; roll back so the connection stays usable for the caller's next step.
        if PQtransactionStatus(connection) == PQTRANS_INERROR { PQclear(PQexec(connection, "ROLLBACK")) }
        if let failure { throw failure }
    }

    public func query(_ sql: String) throws -> [[String?]] {
        // PQexecParams accepts exactly one statement, which is what a query should be.
        let result = PQexecParams(connection, sql, 0, nil, nil, nil, nil, 0)
        defer { PQclear(result) }
        try check(result, script: sql)
        guard PQresultStatus(result) == PGRES_TUPLES_OK else { return [] }
        let rows = PQntuples(result), columns = PQnfields(result)
        return (0..<rows).map { row in
            (0..<columns).map { column in
                PQgetisnull(result, row, column) != 0 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    private func check(_ result: OpaquePointer?, script: String) throws {
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return
        default:
            guard let result else {
                throw DatabaseError(kind: .postgresql, message: Self.text(PQerrorMessage(connection))).scrubbing(password)
            }
            let field = { (code: Int32) in PQresultErrorField(result, code).map { String(cString: $0) } }
            var message = field(Int32(UInt8(ascii: "M"))) ?? Self.text(PQresultErrorMessage(result))
            if let detail = field(Int32(UInt8(ascii: "D"))) { message += " (\(detail))" }
            let line = field(Int32(UInt8(ascii: "P"))).flatMap(Int.init).map { Self.line(ofCharacter: $0, in: script) }
            throw DatabaseError(kind: .postgresql, message: message, code: field(Int32(UInt8(ascii: "C"))),
                                line: line).scrubbing(password)
        }
    }

    /// The 1-based line holding PostgreSQL's 1-based character position.
    private static func line(ofCharacter position: Int, in script: String) -> Int {
        1 + script.unicodeScalars.prefix(max(position - 1, 0)).lazy.filter { $0 == "\n" }.count
    }

    /// A conninfo value in single quotes, with `\` and `'` escaped as libpq requires.
    private static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// libpq's messages end in a newline and may span lines; keep them as one trimmed string.
    static func text(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
