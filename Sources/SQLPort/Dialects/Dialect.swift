/// The databases sqlport writes SQL for, and the one enum that names them. The raw value is
/// the `--dialect` argument. What a database *does* is asked of its `TargetDialect`
/// (`dialect.target`); code outside `Dialects/` and a dialect's own files never tests which
/// database it is (`DialectIsolationTests`).
public enum Dialect: String, CaseIterable, Sendable, Hashable {
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
