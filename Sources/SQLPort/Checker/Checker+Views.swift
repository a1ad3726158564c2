/// `CREATE [OR REPLACE] VIEW` and `DROP VIEW` in a migration: the view's query resolves like
/// an `INSERT ... SELECT`'s, and the view joins the catalog with the columns it reads, so
/// later drops, renames and type changes of those columns see it as they see a baseline's view.
extension CheckRun {
    mutating func createView(_ s: CreateView, range: SourceRange?) -> StepResolution {
        let name = s.name.name.value
        var replacing: View?
        if let existing = catalog.view(name), s.orReplace {
            replacing = existing
        } else if let (kind, definedAt) = relationUsing(name) {
            report(.error(.duplicateTable, "\(kind) `\(name)` already exists", at: s.name.range,
                          label: "name in use", notes: [DiagnosticNote("\(kind) `\(name)` was defined here", at: definedAt)],
                          help: kind == "view" ? "write `CREATE OR REPLACE VIEW` to replace it" : "choose another name"))
            return .invalid
        }
        if replacing == nil { guard checkTargetName(name, kind: .table, table: nil, at: s.name.range) else { return .invalid } }
        var reads: [QueryTable] = []
        // `reads` holds every table the query reads, its subqueries' too: each is a dependency.
        guard checkQuery(s.query, reads: &reads) != nil else { return .invalid }
        let scope = reads
        guard let columns = viewColumns(s) else { return .invalid }
        if let replacing, let old = replacing.definition?.columns.map(\.value) {
            // PostgreSQL keeps a view's existing columns: same names, same order; new ones may follow.
            let kept = Array(columns.prefix(old.count))
            if columns.count < old.count || kept != old {
                let i = zip(kept, old).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(columns.count, old.count)
                report(.error(.viewColumnsReplaced,
                              i < old.count && i < columns.count
                                ? "cannot change name of view column `\(old[i])` to `\(columns[i])`"
                                : "cannot drop columns from view",
                              at: s.query.items[min(i, s.query.items.count - 1)].expression.range ?? s.name.range,
                              label: "view `\(name)` has column `\(old[min(i, old.count - 1)])` here",
                              notes: [DiagnosticNote("view `\(name)` was defined here", at: replacing.definedAt)],
                              help: "keep the view's columns in order and add new ones at the end, or `DROP VIEW \(name)` first and create it again"))
                return .invalid
            }
        }
        var definition = s
        definition.orReplace = false
        definition.columns = columns.enumerated().map { i, c in i < s.columns.count ? s.columns[i] : Identifier(c) }
        let view = View(name: name, sql: SQLPrinter().print(definition), dependencies: Self.dependencies(of: s.query, in: scope),
                        definition: definition, definedAt: range)
        if let replacing {
            catalog.updateView(replacing.name) { $0 = view }
        } else {
            catalog.addView(view)
        }
        return .createView(view, replacing: replacing, reads: scope)
    }

    /// The view's column names, as PostgreSQL names them: the list written, then each select
    /// item's alias or the name PostgreSQL derives (a column's name, a function's, `case`).
    /// Nil after S367 (more names than columns, a name twice, an item PostgreSQL would call `?column?`).
    mutating func viewColumns(_ s: CreateView) -> [String]? {
        if s.columns.count > s.query.items.count {
            report(.error(.viewColumnList, "CREATE VIEW specifies more column names than columns", at: s.columns[s.query.items.count].range,
                          label: "the query gives \(s.query.items.count) column\(s.query.items.count == 1 ? "" : "s")",
                          help: "list as many names as the select list has items"))
            return nil
        }
        var names: [String] = []
        for (i, item) in s.query.items.enumerated() {
            if i < s.columns.count { names.append(s.columns[i].value); continue }
            guard let derived = item.alias?.value ?? Self.derivedColumnName(item.expression) else {
                report(.error(.viewColumnList, "view column \(i + 1) has no name", at: item.expression.range,
                              label: "PostgreSQL would call it `?column?`",
                              help: "name it: `... AS name`"))
                return nil
            }
            names.append(derived)
        }
        var seen = Set<String>()
        for (i, n) in names.enumerated() where !seen.insert(n).inserted {
            report(.error(.viewColumnList, "column `\(n)` specified more than once", at: i < s.columns.count ? s.columns[i].range : s.query.items[i].expression.range,
                          label: "a view's columns need distinct names", help: "give it another name with `AS`"))
            return nil
        }
        return names
    }

