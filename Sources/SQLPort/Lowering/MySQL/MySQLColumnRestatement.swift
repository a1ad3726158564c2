/// Column definitions and keys as MySQL writes them, always from the catalog: a `MODIFY
/// COLUMN` redefines the whole column, so it restates type, collation, nullability, default
/// and AUTO_INCREMENT exactly as the catalog holds them after the change.
struct MySQLWriter {
    var flavor: MySQLFlavor
    var spelling: MySQLSpelling
    /// MariaDB keeps an unnamed column-level CHECK in the column's definition, and a `MODIFY`
    /// or `CHANGE` that does not restate it drops it: these are restated, by column.
    var columnChecks: [String: [CatalogExpression]] = [:]
    /// Tables whose `ALTER TABLE` is written `IF EXISTS` (see `MySQLLowerer.vanishingTables`).
    var vanishingTables: Set<String> = []
    /// The table's default character set when it is not sqlport's (`Table.mysqlCharset`).
    var tableCharset: String?

    init(flavor: MySQLFlavor, columns: MySQLColumnTypes = [:]) {
        self.flavor = flavor
        self.spelling = MySQLSpelling(flavor: flavor, columns: columns)
    }

    /// `checksOf` is the server the output is for (a `mariadb` script writes some statements
    /// in the plain `mysql` syntax, but its columns still carry MariaDB's column checks).
    init(flavor: MySQLFlavor, table: Table?, checksOf server: MySQLFlavor? = nil) {
        self.init(flavor: flavor, columns: MySQLColumnTypes(table: table))
        if let table { columnChecks = Self.columnLevelChecks(of: table) }
        tableCharset = table?.mysqlCharset
    }

    /// The checks MariaDB holds in column definitions: unnamed, written on the column.
    static func columnLevelChecks(of table: Table) -> [String: [CatalogExpression]] {
        var out: [String: [CatalogExpression]] = [:]
        for k in table.constraints {
            guard let column = holdingColumn(of: k), case .check(let e) = k.kind else { continue }
            out[column, default: []].append(e)
        }
        return out
    }

    /// The column whose definition holds `k` on a MariaDB server (its one unnamed column-level
    /// CHECK, which MariaDB names after the column): written with the column, and gone when a
    /// `MODIFY` does not restate it. In a `--dialect mysql` catalog only a check read from a
    /// MariaDB dump is one (sqlport names the checks it writes `t_chk_n`, at table level).
    static func holdingColumn(of k: Constraint) -> String? {
        guard k.isNameGenerated, k.role == .check, case .column(let column) = k.level, k.name == column else { return nil }
        return column
    }

    /// A column as `MODIFY` / `CHANGE` must restate it: with its column-level checks on MariaDB.
    func restatedColumn(_ c: Column) -> String {
        var out = columnDefinition(c)
        for e in columnChecks[c.name] ?? [] { out += " CHECK (" + catalogExpression(e) + ")" }
        return out
    }

    var printer: SQLPrinter { SQLPrinter(spelling: spelling) }

    func name(_ n: String) -> String { spelling.quoteIdentifier(n) }
    func names(_ ns: [String]) -> String { "(" + ns.map(name).joined(separator: ", ") + ")" }
    /// Constant casts folded (`ConstantCast`), as `MySQLExpressions.check` judged them.
    func expression(_ e: Expression) -> String { printer.print(e.foldingConstantCasts()) }

    func catalogExpression(_ e: CatalogExpression) -> String {
        switch e {
        case .portable(let x): expression(x)
        case .verbatim(let text): text
        }
    }

    /// `name TYPE [COLLATE c | CHARACTER SET utf8mb4 COLLATE c] [NOT NULL] [DEFAULT d] [ON UPDATE u] [AUTO_INCREMENT] [CHECK (...)]`.
    func columnDefinition(_ c: Column, inlineChecks: [Expression] = []) -> String {
        let type = MySQLTypes.spelling(of: c.type, flavor: flavor) ?? c.type.declared
        var out = name(c.name) + " " + type
        if let collation = c.collation {
            let mapped = MySQLTypes.collation(collation, flavor: flavor) ?? collation
            if !mapped.isEmpty { out += " COLLATE " + name(mapped) }
        } else if tableCharset != nil, !c.takesTableCharset, MySQLCharset.isCharacterType(type) {
            out += " " + MySQLCharset.columnCharset(quote: name)
        }
        out += generationClause(c)
        if c.isNotNull { out += " NOT NULL" }
        if let d = c.defaultValue { out += " DEFAULT " + defaultText(d, for: c) }
        if let u = c.onUpdate { out += " ON UPDATE " + defaultText(u, for: c) }
        if case .autoIncrement? = c.generator { out += " AUTO_INCREMENT" }
        for check in inlineChecks { out += " CHECK (" + expression(check) + ")" }
        if let comment = c.comment { out += " COMMENT " + spelling.stringLiteral(comment) }
        return out
    }

