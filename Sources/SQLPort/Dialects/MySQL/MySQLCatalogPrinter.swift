/// MySQL / MariaDB DDL for a catalog, through the lowering's own writer so types, quoting and
/// defaults are spelled exactly as compiled migrations spell them.
extension CatalogPrinter {
    static func mysql(_ catalog: Catalog, flavor: MySQLFlavor) -> Output {
        let dialect = flavor.dialect
        var statements: [String] = []
        var late: [String] = []
        var diagnostics: [Diagnostic] = []
        let forward = forwardReferences(catalog)
        for t in catalog.tables {
            let w = MySQLWriter(flavor: flavor, table: t)
            var lines: [String] = []
            // MariaDB names an unnamed column-level CHECK after its column: keep it on the column.
            func inlineCheck(_ k: Constraint, _ column: String) -> Bool {
                flavor.isMariaDB && MySQLWriter.holdingColumn(of: k) == column && k.name == column
            }
            for c in t.columns {
                // A type MySQL cannot spell (an array) is refused, as the lowering refuses it.
                if let d = MySQLTypes.diagnostic(for: c.type, at: c.definedAt, column: c.name) { diagnostics.append(d) }
                let inline = t.constraints.compactMap { k -> Expression? in
                    guard inlineCheck(k, c.name), case .check(let e) = k.kind else { return nil }
                    return e.expression
                }
                var line = w.columnDefinition(c, inlineChecks: inline)
                for k in t.constraints where inlineCheck(k, c.name) {
                    if case .check(.verbatim(let text)) = k.kind { line += " CHECK (" + text + ")" }
                }
                lines.append(line)
            }
            for k in t.constraints where k.role == .primaryKey || k.role == .unique {
                lines.append(k.role == .primaryKey ? "PRIMARY KEY " + w.names(k.keyColumns)
                             : "UNIQUE KEY " + w.name(k.name ?? k.postgresName) + " " + w.names(k.keyColumns))
            }
            for var i in t.indexes {
                // As the lowering writes them: a partial non-unique index whole, TEXT / BLOB keys by a prefix.
                if i.predicate != nil, i.isUnique {
                    diagnostics.append(.error(.loaderUnsupportedStatement, "unique index `\(i.name)` is partial, which MySQL cannot hold",
                                              at: i.definedAt, label: "WHERE clause"))
                }
                // A key a hidden generated column holds (`MySQLKeyHolders`, read from a dump): the
                // catalog keeps its expression, not the column's type a definition needs.
                if let held = i.keys.first(where: { $0.holder != nil })?.holder {
                    diagnostics.append(.error(.loaderUnsupportedStatement, "index `\(i.name)` has a key held by hidden column `\(held)`, which `sqlport schema` cannot restate",
                                              at: i.definedAt, label: "the column's type is not kept"))
                }
                if let prefixed = MySQLKeyPrefix.keys(i, in: t) { i.keys = prefixed }
                lines.append((i.isUnique ? "UNIQUE KEY " : "KEY ") + w.name(i.name) + " " + w.indexKeys(i))
            }
            for k in t.constraints {
                let named = "CONSTRAINT " + w.name(k.name ?? k.postgresName) + " "
                switch k.kind {
                case .primaryKey, .unique: break
                case .foreignKey(let fk):
                    let text = named + "FOREIGN KEY " + w.names(fk.columns) + " " + w.references(fk)
                    if forward.contains([t.name, k.name ?? k.postgresName]) {
                        late.append("ALTER TABLE " + w.name(t.name) + " ADD " + text + ";")
                    } else {
                        lines.append(text)
                    }
                case .check(let e):
                    if t.columns.contains(where: { inlineCheck(k, $0.name) }) { continue }
                    lines.append(named + "CHECK (" + w.catalogExpression(e) + ")")
                }
            }
            statements.append("CREATE TABLE " + w.name(t.name) + " (\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n)"
                              + tableOptions(t) + ";")
        }
        statements += late
        statements += catalog.views.map { $0.sql + ";" }
        statements += catalog.tables.flatMap { $0.triggers.map { $0.sql + ";" } }
        return Output(sql: join(statements, dialect: dialect), diagnostics: diagnostics)
    }

    /// The table's default character set, so the printed schema loads back as the same catalog.
    static func tableOptions(_ t: Table) -> String {
        guard let charset = t.mysqlCharset else { return " " + MySQLCharset.tableOptions }
        if charset == "?" { return "" }
        // A collation names its character set; `binary` is both.
        return charset.contains("_") ? " DEFAULT COLLATE=" + charset : " DEFAULT CHARSET=" + charset
    }
}
