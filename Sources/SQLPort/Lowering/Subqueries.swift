/// What every lowering does alike with the queries inside a data statement's expressions
/// (`(SELECT ...)`, `EXISTS`, `IN (SELECT ...)`) and with `public.` names.
enum Subqueries {
    /// `e` with `f` applied to each subquery, innermost first.
    static func mapping(_ e: Expression, _ f: (Query) -> Query) -> Expression {
        e.rewriting { node, _ in
            func inner(_ q: Query) -> Query { f(q.mappingExpressions { mapping($0, f) }) }
            var copy = node
            switch node.kind {
            case .subquery(let q): copy.kind = .subquery(inner(q))
            case .exists(let q): copy.kind = .exists(inner(q))
            case .inQuery(let lhs, let q, let negated): copy.kind = .inQuery(mapping(lhs, f), inner(q), negated: negated)
            default: return nil
            }
            return copy
        }
    }

    /// Every subquery inside `e`, outermost first.
    static func all(in e: Expression) -> [Query] {
        var out: [Query] = []
        e.forEachNode { node in
            switch node.kind {
            case .subquery(let q), .exists(let q), .inQuery(_, let q, _): out.append(q)
            default: break
            }
        }
        return out
    }

    /// D452 for a subquery whose LIMIT / OFFSET keeps the rows a text ORDER BY key puts first.
    static func orderChecks(_ e: Expression, scope: [QueryTable], database: String, fallback: SourceRange?) -> [Diagnostic] {
        all(in: e).compactMap { q -> Diagnostic? in
            guard q.limit != nil || q.offset != nil else { return nil }
            let resolved = QueryOrdering.resolvingKeys(q)
            guard let (written, _) = zip(q.orderBy, resolved.orderBy).first(where: { QueryOrdering.mayBeText($0.1.expression, scope: scope) })
            else { return nil }
            return .error(.textOrderPicksRows, "this ORDER BY sorts text, which \(database) orders by another collation than PostgreSQL",
                          at: written.expression.range ?? fallback, label: "with LIMIT / OFFSET, the subquery would give other rows",
                          help: "order by a numeric, date or time column (a key, for instance), or select the rows with WHERE")
        }
    }

    /// The tables (by their own names) the subqueries of `e` read.
    static func tablesRead(in e: Expression) -> [QualifiedName] { all(in: e).flatMap { $0.tables.map(\.name) } }
}

extension DataChange {
    /// `public.t` as `t` in every table the change names: PostgreSQL finds both in `public`,
    /// which is the only schema sqlport compiles (S346); MySQL would read `public` as a database
    /// and SQLite as an attached file.
    func withoutPublicSchema() -> DataChange {
        func bare(_ n: QualifiedName) -> QualifiedName { QualifiedName(n.name) }
        func ref(_ t: TableReference) -> TableReference { TableReference(bare(t.name), alias: t.alias) }
        func from(_ f: FromClause) -> FromClause { FromClause(ref(f.first), joins: f.joins.map { Join($0.kind, ref($0.table), on: $0.condition) }) }
        func query(_ q: Query) -> Query { var c = q; c.from = q.from.map(from); return c }
        func expr(_ e: Expression) -> Expression { Subqueries.mapping(e, query) }
        switch self {
        case .insert(var s):
            s.table = bare(s.table)
            s.rows = s.rows.map { $0.map(expr) }
            s.query = s.query.map { query($0.mappingExpressions(expr)) }
            return .insert(s)
        case .update(var u):
            u.table = bare(u.table)
            u.assignments = u.assignments.map { Assignment(column: $0.column, value: expr($0.value)) }
            u.from = u.from.map { from($0.mappingConditions(expr)) }
            u.predicate = u.predicate.map(expr)
            return .update(u)
        case .delete(var d):
            d.table = bare(d.table)
            d.using = d.using.map { from($0.mappingConditions(expr)) }
            d.predicate = d.predicate.map(expr)
            return .delete(d)
        }
    }

    /// The change with `f` applied to each of its top-level expressions.
    func mappingExpressions(_ f: (Expression) -> Expression) -> DataChange {
        switch self {
        case .insert(var s):
            s.rows = s.rows.map { $0.map(f) }
            s.query = s.query.map { $0.mappingExpressions(f) }
            return .insert(s)
        case .update(var u):
            u.assignments = u.assignments.map { Assignment(column: $0.column, value: f($0.value)) }
            u.from = u.from.map { $0.mappingConditions(f) }
            u.predicate = u.predicate.map(f)
            return .update(u)
        case .delete(var d):
            d.using = d.using.map { $0.mappingConditions(f) }
            d.predicate = d.predicate.map(f)
            return .delete(d)
        }
    }
}