    /// Literals stay bare; `CURRENT_TIMESTAMP` takes the column's fractional digits (MySQL
    /// refuses a mismatch); anything else, and any default of a TEXT / BLOB / JSON column,
    /// is `(expr)`, which MySQL 8.0.13+ and MariaDB 10.2+ accept.
    func defaultText(_ d: CatalogExpression, for c: Column) -> String {
        guard case .portable(let written) = d else { return catalogExpression(d) }
        // A date/time string in the form MySQL reads as PostgreSQL does (checkDefault refused the rest).
        let folded = written.foldingConstantCasts()
        let e = DateTimeLiteralRewrite.rewritten(folded, type: c.type.portable) ?? folded
        if Self.isCurrentTimestamp(e), case .timestamp(let p, _)? = c.type.portable {
            return "CURRENT_TIMESTAMP(\(min(p ?? 6, 6)))"
        }
        let literal: Bool
        switch e.kind {
        case .integer, .numeric, .string, .boolean, .null: literal = true
        case .unary(.minus, let inner):
            if case .integer = inner.kind { literal = true } else if case .numeric = inner.kind { literal = true } else { literal = false }
        case .special, .column, .unary, .binary, .isNull, .inList, .between, .like, .call, .cast, .caseWhen,
             .subquery, .exists, .inQuery:
            literal = false
        }
        if literal && !MySQLTypes.needsParenthesisedDefault(c.type) { return expression(e) }
        return "(" + expression(e) + ")"
    }

    /// A table-level key or constraint. Generated names are left to the server (it gives the
    /// same ones the catalog predicts, and names a foreign key's index after its column only
    /// when the key is unnamed); names the user chose are written.
    func constraint(_ c: Constraint) -> String {
        // MySQL and MariaDB name an unnamed CHECK differently (`t_chk_1` / the column name):
        // output for both names it the way the catalog predicts.
        let named = c.name != nil && (!c.isNameGenerated || (c.role == .check && flavor == .mysql))
        let prefix = named ? "CONSTRAINT " + name(c.name!) + " " : ""
        switch c.kind {
        case .primaryKey(let cols): return "PRIMARY KEY " + names(cols)
        case .unique(let cols): return prefix + "UNIQUE " + names(cols)
        case .foreignKey(let fk): return prefix + "FOREIGN KEY " + names(fk.columns) + " " + references(fk)
        case .check(let e): return prefix + "CHECK (" + catalogExpression(e) + ")"
        }
    }

    func references(_ fk: ForeignKey) -> String {
        var out = "REFERENCES " + name(fk.referencedTable) + " " + names(fk.referencedColumns)
        if let d = fk.onDelete { out += " ON DELETE " + d.rawValue }
        if let u = fk.onUpdate { out += " ON UPDATE " + u.rawValue }
        return out
    }

    /// `(a, b(768) DESC)`: index keys with their prefix lengths; operator classes are PostgreSQL's
    /// (checked before this), NULLS FIRST / LAST and expressions are refused before this.
    func indexKeys(_ index: TableIndex) -> String {
        "(" + index.keys.map { key -> String in
            let target: String
            switch key.target {
            case .column(let c): target = name(c) + (key.prefixLength.map { "(\($0))" } ?? "")
            case .expression(let e): target = "(" + catalogExpression(e) + ")"
            }
            // ASC is the default MySQL does not keep; NULLS ordering it has not (D415).
            return SQLPrinter.indexKey(target, ordering: key.ordering == .desc ? .desc : nil, nulls: nil)
        }.joined(separator: ", ") + ")"
    }

    /// `CURRENT_TIMESTAMP`, `now()` and their synonyms: MySQL takes only `CURRENT_TIMESTAMP(p)`
    /// with the column's own precision as a DATETIME default.
    static func isCurrentTimestamp(_ e: Expression) -> Bool {
        switch e.kind {
        case .special(.currentTimestamp): return true
        case .call(let name, let arguments, false):
            return name.schema == nil && arguments.isEmpty
                && ["now", "statement_timestamp", "transaction_timestamp"].contains(name.name.value.lowercased())
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .binary, .isNull, .inList,
             .between, .like, .call, .cast, .caseWhen, .subquery, .exists, .inQuery:
            return false
        }
    }
}
