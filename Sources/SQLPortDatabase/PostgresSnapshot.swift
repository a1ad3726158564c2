/// Reads a PostgreSQL database into a `SchemaSnapshot` from pg_catalog, for every schema except
/// the system ones (tables outside `public` are written `schema.table`):
///
///     table <t>
///     column <t> <pos> <name> <format_type>[ NOT NULL][ DEFAULT <expr>][ <identity/generated>][ COLLATE <c>]
///     constraint <t> <name> <pg_get_constraintdef>
///     index <t> <pg_get_indexdef>
///     sequence <s> <type>[ owned by <t>.<column>] last_value <n or NULL>
///     view <v> <pg_get_viewdef>        trigger <t> <pg_get_triggerdef>
///     rows <t> count=<n> md5=<md5 of the table's rows as text, sorted, comma-separated>
///
/// Positions count live columns only, so a dropped column leaves no gap.
public enum PostgresSnapshot {
    public static func take(_ connection: any DatabaseConnection, rows: Bool = true) throws -> SchemaSnapshot {
        precondition(connection.kind == .postgresql, "PostgresSnapshot reads PostgreSQL databases")
        var lines: [String] = []
        let tables = try connection.query("""
            SELECT \(displayName), quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND \(userSchema)
            """)
        for table in tables { lines.append("table \(table[0]!)") }
        lines += try columns(connection)
        lines += try connection.query("""
            SELECT \(displayName), con.conname, pg_get_constraintdef(con.oid, true)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE \(userSchema)
            """).map { "constraint \($0[0]!) \($0[1]!) \($0[2]!)" }
        lines += try connection.query("""
            SELECT \(displayName), pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE \(userSchema)
            """).map { "index \($0[0]!) \($0[1]!)" }
        lines += try connection.query("""
            SELECT \(displayName), format_type(s.seqtypid, NULL),
                   (SELECT t.relname || '.' || a.attname FROM pg_depend d
                    JOIN pg_class t ON t.oid = d.refobjid
                    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')),
                   (SELECT ps.last_value FROM pg_sequences ps WHERE ps.schemaname = n.nspname AND ps.sequencename = c.relname)
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE \(userSchema)
            """).map { "sequence \($0[0]!) \($0[1]!)\($0[2].map { " owned by \($0)" } ?? "") last_value \($0[3] ?? "NULL")" }
        lines += try connection.query("""
            SELECT \(displayName), pg_get_viewdef(c.oid, true)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('v', 'm') AND \(userSchema)
            """).map { "view \($0[0]!) \(SnapshotText.oneLine($0[1]!))" }
        lines += try connection.query("""
            SELECT \(displayName), pg_get_triggerdef(tg.oid, true)
            FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT tg.tgisinternal AND \(userSchema)
            """).map { "trigger \($0[0]!) \($0[1]!)" }
        if rows {
            for table in tables {
                // Row text in byte order (COLLATE "C") so the checksum does not depend on locale.
                let row = try connection.query("""
                    SELECT count(*), md5(coalesce(string_agg(t::text, ',' ORDER BY t::text COLLATE "C"), ''))
                    FROM \(table[1]!) t
                    """)[0]
                lines.append("rows \(table[0]!) count=\(row[0]!) md5=\(row[1]!)")
            }
        }
        return SchemaSnapshot(kind: .postgresql, lines: lines)
    }

    private static func columns(_ connection: any DatabaseConnection) throws -> [String] {
        try connection.query("""
            SELECT \(displayName), row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum), a.attname,
                   format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
                   a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN (SELECT quote_ident(collname) FROM pg_collation WHERE oid = a.attcollation) END
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND \(userSchema)
            """).map { column in
            var line = "column \(column[0]!) \(SnapshotText.position(column[1])) \(column[2]!) \(column[3]!)"
            if column[4] == "t" { line += " NOT NULL" }
            if let expression = column[5] {
                line += column[7] == "s" ? " GENERATED ALWAYS AS (\(expression)) STORED" : " DEFAULT \(expression)"
            }
            switch column[6] {
            case "a": line += " GENERATED ALWAYS AS IDENTITY"
            case "d": line += " GENERATED BY DEFAULT AS IDENTITY"
            default: break
            }
            if let collation = column[8] { line += " COLLATE \(collation)" }
            return line
        }
    }

    /// `table` in `public`, `schema.table` elsewhere.
    private static let displayName =
        "CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END"
    /// Everything but PostgreSQL's own schemas (pg_catalog, pg_toast, temporary schemas, ...).
    private static let userSchema =
        "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
}
