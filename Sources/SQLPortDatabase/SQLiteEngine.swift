import Foundation
import SQLPort

/// SQLite files through libsqlite3.
struct SQLiteEngine: DatabaseEngine {
    var dialects: [Dialect] { [.sqlite] }
    var schemes: [String] { ["sqlite"] }
    var defaultPort: Int { 0 }
    var defaultUser: String { "" }
    var isFile: Bool { true }
    var connectionHelp: String { "check that the file exists and is readable" }

    func connect(_ url: DatabaseURL) throws -> any DatabaseConnection {
        try SQLiteConnection(path: url.path, mode: .readWriteCreate)
    }

    func openReadOnly(_ url: DatabaseURL) throws -> any DatabaseConnection {
        try SQLiteConnection(path: url.path, mode: .readOnly)
    }

    func schemaDDL(_ connection: any DatabaseConnection) throws -> String {
        try SQLiteIntrospection(connection: connection).ddl()
    }

    func snapshot(_ connection: any DatabaseConnection, rows: Bool) throws -> SchemaSnapshot {
        try SQLiteSnapshot.take(connection, rows: rows)
    }

    /// A temporary file: there is no server to create a database on.
    func createScratch(named name: String, on server: DatabaseURL) throws -> DatabaseURL {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
        let url = DatabaseURL(kind: .sqlite, host: "", port: 0, user: "", path: path)
        _ = try SQLiteConnection(path: path, mode: .readWriteCreate)  // creates the empty file
        return url
    }

    func dropScratch(_ url: DatabaseURL, server: DatabaseURL) throws {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