    /// PostgreSQL's name for an unaliased select item (FigureColname), where it is a real name.
    static func derivedColumnName(_ e: Expression) -> String? {
        switch e.kind {
        case .column(_, let name): name.value
        case .call(let name, _, _): name.name.value
        case .cast(let inner, _, _): derivedColumnName(inner)
        case .caseWhen: "case"
        case .special(let v): v.rawValue.lowercased()
        // A scalar subquery takes its one column's name; EXISTS is `exists`, as in PostgreSQL.
        case .subquery(let q): q.items.first.flatMap { $0.alias?.value ?? derivedColumnName($0.expression) }
        case .exists: "exists"
        case .integer, .numeric, .string, .boolean, .null, .unary, .binary, .isNull, .inList, .between, .like, .inQuery: nil
        }
    }

    /// Per table read (once each, in FROM order), the columns the query names of it.
    static func dependencies(of q: Query, in scope: [QueryTable]) -> [TableDependency] {
        var columns: [String: [String]] = [:]
        var order: [String] = []
        for entry in scope where columns[entry.table.name] == nil {
            columns[entry.table.name] = []
            order.append(entry.table.name)
        }
        for root in q.expressions {
            root.visit { e in
                guard case .column(let qualifier, let name) = e.kind else { return }
                let owner = qualifier.map { q in scope.first { $0.exposedName == q.value } }
                    ?? scope.first { $0.table.column(name.value) != nil }
                guard let owner, owner.table.column(name.value) != nil,
                      !(columns[owner.table.name] ?? []).contains(name.value) else { return }
                columns[owner.table.name, default: []].append(name.value)
            }
        }
        return order.map { TableDependency(table: $0, columns: columns[$0] ?? []) }
    }

    mutating func dropView(_ s: DropView) -> StepResolution {
        var dropped: [View] = []
        for name in s.names {
            guard let view = catalog.view(name.name.value) else {
                if let t = catalog.table(name.name.value) {
                    report(.error(.wrongObjectKind, "`\(t.name)` is a table, not a view", at: name.range,
                                  label: "not a view", notes: [tableDefinedNote(t)], help: "write `DROP TABLE \(t.name)`"))
                } else if s.ifExists {
                    report(Diagnostic(.skipped, .note, "view `\(name.name.value)` does not exist, skipping", at: name.range, label: "skipped"))
                } else {
                    report(.error(.unknownView, "view `\(name.name.value)` does not exist", at: name.range,
                                  label: "no such view", help: "write `DROP VIEW IF EXISTS` if it may be missing"))
                }
                continue
            }
            // Nothing the catalog tracks depends on a view (a query reads tables only), so
            // CASCADE and RESTRICT drop the same.
            catalog.removeView(view)
            dropped.append(view)
        }
        if dropped.isEmpty && s.ifExists { return .skipped(reason: "no view to drop") }
        return .dropView(dropped, ifExists: s.ifExists)
    }

    /// A renamed column or table inside the definitions of the views the migration created,
    /// so they can be written again as they now read.
    mutating func renameInViewDefinitions(table: String, column: (old: String, new: String)?, newTable: String?) {
        for view in catalog.views(using: table) where view.definition != nil {
            catalog.updateView(view.name) { v in
                guard var d = v.definition else { return }
                d.query = Self.renaming(d.query, table: table, column: column, newTable: newTable)
                v.definition = d
                v.sql = SQLPrinter().print(d)
            }
        }
    }

    /// `q` with column `column.old` of `table` called `column.new`, or `table` called `newTable`
    /// (read under its old name as an alias, so every qualified reference stays as written).
    static func renaming(_ q: Query, table: String, column: (old: String, new: String)?, newTable: String?) -> Query {
        var q = q
        let exposed = Set(q.tables.filter { $0.name.name.value == table }.map(\.exposedName.value))
        if let column {
            func rename(_ e: Expression) -> Expression {
                e.rewriting { e, _ in
                    guard case .column(let qualifier, let name) = e.kind, name.value == column.old,
                          qualifier.map({ exposed.contains($0.value) }) ?? !exposed.isEmpty else { return nil }
                    var copy = e
                    copy.kind = .column(table: qualifier, name: Identifier(column.new, range: name.range))
                    return copy
                }
            }
            q.items = q.items.map { SelectItem(rename($0.expression), alias: $0.alias) }
            q.predicate = q.predicate.map(rename)
            q.orderBy = q.orderBy.map { OrderItem(rename($0.expression), descending: $0.descending, nulls: $0.nulls) }
            if var from = q.from {
                from.joins = from.joins.map { Join($0.kind, $0.table, on: rename($0.condition)) }
                q.from = from
            }
        }
        if let newTable, var from = q.from {
            func renamed(_ t: TableReference) -> TableReference {
                guard t.name.name.value == table else { return t }
                return TableReference(QualifiedName(Identifier(newTable)), alias: t.alias ?? Identifier(table))
            }
            from.first = renamed(from.first)
            from.joins = from.joins.map { Join($0.kind, renamed($0.table), on: $0.condition) }
            q.from = from
        }
        return q
    }
}
