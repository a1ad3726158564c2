extension SQLPrinter {
    /// `INSERT INTO table [(columns)] VALUES (e, ...), (e, ...)`
    public func print(_ insert: Insert) -> String {
        var out = "INSERT INTO " + print(insert.table)
        if !insert.columns.isEmpty { out += " " + columnList(insert.columns) }
        let rows = insert.rows.map { "(" + $0.map { print($0) }.joined(separator: ", ") + ")" }
        return out + " VALUES " + rows.joined(separator: ", ")
    }

    /// `UPDATE table SET column = e, ... [WHERE e]`
    public func print(_ update: Update) -> String {
        let sets = update.assignments.map { print($0.column) + " = " + print($0.value) }
        return "UPDATE " + print(update.table) + " SET " + sets.joined(separator: ", ")
            + (update.predicate.map { " WHERE " + print($0) } ?? "")
    }

    /// `DELETE FROM table [WHERE e]`
    public func print(_ delete: Delete) -> String {
        "DELETE FROM " + print(delete.table) + (delete.predicate.map { " WHERE " + print($0) } ?? "")
    }
}
