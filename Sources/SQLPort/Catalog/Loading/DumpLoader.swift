/// Reads a database's own DDL — a dump, `SHOW CREATE TABLE` output, `sqlite3 .schema`, or SQL
/// written for that database — into a catalog for that database.
///
/// What it reads: tables, indexes, views, triggers, sequences and the `ALTER TABLE ... ADD`
/// forms dumps use. What it deliberately skips (session settings, ownership, comments,
/// grants, data, table options) is reported once per kind as a B500 note; anything else it
/// does not understand is a B501 error, because skipping it could hide part of the schema.
struct DumpLoader {
    var builder: BaselineBuilder
    let dialect: SchemaDialect
    let syntax: DumpSyntax
    /// PostgreSQL: `ALTER TABLE ... SET DEFAULT nextval('seq')`, resolved once owners are known.
    var nextvalDefaults: [(table: String, column: String, sequence: String, range: SourceRange)] = []

    init(builder: BaselineBuilder) {
        self.builder = builder
        self.dialect = builder.dialect
        self.syntax = builder.syntax
    }

    /// Loads `builder.file` and returns the builder holding the catalog and diagnostics.
    static func load(_ builder: BaselineBuilder) -> BaselineBuilder {
        var loader = DumpLoader(builder: builder)
        var lexer = DumpLexer(bytes: builder.file.bytes, syntax: builder.syntax)
        let tokens = lexer.tokens()
        for p in lexer.problems {
            loader.builder.error(.loaderSyntax, p.message, at: loader.builder.range(p.at, p.at + 1), label: "here")
        }
        for statement in DumpStatementSplitter.split(tokens) { loader.read(statement) }
        loader.finish()
        return loader.builder
    }

    mutating func read(_ s: DumpStatement) {
        var c = DumpCursor(s, syntax: syntax)
        let r = builder.range(s)
        if c.word("CREATE") {
            _ = c.word("OR", "REPLACE")
            if c.word("TEMP") || c.word("TEMPORARY") {
                builder.ignore("temporary object", at: r, why: "temporary objects are not part of the schema")
                return
            }
            skipMySQLViewAndTriggerAttributes(&c)
            if c.word("TABLE") { return createTable(&c, s) }
            if c.isWord("UNIQUE") || c.isWord("INDEX") { return createIndex(&c, s) }
            if c.word("VIEW") { return createView(&c, s) }
            if c.word("TRIGGER") { return createTrigger(&c, s) }
            if syntax.hasSequences, c.word("SEQUENCE") { return createSequence(&c, s) }
            if c.word("FUNCTION") || c.word("PROCEDURE") {
                return builder.ignore("function", at: r, why: "functions are not part of the catalog; triggers using them are kept")
            }
            if syntax.hasSequences, c.isWord("TYPE"), let type = enumType(c, s) {
                return builder.catalog.enumTypes.append(type)
            }
            if c.word("TYPE") || c.word("DOMAIN") {
                return builder.ignore("CREATE TYPE", at: r, why: "columns keep such types by name, verbatim")
            }
            if c.isWord("EXTENSION") {
                // Kept by name: what the migration's calls of its functions need.
                var e = c
                _ = e.word("EXTENSION")
                _ = e.word("IF", "NOT", "EXISTS")
                if let name = e.name(), !builder.catalog.extensions.contains(name) { builder.catalog.extensions.append(name) }
            }
            if c.word("SCHEMA") || c.word("EXTENSION") || c.word("DATABASE") {
                return builder.ignore("CREATE \(s.tokens[1].value.uppercased())", at: r, why: "a baseline describes one schema's tables")
            }
        } else if c.word("ALTER", "TABLE") {
            return alterTable(&c, s)
        } else if c.word("ALTER", "SEQUENCE") {
            return alterSequence(&c, s)
        } else if c.word("DROP") {
            return drop(&c, s)
        } else if let first = s.tokens.first, ignorable(first, s) {
            return
        }
        builder.error(.loaderUnsupportedStatement, "this statement is not supported in a \(dialect.displayName) baseline schema", at: r,
                      label: "not understood", help: "remove it from the baseline, or describe the schema with CREATE TABLE / CREATE INDEX")
    }

