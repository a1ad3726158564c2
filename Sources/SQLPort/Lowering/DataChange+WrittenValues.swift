extension DataChange {
    /// The change with `transform(column, value)` applied to each value it writes into a
    /// column of `table`: the INSERT's rows and query items (by position, in its column list or
    /// the table's), the UPDATE's assignments. A DELETE writes none. Lowerings that spell a value
    /// by the column it goes into (BYTEA on MySQL, date/time strings) share this walk.
    func mappingWrittenValues(in table: Table, _ transform: (String, Expression) -> Expression) -> DataChange {
        switch self {
        case .insert(var s):
            let names = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
            s.rows = s.rows.map { row in row.enumerated().map { i, v in i < names.count ? transform(names[i], v) : v } }
            if var q = s.query {
                q.items = q.items.enumerated().map { i, item in
                    SelectItem(i < names.count ? transform(names[i], item.expression) : item.expression, alias: item.alias)
                }
                s.query = q
            }
            return .insert(s)
        case .update(var u):
            u.assignments = u.assignments.map { Assignment(column: $0.column, value: transform($0.column.value, $0.value)) }
            return .update(u)
        case .delete:
            return self
        }
    }
}
