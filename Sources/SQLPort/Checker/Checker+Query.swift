/// Queries (`INSERT ... SELECT`, subqueries, `UPDATE ... FROM`, `DELETE ... USING`): every table
/// and column they name resolves, as PostgreSQL resolves them. A subquery sees its own tables
/// first, then each enclosing level's (outer references), nearest first.
extension CheckRun {
    /// The tables the query reads, by exposed name; nil when one of them does not exist.
    /// `reads` gathers every table read, this query's first, then its subqueries' in order.
    mutating func checkQuery(_ q: Query, outer: [[QueryTable]] = [], reads: inout [QueryTable]) -> [QueryTable]? {
        var scope: [QueryTable] = []
        if let from = q.from {
            guard let tables = checkFrom(from, beside: [], outer: outer, reads: &reads) else { return nil }
            scope = tables
        }
        for item in q.items { checkReferences(item.expression, in: scope, outer: outer, reads: &reads) }
        if let p = q.predicate { checkReferences(p, in: scope, outer: outer, reads: &reads) }
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
                checkReferences(o.expression, in: scope, outer: outer, reads: &reads)
            }
        }
        return scope
    }

    /// A FROM (or `UPDATE ... FROM`, `DELETE ... USING`) list: its tables, each under its exposed
    /// name, unique among them and `beside` (the UPDATE / DELETE target); nil when one does not exist.
    /// An ON condition sees the tables joined so far, as in PostgreSQL (not the target).
    mutating func checkFrom(_ from: FromClause, beside: [QueryTable], outer: [[QueryTable]],
                            reads: inout [QueryTable]) -> [QueryTable]? {
        var scope: [QueryTable] = []
        var complete = true
        func add(_ ref: TableReference, _ run: inout CheckRun) {
            guard let table = run.resolveTable(ref.name) else { complete = false; return }
            let name = ref.exposedName
            if (beside + scope).contains(where: { $0.exposedName == name.value }) {
                run.report(.error(.duplicateTableReference, "table name `\(name.value)` specified more than once", at: name.range,
                                  label: "already read under this name", help: "give one of them an alias: `JOIN \(ref.name.name.value) AS other ON ...`"))
            }
            scope.append(QueryTable(exposedName: name.value, table: table))
        }
        add(from.first, &self)
        for j in from.joins {
            add(j.table, &self)
            if complete {
                // PostgreSQL: the UPDATE / DELETE target "cannot be referenced from this part of the query".
                onHides = beside
                checkReferences(j.condition, in: scope, outer: outer, reads: &reads)
                onHides = []
            }
        }
        guard complete else { return nil }
        // Appended before the expressions are checked: a level's tables come before its subqueries'.
        reads.append(contentsOf: scope)
        return scope
    }

    /// Each column reference of `e` names exactly one column: of the tables in `scope`, else of
    /// the nearest enclosing level that has it. Subqueries are checked as queries one level in.
    mutating func checkReferences(_ e: Expression, in scope: [QueryTable], outer: [[QueryTable]] = [],
                                  reads: inout [QueryTable]) {
        switch e.kind {
        case .column(let qualifier, let name):
            resolveReference(qualifier, name, levels: [scope] + outer)
        case .subquery(let q):
            checkSubquery(q, singleColumn: "a subquery used as a value", in: scope, outer: outer, reads: &reads)
        case .exists(let q):
            checkSubquery(q, singleColumn: nil, in: scope, outer: outer, reads: &reads)
        case .inQuery(let lhs, let q, _):
            checkReferences(lhs, in: scope, outer: outer, reads: &reads)
            checkSubquery(q, singleColumn: "a subquery after IN", in: scope, outer: outer, reads: &reads)
        default:
            for child in e.children { checkReferences(child, in: scope, outer: outer, reads: &reads) }
        }
    }

    /// A column reference, looked up level by level (PostgreSQL's rule: the nearest level with
    /// a table of that exposed name, or with a table having that column, decides).
    mutating func resolveReference(_ qualifier: Identifier?, _ name: Identifier, levels: [[QueryTable]]) {
        let scope = levels.first ?? []
        if let qualifier {
            for level in levels {
                if let entry = level.first(where: { $0.exposedName == qualifier.value }) {
                    _ = resolveColumn(name, in: entry.table)
                    return
                }
            }
            if let target = onHides.first(where: { $0.exposedName == qualifier.value }) {
                report(.error(.unknownTableReference, "invalid reference to FROM-clause entry for table `\(target.exposedName)`", at: qualifier.range,
                              label: "a JOIN's ON cannot see the table the statement changes",
                              help: "move this condition to WHERE"))
                return
            }
            let hidden = levels.joined().first { $0.table.name == qualifier.value }
            report(.error(.unknownTableReference, "missing FROM-clause entry for table `\(qualifier.value)`", at: qualifier.range,
                          label: "the query reads no table by this name",
                          help: hidden.map { "table `\($0.table.name)` is read as `\($0.exposedName)` here: write `\($0.exposedName).\(name.value)`" }
                            ?? "add the table to FROM, with `JOIN \(qualifier.value) ON ...`"))
            return
        }
        for level in levels {
            let having = level.filter { $0.table.column(name.value) != nil }
            switch having.count {
            case 0: continue
            case 1: return
            default:
                report(.error(.ambiguousColumn, "column reference `\(name.value)` is ambiguous", at: name.range,
                              label: "in " + having.map { "`\($0.exposedName)`" }.joined(separator: " and "),
                              help: "qualify it: `\(having[0].exposedName).\(name.value)`"))
                return
            }
        }
        if scope.count == 1 && levels.count == 1 {
            reportUnknownColumn(name.value, range: name.range, in: scope[0].table)
        } else {
            let all = levels.joined()
            let read = all.isEmpty ? "the query reads no table" : "no table the query reads has it: "
                + all.map { "`\($0.exposedName)`" }.joined(separator: ", ")
            report(.error(.unknownColumn, "column `\(name.value)` does not exist", at: name.range,
                          label: "no such column", help: read))
        }
    }

    /// S347: a subquery giving a value (or the set IN tests) selects exactly one column.
    mutating func checkSubquery(_ q: Query, singleColumn use: String?, in scope: [QueryTable], outer: [[QueryTable]],
                                reads: inout [QueryTable]) {
        _ = checkQuery(q, outer: [scope] + outer, reads: &reads)
        guard let use, q.items.count != 1 else { return }
        let extra = q.items.count > 1 ? q.items[1].expression.range : nil
        report(.error(.subqueryColumns, "subquery must return only one column", at: extra ?? q.items.first?.expression.range,
                      label: "\(use) selects \(q.items.count) columns",
                      help: "select one column; to test several, write `EXISTS (SELECT 1 FROM ... WHERE a = x AND b = y)`"))
    }
}