    /// Statements dumps carry that say nothing about the schema's shape.
    mutating func ignorable(_ first: DumpToken, _ s: DumpStatement) -> Bool {
        let r = builder.range(s)
        let word = first.kind == .word ? first.value.uppercased() : ""
        switch word {
        case "SET", "RESET", "USE", "PRAGMA":
            builder.ignore("session setting", at: r, why: "settings of the session that wrote the dump")
        case "SELECT":
            builder.ignore("SELECT", at: r, why: "dumps use it for settings (`set_config`); it defines nothing")
        case "COMMENT":
            if comment(s) { return true }
            builder.ignore("COMMENT ON", at: r, why: "only comments on tables and columns are kept")
        case "GRANT", "REVOKE":
            builder.ignore("privileges", at: r, why: "privileges are not part of the catalog")
        case "LOCK", "UNLOCK":
            builder.ignore("table locks", at: r, why: "locks only matter while restoring data")
        case "INSERT", "COPY", "ANALYZE", "DELETE", "UPDATE":
            builder.ignore("data statement", at: r, why: "a baseline describes the schema, not its rows")
        case "BEGIN", "COMMIT", "START", "END":
            builder.ignore("transaction control", at: r, why: "the baseline is read as one schema")
        default:
            if s.starts(with: "ALTER") && s.tokens.contains(where: { $0.isWord("OWNER") }) {
                builder.ignore("OWNER TO", at: r, why: "ownership is not part of the catalog")
            } else {
                return false
            }
        }
        return true
    }

    /// mysqldump's `ALGORITHM=... DEFINER=`x`@`y` SQL SECURITY DEFINER` before VIEW / TRIGGER.
    mutating func skipMySQLViewAndTriggerAttributes(_ c: inout DumpCursor) {
        guard syntax.hasViewDefiners else { return }
        while true {
            if c.word("ALGORITHM") || c.word("DEFINER") {
                _ = c.symbol("=")
                c.advance()
                if c.current?.isSymbol("@") == true || c.current?.value.hasPrefix("@") == true { c.advance(); if c.current?.isName == true || c.current?.kind == .string { c.advance() } }
            } else if c.word("SQL", "SECURITY") {
                c.advance()
            } else {
                return
            }
        }
    }

    // MARK: Tables

    mutating func createTable(_ c: inout DumpCursor, _ s: DumpStatement) {
        let ifNotExists = c.word("IF", "NOT", "EXISTS")
        guard let name = c.qualifiedName() else { return syntax(c, "expected a table name") }
        // Only SQLite keeps tables of its own under this prefix; elsewhere it is a user's table.
        if let prefix = syntax.internalTablePrefix, name.lowercased().hasPrefix(prefix) {
            return builder.ignore("\(dialect.displayName) internal table", at: builder.range(s), why: "`\(name)` is kept by \(dialect.displayName) itself")
        }
        if ifNotExists, builder.catalog.table(name) != nil { return }
        guard let body = c.parenthesized() else {
            builder.error(.loaderUnsupportedStatement, "`CREATE TABLE \(name) AS ...` is not supported", at: builder.range(s),
                          label: "no column definitions", help: "write the table's columns out")
            return
        }
        var reader = CreateTableReader(builder: builder, dialect: dialect)
        _ = reader.read(name: name, body: body, after: c, statement: s)
        builder = reader.builder
    }

    mutating func alterTable(_ c: inout DumpCursor, _ s: DumpStatement) {
        // pg_dump writes `ALTER TABLE` for the owners of views and sequences too.
        if s.tokens.indices.dropLast().contains(where: { s.tokens[$0].isWord("OWNER") && s.tokens[$0 + 1].isWord("TO") }) {
            return builder.ignore("OWNER TO", at: builder.range(s), why: "ownership is not part of the catalog")
        }
        _ = c.word("IF", "EXISTS")
        _ = c.word("ONLY")
        guard let table = c.qualifiedName() else { return syntax(c, "expected a table name") }
        guard builder.catalog.table(table) != nil else {
            return builder.error(.loaderUnknownName, "table `\(table)` is not defined", at: builder.range(s), label: "no such table")
        }
        if c.word("OWNER", "TO") { return builder.ignore("OWNER TO", at: builder.range(s), why: "ownership is not part of the catalog") }
        if c.word("ADD") {
            var reader = CreateTableReader(builder: builder, dialect: dialect)
            var element = DumpCursor(c.rest, foldsNames: syntax.foldsUnquotedNames)
            if reader.readTableConstraint(&element, table: table) {
                reader.finish(table: table)
                builder = reader.builder
                if let rest = element.current, !rest.isWord("NOT") {  // `NOT VALID` is still a constraint
                    builder.ignore("constraint options", at: builder.range(rest), why: "validation state is not kept")
                }
                return
            }
            return unsupported(s)
        }
        if c.word("ALTER") {
            _ = c.word("COLUMN")
            guard let column = c.name() else { return syntax(c, "expected a column name") }
            guard builder.catalog.table(table)?.column(column) != nil else {
                return builder.error(.loaderUnknownName, "column `\(column)` does not exist in table `\(table)`", at: builder.range(s), label: "no such column")
            }
            if c.word("SET", "DEFAULT") { return setDefault(table: table, column: column, c.rest, s) }
            if c.word("ADD", "GENERATED") { return addIdentity(table: table, column: column, &c, s) }
            if c.word("SET", "STATISTICS") || c.word("SET", "STORAGE") {
                return builder.ignore("storage settings", at: builder.range(s), why: "planner and storage settings are not part of the catalog")
            }
        }
        if c.word("REPLICA", "IDENTITY") || c.word("CLUSTER", "ON") || c.word("ENABLE") || c.word("DISABLE") {
            return builder.ignore("table settings", at: builder.range(s), why: "replication and clustering settings are not part of the catalog")
        }
        unsupported(s)
    }

