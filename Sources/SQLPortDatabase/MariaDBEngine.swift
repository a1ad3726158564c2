import SQLPort

/// MariaDB (and MySQL) through libmariadb: `mysql://` URLs are served by it too.
struct MariaDBEngine: DatabaseEngine {
    var dialects: [Dialect] { [.mariadb, .mysql] }
    var schemes: [String] { ["mariadb", "mysql"] }
    var defaultPort: Int { 3306 }
    var defaultUser: String { "root" }
    var isFile: Bool { false }
    var connectionHelp: String {
        "check the host, port, user and database; a password goes in the URL (percent-encoded) or in MYSQL_PWD"
    }

    func connect(_ url: DatabaseURL) throws -> any DatabaseConnection { try MariaDBConnection(url) }

    func openReadOnly(_ url: DatabaseURL) throws -> any DatabaseConnection {
        let c = try connect(url)
        try c.execute("SET SESSION TRANSACTION READ ONLY")
        return c
    }

    func schemaDDL(_ connection: any DatabaseConnection) throws -> String {
        try MariaDBIntrospection(connection: connection).ddl()
    }

    func snapshot(_ connection: any DatabaseConnection, rows: Bool) throws -> SchemaSnapshot {
        try MariaDBSnapshot.take(connection, rows: rows)
    }

    func createScratch(named name: String, on server: DatabaseURL) throws -> DatabaseURL {
        try connect(server).execute("CREATE DATABASE \(name)")
        return server.with(database: name)
    }

    func dropScratch(_ url: DatabaseURL, server: DatabaseURL) throws {
        try connect(server).execute("DROP DATABASE IF EXISTS \(url.database)")
    }
}
