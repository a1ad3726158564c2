/// Reads the body of a `CREATE TABLE` in any of the three dialects — the column and
/// constraint grammar they share, plus each one's extras (MySQL `KEY` lines and
/// `AUTO_INCREMENT`, SQLite `AUTOINCREMENT` and conflict clauses, PostgreSQL identity) —
/// into the builder's catalog.
struct CreateTableReader {
    /// A constraint read but not yet added: constraints are added after all columns, in
    /// PostgreSQL's naming order (keys, checks, foreign keys), so names come out as its.
    struct Pending {
        var name: String?
        var kind: Constraint.Kind
        var level: Constraint.Level
        var range: SourceRange
        /// A MySQL unique key's parts with their order, in case it holds a hidden key (`foldKeyHolders`).
        var keys: [IndexKey]? = nil
        var phase: Int {
            switch kind {
            case .primaryKey, .unique: 0
            case .check: 1
            case .foreignKey: 2
            }
        }
    }

    static let columnStopWords: Set<String> = [
        "CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "COLLATE", "GENERATED",
        "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "CHARSET", "ON", "KEY", "INVISIBLE", "AS",
    ]

    var builder: BaselineBuilder
    let dialect: SchemaDialect
    var pending: [Pending] = []
    var indexes: [TableIndex] = []
    /// MySQL: generated columns read so far, with where they were defined and whether they
    /// were INVISIBLE (a key holder, `MySQLKeyHolders`, is both).
    var generatedColumns: [(name: String, range: SourceRange, invisible: Bool)] = []
    /// Columns numbered by a serial / identity generator: PostgreSQL names their sequences.
    var rowidCandidates: [(column: String, autoincrement: Bool, descending: Bool)] = []

    init(builder: BaselineBuilder, dialect: SchemaDialect) {
        self.builder = builder
        self.dialect = dialect
    }

    /// How the file's DDL family writes what this reader reads.
    var syntax: DumpSyntax { builder.syntax }

    /// Reads `( elements ) [options]` for table `name` and adds the table; false on error.
    mutating func read(name: String, body: ArraySlice<DumpToken>, after: DumpCursor, statement: DumpStatement) -> Bool {
        var table = Table(name: name, definedAt: builder.range(statement))
        let foldsNames = syntax.foldsUnquotedNames
        for element in DumpCursor.splitCommas(body) where !element.isEmpty {
            var c = DumpCursor(element, foldsNames: foldsNames)
            guard readTableConstraint(&c, table: name) else {
                guard let column = readColumn(&c, table: name) else { return false }
                table.appendColumn(column)
                continue
            }
        }
        guard foldKeyHolders(&table) else { return false }
        Self.resolveGeneratedReads(&table)
        readOptions(after, table: &table)
        guard builder.addTable(table) else { return false }
        finish(table: name)
        return true
    }

    // MARK: Columns