    // MARK: Indexes

    /// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON [ONLY] t [USING m] (keys) [WHERE p]`
    mutating func createIndex(_ c: inout DumpCursor, _ s: DumpStatement) {
        let unique = c.word("UNIQUE")
        guard c.word("INDEX") else { return unsupported(s) }
        _ = c.word("CONCURRENTLY")
        _ = c.word("IF", "NOT", "EXISTS")
        guard let name = c.qualifiedName(), c.word("ON") else { return syntax(c, "expected `name ON table`") }
        _ = c.word("ONLY")
        guard let table = c.qualifiedName() else { return syntax(c, "expected a table name") }
        var method: String?
        if c.word("USING") { method = c.name() }
        guard let list = c.parenthesized() else { return syntax(c, "expected the index keys in parentheses") }
        var reader = CreateTableReader(builder: builder, dialect: dialect)
        var keys: [IndexKey] = []
        for part in DumpCursor.splitCommas(list) {
            guard let key = reader.indexKey(part) else { builder = reader.builder; return syntax(c, "cannot read index key") }
            keys.append(key)
        }
        builder = reader.builder
        var predicate: CatalogExpression?
        if c.word("WHERE") { predicate = builder.expression(c.rest); c.i = c.tokens.endIndex }
        if !c.atEnd { return syntax(c, "unexpected text after the index keys") }
        if builder.catalog.table(table)?.index(name) != nil {
            return builder.error(.loaderDuplicate, "index `\(name)` is defined twice", at: builder.range(s), label: "second definition")
        }
        let index = TableIndex(name: name, isUnique: unique, keys: keys, predicate: predicate, method: method, definedAt: builder.range(s))
        builder.addIndex(index, table: table)
        // A new index that covers a foreign key's columns replaces InnoDB's support index.
        if builder.targetRules.foreignKeysNeedAnIndex {
            builder.catalog.updateTable(table) { t in
                _ = CheckRun.removeCoveredSupportIndexes(in: &t, by: index.columns)
            }
        }
    }

    // MARK: Views and triggers

    /// The view keeps its SQL as `CREATE VIEW name AS <query>`, the query as written.
    mutating func createView(_ c: inout DumpCursor, _ s: DumpStatement) {
        guard let nameToken = c.current, let name = c.qualifiedName() else { return syntax(c, "expected a view name") }
        let nameEnd = c.tokens[c.i - 1].end
        _ = c.parenthesized()
        guard c.word("AS"), let first = c.current else { return syntax(c, "expected AS and a query") }
        let query = builder.text(first.start, s.end)
        let sql = "CREATE VIEW " + builder.text(nameToken.start, nameEnd) + " AS " + query
        let view = View(name: name, sql: sql, dependencies: dependencies(c.rest), definedAt: builder.range(s))
        if let i = builder.catalog.views.firstIndex(where: { $0.name == name }) {
            builder.catalog.views[i] = view  // mysqldump writes a stand-in view first, then the real one
        } else {
            builder.catalog.views.append(view)
        }
    }

    /// `CREATE TRIGGER name ... ON table ...`: kept verbatim on its table.
    mutating func createTrigger(_ c: inout DumpCursor, _ s: DumpStatement) {
        _ = c.word("IF", "NOT", "EXISTS")
        guard let nameToken = c.current, let name = c.qualifiedName() else { return syntax(c, "expected a trigger name") }
        while let t = c.current, !t.isWord("ON") { c.advance() }
        guard c.word("ON"), let table = c.qualifiedName() else { return syntax(c, "expected ON and a table") }
        guard builder.catalog.table(table) != nil else {
            return builder.error(.loaderUnknownName, "table `\(table)` of trigger `\(name)` is not defined", at: builder.range(s), label: "no such table")
        }
        // From the name on: MySQL's `DEFINER=` (who created it, where) is not part of the schema.
        let sql = "CREATE TRIGGER " + builder.text(nameToken.start, s.end)
        let trigger = Trigger(name: name, table: table, sql: sql, dependencies: dependencies(s.tokens[...]), definedAt: builder.range(s))
        builder.catalog.updateTable(table) { $0.triggers.append(trigger) }
    }

