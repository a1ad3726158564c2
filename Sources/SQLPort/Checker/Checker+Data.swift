/// `INSERT`, `UPDATE`, `DELETE`: names resolve, row shapes fit.
extension CheckRun {
    mutating func insert(_ s: Insert) -> StepResolution {
        guard let table = resolveTable(s.table) else { return .invalid }
        var seen = Set<String>()
        for c in s.columns {
            _ = resolveColumn(c, in: table)
            if !seen.insert(c.value).inserted {
                report(.error(.duplicateColumn, "column `\(c.value)` specified more than once", at: c.range, label: "duplicate column"))
            }
        }
        checkGeneratedWrites(s, table: table)
        var reads: [QueryTable] = []
        if let q = s.query {
            guard checkQuery(q, reads: &reads) != nil else { return .invalid }
        }
        // VALUES reads no table; a subquery in it reads its own.
        for row in s.rows { for e in row { checkReferences(e, in: [], reads: &reads) } }
        if let conflict = s.onConflict { checkOnConflict(conflict, table: table, reads: &reads) }
        let width = s.columns.isEmpty ? table.columnCount : s.columns.count
        let rows = s.query.map { [$0.items.map(\.expression)] } ?? s.rows
        for row in rows {
            if row.count > width {
                let extra = row[width]
                report(.error(.insertArity, "INSERT has more expressions than target columns", at: extra.range,
                              label: "table `\(table.name)` takes \(width) value\(width == 1 ? "" : "s") here",
                              notes: [tableDefinedNote(table)]))
            } else if !s.columns.isEmpty && row.count < width {
                let missing = s.columns[row.count]
                report(.error(.insertArity, "INSERT has more target columns than expressions", at: missing.range,
                              label: s.query == nil ? "no value for this column" : "the query selects no value for this column"))
            }
        }
        return .data(table: table, change: .insert(s), reads: reads)
    }

    /// S348: the conflict target must be the columns of a unique key covering every row (a
    /// primary key, a UNIQUE constraint or a unique index without WHERE), as PostgreSQL infers
    /// it; DO UPDATE sees the table's row by its name and the proposed one as `excluded`.
    mutating func checkOnConflict(_ c: OnConflict, table: Table, reads: inout [QueryTable]) {
        for name in c.columns { _ = resolveColumn(name, in: table) }
        if !c.columns.isEmpty, table.uniqueKey(matching: c.columns.map(\.value)) == nil {
            let list = c.columns.map(\.value).joined(separator: ", ")
            let keys = table.uniqueKeys.map { "(" + $0.joined(separator: ", ") + ")" }
            report(.error(.noConflictKey, "there is no unique or exclusion constraint matching the ON CONFLICT specification",
                          at: c.columns.first?.range.map { r in c.columns.last?.range.map { r.union($0) } ?? r },
                          label: "no unique key of `\(table.name)` is (\(list))", notes: [tableDefinedNote(table)],
                          help: keys.isEmpty ? "add a unique key on (\(list)) first" : "name the columns of one of its unique keys: " + keys.joined(separator: ", ")))
        }
        guard case .update(let assignments, let predicate) = c.action else { return }
        let scope = [QueryTable(exposedName: table.name, table: table), QueryTable(exposedName: "excluded", table: table)]
        for a in assignments {
            _ = resolveColumn(a.column, in: table)
            checkReferences(a.value, in: scope, reads: &reads)
        }
        if let predicate { checkReferences(predicate, in: scope, reads: &reads) }
    }

    /// `reads`: the target under its exposed name, then the FROM tables and every subquery's,
    /// when there are any (a plain UPDATE reads only its table, and says nothing).
    mutating func update(_ s: Update) -> StepResolution {
        guard let table = resolveTable(s.table) else { return .invalid }
        let target = [QueryTable(exposedName: s.exposedName.value, table: table)]
        var reads = target
        var scope = target
        if let from = s.from {
            guard let tables = checkFrom(from, beside: target, outer: [], reads: &reads) else { return .invalid }
            scope += tables
        }
        for a in s.assignments {
            _ = resolveColumn(a.column, in: table)
            checkReferences(a.value, in: scope, reads: &reads)
        }
        checkGeneratedWrites(s, table: table)
        if let p = s.predicate { checkReferences(p, in: scope, reads: &reads) }
        return .data(table: table, change: .update(s), reads: reads.count == 1 ? [] : reads)
    }

    mutating func delete(_ s: Delete) -> StepResolution {
        guard let table = resolveTable(s.table) else { return .invalid }
        let target = [QueryTable(exposedName: s.exposedName.value, table: table)]
        var reads = target
        var scope = target
        if let using = s.using {
            guard let tables = checkFrom(using, beside: target, outer: [], reads: &reads) else { return .invalid }
            scope += tables
        }
        if let p = s.predicate { checkReferences(p, in: scope, reads: &reads) }
        return .data(table: table, change: .delete(s), reads: reads.count == 1 ? [] : reads)
    }
}
