import SQLPort

/// Reads a live database's schema, read-only, as DDL in that database's own dialect — the
/// text its dump tool would write (`pg_dump -s`, `mysqldump --no-data`, `sqlite3 .schema`) —
/// built from the server's own catalog functions (`pg_get_constraintdef`, `SHOW CREATE TABLE`,
/// `sqlite_master.sql`). The baseline loader then reads it like a dump, so `--database` and
/// `--schema <dump>` cannot disagree about what a definition means.
public enum Introspector {
    /// The schema of the database at `url`, as a baseline input named after the URL (password
    /// masked) and marked with its dialect.
    public static func baseline(_ url: DatabaseURL) throws -> InputFile {
        let connection = try openReadOnly(url)
        let ddl = try schemaDDL(connection)
        return InputFile(name: url.description, text: ddl, dialect: dialect(of: url.kind))
    }

    /// A connection that cannot change the database: SQLite opens the file read-only, the
    /// servers start read-only sessions.
    public static func openReadOnly(_ url: DatabaseURL) throws -> any DatabaseConnection {
        try url.engine.openReadOnly(url)
    }

    public static func schemaDDL(_ connection: any DatabaseConnection) throws -> String {
        try connection.engine.schemaDDL(connection)
    }

    /// The language a database of this kind's schema is read in (its family's DDL).
    public static func dialect(of kind: Dialect) -> SchemaDialect {
        .native(to: kind)
    }
}