    mutating func readColumn(_ c: inout DumpCursor, table: String) -> Column? {
        guard let nameToken = c.current, nameToken.isName else {
            builder.error(.loaderSyntax, "expected a column name or a table constraint", at: c.here.map(builder.range), label: "not understood")
            return nil
        }
        c.advance()
        let name = c.nameValue(nameToken)
        let typeTokens = c.until(Self.columnStopWords)
        let declared = typeTokens.isEmpty ? "" : typeText(typeTokens)
        var column = Column(name: name, type: ForeignTypes.columnType(declared, dialect: builder.reader),
                            definedAt: builder.range(nameToken.start, (c.peek(-1) ?? nameToken).end))
        while !c.atEnd {
            let start = c.current!
            var constraintName: String?
            if c.word("CONSTRAINT") {
                constraintName = c.name()
                if c.atEnd { return syntax(c, "expected a constraint after CONSTRAINT \(constraintName ?? "")") }
            }
            let level = Constraint.Level.column(name)
            if c.word("NOT", "NULL") {
                column.isNotNull = true
            } else if c.word("NULL") {
                column.isNotNull = false
            } else if c.word("DEFAULT") {
                let tokens = c.until(Self.columnStopWords, includeFirst: true)
                guard !tokens.isEmpty else { return syntax(c, "expected an expression after DEFAULT") }
                column.defaultValue = defaultValue(tokens, column: &column)
            } else if c.word("COLLATE") {
                column.collation = c.qualifiedName()  // `pg_catalog."C"` is collation `C`
            } else if c.word("PRIMARY", "KEY") {
                var descending = false
                if c.word("ASC") {} else if c.word("DESC") { descending = true }
                if descending, syntax.hasRowidTables, declared.uppercased() == "INTEGER" {
                    // The one column that is not the rowid for its DESC: a rebuild cannot keep that quirk.
                    builder.error(.loaderUnsupportedStatement, "`INTEGER PRIMARY KEY DESC` is not supported", at: span(start, c),
                                  label: "SQLite does not make this column the rowid",
                                  help: "sqlport cannot recreate the quirk when it rebuilds the table; write `PRIMARY KEY` without DESC, or a table constraint `PRIMARY KEY (\(name) DESC)`")
                }
                skipConflictClause(&c)
                let autoincrement = c.word("AUTOINCREMENT")
                if syntax.hasRowidTables { rowidCandidates.append((name, autoincrement, descending)) }
                pending.append(Pending(name: constraintName, kind: .primaryKey(columns: [name]), level: level, range: span(start, c)))
            } else if c.word("UNIQUE") {
                _ = c.word("KEY")
                skipConflictClause(&c)
                pending.append(Pending(name: constraintName, kind: .unique(columns: [name]), level: level, range: span(start, c)))
            } else if c.word("CHECK") {
                guard let e = c.parenthesized() else { return syntax(c, "expected `(` after CHECK") }
                pending.append(Pending(name: constraintName, kind: .check(builder.expression(e)), level: level, range: span(start, c)))
            } else if c.isWord("REFERENCES") {
                guard let fk = readReferences(&c, columns: [name]) else { return nil }
                pending.append(Pending(name: constraintName, kind: .foreignKey(fk), level: level, range: span(start, c)))
            } else if c.word("AUTO_INCREMENT") {
                column.generator = .autoIncrement
            } else if syntax.holdsKeysInInvisibleColumns, c.isWord("AS") || (c.isWord("GENERATED") && c.peek(1)?.isWord("ALWAYS") == true) {
                guard let generated = readGeneratedColumn(&c) else { return nil }
                _ = c.word("PERSISTENT")
                column.generated = generated
                generatedColumns.append((name, builder.range(start), false))
            } else if atGeneratedColumn(c) {
                guard let generated = readGeneratedColumn(&c) else { return nil }
                column.generated = generated
            } else if c.word("GENERATED") {
                guard syntax.hasIdentityColumns, c.word("BY", "DEFAULT") || c.word("ALWAYS"), c.word("AS", "IDENTITY") else {
                    builder.error(.loaderUnsupportedStatement, "generated column `\(name)` is not supported", at: builder.range(start),
                                  label: "computed columns cannot be checked or restated", help: "drop the generated column from the baseline")
                    return nil
                }
                let always = c.tokens[c.i - 3].isWord("ALWAYS")
                _ = c.parenthesized()
                column.generator = .identity(always: always, sequence: PostgreSQLNaming.sequenceName(table: table, column: name, catalog: builder.catalog))
                column.isNotNull = true
            } else if c.word("AS") {
                builder.error(.loaderUnsupportedStatement, "generated column `\(name)` is not supported", at: builder.range(start),
                              label: "computed columns cannot be checked or restated", help: "drop the generated column from the baseline")
                return nil
            } else if c.word("CHARACTER", "SET") || c.word("CHARSET") {
                c.advance()
                builder.ignore("column character set", at: builder.range(start), why: "sqlport keeps collations, not character sets")
            } else if c.word("COMMENT") {
                // MySQL keeps a column's comment in its definition: a restatement must repeat it.
                if let t = c.current, t.kind == .string { column.comment = t.value.isEmpty ? nil : t.value }
                c.advance()
            } else if c.word("ON", "UPDATE") {
                column.onUpdate = builder.expression(c.until(Self.columnStopWords, includeFirst: true))
            } else if c.word("INVISIBLE") {
                if column.generated != nil, syntax.holdsKeysInInvisibleColumns {
                    generatedColumns[generatedColumns.count - 1].invisible = true
                    continue
                }
                builder.ignore("INVISIBLE", at: builder.range(start), why: "column visibility is not kept")
            } else {
                return syntax(c, "unexpected `\(start.value)` in the definition of column `\(name)`")
            }
        }
        return column
    }

