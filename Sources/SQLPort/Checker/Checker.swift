/// Replays a migration over a catalog statement by statement, resolving every name the way
/// the target database would, and reports what the target (or PostgreSQL, whose semantics the
/// portable language has) would reject.
///
///     let result = Checker(target: .mariadb, baseline: catalog).check(script)
///     result.diagnostics   // S3xx
///     result.plan.steps    // statement + catalog before/after + resolved names
public struct Checker: Sendable {
    public let target: Dialect
    public let naming: any ConstraintNaming
    public let baseline: Catalog

    /// `baseline`: the schema the migration runs on; nil for an empty database.
    public init(target: Dialect, baseline: Catalog? = nil) {
        self.target = target
        self.naming = target.target.naming
        self.baseline = baseline ?? Catalog(target: target)
    }

    public func check(_ script: Script) -> CheckResult {
        var run = CheckRun(catalog: baseline, dialect: target.target)
        var steps: [CheckedStep] = []
        steps.reserveCapacity(script.statements.count)
        for statement in script.statements {
            let before = run.catalog
            let errorsBefore = run.errorCount
            run.checkConstantCasts(statement)
            run.checkSchemas(statement)
            run.checkExtensionFunctions(statement)
            var resolution = run.apply(statement)
            if run.errorCount > errorsBefore {
                // A statement with an error is not applied: PostgreSQL runs each one all or
                // nothing, and later statements are checked against the schema without it.
                run.catalog = before
                resolution = .invalid
            }
            steps.append(CheckedStep(statement: statement, before: before, after: run.catalog, resolution: resolution))
        }
        return CheckResult(plan: CheckedPlan(target: target, baseline: baseline, steps: steps),
                           diagnostics: run.diagnostics)
    }
}

extension Catalog {
    /// A catalog built by replaying portable DDL (`CREATE TABLE`, `CREATE INDEX`, ...) over an
    /// empty database of `target`, with the names that database would give.
    public static func replaying(_ script: Script, target: Dialect) -> (catalog: Catalog, diagnostics: [Diagnostic]) {
        let result = Checker(target: target).check(script)
        return (result.plan.final, result.diagnostics)
    }
}

/// The checker's working state: the catalog as it stands and the diagnostics so far.
struct CheckRun {
    var catalog: Catalog
    /// The target's rules: the checker asks them, never which database it is.
    let dialect: any TargetDialect
    let naming: any ConstraintNaming
    var diagnostics: [Diagnostic] = []
    /// Errors among `diagnostics`, counted as they are reported (checked after every statement).
    private(set) var errorCount = 0
    /// While a FROM list's ON condition is checked: the UPDATE / DELETE target it cannot see.
    var onHides: [QueryTable] = []

    init(catalog: Catalog, dialect: any TargetDialect) {
        self.catalog = catalog
        self.dialect = dialect
        self.naming = dialect.naming
    }

    var target: Dialect { dialect.dialect }
    mutating func report(_ d: Diagnostic) {
        if d.severity == .error { errorCount += 1 }
        diagnostics.append(d)
    }

    /// S339: PostgreSQL evaluates `'literal'::type` when it reads the statement, so an invalid
    /// constant fails the statement on every target.
    mutating func checkConstantCasts(_ statement: Statement) {
        for root in statement.topLevelExpressions {
            root.visit { e in
                guard case .invalid(let message)? = ConstantCast.of(e), case .cast(let inner, let type, _) = e.kind else { return }
                report(.error(.invalidConstantCast, "`\(SQLPrinter().print(inner))` is not a valid `\(type.spelling.isEmpty ? ColumnType.canonicalSpelling(type.kind) : type.spelling)`",
                              at: e.range, label: "PostgreSQL: \(message)",
                              help: "write a value the type accepts"))
            }
        }
    }

    /// S346: sqlport compiles one schema, `public` (PostgreSQL's default `search_path`, where an
    /// unqualified name is found), so `public.t` is `t` and any other schema is refused: MySQL
    /// would read it as another database, SQLite as an attached file, neither of which the
    /// script creates.
    mutating func checkSchemas(_ statement: Statement) {
        for name in statement.objectNames {
            guard let schema = name.schema, schema.value != "public" else { continue }
            report(.error(.otherSchemaTable, "schema `\(schema.value)` is not supported", at: schema.range,
                          label: "sqlport compiles the `public` schema only",
                          help: "name `\(name.name.value)` without a schema (or as `public.\(name.name.value)`); to move it to another schema, do that on PostgreSQL by hand after this script"))
        }
    }

