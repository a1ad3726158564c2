import SQLPort

/// An open connection to one database. Not thread-safe: use one connection per task.
public protocol DatabaseConnection: AnyObject {
    var kind: Dialect { get }
    /// The server's version string, e.g. `15.18 (Debian ...)`, `10.11.19-MariaDB-...`, `3.40.1`.
    var serverVersion: String { get }
    /// Runs a whole script of `;`-separated statements. Stops at and throws the first error.
    /// PostgreSQL runs a script without its own `BEGIN`/`COMMIT` as one implicit transaction, so
    /// a failure undoes the earlier statements; MariaDB and SQLite keep what ran before the error.
    func execute(_ script: String) throws
    /// Runs one statement and returns its rows as text (`nil` for SQL NULL); `[]` if it returns none.
    func query(_ sql: String) throws -> [[String?]]
}

extension DatabaseConnection {
    /// The first column of the first row: handy for `SELECT count(*) ...`.
    public func scalar(_ sql: String) throws -> String? {
        try query(sql).first?.first ?? nil
    }
}

/// Opens a connection to the database the URL names (SQLite: read-write, creating the file).
public func connect(_ url: DatabaseURL) throws -> any DatabaseConnection {
    try url.engine.connect(url)
}
