/// `INSERT ... VALUES ... ON CONFLICT` on SQLite, which has PostgreSQL's clause (3.24; the
/// default target is 3.31) with the same meaning: the conflict target must be a unique key, a
/// row breaking another key is an error, `excluded.c` is the proposed row.
///
/// The script's guard checks that each data statement changed the rows it should, so the
/// count is predicted: DO UPDATE changes one row per proposed row (inserted or updated);
/// DO NOTHING inserts the proposed keys not already in the table, counted just before it
/// (each key once: a repeated one conflicts with the first). That needs the keys as non-NULL
/// literals and one key to count by; otherwise, and for DO UPDATE ... WHERE (rows left
/// alone are not counted), D459 refuses rather than leave the statement unchecked.
extension SQLiteLoweringRun {
    enum UpsertCheck {
        case rows(Int)
        case countOf(String)
    }

    mutating func conflictClause(_ c: OnConflict, table: Table) -> String {
        let q = SQLiteSpelling.quote
        let target = c.columns.isEmpty ? "" : " (" + c.columns.map { q($0.value) }.joined(separator: ", ") + ")"
        switch c.action {
        case .nothing: return " ON CONFLICT" + target + " DO NOTHING"
        case .update(let assignments, let predicate):
            let sets = assignments.map { q($0.column.value) + " = " + value($0.value, for: table.column($0.column.value)) }
            return " ON CONFLICT" + target + " DO UPDATE SET " + sets.joined(separator: ", ") + (predicate.map { " WHERE " + writer.write($0) } ?? "")
        }
    }

    mutating func upsertCheck(_ s: Insert, _ c: OnConflict, table: Table, range: SourceRange?) -> UpsertCheck? {
        func refuse(_ why: String) -> UpsertCheck? {
            writer.report(.error(.sqliteUpsertUncounted, "sqlport cannot predict how many rows this ON CONFLICT changes", at: range,
                                 label: why, help: "give every row its key as literals (not NULL), with one unique key on the table or named as the conflict target"))
            return nil
        }
        let keys = c.columns.isEmpty ? table.uniqueKeys : [c.columns.map(\.value)]
        guard case .nothing = c.action else {
            if case .update(_, let predicate?) = c.action {
                _ = predicate
                return refuse("rows the WHERE leaves alone are not counted")
            }
            return .rows(s.rows.count)
        }
        if keys.isEmpty { return .rows(s.rows.count) }
        guard keys.count == 1 else { return refuse("a conflict on any of several unique keys") }
        let names = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
        var tuples: [String] = []
        for row in s.rows {
            var values: [String] = []
            for k in keys[0] {
                guard let i = names.firstIndex(of: k), i < row.count else { return refuse("a row leaves key column `\(k)` to its default") }
                switch row[i].kind {
                case .integer, .string, .numeric: values.append(writer.write(row[i]))
                case .unary(.minus, let inner):
                    guard case .integer = inner.kind else { return refuse("a key value is not a literal") }
                    values.append(writer.write(row[i]))
                default: return refuse("a key value is not a literal")
                }
            }
            let tuple = "(" + values.joined(separator: ", ") + ")"
            if !tuples.contains(tuple) { tuples.append(tuple) }
        }
        let q = SQLiteSpelling.quote
        let match = keys[0].enumerated().map { j, k in q(table.name) + "." + q(k) + " = v.column\(j + 1)" }.joined(separator: " AND ")
        return .countOf("SELECT 1 FROM (VALUES " + tuples.joined(separator: ", ") + ") AS v WHERE NOT EXISTS (SELECT 1 FROM "
                        + q(table.name) + " WHERE " + match + ")")
    }
}
