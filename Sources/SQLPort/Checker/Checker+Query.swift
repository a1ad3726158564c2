/// `INSERT ... SELECT`: every table and column the query names resolves, as PostgreSQL resolves them.
extension CheckRun {
    /// The tables the query reads, by exposed name; nil when one of them does not exist.
    mutating func checkQuery(_ q: Query) -> [QueryTable]? {
        var scope: [QueryTable] = []
        var complete = true
        func add(_ ref: TableReference, _ run: inout CheckRun) {
            guard let table = run.resolveTable(ref.name) else { complete = false; return }
            let name = ref.exposedName
            if scope.contains(where: { $0.exposedName == name.value }) {
                run.report(.error(.duplicateTableReference, "table name `\(name.value)` specified more than once", at: name.range,
                                  label: "already read under this name", help: "give one of them an alias: `JOIN \(ref.name.name.value) AS other ON ...`"))
            }
            scope.append(QueryTable(exposedName: name.value, table: table))
        }
        if let from = q.from {
            add(from.first, &self)
            for j in from.joins {
                add(j.table, &self)
                // An ON condition sees the tables joined so far, as in PostgreSQL.
                if complete { checkReferences(j.condition, in: scope) }
            }
        }
        guard complete else { return nil }
        for item in q.items { checkReferences(item.expression, in: scope) }
        if let p = q.predicate { checkReferences(p, in: scope) }
        let aliases = Set(q.items.compactMap { $0.alias?.value })
        for o in q.orderBy {
            switch o.expression.kind {
            case .integer(let digits):
                // `ORDER BY 2`: an output column by position.
                if let n = Int(digits), (1...q.items.count).contains(n) { continue }
                report(.error(.orderByPosition, "ORDER BY position \(digits) is not in select list", at: o.expression.range,
                              label: "the select list has \(q.items.count) column\(q.items.count == 1 ? "" : "s")",
                              help: "order by a column name or a position from 1 to \(q.items.count)"))
            case .column(nil, let name) where aliases.contains(name.value):
                continue
            default:
                checkReferences(o.expression, in: scope)
            }
        }
        return scope
    }

    /// Each column reference of `e` names exactly one column of the tables in scope.
    mutating func checkReferences(_ e: Expression, in scope: [QueryTable]) {
        var refs: [(qualifier: Identifier?, name: Identifier)] = []
        e.visit { if case .column(let q, let name) = $0.kind { refs.append((q, name)) } }
        for (qualifier, name) in refs {
            if let qualifier {
                guard let entry = scope.first(where: { $0.exposedName == qualifier.value }) else {
                    let hidden = scope.first { $0.table.name == qualifier.value }
                    report(.error(.unknownTableReference, "missing FROM-clause entry for table `\(qualifier.value)`", at: qualifier.range,
                                  label: "the query reads no table by this name",
                                  help: hidden.map { "table `\($0.table.name)` is read as `\($0.exposedName)` here: write `\($0.exposedName).\(name.value)`" }
                                    ?? "add the table to FROM, with `JOIN \(qualifier.value) ON ...`"))
                    continue
                }
                _ = resolveColumn(name, in: entry.table)
                continue
            }
            let having = scope.filter { $0.table.column(name.value) != nil }
            switch having.count {
            case 1: continue
            case 0:
                if scope.count == 1 {
                    reportUnknownColumn(name.value, range: name.range, in: scope[0].table)
                } else {
                    let read = scope.isEmpty ? "the query reads no table" : "no table the query reads has it: "
                        + scope.map { "`\($0.exposedName)`" }.joined(separator: ", ")
                    report(.error(.unknownColumn, "column `\(name.value)` does not exist", at: name.range,
                                  label: "no such column", help: read))
                }
            default:
                report(.error(.ambiguousColumn, "column reference `\(name.value)` is ambiguous", at: name.range,
                              label: "in " + having.map { "`\($0.exposedName)`" }.joined(separator: " and "),
                              help: "qualify it: `\(having[0].exposedName).\(name.value)`"))
            }
        }
    }
}
