/// The SQL dialect a baseline schema file is written in.
///
/// `portable` is the migration language itself (PostgreSQL-flavoured `CREATE TABLE`s),
/// which is replayed for any target; the others are a database's own DDL (a dump, `SHOW
/// CREATE TABLE`, `sqlite3 .schema`, or SQL generated for that database), which can only be
/// the baseline of that database's output.
public enum SchemaDialect: String, CaseIterable, Sendable, Hashable {
    case portable
    case postgresql
    case mysql
    case sqlite

    public var displayName: String {
        switch self {
        case .portable: "portable"
        case .postgresql: "PostgreSQL"
        case .mysql: "MySQL"
        case .sqlite: "SQLite"
        }
    }

    /// Whether a schema in this dialect can be the baseline for `target`'s output.
    public func canDescribe(_ target: TargetDatabase) -> Bool {
        switch self {
        case .portable: true
        case .postgresql: target == .postgresql
        case .mysql: target == .mysql || target == .mariadb
        case .sqlite: target == .sqlite
        }
    }

    /// The dialect of `target`'s own DDL.
    public static func native(to target: TargetDatabase) -> SchemaDialect {
        switch target {
        case .postgresql: .postgresql
        case .mysql, .mariadb: .mysql
        case .sqlite: .sqlite
        }
    }
}
