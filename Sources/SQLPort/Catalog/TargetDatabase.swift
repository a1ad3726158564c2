/// The database a catalog describes and a migration is checked for.
///
/// The catalog is kept in the *target's* terms: constraint and index names are the ones
/// the target database gives (or keeps), because that is what a later statement — and
/// the lowering — has to name. MySQL and MariaDB differ in how they name unnamed CHECK
/// constraints, so they are distinct targets here even though they share a lowering.
public enum TargetDatabase: String, Hashable, Sendable, CaseIterable {
    case postgresql
    case mysql
    case mariadb
    case sqlite

    /// The naming rules of this database.
    public var naming: any ConstraintNaming {
        switch self {
        case .postgresql: PostgreSQLNaming()
        case .mysql: MySQLNaming(flavor: .mysql)
        case .mariadb: MySQLNaming(flavor: .mariadb)
        case .sqlite: SQLiteNaming()
        }
    }

    /// Name used in messages (`MariaDB`, `SQLite`, ...).
    public var displayName: String {
        switch self {
        case .postgresql: "PostgreSQL"
        case .mysql: "MySQL"
        case .mariadb: "MariaDB"
        case .sqlite: "SQLite"
        }
    }
}
