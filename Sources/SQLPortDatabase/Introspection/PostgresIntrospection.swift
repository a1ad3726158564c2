/// Schema `public` of a PostgreSQL database as `pg_dump --schema-only` writes it: the same
/// catalog functions (`format_type`, `pg_get_expr`, `pg_get_constraintdef`, `pg_get_indexdef`,
/// `pg_get_viewdef`, `pg_get_triggerdef`) with the same empty `search_path`, so names come out
/// schema-qualified exactly as in a dump, and in a dump's order (objects by name; checks inside
/// `CREATE TABLE`; keys, indexes, then foreign keys after all tables).
struct PostgresIntrospection {
    let connection: any DatabaseConnection
    static let schema = "public"

    func q(_ name: String) throws -> String {
        try connection.scalar("SELECT pg_catalog.quote_ident(\(literal(name)))") ?? name
    }

    func literal(_ s: String) -> String { "'" + s.replacing("'", with: "''") + "'" }

    func ddl() throws -> String {
        _ = try connection.query("SELECT pg_catalog.set_config('search_path', '', false)")
        let ns = "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = \(literal(Self.schema)))"
        var out = ""
        let qs = try q(Self.schema)
        // Enum types, as pg_dump writes them before the tables that use them.
        for row in try connection.query("""
            SELECT t.oid, pg_catalog.quote_ident(t.typname) FROM pg_catalog.pg_type t
            WHERE t.typnamespace = \(ns) AND t.typtype = 'e' ORDER BY t.typname COLLATE "C"
            """) {
            guard let oid = row[0], let name = row[1] else { continue }
            let labels = try connection.query(
                "SELECT enumlabel FROM pg_catalog.pg_enum WHERE enumtypid = \(oid) ORDER BY enumsortorder").compactMap { $0[0] }
            out += "CREATE TYPE \(qs).\(name) AS ENUM (\n" + labels.map { "    " + literal($0) }.joined(separator: ",\n") + "\n);\n\n"
        }
        // Tables, with their columns and checks.
        let tables = try connection.query("""
            SELECT c.oid, c.relname FROM pg_catalog.pg_class c
            WHERE c.relnamespace = \(ns) AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"
            """)
        var identities: [String] = []
        for row in tables {
            guard let oid = row[0], let name = row[1] else { continue }
            let qualified = "\(qs).\(try q(name))"
            var lines: [String] = []
            let columns = try connection.query("""
                SELECT pg_catalog.quote_ident(a.attname), pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity,
                       CASE WHEN a.attcollation <> t.typcollation THEN
                         (SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                          FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
                          WHERE co.oid = a.attcollation) END,
                       (SELECT pg_catalog.quote_ident(s.relname) FROM pg_catalog.pg_depend dep
                          JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                          WHERE dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'),
                       a.attgenerated
                FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = \(oid) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                """)
            for c in columns {
                guard let column = c[0], let type = c[1] else { continue }
                var line = "\(column) \(type)"
                if let collation = c[5] { line += " COLLATE \(collation)" }
                if let d = c[3], c[7] == "s" {
                    line += " GENERATED ALWAYS AS (\(d)) STORED"  // pg_attrdef holds the generation expression
                } else if let d = c[3], (c[4] ?? "").isEmpty, !d.hasPrefix("nextval(") { line += " DEFAULT \(d)" }
                if c[2] == "t" { line += " NOT NULL" }
                lines.append(line)
                if let identity = c[4], !identity.isEmpty, let sequence = c[6] {
                    identities.append("ALTER TABLE \(qualified) ALTER COLUMN \(column) ADD GENERATED \(identity == "a" ? "ALWAYS" : "BY DEFAULT") AS IDENTITY (\n    SEQUENCE NAME \(qs).\(sequence)\n);\n")
                }
            }
            for check in try connection.query("""
                SELECT pg_catalog.quote_ident(conname), pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint
                WHERE conrelid = \(oid) AND contype = 'c' ORDER BY conname COLLATE "C"
                """) {
                lines.append("CONSTRAINT \(check[0] ?? "") \(check[1] ?? "")")
            }
            out += "CREATE TABLE \(qualified) (\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + "\n);\n"
            // Comments, as pg_dump writes them after the table.
            if let comment = try connection.scalar("SELECT pg_catalog.obj_description(\(oid), 'pg_class')") {
                out += "COMMENT ON TABLE \(qualified) IS \(literal(comment));\n"
            }
            for c in try connection.query("""
                SELECT pg_catalog.quote_ident(attname), pg_catalog.col_description(attrelid, attnum) FROM pg_catalog.pg_attribute
                WHERE attrelid = \(oid) AND attnum > 0 AND NOT attisdropped AND pg_catalog.col_description(attrelid, attnum) IS NOT NULL
                ORDER BY attnum
                """) {
                out += "COMMENT ON COLUMN \(qualified).\(c[0] ?? "") IS \(literal(c[1] ?? ""));\n"
            }
        }
        out += identities.joined()
        // Sequences (identity ones come with their columns), their owners, serial defaults.
        let sequences = try connection.query("""
            SELECT pg_catalog.quote_ident(s.relname),
                   (SELECT pg_catalog.quote_ident(t.relname) || '.' || pg_catalog.quote_ident(a.attname)
                    FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                    WHERE d.objid = s.oid AND d.deptype = 'a' AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
            FROM pg_catalog.pg_class s WHERE s.relnamespace = \(ns) AND s.relkind = 'S'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = s.oid AND d.deptype = 'i')
            ORDER BY s.relname COLLATE "C"
            """)
        for s in sequences {
            guard let name = s[0] else { continue }
            out += "CREATE SEQUENCE \(qs).\(name);\n"
            if let owner = s[1] { out += "ALTER SEQUENCE \(qs).\(name) OWNED BY \(qs).\(owner);\n" }
        }
        for d in try connection.query("""
            SELECT pg_catalog.quote_ident(c.relname), pg_catalog.quote_ident(a.attname), pg_catalog.pg_get_expr(d.adbin, d.adrelid)
            FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid = d.adrelid
            JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            WHERE c.relnamespace = \(ns) AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'
            ORDER BY c.relname COLLATE "C", a.attnum
            """) {
            out += "ALTER TABLE ONLY \(qs).\(d[0] ?? "") ALTER COLUMN \(d[1] ?? "") SET DEFAULT \(d[2] ?? "");\n"
        }
        // Keys, then indexes, then foreign keys — pg_dump's order, each by name.
        let constraints = { (types: String) in try connection.query("""
            SELECT pg_catalog.quote_ident(c.relname), pg_catalog.quote_ident(k.conname), pg_catalog.pg_get_constraintdef(k.oid)
            FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
            WHERE c.relnamespace = \(ns) AND k.contype IN (\(types)) ORDER BY k.conname COLLATE "C", c.relname COLLATE "C"
            """) }
        for k in try constraints("'p', 'u'") { out += "ALTER TABLE ONLY \(qs).\(k[0] ?? "")\n    ADD CONSTRAINT \(k[1] ?? "") \(k[2] ?? "");\n" }
        for i in try connection.query("""
            SELECT pg_catalog.pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class x ON x.oid = i.indexrelid
            WHERE x.relnamespace = \(ns)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY x.relname COLLATE "C"
            """) { out += (i[0] ?? "") + ";\n" }
        for k in try constraints("'f'") { out += "ALTER TABLE ONLY \(qs).\(k[0] ?? "")\n    ADD CONSTRAINT \(k[1] ?? "") \(k[2] ?? "");\n" }
        // Views (their dependencies are computed once every table is known), then triggers.
        for v in try connection.query("""
            SELECT pg_catalog.quote_ident(c.relname), pg_catalog.pg_get_viewdef(c.oid) FROM pg_catalog.pg_class c
            WHERE c.relnamespace = \(ns) AND c.relkind = 'v' ORDER BY c.relname COLLATE "C"
            """) {
            var body = v[1] ?? ""
            if body.hasSuffix(";") { body.removeLast() }
            out += "CREATE VIEW \(qs).\(v[0] ?? "") AS\n\(body);\n"
        }
        for t in try connection.query("""
            SELECT pg_catalog.pg_get_triggerdef(t.oid) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = \(ns) AND NOT t.tgisinternal ORDER BY t.tgname COLLATE "C"
            """) { out += (t[0] ?? "") + ";\n" }
        return out
    }
}