    /// The declared type as written: words separated by one space, no space before `(`.
    func typeText(_ tokens: ArraySlice<DumpToken>) -> String {
        if syntax.keepsDeclaredTypeVerbatim, let first = tokens.first, let last = tokens.last {
            return builder.text(first.start, last.end)  // SQLite keeps the declared type verbatim
        }
        var out = ""
        var previous: DumpToken?
        for t in tokens {
            let glue = previous == nil || t.isSymbol("(") || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol("[") || t.isSymbol("]")
                || previous!.isSymbol("(") || previous!.isSymbol(",") || previous!.isSymbol("[") || t.isSymbol(".") || previous!.isSymbol(".")
            out += (glue ? "" : " ") + (t.kind == .string ? stringText(t.value) : t.kind == .quotedIdentifier ? "\"" + t.value + "\"" : t.value)
            previous = t
        }
        return out
    }

    /// A string of a type (`enum('a','it''s')`) quoted again as the dump's database reads it, so
    /// that a restated column says what the dump said.
    func stringText(_ value: String) -> String {
        var escaped = value.replacingOccurrences(of: "'", with: "''")
        if syntax.stringsTakeBackslashEscapes { escaped = escaped.replacingOccurrences(of: "\\", with: "\\\\") }
        return "'" + escaped + "'"
    }

    /// `DEFAULT NULL` is no default; PostgreSQL's `nextval('seq'::regclass)` is a serial
    /// generator once the sequence is known to be owned (resolved at the end of the file).
    mutating func defaultValue(_ tokens: ArraySlice<DumpToken>, column: inout Column) -> CatalogExpression? {
        if tokens.count == 1, tokens.first!.isWord("NULL") { return nil }
        if tokens.count >= 2, tokens.first!.isWord("NULL"), tokens.dropFirst().first!.isSymbol("::") { return nil }
        return builder.expression(tokens)
    }

    /// SQLite's `ON CONFLICT REPLACE` (and kin) changes what a violating INSERT does; the
    /// catalog cannot hold it, so a rebuild would silently drop it: refused.
    mutating func skipConflictClause(_ c: inout DumpCursor) {
        guard let start = c.current, c.word("ON", "CONFLICT") else { return }
        let action = c.current?.value ?? ""
        c.advance()
        builder.error(.loaderUnsupportedStatement, "conflict clauses are not supported", at: builder.range(start.start, c.tokens[c.i - 1].end),
                      label: "`ON CONFLICT \(action.uppercased())`",
                      help: "sqlport cannot recreate it when it rebuilds the table; remove it from the table (ABORT is SQLite's default)")
    }

    func span(_ start: DumpToken, _ c: DumpCursor) -> SourceRange {
        builder.range(start.start, (c.peek(-1) ?? start).end)
    }

    mutating func syntax<T>(_ c: DumpCursor, _ message: String) -> T? {
        builder.error(.loaderSyntax, message, at: c.here.map(builder.range), label: "not understood")
        return nil
    }

    // MARK: References

