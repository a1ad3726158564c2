import Foundation
import SQLPortDatabase

/// How the live tests find their servers. `tools/test` starts PostgreSQL and MariaDB and sets:
///
///     SQLPORT_LIVE=1                 run the tests that need servers (otherwise they are skipped)
///     SQLPORT_PG_URL                 default postgresql://postgres@127.0.0.1:54329/postgres
///     SQLPORT_MARIADB_URL            default mariadb://root@127.0.0.1:33069/
///
/// With SQLPORT_LIVE=1 an unreachable server fails the tests: skipping would let a broken setup
/// pass in CI. SQLite needs no server, so its tests always run.
enum LiveEnvironment {
    static let isEnabled = ProcessInfo.processInfo.environment["SQLPORT_LIVE"] == "1"

    static func postgresURL() throws -> DatabaseURL {
        try url("SQLPORT_PG_URL", default: "postgresql://postgres@127.0.0.1:54329/postgres")
    }

    static func mariadbURL() throws -> DatabaseURL {
        try url("SQLPORT_MARIADB_URL", default: "mariadb://root@127.0.0.1:33069/")
    }

    private static func url(_ variable: String, default fallback: String) throws -> DatabaseURL {
        try DatabaseURL(parsing: ProcessInfo.processInfo.environment[variable] ?? fallback)
    }
}

/// Runs `body` with a fresh scratch database, dropped afterwards even when `body` throws.
func withScratchDatabase<T>(on server: DatabaseURL, label: String,
                            _ body: (any DatabaseConnection) throws -> T) throws -> T {
    let scratch = try ScratchDatabase(on: server, label: label)
    defer { try? scratch.drop() }
    // The connection must be gone before the drop: a scope of its own ends it first.
    return try { try body(scratch.connect()) }()
}
