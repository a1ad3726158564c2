import Foundation

/// Reads a SQLite database's `main` schema into a `SchemaSnapshot` from sqlite_schema and the
/// table-valued pragmas:
///
///     table <t>[ WITHOUT ROWID][ STRICT]
///     column <t> <pos> <name> <declared type>[ NOT NULL][ DEFAULT <text>][ PRIMARY KEY <n>][ GENERATED VIRTUAL|STORED]
///     index <t> <name>[ UNIQUE][ PARTIAL] origin=<c|u|pk> (<col>[ COLLATE <c>][ DESC], ...)
///     foreign key <t> (<cols>) REFERENCES <p>[ (<cols>)] ON UPDATE <a> ON DELETE <a>
///     view <v> <sql>      trigger <t> <name> <sql>
///     rows <t> count=<n> fnv1a64=<hash of the rows as quote()d values, sorted, comma-separated>
///
/// CHECK constraints exist only inside each table's CREATE TABLE text, which no pragma exposes;
/// they are not part of this snapshot. SQLite has no built-in hash, so rows are hashed here.
public enum SQLiteSnapshot {
    public static func take(_ connection: any DatabaseConnection, rows: Bool = true) throws -> SchemaSnapshot {
        precondition(connection.kind == .sqlite, "SQLiteSnapshot reads SQLite databases")
        var lines: [String] = []
        let objects = try connection.query("""
            SELECT type, name, tbl_name, sql FROM sqlite_schema
            WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND type IN ('table', 'view', 'trigger')
            """)
        let tables = objects.filter { $0[0] == "table" }.map { $0[1]! }
        for object in objects {
            switch object[0]! {
            case "view": lines.append("view \(object[1]!) \(SnapshotText.oneLine(object[3] ?? ""))")
            case "trigger": lines.append("trigger \(object[2]!) \(object[1]!) \(SnapshotText.oneLine(object[3] ?? ""))")
            default: break
            }
        }
        for table in tables {
            let name = literal(table)
            let options = try connection.query("SELECT wr, strict FROM pragma_table_list WHERE schema = 'main' AND name = \(name)")
            lines.append("table \(table)\(options.first?[0] == "1" ? " WITHOUT ROWID" : "")\(options.first?[1] == "1" ? " STRICT" : "")")
            lines += try columns(connection, table: table)
            lines += try indexes(connection, table: table)
            lines += try foreignKeys(connection, table: table)
            if rows { lines.append(try rowLine(connection, table: table)) }
        }
        return SchemaSnapshot(kind: .sqlite, lines: lines)
    }

    private static func columns(_ connection: any DatabaseConnection, table: String) throws -> [String] {
        try connection.query("""
            SELECT cid + 1, name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(\(literal(table))) ORDER BY cid
            """).map { column in
            var line = "column \(table) \(SnapshotText.position(column[0])) \(column[1]!) \(column[2] ?? "")"
            if column[3] == "1" { line += " NOT NULL" }
            if let value = column[4] { line += " DEFAULT \(value)" }
            if let key = column[5], key != "0" { line += " PRIMARY KEY \(key)" }
            switch column[6] {
            case "2": line += " GENERATED VIRTUAL"
            case "3": line += " GENERATED STORED"
            default: break
            }
            return line
        }
    }

    private static func indexes(_ connection: any DatabaseConnection, table: String) throws -> [String] {
        try connection.query("""
            SELECT name, "unique", origin, partial FROM pragma_index_list(\(literal(table)))
            """).map { index in
            let keys = try connection.query("""
                SELECT coalesce(name, '<expression>'), coll, "desc" FROM pragma_index_xinfo(\(literal(index[0]!)))
                WHERE key = 1 ORDER BY seqno
                """).map { key in
                // BINARY is every column's default collation; only others are worth a mention.
                "\(key[0]!)\(key[1].map { $0 == "BINARY" ? "" : " COLLATE \($0)" } ?? "")\(key[2] == "1" ? " DESC" : "")"
            }
            return "index \(table) \(index[0]!)\(index[1] == "1" ? " UNIQUE" : "")\(index[3] == "1" ? " PARTIAL" : "")"
                + " origin=\(index[2]!) (\(keys.joined(separator: ", ")))"
        }
    }

    private static func foreignKeys(_ connection: any DatabaseConnection, table: String) throws -> [String] {
        let rows = try connection.query("""
            SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(\(literal(table)))
            ORDER BY id, seq
            """)
        return Dictionary(grouping: rows, by: { $0[0]! }).values.map { parts in
            let first = parts[0]
            let from = parts.map { $0[2]! }.joined(separator: ", ")
            // `to` is NULL when the key refers to the parent's primary key implicitly.
            let to = parts.compactMap { $0[3] }.joined(separator: ", ")
            return "foreign key \(table) (\(from)) REFERENCES \(first[1]!)\(to.isEmpty ? "" : " (\(to))")"
                + " ON UPDATE \(first[4]!) ON DELETE \(first[5]!)"
        }
    }

    private static func rowLine(_ connection: any DatabaseConnection, table: String) throws -> String {
        let columns = try connection.query("SELECT name FROM pragma_table_xinfo(\(literal(table))) ORDER BY cid")
            .map { "quote(\(identifier($0[0]!)))" }
        let rows = try connection.query("SELECT \(columns.joined(separator: " || ',' || ")) FROM \(identifier(table))")
            .map { $0[0] ?? "" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return "rows \(table) count=\(rows.count) fnv1a64=\(fnv1a64(rows.joined(separator: ",")))"
    }

    /// 64-bit FNV-1a: a fingerprint to notice changed rows, not a cryptographic hash.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
    private static func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
