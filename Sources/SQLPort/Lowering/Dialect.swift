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

extension Dialect {
    /// The database the checker models for this dialect. They are the same four today;
    /// `TargetDatabase` is the catalog's view (naming rules), `Dialect` the output's.
    public var target: TargetDatabase {
        switch self {
        case .postgresql: .postgresql
        case .mysql: .mysql
        case .mariadb: .mariadb
        case .sqlite: .sqlite
        }
    }
}
