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
        switch url.kind {
        case .sqlite:
            return try SQLiteConnection(path: url.path, mode: .readOnly)
        case .postgresql:
            let c = try connect(url)
            try c.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            return c
        case .mariadb:
            let c = try connect(url)
            try c.execute("SET SESSION TRANSACTION READ ONLY")
            return c
        }
    }

    public static func schemaDDL(_ connection: any DatabaseConnection) throws -> String {
        switch connection.kind {
        case .postgresql: try PostgresIntrospection(connection: connection).ddl()
        case .mariadb: try MariaDBIntrospection(connection: connection).ddl()
        case .sqlite: try SQLiteIntrospection(connection: connection).ddl()
        }
    }

    public static func dialect(of kind: DatabaseKind) -> SchemaDialect {
        switch kind {
        case .postgresql: .postgresql
        case .mariadb: .mysql
        case .sqlite: .sqlite
        }
    }

    /// The compile target a database of this kind is.
    public static func target(of kind: DatabaseKind) -> Dialect {
        switch kind {
        case .postgresql: .postgresql
        case .mariadb: .mariadb
        case .sqlite: .sqlite
        }
    }
}

/// `sqlite_master` keeps each object's statement as written: `.schema` prints exactly these.
struct SQLiteIntrospection {
    let connection: any DatabaseConnection

    func ddl() throws -> String {
        let rows = try connection.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
        return rows.compactMap { $0.first ?? nil }.map { $0 + ";\n" }.joined()
    }
}

/// `SHOW CREATE TABLE / VIEW / TRIGGER`, in mysqldump's order: tables by name, each with its
/// triggers, then views. Trigger bodies may hold `;`, so they go between `DELIMITER` lines.
struct MariaDBIntrospection {
    let connection: any DatabaseConnection

    func quote(_ name: String) -> String { "`" + name.replacing("`", with: "``") + "`" }

    func ddl() throws -> String {
        var out = ""
        var views: [String] = []
        for row in try connection.query("SHOW FULL TABLES") {
            guard let name = row[0], let type = row.count > 1 ? row[1] : nil else { continue }
            if type == "VIEW" { views.append(name); continue }
            if let create = try connection.query("SHOW CREATE TABLE \(quote(name))").first?[1] { out += create + ";\n" }
            for trigger in try connection.query("SHOW TRIGGERS WHERE `Table` = '\(name.replacing("'", with: "''"))'") {
                guard let triggerName = trigger[0],
                      let create = try connection.query("SHOW CREATE TRIGGER \(quote(triggerName))").first?[2] else { continue }
                out += "DELIMITER ;;\n" + create + ";;\nDELIMITER ;\n"
            }
        }
        for name in views {
            if let create = try connection.query("SHOW CREATE VIEW \(quote(name))").first?[1] { out += create + ";\n" }
        }
        return out
    }
}
