/// `UPDATE ... FROM` and `DELETE ... USING` as the single-table statements every SQLite
/// version runs (UPDATE FROM came in 3.33, after the 3.31 sqlport writes for by default;
/// SQLite never had DELETE USING): each joined row the PostgreSQL statement would use is
/// found by a correlated subquery over the same FROM list and WHERE condition.
///
///     UPDATE t AS a SET c = e FROM f AS b WHERE p
///     UPDATE t AS a SET c = (SELECT e FROM f AS b WHERE p LIMIT 1) WHERE EXISTS (SELECT 1 FROM f AS b WHERE p)
///
///     DELETE FROM t AS a USING f AS b WHERE p
///     DELETE FROM t AS a WHERE EXISTS (SELECT 1 FROM f AS b WHERE p)
///
/// Names resolve alike: the checker has made every unqualified name unique among the target
/// and the FROM tables, so one the FROM tables lack still finds the target one level out.
/// Where several joined rows match a target row, PostgreSQL updates it from one of them,
/// which one unspecified; here each assignment takes the first its subquery finds (the same
/// row for every assignment while the plan is the same, but not promised): a backfill whose
/// join matches one row per target row — the use this is for — gives PostgreSQL's result.
enum SQLiteUpdateFrom {
    static func singleTable(_ change: DataChange) -> DataChange {
        switch change {
        case .update(var u):
            guard let from = u.from else { return change }
            u.assignments = u.assignments.map { a in
                let q = Query(items: [SelectItem(a.value)], from: from, predicate: u.predicate, limit: Expression(.integer("1")))
                return Assignment(column: a.column, value: Expression(.subquery(q), range: a.value.range))
            }
            u.predicate = exists(from, u.predicate)
            u.from = nil
            return .update(u)
        case .delete(var d):
            guard let using = d.using else { return change }
            d.predicate = exists(using, d.predicate)
            d.using = nil
            return .delete(d)
        case .insert:
            return change
        }
    }

    /// D456: SQLite evaluates an UPDATE's SET and WHERE row by row, so a subquery reading the
    /// table being updated sees the rows already changed (measured on 3.40: `SET n = (SELECT
    /// sum(b.n) FROM t AS b WHERE b.id < t.id) + n` gives NULLs where PostgreSQL, reading the
    /// rows as they were, gives running sums). Harmless only when the subquery reads no column
    /// the UPDATE sets. (DELETE finds its rows before removing any: the same as PostgreSQL.)
    static func perRowReads(_ u: Update, table: Table, fallback: SourceRange?) -> Diagnostic? {
        let set = Set(u.assignments.map(\.column.value))
        for e in u.assignments.map(\.value) + (u.predicate.map { [$0] } ?? []) {
            for q in Subqueries.all(in: e) {
                guard let read = q.tables.first(where: { $0.name.name.value == table.name }) else { continue }
                var column: Identifier?
                for x in q.expressions {
                    x.forEachNode { n in
                        if column == nil, case .column(_, let name) = n.kind, set.contains(name.value) { column = name }
                    }
                }
                guard let column else { continue }
                return .error(.sqliteSubqueryReadsUpdatedRows, "this subquery reads `\(table.name)`.`\(column.value)`, which the UPDATE sets",
                              at: read.name.range ?? fallback,
                              label: "SQLite evaluates it row by row, seeing the rows it has already updated",
                              help: "compute the values into a new column or scratch table first, then UPDATE from that")
            }
        }
        return nil
    }

    static func exists(_ from: FromClause, _ predicate: Expression?) -> Expression {
        Expression(.exists(Query(items: [SelectItem(Expression(.integer("1")))], from: from, predicate: predicate)),
                   range: predicate?.range)
    }

    /// Subqueries' ORDER BY keys that can be NULL say PostgreSQL's placement (SQLite puts
    /// NULLs first ascending); OFFSET without LIMIT gets SQLite's "no limit".
    static func nullsOrdered(_ q: Query, scope: [QueryTable]) -> Query {
        var query = QueryOrdering.resolvingKeys(q)
        query.orderBy = query.orderBy.map { o in
            OrderItem(o.expression, descending: o.descending,
                      nulls: QueryOrdering.mayBeNull(o.expression, in: q, scope: scope) ? o.effectiveNulls : nil)
        }
        if query.offset != nil, query.limit == nil { query.limit = Expression(.unary(.minus, Expression(.integer("1")))) }
        return query
    }
}
