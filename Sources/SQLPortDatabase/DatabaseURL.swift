import SQLPort

/// Where a database lives, parsed from a URL:
///
///     postgresql://user:password@host:port/database   (also postgres://)
///     mariadb://user:password@host:port/database      (also mysql://; the database may be empty)
///     sqlite:relative/path.db    sqlite:/abs/path.db    sqlite:///abs/path.db    sqlite::memory:
///
/// Parsed by `init(parsing:)` (`DatabaseURL+Parsing.swift`); user, password and database are
/// percent-decoded. Defaults: host 127.0.0.1 (so libmariadb does not switch to its unix socket,
/// as it does for `localhost`), port 5432 / 3306, user `postgres` / `root`. A missing password
/// stays `nil` so the client library's own sources apply (`PGPASSWORD`, `~/.pgpass`, `MYSQL_PWD`).
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `.postgresql`, `.mariadb` (for `mysql://` too: one client serves both) or `.sqlite`.
    public var kind: Dialect
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    /// Empty when the URL names none (MariaDB then connects without a default database).
    public var database: String
    /// The SQLite file (`:memory:` for an in-memory database); empty for the servers.
    public var path: String

    public init(kind: Dialect, host: String = "127.0.0.1", port: Int? = nil, user: String? = nil,
                password: String? = nil, database: String = "", path: String = "") {
        self.kind = kind
        self.host = host
        self.port = port ?? Self.defaultPort(kind)
        self.user = user ?? Self.defaultUser(kind)
        self.password = password
        self.database = database
        self.path = path
    }

    /// The same server with another database selected.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL with the password masked: safe for logs and error messages. User and database
    /// are percent-encoded again, so the text reads back as the same URL.
    public var description: String {
        if engine.isFile { return "\(kind.rawValue):\(path)" }
        let secret = password == nil ? "" : ":***"
        let hostText = host.contains(":") ? "[\(host)]" : host
        let userText = URLBytes.encoded(user, keeping: URLBytes.isRegName)
        let databaseText = URLBytes.encoded(database) { URLBytes.isRegName($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }
        return "\(kind.rawValue)://\(userText)\(secret)@\(hostText):\(port)/\(databaseText)"
    }

    static func defaultPort(_ kind: Dialect) -> Int { DatabaseEngines.serving(kind).defaultPort }

    static func defaultUser(_ kind: Dialect) -> String { DatabaseEngines.serving(kind).defaultUser }
}
