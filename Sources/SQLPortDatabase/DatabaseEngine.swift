import SQLPort

/// What this module does differently for each database server: how to reach it, read its
/// schema, snapshot it and make scratch databases on it. Each engine lives in its database's
/// own file (`PostgresEngine.swift`, `MariaDBEngine.swift`, `SQLiteEngine.swift`); shared code
/// asks `url.engine` / `connection.engine` and never tests which database it is.
public protocol DatabaseEngine: Sendable {
    /// The dialects whose URLs this engine serves (libmariadb serves `mysql://` as well); the
    /// first is the URL's `kind`.
    var dialects: [Dialect] { get }
    /// The URL schemes naming it, lower case (`postgresql`, `postgres`).
    var schemes: [String] { get }
    var defaultPort: Int { get }
    var defaultUser: String { get }
    /// The database is a file named by the URL's path, not a server.
    var isFile: Bool { get }
    /// What to check when reading the schema failed (the CLI's `help:` line).
    var connectionHelp: String { get }

    /// A connection that may change the database (SQLite: creating the file).
    func connect(_ url: DatabaseURL) throws -> any DatabaseConnection
    /// A connection that cannot change the database.
    func openReadOnly(_ url: DatabaseURL) throws -> any DatabaseConnection
    /// The schema as the DDL the database's dump tool would write.
    func schemaDDL(_ connection: any DatabaseConnection) throws -> String
    func snapshot(_ connection: any DatabaseConnection, rows: Bool) throws -> SchemaSnapshot
    /// Creates the empty database `name` beside `server` and returns its URL.
    func createScratch(named name: String, on server: DatabaseURL) throws -> DatabaseURL
    func dropScratch(_ url: DatabaseURL, server: DatabaseURL) throws
}

/// The engines, each saying which dialects it serves: the one registry of this module.
enum DatabaseEngines {
    static let all: [any DatabaseEngine] = [PostgresEngine(), MariaDBEngine(), SQLiteEngine()]

    static func serving(_ dialect: Dialect) -> any DatabaseEngine {
        guard let engine = all.first(where: { $0.dialects.contains(dialect) }) else {
            preconditionFailure("no database engine serves \(dialect.rawValue)")
        }
        return engine
    }
}

extension DatabaseURL {
    public var engine: any DatabaseEngine { DatabaseEngines.serving(kind) }
}

extension DatabaseConnection {
    public var engine: any DatabaseEngine { DatabaseEngines.serving(kind) }
}
