/// Views on SQLite. SQLite has no `CREATE OR REPLACE VIEW`: a replacement is `DROP VIEW IF
/// EXISTS` and `CREATE VIEW` in the script's one transaction. Each output column gets
/// PostgreSQL's name by an alias where SQLite would name it otherwise (SQLite calls an
/// unaliased `upper(name)` by its text); no column list, which SQLite 3.9 added.
extension SQLiteLoweringRun {
    mutating func createView(_ view: View, replacing: View?, reads: [QueryTable], step: CheckedStep) {
        guard let d = view.definition else { return }
        let q0 = SQLiteSpelling.quote
        if replacing != nil {
            emit("DROP VIEW IF EXISTS " + q0(view.name) + ";", origin: step.statement.range)
        }
        var query = QueryOrdering.resolvingKeys(d.query)
        query.orderBy = query.orderBy.map { o in
            OrderItem(o.expression, descending: o.descending,
                      nulls: QueryOrdering.mayBeNull(o.expression, in: d.query, scope: reads) ? o.effectiveNulls : nil)
        }
        // SQLite has no OFFSET without LIMIT; a negative LIMIT means none.
        if query.offset != nil, query.limit == nil { query.limit = Expression(.unary(.minus, Expression(.integer("1")))) }
        if d.query.limit != nil || d.query.offset != nil {
            let resolved = QueryOrdering.resolvingKeys(d.query)
            if let (written, _) = zip(d.query.orderBy, resolved.orderBy).first(where: { QueryOrdering.mayBeText($0.1.expression, scope: reads) }) {
                writer.report(.error(.viewTextOrderPicksRows, "this ORDER BY sorts text, which SQLite orders by another collation than PostgreSQL",
                                     at: written.expression.range ?? step.statement.range, label: "with LIMIT / OFFSET, the view would show other rows",
                                     help: "order by a numeric, date or time column (a key, for instance), or select the rows with WHERE"))
            }
        }
        writer.scope = reads
        defer { writer.scope = nil }
        var parts: [String] = []
        for (item, column) in zip(query.items, d.columns) {
            let text = writer.write(item.expression)
            if case .column(_, let name) = item.expression.kind, name.value == column.value {
                parts.append(text)
            } else {
                parts.append(text + " AS " + q0(column.value))
            }
        }
        for e in query.expressions.dropFirst(query.items.count) { _ = writer.write(e) }  // D43x for the rest
        var withoutItems = query
        withoutItems.items = [SelectItem(Expression(.null))]
        let rest = writer.printer.print(withoutItems).dropFirst(("SELECT " + (query.distinct ? "DISTINCT " : "") + "NULL").count)
        let select = "SELECT " + (query.distinct ? "DISTINCT " : "") + parts.joined(separator: ", ") + rest
        emit("CREATE VIEW " + q0(view.name) + " AS " + select + ";", origin: replacing == nil ? step.statement.range : nil)
    }
}
