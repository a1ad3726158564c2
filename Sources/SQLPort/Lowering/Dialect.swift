/// A database sqlport can write SQL for. The raw value is the `--dialect` argument.
public enum Dialect: String, CaseIterable, Sendable {
    case postgresql
    case mysql
    case mariadb
    case sqlite

    /// The product name as people write it, for headers and messages.
    public var displayName: String {
        switch self {
        case .postgresql: "PostgreSQL"
        case .mysql: "MySQL"
        case .mariadb: "MariaDB"
        case .sqlite: "SQLite"
        }
    }
}
