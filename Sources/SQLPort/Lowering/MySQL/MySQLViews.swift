/// Views on MySQL / MariaDB. `CREATE OR REPLACE VIEW name (columns) AS query`: the column list
/// always written, with PostgreSQL's names (MySQL would name an unaliased expression by its
/// text); `OR REPLACE` always, as the checker proved the name free or the view replaceable,
/// so the statement can run again. MySQL views hold column names as text: a rename of a
/// column or table a view reads leaves it invalid (error 1356, measured on MariaDB 10.11),
/// so a view the migration created is stated again after it, and a baseline's view, known
/// only as its text, is refused (D474).
extension MySQLLowerer {
    mutating func createView(_ view: View, reads: [QueryTable], step: CheckedStep, index: Int) {
        guard let definition = view.definition else { return }
        flush()
        emit(viewStatement(definition, reads: reads, range: step.statement.range), step: index,
             rerunnable: Self.stillReadable(view.dependencies, in: plan.final))
    }

    /// A view statement can run again in a resumed session only if what it reads is still
    /// there at the end of the script: a later drop or rename would make it fail.
    static func stillReadable(_ dependencies: [TableDependency], in final: Catalog) -> Bool {
        dependencies.allSatisfy { d in final.table(d.table).map { t in d.columns.allSatisfy { t.column($0) != nil } } ?? false }
    }

    func viewStatement(_ d: CreateView, reads: [QueryTable], range: SourceRange?) -> String {
        let w = MySQLWriter(flavor: flavor, columns: MySQLColumnTypes(scope: reads))
        var query = QueryOrdering.resolvingKeys(d.query)
        query.orderBy = query.orderBy.flatMap { o -> [OrderItem] in
            let key = OrderItem(o.expression, descending: o.descending)
            guard QueryOrdering.mayBeNull(o.expression, in: d.query, scope: reads) else { return [key] }
            return [OrderItem(Expression(.isNull(o.expression, negated: false), range: o.expression.range),
                              descending: o.effectiveNulls == .first), key]
        }
        // MySQL has no OFFSET without LIMIT: its manual's largest row count stands for "all".
        if query.offset != nil, query.limit == nil { query.limit = Expression(.integer("18446744073709551615")) }
        return "CREATE OR REPLACE VIEW " + w.name(d.name.name.value) + " " + w.names(d.columns.map(\.value)) + " AS "
            + w.printer.print(query) + ";"
    }

    /// The query's expressions through MySQL's expression checks, and a text ORDER BY that
    /// LIMIT / OFFSET picks rows by (D452: MySQL's collation would pick others).
    mutating func checkViewQuery(_ d: CreateView, reads: [QueryTable], range: SourceRange?) {
        let w = MySQLWriter(flavor: flavor, columns: MySQLColumnTypes(scope: reads))
        for e in d.query.expressions {
            report(MySQLExpressions.check(e, columns: w.spelling.columns, fallback: range))
        }
        guard d.query.limit != nil || d.query.offset != nil else { return }
        let resolved = QueryOrdering.resolvingKeys(d.query)
        for (written, o) in zip(d.query.orderBy, resolved.orderBy) where QueryOrdering.mayBeText(o.expression, scope: reads) {
            report(.error(.viewTextOrderPicksRows, "this ORDER BY sorts text, which \(flavor == .mariadb ? "MariaDB" : "MySQL") orders by another collation than PostgreSQL",
                          at: written.expression.range ?? range, label: "with LIMIT / OFFSET, the view would show other rows",
                          help: "order by a numeric, date or time column (a key, for instance), or select the rows with WHERE"))
            return
        }
    }

    mutating func dropViews(_ views: [View], ifExists: Bool, step: CheckedStep, index: Int) {
        guard !views.isEmpty else { return }
        flush()
        let w = writer(for: nil)
        let guarded = ifExists || flavor == .mariadb
        emit("DROP VIEW " + (guarded ? "IF EXISTS " : "") + views.map { w.name($0.name) }.joined(separator: ", ") + ";",
             step: index, rerunnable: guarded)
    }

    /// After an `ALTER TABLE` that renames a column or table views read: each view the
    /// migration created, stated again as it now reads; D474 for a baseline's view.
    mutating func restateViewsAfterRenames(_ actions: [ResolvedAction], step: CheckedStep, index: Int) {
        var affected: [String] = []
        for a in actions {
            switch a.effect {
            case .renameColumn(let before, _):
                if case .alterTable(let table, _) = step.resolution {
                    affected += step.before.views(using: table, column: before.name).map(\.name)
                }
            case .renameTable(let from, _):
                affected += step.before.views(using: from).map(\.name)
            case .addColumn, .dropColumn, .alterColumnType, .setDefault, .dropDefault, .setNotNull, .dropNotNull,
                 .addConstraint, .dropConstraint, .renameConstraint, .skipped, .invalid:
                break
            }
        }
        var seen = Set<String>()
        for name in affected where seen.insert(name).inserted {
            guard let view = step.after.view(name) else { continue }
            guard let definition = view.definition else {
                report(.error(.mysqlViewRename, "renaming this leaves view `\(view.name)` invalid in \(flavor == .mariadb ? "MariaDB" : "MySQL")",
                              at: step.statement.range, label: "a MySQL view holds the names it reads as text",
                              notes: [DiagnosticNote("view `\(view.name)` was defined here", at: view.definedAt)],
                              help: "drop the view before the rename and create it again after it, in the migration"))
                continue
            }
            flush()
            let reads = Self.viewReads(definition, in: step.after)
            emit(viewStatement(definition, reads: reads, range: step.statement.range), step: index,
                 rerunnable: Self.stillReadable(view.dependencies, in: plan.final))
        }
    }

    /// The tables a view's query reads, by exposed name, in `catalog`.
    static func viewReads(_ d: CreateView, in catalog: Catalog) -> [QueryTable] {
        d.query.tables.compactMap { ref in catalog.table(ref.name.name.value).map { QueryTable(exposedName: ref.exposedName.value, table: $0) } }
    }
}