    func dependencies(of sql: String) -> [TableDependency] {
        var lexer = DumpLexer(bytes: Array(sql.utf8), syntax: syntax)
        return dependencies(lexer.tokens()[...])
    }

    /// The tables a query or trigger names, with the columns of each it mentions (`*`: all).
    func dependencies(_ tokens: ArraySlice<DumpToken>) -> [TableDependency] {
        let names = tokens.filter(\.isName).map { $0.kind == .word && syntax.foldsUnquotedNames ? $0.value.lowercased() : $0.value }
        let star = tokens.indices.contains { Self.isWildcard(at: $0, in: tokens) }
        var out: [TableDependency] = []
        for table in builder.catalog.tables where names.contains(table.name) {
            let columns = star ? table.columns.map(\.name) : table.columns.map(\.name).filter { names.contains($0) }
            out.append(TableDependency(table: table.name, columns: columns))
        }
        return out
    }

    /// A `*` selecting every column (`SELECT *`, `SELECT a, *`, `t.*`); not the one in
    /// `count(*)` or a product, which would make every view with a count depend on every column.
    static func isWildcard(at i: Int, in tokens: ArraySlice<DumpToken>) -> Bool {
        guard tokens[i].isSymbol("*"), i > tokens.startIndex else { return false }
        let before = tokens[i - 1]
        if before.isSymbol(",") || before.isSymbol(".") { return true }
        return before.kind == .word && ["SELECT", "DISTINCT", "ALL"].contains(before.value.uppercased())
    }

    // MARK: Drops (mysqldump's `DROP TABLE IF EXISTS` before each table)

    mutating func drop(_ c: inout DumpCursor, _ s: DumpStatement) {
        let isView = c.word("VIEW")
        guard isView || c.word("TABLE") else { return unsupported(s) }
        let ifExists = c.word("IF", "EXISTS")
        while let name = c.qualifiedName() {
            if isView, let i = builder.catalog.views.firstIndex(where: { $0.name == name }) {
                builder.catalog.views.remove(at: i)
            } else if !isView, let i = builder.catalog.tablePosition(name) {
                builder.catalog.tables.remove(at: i)
            } else if !ifExists {
                builder.error(.loaderUnknownName, "\(isView ? "view" : "table") `\(name)` is not defined", at: builder.range(s), label: "nothing to drop")
            }
            if !c.symbol(",") { break }
        }
    }

    // MARK: End of file

    mutating func finish() {
        resolveSerialDefaults()
        resolveEnumColumns()
        // Dependencies once every table is known: dumps may define a view before a table it reads.
        for i in builder.catalog.views.indices {
            builder.catalog.views[i].dependencies = dependencies(of: builder.catalog.views[i].sql)
        }
        for t in builder.catalog.tables.indices {
            for k in builder.catalog.tables[t].triggers.indices {
                builder.catalog.tables[t].triggers[k].dependencies = dependencies(of: builder.catalog.tables[t].triggers[k].sql)
            }
        }
        // SQLite lets `REFERENCES t` name a table defined later: its key is known now.
        for ti in builder.catalog.tables.indices {
            for ci in builder.catalog.tables[ti].constraints.indices {
                guard case .foreignKey(var fk) = builder.catalog.tables[ti].constraints[ci].kind, fk.referencedColumns.isEmpty else { continue }
                guard let key = builder.catalog.table(fk.referencedTable)?.primaryKeyColumns, !key.isEmpty else {
                    builder.error(.loaderUnknownName, "table `\(fk.referencedTable)` has no primary key to reference",
                                  at: builder.catalog.tables[ti].constraints[ci].definedAt, label: "referenced table")
                    continue
                }
                fk.referencedColumns = key
                builder.catalog.tables[ti].constraints[ci].kind = .foreignKey(fk)
            }
        }
    }

    // MARK: Diagnostics

    mutating func syntax(_ c: DumpCursor, _ message: String) {
        builder.error(.loaderSyntax, message, at: c.here.map(builder.range), label: "not understood")
    }

    mutating func unsupported(_ s: DumpStatement) {
        builder.error(.loaderUnsupportedStatement, "this statement is not supported in a \(dialect.displayName) baseline schema",
                      at: builder.range(s), label: "not understood",
                      help: "remove it from the baseline, or describe the schema with CREATE TABLE / CREATE INDEX")
    }
}