    mutating func apply(_ statement: Statement) -> StepResolution {
        switch statement.kind {
        case .createTable(let s): return createTable(s, range: statement.range)
        case .alterTable(let s): return alterTable(s)
        case .dropTable(let s): return dropTable(s)
        case .createIndex(let s): return createIndex(s, range: statement.range)
        case .dropIndex(let s): return dropIndex(s)
        case .alterIndexRename(let s): return renameIndex(s)
        case .insert(let s): return insert(s)
        case .update(let s): return update(s)
        case .delete(let s): return delete(s)
        case .transaction(let control): return .transaction(control)
        case .setConstraints(let s): return setConstraints(s)
        case .createView(let s): return createView(s, range: statement.range)
        case .dropView(let s): return dropView(s)
        case .setSequenceValue(let s): return setSequenceValue(s)
        case .alterSequenceRestart(let s): return alterSequenceRestart(s)
        case .createSequence(let s): return createSequence(s)
        case .createEnumType(let s): return createEnumType(s, range: statement.range)
        case .alterEnumType(let s): return alterEnumType(s)
        case .dropType(let s): return dropType(s)
        case .comment(let s): return comment(s)
        case .createExtension(let s): return createExtension(s)
        case .dropExtension(let s): return dropExtension(s)
        case .privileges(let s):
            // The catalog holds no privileges; the tables named must exist, as PostgreSQL checks.
            let tables = s.tables.compactMap { resolveTable($0)?.name }
            return .privileges(s.kind, tables: tables)
        }
    }

    // MARK: Shared lookups with diagnostics

    /// The table, or an S302 (or S325 when the name is a view) and nil.
    mutating func resolveTable(_ name: QualifiedName) -> Table? {
        if let t = catalog.table(name.name.value) { return t }
        if let v = catalog.view(name.name.value) {
            report(.error(.wrongObjectKind, "`\(v.name)` is a view, not a table", at: name.range,
                          label: "not a table", notes: [DiagnosticNote("view `\(v.name)` was defined here", at: v.definedAt)]))
            return nil
        }
        report(.error(.unknownTable, "table `\(name.name.value)` does not exist", at: name.range,
                      label: "no such table", help: similarTableHelp(name.name.value)))
        return nil
    }

    /// The column, or an S301 pointing at where the table was defined.
    mutating func resolveColumn(_ name: Identifier, in table: Table) -> Column? {
        if let c = table.column(name.value) { return c }
        reportUnknownColumn(name.value, range: name.range, in: table)
        return nil
    }

    mutating func reportUnknownColumn(_ name: String, range: SourceRange?, in table: Table) {
        let similar = table.columns.map(\.name).first { $0.lowercased() == name.lowercased() }
        report(.error(.unknownColumn, "column `\(name)` does not exist in table `\(table.name)`", at: range,
                      label: "no such column", notes: [tableDefinedNote(table)],
                      help: similar.map { "the column is named `\($0)`; quote the name to match its case" }))
    }

    /// Every column reference of `e` must name a column of `table`.
    mutating func checkColumnReferences(_ e: Expression, in table: Table) {
        for ref in e.columnReferences where table.column(ref.value) == nil {
            reportUnknownColumn(ref.value, range: ref.range, in: table)
        }
    }

    func tableDefinedNote(_ table: Table) -> DiagnosticNote {
        DiagnosticNote("table `\(table.name)` was defined here", at: table.definedAt)
    }

    func similarTableHelp(_ name: String) -> String? {
        catalog.tables(foldedName: name).map(\.name).first { $0 != name }
            .map { "the table is named `\($0)`; quote the name to match its case" }
    }

    /// A relation of that name in the namespace tables, views, sequences and indexes share
    /// (PostgreSQL's, which the portable language follows), as "kind `name`".
    func relationUsing(_ name: String) -> (kind: String, range: SourceRange?)? {
        if let t = catalog.table(name) { return ("table", t.definedAt) }
        if let v = catalog.view(name) { return ("view", v.definedAt) }
        if let s = catalog.sequence(name) { return ("sequence", s.definedAt) }
        if let (_, i) = catalog.index(name) { return ("index", i.definedAt) }
        for t in catalog.tables(withKeyConstraintNamed: name) {
            if let c = t.constraints.first(where: { ($0.role == .primaryKey || $0.role == .unique) && $0.postgresName == name }) {
                return ("index of constraint", c.definedAt)
            }
        }
        return nil
    }
}
