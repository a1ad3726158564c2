/// Assembles a catalog from a dump's definitions, naming what the dump leaves unnamed the
/// way the target database does, and computing each constraint's PostgreSQL name through
/// `PostgreSQLNaming` in definition order — so a migration's `DROP CONSTRAINT ballot_pkey`
/// finds MySQL's `PRIMARY` and SQLite's unnamed key.
///
/// The dialect loaders parse; this type owns the catalog, the diagnostics and the fragments
/// (defaults, checks) given portable meaning.
struct BaselineBuilder {
    var catalog: Catalog
    let file: SourceFile
    let dialect: SchemaDialect
    /// The dialect whose dump reader reads the file (the file's DDL family) and its syntax.
    let reader: any TargetDialect
    let syntax: DumpSyntax
    /// The database the catalog is for.
    let targetRules: any TargetDialect
    var sources: SourceMap
    var diagnostics: [Diagnostic] = []
    private var reportedIgnored: Set<String> = []

    init(target: Dialect, file: SourceFile, dialect: SchemaDialect, sources: SourceMap, catalog: Catalog? = nil) {
        self.catalog = catalog ?? Catalog(target: target)
        self.file = file
        self.dialect = dialect
        self.targetRules = target.target
        self.reader = dialect.reader ?? targetRules
        self.syntax = reader.dumpSyntax
        self.sources = sources
    }

    var target: Dialect { catalog.target }

