import SQLPort
import CSQLite

/// A SQLite database file opened through libsqlite3.
public final class SQLiteConnection: DatabaseConnection {
    public enum Mode: Sendable {
        /// Opens the file for reading and writing, creating it if missing.
        case readWriteCreate
        /// Opens an existing file read-only: for introspection that must not change anything.
        case readOnly
    }

    public let kind = Dialect.sqlite
    public let path: String
    private let database: OpaquePointer

    public init(path: String, mode: Mode = .readWriteCreate) throws {
        self.path = path
        var handle: OpaquePointer?
        let flags = switch mode {
        case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: SQLITE_OPEN_READONLY
        }
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            // Even a failed open returns a handle (for the message) that must be closed.
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            throw DatabaseError(kind: .sqlite, message: "\(message): \(path)", code: String(status))
        }
        database = handle
        sqlite3_extended_result_codes(database, 1)
        sqlite3_busy_timeout(database, 5000)
    }

    deinit { sqlite3_close_v2(database) }

    /// The SQLite library's version: the engine is in-process.
    public var serverVersion: String { String(cString: sqlite3_libversion()) }

    public func execute(_ script: String) throws {
        // sqlite3_exec runs statement after statement and stops at the first error.
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(database, script, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(database))
            throw DatabaseError(kind: .sqlite, message: text, code: String(status))
        }
    }

    public func query(_ sql: String) throws -> [[String?]] {
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let utf8 = Array(sql.utf8CString)
        return try utf8.withUnsafeBufferPointer { buffer in
            try check(sqlite3_prepare_v2(database, buffer.baseAddress, -1, &statement, &tail))
            defer { sqlite3_finalize(statement) }
            try requireNothingAfter(tail)
            guard let statement else { return [] }  // only whitespace or comments
            let columns = sqlite3_column_count(statement)
            var rows: [[String?]] = []
            while true {
                let status = sqlite3_step(statement)
                if status == SQLITE_DONE { break }
                guard status == SQLITE_ROW else { try check(status); break }
                rows.append((0..<columns).map { column in
                    guard sqlite3_column_type(statement, column) != SQLITE_NULL,
                          let text = sqlite3_column_text(statement, column) else { return nil }
                    let count = Int(sqlite3_column_bytes(statement, column))
                    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
                })
            }
            return rows
        }
    }

    /// A query is one statement; silently ignoring a second one would hide a mistake.
    private func requireNothingAfter(_ tail: UnsafePointer<CChar>?) throws {
        guard let tail, tail.pointee != 0 else { return }
        var extra: OpaquePointer?
        try check(sqlite3_prepare_v2(database, tail, -1, &extra, nil))
        if let extra {
            sqlite3_finalize(extra)
            throw DatabaseError(kind: .sqlite, message: "query() takes one statement; use execute() for scripts")
        }
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK || status == SQLITE_ROW || status == SQLITE_DONE else {
            throw DatabaseError(kind: .sqlite, message: String(cString: sqlite3_errmsg(database)), code: String(status))
        }
    }
}
