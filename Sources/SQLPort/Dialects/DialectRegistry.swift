/// The one place a `Dialect` becomes its `TargetDialect`. A new database adds its case to
/// `Dialect` and one line here; everything else it knows lives in `Dialects/<Database>/`.
public enum DialectRegistry {
    /// `dialect`'s object; SQLite at `sqliteVersion` (the other databases have no version).
    public static func target(_ dialect: Dialect, sqliteVersion: SQLiteVersion = .conservativeDefault,
                              mysqlTimestampTZ: MySQLTimestampTZ = .datetime) -> any TargetDialect {
        switch dialect {
        case .postgresql: PostgreSQLDialect()
        case .mysql: MySQLDialect.mysql.writingTimestampTZ(as: mysqlTimestampTZ)
        case .mariadb: MySQLDialect.mariadb.writingTimestampTZ(as: mysqlTimestampTZ)
        case .sqlite: SQLiteDialect(version: sqliteVersion)
        }
    }
}

extension Dialect {
    /// This database's rules (SQLite at its conservative default version).
    public var target: any TargetDialect { DialectRegistry.target(self) }

    /// This database's rules with `options` (the SQLite version, MySQL's TIMESTAMPTZ mapping).
    public func target(_ options: CompileOptions) -> any TargetDialect {
        DialectRegistry.target(self, sqliteVersion: options.sqliteVersion, mysqlTimestampTZ: options.mysqlTimestampTZ)
    }
}