    mutating func readReferences(_ c: inout DumpCursor, columns: [String]) -> ForeignKey? {
        guard c.word("REFERENCES"), let table = c.qualifiedName() else { return syntax(c, "expected a table after REFERENCES") }
        var referenced: [String] = []
        if let list = c.parenthesized() {
            guard let names = c.names(list) else { return syntax(c, "expected column names") }
            referenced = names
        }
        var fk = ForeignKey(columns: columns, referencedTable: table, referencedColumns: referenced)
        while !c.atEnd {
            if c.word("ON", "DELETE") {
                fk.onDelete = readAction(&c)
            } else if c.word("ON", "UPDATE") {
                fk.onUpdate = readAction(&c)
            } else if let start = c.current, c.word("MATCH") {
                // PostgreSQL's MATCH FULL / PARTIAL change which rows the key checks; the catalog
                // has no place for them, so they are refused, not dropped. MATCH SIMPLE is the
                // default; SQLite parses MATCH and ignores it.
                let kind = c.current?.value.uppercased() ?? ""
                c.advance()
                if syntax.enforcesForeignKeyMatch, kind != "SIMPLE" {
                    builder.error(.loaderUnsupportedStatement, "`MATCH \(kind)` foreign keys are not supported",
                                  at: builder.range(start.start, c.tokens[c.i - 1].end), label: "changes which rows the key checks",
                                  help: "sqlport would write the key back as MATCH SIMPLE; drop the MATCH clause from the baseline if that is what the database should have")
                }
            } else if c.word("NOT", "DEFERRABLE") {
                fk.deferrable = false
                fk.initiallyDeferred = false
            } else if c.word("DEFERRABLE") {
                fk.deferrable = true
            } else if c.word("INITIALLY", "DEFERRED") {
                // PostgreSQL: INITIALLY DEFERRED implies DEFERRABLE; SQLite: deferred only after DEFERRABLE.
                if syntax.initiallyDeferredImpliesDeferrable { fk.deferrable = true }
                fk.initiallyDeferred = fk.deferrable
            } else if c.word("INITIALLY", "IMMEDIATE") {
                fk.initiallyDeferred = false
            } else {
                break
            }
        }
        return fk
    }

    mutating func readAction(_ c: inout DumpCursor) -> ReferentialAction? {
        if c.word("CASCADE") { return .cascade }
        if c.word("RESTRICT") { return .restrict }
        if c.word("SET", "NULL") { return .setNull }
        if c.word("SET", "DEFAULT") { return .setDefault }
        if c.word("NO", "ACTION") { return .noAction }
        return syntax(c, "expected a referential action")
    }

    // MARK: Table constraints and MySQL keys

