extension SQLPrinter {
    /// `INSERT INTO table [(columns)] VALUES (e, ...), (e, ...)`
    public func print(_ insert: Insert) -> String {
        var out = "INSERT INTO " + print(insert.table)
        if !insert.columns.isEmpty { out += " " + columnList(insert.columns) }
        if let query = insert.query { return out + " " + print(query) }
        let rows = insert.rows.map { "(" + $0.map { print($0) }.joined(separator: ", ") + ")" }
        return out + " VALUES " + rows.joined(separator: ", ") + (insert.onConflict.map { " " + print($0) } ?? "")
    }

    /// `ON CONFLICT [(columns)] DO NOTHING | DO UPDATE SET c = e, ... [WHERE e]`
    public func print(_ c: OnConflict) -> String {
        let target = c.columns.isEmpty ? "" : " " + columnList(c.columns)
        switch c.action {
        case .nothing: return "ON CONFLICT" + target + " DO NOTHING"
        case .update(let assignments, let predicate):
            return "ON CONFLICT" + target + " DO UPDATE SET " + assignments.map { print($0.column) + " = " + print($0.value) }.joined(separator: ", ")
                + (predicate.map { " WHERE " + print($0) } ?? "")
        }
    }

    /// `UPDATE table [AS a] SET column = e, ... [FROM ...] [WHERE e]`
    public func print(_ update: Update) -> String {
        let sets = update.assignments.map { print($0.column) + " = " + print($0.value) }
        return "UPDATE " + print(update.table) + (update.alias.map { " AS " + print($0) } ?? "") + " SET " + sets.joined(separator: ", ")
            + (update.from.map { " FROM " + print($0) } ?? "")
            + (update.predicate.map { " WHERE " + print($0) } ?? "")
    }

    /// `DELETE FROM table [AS a] [USING ...] [WHERE e]`
    public func print(_ delete: Delete) -> String {
        "DELETE FROM " + print(delete.table) + (delete.alias.map { " AS " + print($0) } ?? "")
            + (delete.using.map { " USING " + print($0) } ?? "")
            + (delete.predicate.map { " WHERE " + print($0) } ?? "")
    }
}

extension SQLPrinter {
    /// `SELECT [DISTINCT] e [AS a], ... [FROM t [AS a] [JOIN ...]] [WHERE e] [ORDER BY ...] [LIMIT n] [OFFSET n]`
    public func print(_ query: Query) -> String {
        var out = "SELECT " + (query.distinct ? "DISTINCT " : "")
        out += query.items.map { item in print(item.expression) + (item.alias.map { " AS " + print($0) } ?? "") }
            .joined(separator: ", ")
        if let from = query.from { out += " FROM " + print(from) }
        if let p = query.predicate { out += " WHERE " + print(p) }
        if !query.orderBy.isEmpty {
            out += " ORDER BY " + query.orderBy.map { o in
                print(o.expression) + (o.descending ? " DESC" : "") + (o.nulls.map { " " + $0.rawValue } ?? "")
            }.joined(separator: ", ")
        }
        if let l = query.limit { out += " LIMIT " + print(l) }
        if let o = query.offset { out += " OFFSET " + print(o) }
        return out
    }

    /// `t [AS a] [JOIN u [AS b] ON e ...]`
    public func print(_ from: FromClause) -> String {
        var out = print(from.first)
        for j in from.joins { out += " " + j.kind.rawValue + " " + print(j.table) + " ON " + print(j.condition) }
        return out
    }

    func print(_ t: TableReference) -> String {
        print(t.name) + (t.alias.map { " AS " + print($0) } ?? "")
    }
}
