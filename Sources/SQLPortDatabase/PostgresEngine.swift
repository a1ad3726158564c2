import SQLPort

/// PostgreSQL through libpq.
struct PostgresEngine: DatabaseEngine {
    var dialects: [Dialect] { [.postgresql] }
    var schemes: [String] { ["postgresql", "postgres"] }
    var defaultPort: Int { 5432 }
    var defaultUser: String { "postgres" }
    var isFile: Bool { false }
    var connectionHelp: String {
        "check the host, port, user and database; a password goes in the URL (percent-encoded) or in PGPASSWORD"
    }

    func connect(_ url: DatabaseURL) throws -> any DatabaseConnection { try PostgresConnection(url) }

    func openReadOnly(_ url: DatabaseURL) throws -> any DatabaseConnection {
        let c = try connect(url)
        try c.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return c
    }

    func schemaDDL(_ connection: any DatabaseConnection) throws -> String {
        try PostgresIntrospection(connection: connection).ddl()
    }

    func snapshot(_ connection: any DatabaseConnection, rows: Bool) throws -> SchemaSnapshot {
        try PostgresSnapshot.take(connection, rows: rows)
    }

    func createScratch(named name: String, on server: DatabaseURL) throws -> DatabaseURL {
        try connect(server).execute("CREATE DATABASE \(name)")
        return server.with(database: name)
    }

    func dropScratch(_ url: DatabaseURL, server: DatabaseURL) throws {
        // FORCE ends sessions a failed test may have left open (PostgreSQL 13+).
        try connect(server).execute("DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)")
    }
}