    /// Reads a table-level constraint or key if one starts here; false (nothing consumed) otherwise.
    mutating func readTableConstraint(_ c: inout DumpCursor, table: String) -> Bool {
        guard let start = c.current else { return false }
        let isConstraint = c.isWord("CONSTRAINT") || c.isWord("PRIMARY") || c.isWord("FOREIGN") || c.isWord("CHECK")
            || c.isWord("UNIQUE")
            || (syntax.definesIndexesInCreateTable && (c.isWord("KEY") || c.isWord("INDEX") || c.isWord("FULLTEXT") || c.isWord("SPATIAL")))
        guard isConstraint else { return false }
        var name: String?
        if c.word("CONSTRAINT") {
            if !(c.isWord("PRIMARY") || c.isWord("UNIQUE") || c.isWord("FOREIGN") || c.isWord("CHECK")) { name = c.name() }
        }
        if c.word("PRIMARY", "KEY") {
            _ = c.name()  // MySQL allows an index name here; PRIMARY it is
            guard let list = c.parenthesized(), let cols = keyColumns(list) else { return failed(c) }
            skipConflictClause(&c)
            if syntax.hasRowidTables, cols.count == 1 { rowidCandidates.append((cols[0], false, false)) }
            pending.append(Pending(name: name, kind: .primaryKey(columns: cols), level: .table, range: span(start, c)))
        } else if c.word("UNIQUE") {
            _ = c.word("KEY") || c.word("INDEX")
            let indexName = c.current?.isSymbol("(") == true ? nil : c.name()
            guard let list = c.parenthesized(), let cols = keyColumns(list) else { return failed(c) }
            skipConflictClause(&c)
            let keys = syntax.holdsKeysInInvisibleColumns ? DumpCursor.splitCommas(list).compactMap { indexKey($0) } : nil
            pending.append(Pending(name: name ?? indexName, kind: .unique(columns: cols), level: .table, range: span(start, c), keys: keys))
        } else if c.word("FOREIGN", "KEY") {
            if name == nil, c.current?.isName == true { name = c.name() }
            guard let list = c.parenthesized(), let cols = c.names(list), let fk = readReferences(&c, columns: cols) else { return failed(c) }
            pending.append(Pending(name: name, kind: .foreignKey(fk), level: .table, range: span(start, c)))
        } else if c.word("CHECK") {
            guard let e = c.parenthesized() else { return failed(c) }
            pending.append(Pending(name: name, kind: .check(builder.expression(e)), level: .table, range: span(start, c)))
        } else if c.word("FULLTEXT") || c.word("SPATIAL") {
            builder.error(.loaderUnsupportedStatement, "`\(start.value.uppercased())` indexes are not supported", at: builder.range(start),
                          label: "no portable equivalent", help: "drop the index from the baseline")
        } else if c.word("KEY") || c.word("INDEX") {
            let indexName = c.current?.isSymbol("(") == true ? nil : c.name()
            guard let list = c.parenthesized() else { return failed(c) }
            var keys: [IndexKey] = []
            for part in DumpCursor.splitCommas(list) {
                guard let key = indexKey(part) else { return failed(c) }
                keys.append(key)
            }
            let generated = indexName ?? keys.first?.column ?? "key"
            var method: String?
            if c.word("USING") { method = c.current?.value; c.advance() }
            indexes.append(TableIndex(name: generated, keys: keys, method: method, definedAt: span(start, c)))
        } else {
            return failed(c)
        }
        return true
    }

    /// Reports a constraint that did not read; true: the element was a constraint.
    mutating func failed(_ c: DumpCursor) -> Bool {
        let _: Int? = syntax(c, "cannot read this table constraint")
        return true
    }

    /// Key columns; a MySQL prefix length (`name(10)`) is refused rather than dropped.
    mutating func keyColumns(_ list: ArraySlice<DumpToken>) -> [String]? {
        var out: [String] = []
        for part in DumpCursor.splitCommas(list) {
            guard let first = part.first, first.isName else { return nil }
            // ASC / DESC only orders the key's index; anything else (COLLATE, a prefix length)
            // changes what the key compares and cannot be dropped.
            let rest = part.dropFirst()
            guard rest.isEmpty || rest.count == 1 && (rest.first!.isWord("ASC") || rest.first!.isWord("DESC")) else {
                builder.error(.loaderUnsupportedStatement, "key column `\(first.value)` with `\(rest.map(\.value).joined(separator: " "))` is not supported",
                              at: builder.range(first.start, rest.last!.end), label: "not kept in the catalog",
                              help: "sqlport cannot recreate it; write the key column alone, or a unique index on an expression")
                return nil
            }
            out.append(first.kind == .word && syntax.foldsUnquotedNames ? first.value.lowercased() : first.value)
        }
        return out
    }

