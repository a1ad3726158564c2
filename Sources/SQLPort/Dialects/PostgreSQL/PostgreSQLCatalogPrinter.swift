/// PostgreSQL DDL for a catalog (`sqlport schema --dialect postgresql`).
extension CatalogPrinter {
    static func postgresql(_ catalog: Catalog) -> Output {
        let printer = SQLPrinter(spelling: PostgreSQLSpelling())
        func q(_ n: String) -> String { printer.print(Identifier(n)) }
        func expr(_ e: CatalogExpression) -> String {
            switch e {
            case .portable(let x): printer.print(x)
            case .verbatim(let text): text
            }
        }
        func cols(_ names: [String]) -> String { "(" + names.map(q).joined(separator: ", ") + ")" }
        var statements: [String] = []
        var late: [String] = []
        // Types first: columns name them.
        for e in catalog.enumTypes {
            statements.append("CREATE TYPE \(q(e.name)) AS ENUM (" + e.labels.map { printer.spelling.stringLiteral($0) }.joined(separator: ", ") + ");")
        }
        let identitySequences = Set(catalog.tables.flatMap { t in t.columns.compactMap { c -> String? in
            if case .identity(_, let s)? = c.generator { return s } else { return nil } } })
        for s in catalog.sequences where !identitySequences.contains(s.name) {
            statements.append("CREATE SEQUENCE \(q(s.name));")
        }
        let forward = forwardReferences(catalog)
        for t in catalog.tables {
            var lines: [String] = []
            for c in t.columns {
                var line = q(c.name) + " " + postgresType(c.type)
                if let collation = c.collation { line += " COLLATE " + q(collation) }
                switch c.generator {
                case .serial(let s)?: line += " DEFAULT nextval('" + q(s).replacing("'", with: "''") + "'::regclass)"
                case .identity(let always, let s)?: line += " GENERATED \(always ? "ALWAYS" : "BY DEFAULT") AS IDENTITY (SEQUENCE NAME \(q(s)))"
                case .autoIncrement?, .rowid?, nil: break
                }
                if let d = c.defaultValue { line += " DEFAULT " + expr(d) }
                // PostgreSQL's text (a migration's expression printed, or a dump's verbatim).
                if let g = c.generated { line += " GENERATED ALWAYS AS (" + g.expression + ") STORED" }
                if c.isNotNull { line += " NOT NULL" }
                lines.append(line)
            }
            for c in t.constraints {
                let name = "CONSTRAINT " + q(c.name ?? c.postgresName) + " "
                switch c.kind {
                case .primaryKey(let k): lines.append(name + "PRIMARY KEY " + cols(k))
                case .unique(let k): lines.append(name + "UNIQUE " + cols(k))
                case .check(let e): lines.append(name + "CHECK (" + expr(e) + ")")
                case .foreignKey(let fk):
                    let text = name + "FOREIGN KEY " + cols(fk.columns) + " " + references(fk, q)
                    if forward.contains([t.name, c.name ?? c.postgresName]) {
                        late.append("ALTER TABLE \(q(t.name)) ADD " + text + ";")
                    } else {
                        lines.append(text)
                    }
                }
            }
            statements.append("CREATE TABLE \(q(t.name)) (\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + "\n);")
            if let comment = t.comment { statements.append("COMMENT ON TABLE \(q(t.name)) IS \(printer.spelling.stringLiteral(comment));") }
            for c in t.columns {
                if let comment = c.comment { statements.append("COMMENT ON COLUMN \(q(t.name)).\(q(c.name)) IS \(printer.spelling.stringLiteral(comment));") }
            }
            for s in catalog.sequences where s.ownedBy?.table == t.name && !identitySequences.contains(s.name) {
                statements.append("ALTER SEQUENCE \(q(s.name)) OWNED BY \(q(t.name)).\(q(s.ownedBy!.column));")
            }
            for i in t.indexes {
                var sql = "CREATE " + (i.isUnique ? "UNIQUE " : "") + "INDEX \(q(i.name)) ON \(q(t.name))"
                if let m = i.method { sql += " USING " + m }
                sql += " (" + i.keys.map { key in
                    let target: String
                    switch key.target {
                    case .column(let c): target = q(c)
                    case .expression(let e): target = "(" + expr(e) + ")"
                    }
                    return SQLPrinter.indexKey(target, opclass: key.opclass, ordering: key.ordering, nulls: key.nulls)
                }.joined(separator: ", ") + ")"
                if let p = i.predicate { sql += " WHERE " + expr(p) }
                statements.append(sql + ";")
            }
        }
        statements += late
        statements += catalog.views.map { $0.sql + ";" }
        statements += catalog.tables.flatMap { $0.triggers.map { $0.sql + ";" } }
        return Output(sql: join(statements, dialect: .postgresql), diagnostics: [])
    }

    /// A portable type as PostgreSQL's `format_type` prints it, so the database reads back the
    /// same spelling; a type read from PostgreSQL is kept as read.
    static func postgresType(_ type: ColumnType) -> String {
        if type.declaredIn == .targetDatabase || type.portable == nil { return type.declared }
        if case .enumType(let name, _)? = type.portable {
            return PostgreSQLSpelling().quoteIdentifier(name) + String(repeating: "[]", count: type.arrayDimensions)
        }
        return type.postgresName
    }

    static func references(_ fk: ForeignKey, _ q: (String) -> String) -> String {
        var out = "REFERENCES " + q(fk.referencedTable) + " (" + fk.referencedColumns.map(q).joined(separator: ", ") + ")"
        if let d = fk.onDelete { out += " ON DELETE " + d.rawValue }
        if let u = fk.onUpdate { out += " ON UPDATE " + u.rawValue }
        out += fk.timingClause
        return out
    }
}
