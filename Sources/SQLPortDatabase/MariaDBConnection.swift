import SQLPort
import CMariaDB
import Foundation

/// libmariadb must be initialised once before threads use it; `mysql_init` would do it lazily,
/// but not safely when two tests connect at the same moment. Swift runs this exactly once.
private let mariadbLibraryReady: Bool = mysql_server_init(0, nil, nil) == 0

/// A MariaDB (or MySQL) connection through libmariadb.
public final class MariaDBConnection: DatabaseConnection {
    public let kind = Dialect.mariadb
    private let connection: UnsafeMutablePointer<MYSQL>
    private let password: String?

    public init(_ url: DatabaseURL) throws {
        precondition(url.kind == .mariadb, "MariaDBConnection needs a mariadb:// or mysql:// URL")
        guard mariadbLibraryReady, let connection = mysql_init(nil) else {
            throw DatabaseError(kind: .mariadb, message: "libmariadb could not be initialised")
        }
        var timeout: UInt32 = 10
        mysql_options(connection, MYSQL_OPT_CONNECT_TIMEOUT, &timeout)
        mysql_options(connection, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        // No password in the URL: fall back to MYSQL_PWD, as the mariadb command-line client does.
        let password = url.password ?? ProcessInfo.processInfo.environment["MYSQL_PWD"]
        self.password = password
        // Multi-statement scripts need both flags: statements in one query, several results back.
        let flags = UInt(CLIENT_MULTI_STATEMENTS) | UInt(CLIENT_MULTI_RESULTS)
        let database = url.database.isEmpty ? nil : url.database
        guard mysql_real_connect(connection, url.host, url.user, password, database,
                                 UInt32(url.port), nil, flags) != nil else {
            let error = Self.error(of: connection, statement: nil).scrubbing(password)
            mysql_close(connection)
            throw error
        }
        self.connection = connection
    }

    deinit { mysql_close(connection) }

    public var serverVersion: String { String(cString: mysql_get_server_info(connection)) }

    public func execute(_ script: String) throws {
        _ = try run(script, keepFirstResult: false)
    }

    public func query(_ sql: String) throws -> [[String?]] {
        try run(sql, keepFirstResult: true)
    }

    /// Sends `sql` (one or more statements) and walks every result the server returns, so the
    /// connection is ready for the next command; throws the error of the statement that failed
    /// (the server runs nothing after it). Returns the first result set's rows if asked to.
    private func run(_ sql: String, keepFirstResult: Bool) throws -> [[String?]] {
        var statement = 1
        // The length is passed explicitly, so a NUL inside the text does not cut it short.
        let length = UInt(sql.utf8.count)
        if sql.withCString({ mysql_real_query(connection, $0, length) }) != 0 {
            // A script of only whitespace and comments is "empty" to MariaDB; PostgreSQL and
            // SQLite accept it silently, and so do we.
            if mysql_errno(connection) == Self.emptyQuery { return [] }
            throw Self.error(of: connection, statement: statement).scrubbing(password)
        }
        var rows: [[String?]]? = nil
        while true {
            if let result = mysql_store_result(connection) {
                if keepFirstResult && rows == nil { rows = Self.rows(of: result) }
                mysql_free_result(result)
            } else if mysql_field_count(connection) != 0 {
                // The statement should have returned rows but reading them failed.
                throw Self.error(of: connection, statement: statement).scrubbing(password)
            }
            let next = mysql_next_result(connection)  // 0: another result, -1: done, >0: error
            if next < 0 { break }
            statement += 1
            if next > 0 { throw Self.error(of: connection, statement: statement).scrubbing(password) }
        }
        return rows ?? []
    }

    /// ER_EMPTY_QUERY, "Query was empty".
    private static let emptyQuery: UInt32 = 1065

    private static func rows(of result: UnsafeMutablePointer<MYSQL_RES>) -> [[String?]] {
        let columns = Int(mysql_num_fields(result))
        var rows: [[String?]] = []
        while let row = mysql_fetch_row(result) {
            // Lengths, not NUL-termination: values may contain NUL bytes.
            let lengths = mysql_fetch_lengths(result)!
            rows.append((0..<columns).map { column in
                guard let value = row[column] else { return nil }
                let buffer = UnsafeRawBufferPointer(start: value, count: Int(lengths[column]))
                return String(decoding: buffer, as: UTF8.self)
            })
        }
        return rows
    }

    /// `statement` is only reported for scripts of more than one statement's worth of results.
    private static func error(of connection: UnsafeMutablePointer<MYSQL>, statement: Int?) -> DatabaseError {
        DatabaseError(kind: .mariadb, message: String(cString: mysql_error(connection)),
                      code: String(cString: mysql_sqlstate(connection)), statement: statement)
    }
}