    /// One index key: a column or a parenthesised expression, then ASC / DESC, NULLS FIRST / LAST.
    mutating func indexKey(_ part: ArraySlice<DumpToken>) -> IndexKey? {
        var c = DumpCursor(part, foldsNames: syntax.foldsUnquotedNames)
        var target: IndexKey.Target
        var prefix: Int?
        if let e = c.parenthesized() {
            target = .expression(builder.expression(e))
        } else if let t = c.current, t.isName, !(c.peek(1)?.isSymbol("(") ?? false) {
            c.advance()
            target = .column(c.nameValue(t))
        } else if syntax.quotesIdentifiersWithBacktick, let t = c.current, t.isName, c.peek(1)?.isSymbol("(") == true,
                  let n = c.peek(2), n.kind == .number, let length = Int(n.value), c.peek(3)?.isSymbol(")") == true {
            // MySQL's key prefix: `notes`(768) indexes the first 768 characters.
            c.i += 4
            prefix = length
            target = .column(c.nameValue(t))
        } else {
            // A bare function call (`lower(name)`) as PostgreSQL's pg_get_indexdef prints it.
            let tokens = c.until(["ASC", "DESC", "NULLS", "COLLATE"])
            guard !tokens.isEmpty else { return nil }
            target = .expression(builder.expression(tokens))
        }
        var key = IndexKey(target, prefixLength: prefix)
        if let collate = c.current, c.word("COLLATE") {
            // The catalog has no key collation: an index SQLite recreates (a rename, a rebuild)
            // would silently compare differently.
            let name = c.current?.value ?? ""
            _ = c.name()
            builder.error(.loaderUnsupportedStatement, "index key collations are not supported",
                          at: builder.range(collate.start, c.tokens[c.i - 1].end), label: "collation of this key",
                          help: "sqlport cannot recreate it; without `COLLATE \(name)` the key compares with its column's collation")
        }
        // pg_get_indexdef writes a non-default operator class after the key (`name varchar_pattern_ops`).
        if let t = c.current, t.isName, !["ASC", "DESC", "NULLS"].contains(t.value.uppercased()) {
            c.advance()
            key.opclass = c.nameValue(t)
        }
        if c.word("ASC") { key.ordering = .asc } else if c.word("DESC") { key.ordering = .desc }
        if c.word("NULLS", "FIRST") { key.nulls = .first } else if c.word("NULLS", "LAST") { key.nulls = .last }
        guard c.atEnd else { return nil }
        return key
    }

    // MARK: Table options

    mutating func readOptions(_ after: DumpCursor, table: inout Table) {
        var c = after
        var charset: String?, collation: String?
        defer { if syntax.hasTableOptions { keepCharset(charset, collation, table: &table) } }
        while let t = c.current {
            if c.word("WITHOUT", "ROWID") {
                table.withoutRowid = true
            } else if c.word("STRICT") {
                table.strict = true
            } else if t.kind == .word, syntax.hasTableOptions {
                // ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=... COMMENT='...'
                if c.word("DEFAULT") { continue }
                let isCharset = c.word("CHARACTER", "SET") || c.word("CHARSET")
                let isCollate = !isCharset && c.word("COLLATE")
                let isComment = !isCharset && !isCollate && c.isWord("COMMENT")
                if !isCharset && !isCollate { c.advance() }
                _ = c.symbol("=")
                let written = c.current
                let value = written?.value.lowercased()
                c.advance()
                if isComment, let written, written.kind == .string {
                    table.comment = written.value.isEmpty ? nil : written.value
                } else if isCharset { charset = value } else if isCollate { collation = value } else {
                    builder.ignore("table option", at: builder.range(t), why: "table options (`ENGINE`, `AUTO_INCREMENT`, comments) are not part of the catalog")
                }
            } else if t.isSymbol(",") || t.isSymbol("=") {
                c.advance()
            } else {
                builder.error(.loaderSyntax, "unexpected `\(t.value)` after the table definition", at: builder.range(t), label: "not understood")
                return
            }
        }
    }

    /// Records a MySQL table's default character set (`Table.mysqlCharset`) and reads its
    /// columns the way a dump shows them: a column states `CHARACTER SET ... COLLATE ...` only
    /// where it differs from the table's default. One in sqlport's own utf8mb4 collation is read
    /// as one sqlport defined, so the catalog predicts a column sqlport adds the same way.
    mutating func keepCharset(_ charset: String?, _ collation: String?, table: inout Table) {
        let own = MySQLCharset.collation
        table.mysqlCharset = collation == own ? nil : collation ?? charset ?? "?"
        guard table.mysqlCharset != nil else { return }
        var columns = table.columns
        for i in columns.indices where columns[i].collation?.lowercased() == own {
            columns[i].collation = nil
            columns[i].takesTableCharset = false
        }
        table.columns = columns
    }

