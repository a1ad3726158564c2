/// `CREATE TABLE` and `CREATE INDEX` text for SQLite from catalog values: what a rebuild
/// restates must come out exactly as it was (declared types verbatim, constraint names,
/// unnamed CHECKs, collations, actions, rowid aliasing).
extension SQLiteWriter {
    func q(_ name: String) -> String { SQLiteSpelling.quote(name) }

    mutating func createTable(_ t: Table, as name: String? = nil) -> String {
        // CHECK and DEFAULT expressions read this table's columns.
        let outer = table
        table = t
        defer { table = outer }
        var lines: [String] = []
        for column in t.columns { lines.append(columnDefinition(column, in: t)) }
        for c in t.constraints where c.level == .table && !isInlinedPrimaryKey(c, in: t) {
            lines.append(constraintText(c, inline: false))
        }
        return "CREATE TABLE " + q(name ?? t.name) + " (\n" + lines.map { "    " + $0 }.joined(separator: ",\n")
            + "\n)" + Self.tableOptions(t) + ";"
    }

    /// `WITHOUT ROWID`, `STRICT`, comma-separated as SQLite wants them.
    static func tableOptions(_ t: Table) -> String {
        let options = (t.withoutRowid ? ["WITHOUT ROWID"] : []) + (t.strict ? ["STRICT"] : [])
        return options.isEmpty ? "" : " " + options.joined(separator: ", ")
    }

    /// An `AUTOINCREMENT` key must be written on its column.
    private func isInlinedPrimaryKey(_ c: Constraint, in t: Table) -> Bool {
        guard case .primaryKey(let cols) = c.kind, cols.count == 1, let column = t.column(cols[0]) else { return false }
        return column.generator == .rowid(autoincrement: true)
    }

    mutating func columnDefinition(_ column: Column, in t: Table) -> String {
        var out = q(column.name)
        let type = declaredType(column, in: t)
        if !type.isEmpty { out += " " + type }
        if let generated = column.generated {
            if let e = generated.definition {
                // Declared by the migration: its expression in SQLite's spelling.
                out += " GENERATED ALWAYS AS (" + write(e) + ") " + generated.storage.rawValue
            } else {
                out += " " + generated.clause  // the baseline's text, verbatim
            }
        }
        let inline = t.constraints.filter { $0.level == .column(column.name) || isInlinedPrimaryKey($0, in: t) && $0.keyColumns == [column.name] }
        for c in inline where c.role == .primaryKey {
            out += " " + constraintText(c, inline: true)
            if column.generator == .rowid(autoincrement: true) { out += " AUTOINCREMENT" }
        }
        if column.isNotNull { out += " NOT NULL" }
        if let d = column.defaultValue { out += " DEFAULT " + defaultClause(d, for: column) }
        if let collation = column.collation, let name = collationName(collation, column, in: t) { out += " COLLATE " + name }
        for c in inline where c.role != .primaryKey { out += " " + constraintText(c, inline: true) }
        if let labels = column.type.enumLabels, column.type.arrayDimensions == 0 {
            out += " CHECK (" + write(SQLiteEnumTypes.check(column: column.name, labels: labels)) + ")"
        }
        return out
    }

    /// SQLite's built-in collations: BINARY, NOCASE and RTRIM (an application can register more,
    /// but then the `sqlite3` shell cannot open the table). PostgreSQL's byte-order collations
    /// (`C`, `POSIX`, `ucs_basic`) compare UTF-8 bytes exactly as BINARY does; its `default` is
    /// no clause at all. Anything else is D440.
    mutating func collationName(_ name: String, _ column: Column, in t: Table) -> String? {
        if name == "default" { return nil }
        if let mapped = SQLiteTypes.collation(name) { return mapped }
        report(.error(.sqliteUnknownCollation, "SQLite has no collation `\(name)`", at: column.definedAt,
                      label: "column `\(column.name)` of table `\(t.name)`",
                      help: "SQLite has only BINARY, NOCASE and RTRIM: write `COLLATE \"C\"` for byte order (BINARY), or leave the collation out"))
        return nil
    }

