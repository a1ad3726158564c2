import Foundation

/// Reads the connection's current MariaDB database (`USE`d, or named in its URL) into a
/// `SchemaSnapshot` from information_schema:
///
///     table <t> engine=<engine> collation=<collation>
///     column <t> <pos> <name> <COLUMN_TYPE>[ NOT NULL][ DEFAULT <COLUMN_DEFAULT>][ <EXTRA>][ COLLATE <c>]
///     index <t> <name>[ UNIQUE] <type> (<col>[(<prefix>)][ DESC], ...)
///     constraint <t> <name> PRIMARY KEY|UNIQUE (<cols>)
///     constraint <t> <name> FOREIGN KEY (<cols>) REFERENCES <p> (<cols>) ON UPDATE <r> ON DELETE <r>
///     constraint <t> <name> CHECK (<clause>)
///     view <v> <definition>
///     rows <t> count=<n> md5=<md5 of the rows as QUOTE()d values, sorted bytewise, comma-separated>
///
/// COLUMN_DEFAULT is MariaDB's own text: `NULL` for a nullable column without a default, string
/// literals in quotes. A column's collation is shown only where it differs from its table's.
public enum MariaDBSnapshot {
    public static func take(_ connection: any DatabaseConnection, rows: Bool = true) throws -> SchemaSnapshot {
        precondition(connection.kind == .mariadb, "MariaDBSnapshot reads MariaDB databases")
        guard try connection.scalar("SELECT DATABASE()") != nil else {
            throw DatabaseError(kind: .mariadb, message: "snapshot needs a current database (none is selected)")
        }
        var lines: [String] = []
        let tables = try connection.query("""
            SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'
            """)
        for table in tables {
            lines.append("table \(table[0]!) engine=\(table[1] ?? "NULL") collation=\(table[2] ?? "NULL")")
        }
        lines += try connection.query("""
            SELECT c.TABLE_NAME, c.ORDINAL_POSITION, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE,
                   c.COLUMN_DEFAULT, c.EXTRA,
                   CASE WHEN c.COLLATION_NAME <> t.TABLE_COLLATION THEN c.COLLATION_NAME END
            FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
              ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
            WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
            """).map { column in
            var line = "column \(column[0]!) \(SnapshotText.position(column[1])) \(column[2]!) \(column[3]!)"
            if column[4] == "NO" { line += " NOT NULL" }
            if let value = column[5] { line += " DEFAULT \(value)" }
            if let extra = column[6], !extra.isEmpty { line += " \(extra)" }
            if let collation = column[7] { line += " COLLATE \(collation)" }
            return line
        }
        lines += try connection.query("""
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE,
                   GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(SUB_PART IS NULL, '', CONCAT('(', SUB_PART, ')')),
                                       IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
            GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE
            """).map { "index \($0[0]!) \($0[1]!)\($0[2] == "0" ? " UNIQUE" : "") \($0[3]!) (\($0[4] ?? ""))" }
        lines += try constraints(connection)
        // MariaDB qualifies every name in a stored view with the database, whose name differs
        // between two databases being compared; drop the qualifier.
        let qualifier = "`" + (try connection.scalar("SELECT DATABASE()") ?? "") + "`."
        lines += try connection.query("""
            SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()
            """).map { "view \($0[0]!) \(SnapshotText.oneLine(($0[1] ?? "").replacingOccurrences(of: qualifier, with: "")))" }
        if rows { lines += try rowLines(connection, tables: tables.map { $0[0]! }) }
        return SchemaSnapshot(kind: .mariadb, lines: lines)
    }

    private static func constraints(_ connection: any DatabaseConnection) throws -> [String] {
        let keyColumns = { (column: String) in """
            (SELECT GROUP_CONCAT(k.\(column) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ')
             FROM information_schema.KEY_COLUMN_USAGE k
             WHERE k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME
               AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME)
            """ }
        return try connection.query("""
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE,
                   \(keyColumns("COLUMN_NAME")), rc.REFERENCED_TABLE_NAME, \(keyColumns("REFERENCED_COLUMN_NAME")),
                   rc.UPDATE_RULE, rc.DELETE_RULE, cc.CHECK_CLAUSE
            FROM information_schema.TABLE_CONSTRAINTS tc
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
              ON tc.CONSTRAINT_TYPE = 'FOREIGN KEY' AND rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN information_schema.CHECK_CONSTRAINTS cc
              ON tc.CONSTRAINT_TYPE = 'CHECK' AND cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND cc.TABLE_NAME = tc.TABLE_NAME AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_SCHEMA = DATABASE()
            """).map { c in
            let head = "constraint \(c[0]!) \(c[1]!) "
            switch c[2]! {
            case "FOREIGN KEY":
                return head + "FOREIGN KEY (\(c[3] ?? "")) REFERENCES \(c[4] ?? "?") (\(c[5] ?? ""))"
                    + " ON UPDATE \(c[6] ?? "?") ON DELETE \(c[7] ?? "?")"
            case "CHECK":
                return head + "CHECK (\(c[8] ?? ""))"
            case let type:
                return head + "\(type) (\(c[3] ?? ""))"
            }
        }
    }

    /// Row count and checksum per table. QUOTE() renders every value unambiguously (NULL is the
    /// bare word, strings are quoted and escaped); BINARY makes the sort and the MD5 bytewise,
    /// independent of collations that consider 'a' and 'A' equal.
    private static func rowLines(_ connection: any DatabaseConnection, tables: [String]) throws -> [String] {
        // GROUP_CONCAT silently truncates at group_concat_max_len (1 MB by default).
        try connection.execute("SET SESSION group_concat_max_len = 4294967295")
        return try tables.map { table in
            let columns = try connection.query("""
                SELECT COLUMN_NAME FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '\(table.replacingOccurrences(of: "'", with: "''"))'
                ORDER BY ORDINAL_POSITION
                """).map { "QUOTE(\(quoted($0[0]!)))" }
            let row = try connection.query("""
                SELECT COUNT(*), COALESCE(MD5(GROUP_CONCAT(r ORDER BY r SEPARATOR ',')), MD5(''))
                FROM (SELECT CAST(CONCAT_WS(',', \(columns.joined(separator: ", "))) AS BINARY) AS r
                      FROM \(quoted(table))) AS x
                """)[0]
            return "rows \(table) count=\(row[0]!) md5=\(row[1]!)"
        }
    }

    private static func quoted(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }
}