    // MARK: Finishing

    /// Adds the table's constraints (PostgreSQL's naming order), indexes and generators.
    mutating func finish(table: String) {
        // Keys first so InnoDB-style support indexes for foreign keys are recognised.
        for index in indexes { builder.addIndex(index, table: table) }
        for p in pending.enumerated().sorted(by: { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }).map(\.element) {
            var kind = p.kind
            if case .foreignKey(var fk) = kind, fk.referencedColumns.isEmpty {
                // `REFERENCES t`: t's primary key, now or (SQLite allows forward references) at the end.
                fk.referencedColumns = builder.catalog.table(fk.referencedTable)?.primaryKeyColumns ?? []
                kind = .foreignKey(fk)
            }
            builder.addConstraint(table: table, name: p.name, kind: kind, level: p.level, at: p.range)
        }
        guard syntax.hasRowidTables, let t = builder.catalog.table(table), !t.withoutRowid,
              t.primaryKeyColumns.count == 1 else { return }
        // `INTEGER PRIMARY KEY` (exactly that type name) aliases the rowid, except the
        // column-level `INTEGER PRIMARY KEY DESC` quirk SQLite keeps for compatibility.
        let key = t.primaryKeyColumns[0]
        guard let candidate = rowidCandidates.first(where: { $0.column == key }), !candidate.descending,
              let column = t.column(key), column.type.declared.uppercased() == "INTEGER" else { return }
        builder.catalog.updateTable(table) { t in
            if let i = t.columnIndex(key) { t.columns[i].generator = .rowid(autoincrement: candidate.autoincrement) }
        }
    }

    static func keyColumns(_ kind: Constraint.Kind) -> [String] {
        switch kind {
        case .primaryKey(let c), .unique(let c): c
        case .foreignKey(let fk): fk.columns
        case .check: []
        }
    }
}

extension CreateTableReader {
    /// MySQL: an invisible generated column that a key uses holds that key's value for an index
    /// sqlport wrote (`MySQLKeyHolders`): it leaves the columns and becomes the key, an expression
    /// with its holder's name (a unique key becomes a unique index). Any other visible generated
    /// column stays a column.
    mutating func foldKeyHolders(_ table: inout Table) -> Bool {
        for g in generatedColumns {
            guard let column = table.column(g.name), let generated = column.generated else { continue }
            func held(ordering: SortOrdering? = nil) -> IndexKey {
                var k = IndexKey(.expression(.verbatim(generated.expression)), ordering: ordering)
                k.holder = g.name
                return k
            }
            var used = false
            if g.invisible {
                for i in indexes.indices where indexes[i].keys.contains(where: { $0.column == g.name }) {
                    indexes[i].keys = indexes[i].keys.map { $0.column == g.name ? held(ordering: $0.ordering) : $0 }
                    used = true
                }
                pending = pending.filter { p in
                    guard case .unique(let cols) = p.kind, cols.contains(g.name) else { return true }
                    indexes.append(TableIndex(name: p.name ?? g.name, isUnique: true,
                                              keys: (p.keys ?? cols.map { IndexKey(.column($0)) }).map { $0.column == g.name ? held(ordering: $0.ordering) : $0 },
                                              definedAt: p.range))
                    used = true
                    return false
                }
            }
            // A visible generated column no key uses is the user's own: kept where this dump's
            // generated columns are read (`GeneratedColumnReader`). An invisible one stays refused:
            // the catalog keeps no visibility, and positional INSERTs would count it.
            if !used, !g.invisible, readsGeneratedColumns { continue }
            guard used else {
                builder.error(.loaderUnsupportedStatement, "generated column `\(g.name)` is not supported", at: g.range,
                              label: "computed columns cannot be checked or restated", help: "drop the generated column from the baseline")
                return false
            }
            table.removeColumn(named: g.name)
        }
        return true
    }
}