    /// The declared type: verbatim when it came from SQLite, else from `SQLiteTypes`. A rowid
    /// alias must be exactly `INTEGER`; any other single integer key is spelled `INT`, which
    /// has the same affinity but no aliasing (PostgreSQL's `INT PRIMARY KEY` numbers nothing).
    mutating func declaredType(_ column: Column, in t: Table) -> String {
        switch column.generator {
        case .serial?, .identity?, .autoIncrement?:
            report(.error(.sqliteNoSequences, "column `\(column.name)` of table `\(t.name)` is numbered by a sequence",
                          at: column.definedAt, label: "SQLite numbers only an `INTEGER PRIMARY KEY`",
                          help: "make it the table's only primary key column, of an integer type; or number nothing: no SERIAL / IDENTITY in a new column, `ALTER COLUMN \(column.name) DROP DEFAULT` (or `DROP IDENTITY`) on an existing one"))
            return "INTEGER"
        case .rowid?, nil: break
        }
        guard let spelled = SQLiteTypes.spelling(of: column, in: t) else {
            if t.strict, column.type.arrayDimensions == 0, let kind = column.type.portable, SQLiteTypes.declaredType(kind) != nil {
                report(.error(.sqliteUnsupportedType, "STRICT table `\(t.name)` cannot store type `\(column.type.declared)` as PostgreSQL does",
                              at: column.definedAt, label: "column `\(column.name)`",
                              help: "a STRICT table's columns are INTEGER, REAL, TEXT, BLOB or ANY: store it as TEXT (`TEXT`) or a number of a fixed scale (`BIGINT`)"))
                return column.type.declared
            }
            report(.error(.sqliteUnsupportedType, "SQLite cannot store type `\(column.type.declared)`",
                          at: column.definedAt, label: "column `\(column.name)`",
                          help: column.type.arrayDimensions > 0 ? "store the array as JSON text (`JSON`)"
                              : SQLiteTypes.refusalHelp(column.type.portable ?? .interval)))
            return column.type.declared
        }
        return spelled
    }

    mutating func constraintText(_ c: Constraint, inline: Bool) -> String {
        var out = c.name.map { "CONSTRAINT " + q($0) + " " } ?? ""
        func cols(_ names: [String]) -> String { "(" + names.map(q).joined(separator: ", ") + ")" }
        switch c.kind {
        case .primaryKey(let columns): out += "PRIMARY KEY" + (inline ? "" : " " + cols(columns))
        case .unique(let columns): out += "UNIQUE" + (inline ? "" : " " + cols(columns))
        case .foreignKey(let fk):
            if !inline { out += "FOREIGN KEY " + cols(fk.columns) + " " }
            out += "REFERENCES " + q(fk.referencedTable) + " " + cols(fk.referencedColumns)
            if let d = fk.onDelete { out += " ON DELETE " + d.rawValue }
            if let u = fk.onUpdate { out += " ON UPDATE " + u.rawValue }
            out += fk.timingClause
        case .check(let e): out += "CHECK (" + write(e) + ")"
        }
        return out
    }

    mutating func createIndex(_ index: TableIndex, on table: String) -> String {
        if let method = index.method, method.lowercased() != "btree" {
            report(.error(.sqliteIndexMethod, "SQLite has no index method `\(method)`", at: index.definedAt,
                          label: "index `\(index.name)`", help: "drop `USING \(method)`; SQLite indexes are b-trees"))
        }
        for d in IndexOperatorClasses.check(index, database: "SQLite", checkMethod: false) { report(d) }
        let keys = index.keys.map { key -> String in
            let target: String
            switch key.target {
            case .column(let c): target = q(c)
            case .expression(.verbatim(let text)): target = text
            // A function call needs no parentheses (and SQLite's own text has none: a rebuild keeps it).
            case .expression(.portable(let e)):
                if case .call = e.kind { target = write(e) } else { target = "(" + write(e) + ")" }
            }
            // SQLite puts NULLs first ascending and last descending and cannot store another order.
            switch (key.ordering ?? .asc, key.nulls) {
            case (_, nil), (.asc, .first?), (.desc, .last?): break
            case (.asc, .last?), (.desc, .first?):
                report(.warning(.sqliteIndexNullsOrdering, "`\(key.nulls!.rawValue)` is left out of index `\(index.name)`",
                                at: index.definedAt, label: "SQLite indexes keep NULLs \(key.ordering == .desc ? "last" : "first")",
                                help: "queries return the same rows; only an ORDER BY with that NULL order cannot use the index"))
            }
            return SQLPrinter.indexKey(target, ordering: key.ordering, nulls: nil)
        }
        var sql = "CREATE " + (index.isUnique ? "UNIQUE " : "") + "INDEX " + q(index.name) + " ON " + q(table)
            + " (" + keys.joined(separator: ", ") + ")"
        if let p = index.predicate { sql += " WHERE " + write(p) }
        return sql + ";"
    }
}