    func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: file.id, start: start, end: end) }
    func range(_ t: DumpToken) -> SourceRange { range(t.start, t.end) }
    func range(_ s: DumpStatement) -> SourceRange { range(s.start, s.end) }
    func text(_ start: Int, _ end: Int) -> String { file.text(range(start, end)) }

    // MARK: Diagnostics

    /// B500, once per `kind` and file: what the catalog deliberately leaves out.
    mutating func ignore(_ kind: String, at r: SourceRange?, why: String) {
        guard reportedIgnored.insert(kind).inserted else { return }
        diagnostics.append(Diagnostic(.loaderIgnored, .note, "\(kind) ignored", at: r, label: why))
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, at r: SourceRange?, label: String? = nil, help: String? = nil) {
        diagnostics.append(.error(code, message, at: r, label: label, help: help))
    }

    // MARK: Fragments

    /// A default, check or index expression: its portable meaning when the portable parser
    /// reads it (after translating the dialect's quoting), else its text verbatim.
    mutating func expression(_ tokens: ArraySlice<DumpToken>) -> CatalogExpression {
        guard let first = tokens.first, let last = tokens.last else { return .verbatim("") }
        let raw = text(first.start, last.end)
        guard let portableText = portableSpelling(tokens) else { return .verbatim(raw) }
        let id = FileID(sources.files.count)
        let fragment = SourceFile(id: id, name: "\(file.name):\(file.location(of: first.start).line) (`\(raw)`)", text: portableText)
        guard let e = Parser.expressionFragment(fragment) else { return .verbatim(raw) }
        sources.add(name: fragment.name, bytes: fragment.bytes)
        return .portable(e)
    }

    /// The tokens rewritten with portable quoting: names in `"..."`, strings in `'...'`.
    /// Nil when a token has no portable equivalent.
    func portableSpelling(_ tokens: ArraySlice<DumpToken>) -> String? {
        var parts: [String] = []
        var i = tokens.startIndex
        while i < tokens.endIndex {
            let t = tokens[i]
            switch t.kind {
            case .word:
                // MariaDB writes CURRENT_TIMESTAMP as a call.
                let upper = t.value.uppercased()
                if ["CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "NOW"].contains(upper) || upper == "LOCALTIMESTAMP",
                   i + 2 < tokens.endIndex, tokens[i + 1].isSymbol("("), tokens[i + 2].isSymbol(")"), syntax.writesCurrentTimestampAsCall {
                    parts.append(upper == "NOW" ? "CURRENT_TIMESTAMP" : upper)
                    i += 3
                    continue
                }
                parts.append(t.value)
            case .quotedIdentifier:
                parts.append("\"" + t.value.replacing("\"", with: "\"\"") + "\"")
            case .string:
                if t.value.contains("\\") && !syntax.stringsTakeBackslashEscapes { return nil }
                parts.append("'" + t.value.replacing("'", with: "''") + "'")
            case .number, .symbol:
                parts.append(t.value)
            case .delimiter:
                return nil
            }
            i += 1
        }
        return parts.joined(separator: " ")
    }

    // MARK: Tables

    mutating func addTable(_ table: Table) -> Bool {
        if let existing = catalog.table(table.name) {
            error(.loaderDuplicate, "table `\(table.name)` is defined twice", at: table.definedAt, label: "second definition",
                  help: existing.definedAt == nil ? nil : "remove one of the definitions")
            return false
        }
        // No database holds two columns of one name; a file that has them was cut or edited,
        // and every later step (restating, copying rows by column) assumes one column per name.
        var seen = Set<String>()
        for column in table.columns where !seen.insert(column.name).inserted {
            error(.loaderDuplicate, "column `\(column.name)` of table `\(table.name)` is defined twice", at: column.definedAt,
                  label: "second definition", help: "remove or rename one of the columns")
            return false
        }
        catalog.tables.append(table)
        return true
    }

    /// Adds a constraint the dump defines. `name` is nil when the dump leaves it unnamed (the
    /// target names it); a name equal to the one the target would have generated counts as
    /// generated, so its PostgreSQL name is PostgreSQL's generated one.
    mutating func addConstraint(table tableName: String, name explicit: String?, kind: Constraint.Kind,
                                level: Constraint.Level, at r: SourceRange?) {
        guard let table = catalog.table(tableName) else { return }
        var request = ConstraintNamingRequest(role: .check, level: level)
        switch kind {
        case .primaryKey(let c): request.role = .primaryKey; request.columns = c
        case .unique(let c): request.role = .unique; request.columns = c
        case .foreignKey(let fk): request.role = .foreignKey; request.columns = fk.columns
        case .check(let e):
            request.checkColumns = checkColumns(e, in: table)
        }
        for column in request.columns where table.column(column) == nil {
            error(.loaderUnknownName, "column `\(column)` does not exist in table `\(tableName)`", at: r, label: "no such column")
            return
        }
        let naming = targetRules.naming
        let name = explicit ?? naming.nameInDump(for: request, table: table, catalog: catalog)
        let isGenerated = explicit.map { naming.isGeneratedName($0, for: request, table: table, catalog: catalog) } ?? true
            || (targetRules.namesArePostgreSQLNames && explicit == PostgreSQLNaming.generatedName(for: request, table: tableName, catalog: catalog))
        let postgresName: String
        if targetRules.namesArePostgreSQLNames, let name {
            postgresName = name
        } else if isGenerated {
            postgresName = PostgreSQLNaming.generatedName(for: request, table: tableName, catalog: catalog)
        } else {
            postgresName = explicit ?? PostgreSQLNaming.generatedName(for: request, table: tableName, catalog: catalog)
        }
        let constraint = Constraint(name: name, postgresName: postgresName, isNameGenerated: isGenerated, kind: kind,
                                    level: level, definedAt: r)
        catalog.updateTable(tableName) { t in
            t.constraints.append(constraint)
            if case .primaryKey(let cols) = kind {
                for i in t.columns.indices where cols.contains(t.columns[i].name) { t.columns[i].isNotNull = true }
            }
            guard case .foreignKey(let key) = kind else { return }
            if let index = naming.foreignKeySupportIndex(for: key, constraintName: name, requestedName: explicit, table: t) {
                t.indexes.append(index)
            } else if let i = Self.supportIndexPosition(for: key, constraintName: name, in: t) {
                t.indexes[i].origin = .foreignKeySupport(constraint: name ?? postgresName)
            }
        }
    }

    /// The dump's own `KEY` that InnoDB made for a foreign key: not unique, exactly the key's
    /// columns, named after the constraint or (for an unnamed key) after its first column, and
    /// the only index starting with those columns (InnoDB drops its own index once another
    /// covers the columns, so a second one means the user made this one).
    static func supportIndexPosition(for key: ForeignKey, constraintName: String?, in t: Table) -> Int? {
        let covering = t.indexes.indices.filter { keyStarts(with: key.columns, t.indexes[$0].columns) }
        let byKeys = t.constraints.contains { ($0.role == .primaryKey || $0.role == .unique) && keyStarts(with: key.columns, $0.keyColumns) }
        guard covering.count == 1, !byKeys, let i = covering.first else { return nil }
        let index = t.indexes[i]
        guard !index.isUnique, index.origin == .explicit, index.predicate == nil, index.columns == key.columns,
              index.keys.count == key.columns.count else { return nil }
        let first = key.columns[0]
        let generatedLike = index.name == first || (index.name.hasPrefix(first + "_") && Int(index.name.dropFirst(first.count + 1)) != nil)
        return index.name == constraintName || generatedLike ? i : nil
    }

    /// The distinct columns of `table` a check uses, in order of first use (PostgreSQL names
    /// a check after its column when there is exactly one).
    func checkColumns(_ e: CatalogExpression, in table: Table) -> [String] {
        switch e {
        case .portable(let x):
            var seen: [String] = []
            for name in x.referencedColumnNames where !seen.contains(name) { seen.append(name) }
            return seen
        case .verbatim(let text):
            // Words of the text that name columns: enough for naming, which only asks "one or not".
            var lexer = DumpLexer(bytes: Array(text.utf8), syntax: syntax)
            var seen: [String] = []
            for t in lexer.tokens() where t.isName {
                if let c = table.columns.first(where: { $0.name == t.value || $0.name.lowercased() == t.value.lowercased() && t.kind == .word }),
                   !seen.contains(c.name) { seen.append(c.name) }
            }
            return seen
        }
    }

    /// Adds an index a dump defines with `CREATE INDEX` or a MySQL `KEY` line.
    mutating func addIndex(_ index: TableIndex, table tableName: String) {
        guard catalog.table(tableName) != nil else {
            error(.loaderUnknownName, "table `\(tableName)` of index `\(index.name)` is not defined", at: index.definedAt, label: "no such table")
            return
        }
        catalog.updateTable(tableName) { $0.indexes.append(index) }
    }
}
