/// Column references inside expressions: what a CHECK, an index or a USING clause uses.
extension Expression {
    /// Every column reference, in order of appearance (duplicates kept, with their ranges).
    var columnReferences: [Identifier] {
        var out: [Identifier] = []
        visit { if case .column(_, let name) = $0.kind { out.append(name) } }
        return out
    }

    /// Distinct column names, in order of first use.
    var referencedColumnNames: [String] {
        var seen = Set<String>(), out: [String] = []
        for c in columnReferences where seen.insert(c.value).inserted { out.append(c.value) }
        return out
    }

    /// Calls `body` on this node and every sub-expression, pre-order.
    func visit(_ body: (Expression) -> Void) {
        body(self)
        for child in children { child.visit(body) }
    }

    /// Direct sub-expressions.
    var children: [Expression] {
        switch kind {
        case .integer, .numeric, .string, .boolean, .null, .special, .column:
            return []
        case .unary(_, let e), .isNull(let e, _), .cast(let e, _, _):
            return [e]
        case .binary(_, let l, let r):
            return [l, r]
        case .inList(let e, let list, _):
            return [e] + list
        case .between(let e, let low, let high, _):
            return [e, low, high]
        case .like(let e, let pattern, _, _):
            return [e, pattern]
        case .call(_, let arguments, _):
            return arguments
        case .caseWhen(let operand, let whens, let otherwise):
            return (operand.map { [$0] } ?? []) + whens.flatMap { [$0.condition, $0.result] }
                + (otherwise.map { [$0] } ?? [])
        case .subquery(let q), .exists(let q):
            return q.expressions
        case .inQuery(let e, let q, _):
            return [e] + q.expressions
        }
    }

    /// The same expression with column `old` renamed to `new` (for `RENAME COLUMN`).
    func renamingColumn(_ old: String, to new: String) -> Expression {
        rewriting { e, _ in
            guard case .column(let table, let name) = e.kind, name.value == old else { return nil }
            var copy = e
            copy.kind = .column(table: table, name: Identifier(new, range: name.range))
            return copy
        }
    }

    /// Pre-order rewrite: where `f` gives a node, it replaces the subtree (not visited further).
    func rewriting(isRoot: Bool = true, _ f: (Expression, Bool) -> Expression?) -> Expression {
        if let replaced = f(self, isRoot) { return replaced }
        func r(_ e: Expression) -> Expression { e.rewriting(isRoot: false, f) }
        var copy = self
        switch kind {
        case .integer, .numeric, .string, .boolean, .null, .special, .column:
            return self
        case .unary(let op, let e): copy.kind = .unary(op, r(e))
        case .isNull(let e, let negated): copy.kind = .isNull(r(e), negated: negated)
        case .cast(let e, let type, let style): copy.kind = .cast(r(e), type, style: style)
        case .binary(let op, let left, let right): copy.kind = .binary(op, r(left), r(right))
        case .inList(let e, let list, let negated): copy.kind = .inList(r(e), list.map(r), negated: negated)
        case .between(let e, let low, let high, let negated):
            copy.kind = .between(r(e), low: r(low), high: r(high), negated: negated)
        case .like(let e, let pattern, let negated, let ci):
            copy.kind = .like(r(e), pattern: r(pattern), negated: negated, caseInsensitive: ci)
        case .call(let name, let arguments, let star): copy.kind = .call(name: name, arguments: arguments.map(r), star: star)
        case .caseWhen(let operand, let whens, let otherwise):
            copy.kind = .caseWhen(operand: operand.map(r),
                                  whens: whens.map { WhenClause(condition: r($0.condition), result: r($0.result)) },
                                  otherwise: otherwise.map(r))
        case .subquery(let q): copy.kind = .subquery(q.mappingExpressions(r))
        case .exists(let q): copy.kind = .exists(q.mappingExpressions(r))
        case .inQuery(let e, let q, let negated): copy.kind = .inQuery(r(e), q.mappingExpressions(r), negated: negated)
        }
        return copy
    }
}

extension CatalogExpression {
    /// Column names used, in order; a verbatim expression reports none (its loader could not parse it).
    var referencedColumnNames: [String] { expression?.referencedColumnNames ?? [] }

    func renamingColumn(_ old: String, to new: String) -> CatalogExpression {
        switch self {
        case .portable(let e): .portable(e.renamingColumn(old, to: new))
        case .verbatim: self
        }
    }
}
