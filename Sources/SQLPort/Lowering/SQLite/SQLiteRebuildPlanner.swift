/// Plans one rebuild of a table, from its definition before and after a run of changes and
/// the value each new column takes from the old rows.
enum SQLiteRebuildPlanner {
    /// - Parameters:
    ///   - before: the table as it is in the database when the rebuild runs.
    ///   - after: the table as it must be; same name.
    ///   - values: for each column of `after` that gets a value from old rows, that value (over
    ///     `before`'s columns). Columns without one take their default.
    ///   - scratch: the new table's name until it replaces the old one (`SQLiteNameAllocator`).
    static func plan(before: Table, after: Table, values: [String: Expression], scratch: String) -> SQLiteRebuildPlan {
        // SQLite computes generated columns and refuses to write them: they are not copied.
        let copied = after.columns.filter { $0.generated == nil }.compactMap { c in values[c.name].map { SQLiteCopiedColumn(c.name, $0) } }
        var steps: [SQLiteRebuildStep] = [
            .createTable(scratch: scratch, definition: after),
            .copyRows(from: before.name, into: scratch, columns: copied,
                      rowid: keepsHiddenRowid(before, after)),
            .checkRowCount(original: before.name, copy: scratch),
        ]
        if isAutoincrement(before), isAutoincrement(after) {
            steps.append(.carryAutoincrementCounter(from: before.name, to: scratch))
        }
        steps.append(.dropTable(before.name))
        steps.append(.renameTable(from: scratch, to: after.name))
        for index in after.indexes where isSQLiteIndex(index) {
            steps.append(.createIndex(table: after.name, index))
        }
        for trigger in after.triggers { steps.append(.createTrigger(trigger)) }
        return SQLiteRebuildPlan(table: after.name, steps: steps)
    }

    /// MySQL's foreign-key support indexes are not SQLite objects.
    static func isSQLiteIndex(_ index: TableIndex) -> Bool {
        switch index.origin {
        case .explicit: true
        case .foreignKeySupport: false
        }
    }

    static func hasRowid(_ t: Table) -> Bool { !t.withoutRowid }

    /// Hidden rowids (no alias column on either side) are copied so rows keep them: something
    /// outside the schema (an FTS index, an application) may hold them. An alias's values are
    /// its column's and travel with it (converted, if the migration converts the column).
    static func keepsHiddenRowid(_ before: Table, _ after: Table) -> Bool {
        hasRowid(before) && hasRowid(after) && rowidAlias(before) == nil && rowidAlias(after) == nil
    }

    /// The column that is the rowid, if any.
    static func rowidAlias(_ t: Table) -> Column? {
        t.columns.first { if case .rowid = $0.generator { true } else { false } }
    }

    static func isAutoincrement(_ t: Table) -> Bool {
        rowidAlias(t)?.generator == .rowid(autoincrement: true)
    }
}
