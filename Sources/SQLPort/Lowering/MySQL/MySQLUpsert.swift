/// `INSERT ... ON CONFLICT` as MySQL's `ON DUPLICATE KEY UPDATE`, where it means the same.
///
/// PostgreSQL's `ON CONFLICT (k)` acts on a conflict on key `k` only: a row breaking another
/// unique key is still an error. MySQL's clause acts on a conflict with any unique key, so it
/// is faithful only when `k` is the table's one unique key (D457); `ON CONFLICT DO NOTHING`
/// without a target skips a conflict on any key, as a no-op update does. `INSERT IGNORE` is not
/// used: it also turns other errors (NOT NULL, out-of-range values) into warnings.
/// `EXCLUDED.c` is `VALUES(c)` (deprecated in MySQL 8.0.20 but accepted by MySQL and MariaDB
/// alike); MySQL assigns left to right, so the assignments are ordered as `MySQLUpdateOrder` orders an UPDATE's.
extension MySQLLowerer {
    mutating func upsert(_ s: Insert, _ conflict: OnConflict, table: Table, writer w: MySQLWriter, step: CheckedStep, index: Int) {
        var plain = s
        plain.onConflict = nil
        let keys = table.uniqueKeys
        let range = step.statement.range
        if !conflict.columns.isEmpty, keys.count > 1 {
            let others = keys.filter { Set($0) != Set(conflict.columns.map(\.value)) }.map { "(" + $0.joined(separator: ", ") + ")" }
            report(.error(.mysqlUpsertOtherKeys, "ON CONFLICT (\(conflict.columns.map(\.value).joined(separator: ", "))) on a table with other unique keys",
                          at: conflict.columns.first?.range ?? range,
                          label: "MySQL's ON DUPLICATE KEY UPDATE would also act on a conflict with " + others.joined(separator: ", "),
                          help: "PostgreSQL raises an error for those; guard the rows with `INSERT ... SELECT ... WHERE NOT EXISTS (...)` instead"))
            return
        }
        let conflictKey = conflict.columns.isEmpty ? keys.flatMap { $0 } : conflict.columns.map(\.value)
        if let text = conflictKey.first(where: { table.column($0).flatMap(\.type.portable).map(MySQLExpressions.isStringType) ?? false }) {
            report(.warning(.mysqlStringComparison, "the conflict key compares strings, which MySQL does by the column's collation",
                            at: conflict.columns.first?.range ?? range,
                            label: "the default collations ignore case, accents and trailing spaces: 'a' and 'A ' conflict",
                            help: "make sure the keys cannot differ only that way, or give `\(text)` `COLLATE \"C\"` (binary)"))
        }
        switch conflict.action {
        case .nothing:
            guard let key = (conflict.columns.first?.value ?? keys.first?.first) else {
                // No unique key: nothing can conflict.
                emit(w.printer.print(plain) + ";", step: index, rerunnable: false)
                return
            }
            emit(w.printer.print(plain) + " ON DUPLICATE KEY UPDATE " + w.name(key) + " = " + w.name(key) + ";", step: index, rerunnable: false)
        case .update(let assignments, let predicate):
            if let predicate {
                report(.error(.mysqlUpsertCondition, "ON CONFLICT DO UPDATE ... WHERE has no MySQL form", at: predicate.range ?? range,
                              label: "ON DUPLICATE KEY UPDATE always updates the conflicting row",
                              help: "move the condition into each value (`c = CASE WHEN cond THEN EXCLUDED.c ELSE c END`)"))
                return
            }
            // Ordered by what each reads of the table's row (not of the proposed one).
            let stripped = assignments.map { a in
                Assignment(column: a.column, value: a.value.rewriting { e, _ in
                    if case .column(let q, _) = e.kind, q?.value == "excluded" { return Expression(.null) }
                    return nil
                })
            }
            guard let order = MySQLUpdateOrder.order(stripped) else {
                report(.error(.mysqlUnsupportedExpression, "the assignments of this ON CONFLICT DO UPDATE read each other's columns in a cycle",
                              at: range, label: "MySQL assigns left to right, each assignment seeing the ones before it",
                              help: "split the statement: insert the rows that are new, then UPDATE the others"))
                return
            }
            let byColumn = Dictionary(assignments.map { ($0.column.value, $0) }, uniquingKeysWith: { a, _ in a })
            let sets = order.compactMap { byColumn[$0.column.value] }.map { a in
                w.name(a.column.value) + " = " + w.printer.print(a.value.rewriting { e, _ in
                    guard case .column(let q, let name) = e.kind, q?.value == "excluded" else { return nil }
                    return Expression(.call(name: QualifiedName(Identifier("VALUES")), arguments: [Expression(.column(table: nil, name: name))], star: false), range: e.range)
                })
            }
            emit(w.printer.print(plain) + " ON DUPLICATE KEY UPDATE " + sets.joined(separator: ", ") + ";", step: index, rerunnable: false)
        }
    }
}
