/// `SELECT [DISTINCT] items [FROM table [JOIN ...]] [WHERE e] [ORDER BY ...] [LIMIT n] [OFFSET n]`:
/// the rows a data statement reads (`INSERT ... SELECT`). No grouping or set operations.
public struct Query: Hashable, Sendable {
    public var distinct: Bool
    public var items: [SelectItem]
    /// Nil: a `SELECT` of constants (one row).
    public var from: FromClause?
    public var predicate: Expression?
    public var orderBy: [OrderItem]
    /// Integer literals only: a migration's row counts are constants.
    public var limit: Expression?
    public var offset: Expression?

    public init(distinct: Bool = false, items: [SelectItem], from: FromClause? = nil, predicate: Expression? = nil,
                orderBy: [OrderItem] = [], limit: Expression? = nil, offset: Expression? = nil) {
        self.distinct = distinct
        self.items = items
        self.from = from
        self.predicate = predicate
        self.orderBy = orderBy
        self.limit = limit
        self.offset = offset
    }

    /// Every expression the query holds, in order (select list, join conditions, WHERE, ORDER BY, LIMIT, OFFSET).
    public var expressions: [Expression] {
        items.map(\.expression) + (from?.joins.map(\.condition) ?? []) + (predicate.map { [$0] } ?? [])
            + orderBy.map(\.expression) + [limit, offset].compactMap { $0 }
    }

    /// The same query with `f` applied to each of `expressions` (a subquery's share of an expression rewrite).
    public func mappingExpressions(_ f: (Expression) -> Expression) -> Query {
        var q = self
        q.items = items.map { SelectItem(f($0.expression), alias: $0.alias) }
        q.from = from?.mappingConditions(f)
        q.predicate = predicate.map(f)
        q.orderBy = orderBy.map { OrderItem(f($0.expression), descending: $0.descending, nulls: $0.nulls) }
        q.limit = limit.map(f)
        q.offset = offset.map(f)
        return q
    }

    /// The tables read, in FROM order.
    public var tables: [TableReference] { from.map { [$0.first] + $0.joins.map(\.table) } ?? [] }
}

/// `expression [AS alias]`
public struct SelectItem: Hashable, Sendable {
    public var expression: Expression
    public var alias: Identifier?
    public init(_ expression: Expression, alias: Identifier? = nil) {
        self.expression = expression
        self.alias = alias
    }
}

/// `table [[AS] alias]`
public struct TableReference: Hashable, Sendable {
    public var name: QualifiedName
    public var alias: Identifier?
    public init(_ name: QualifiedName, alias: Identifier? = nil) {
        self.name = name
        self.alias = alias
    }

    /// The name column references qualify it by: the alias if there is one (PostgreSQL then hides the table's own name).
    public var exposedName: Identifier { alias ?? name.name }
}

/// `first [JOIN t ON e ...]`
public struct FromClause: Hashable, Sendable {
    public var first: TableReference
    public var joins: [Join]
    public init(_ first: TableReference, joins: [Join] = []) {
        self.first = first
        self.joins = joins
    }

    /// The tables, in order.
    public var tables: [TableReference] { [first] + joins.map(\.table) }

    public func mappingConditions(_ f: (Expression) -> Expression) -> FromClause {
        FromClause(first, joins: joins.map { Join($0.kind, $0.table, on: f($0.condition)) })
    }
}

/// `[INNER] JOIN t ON e` / `LEFT [OUTER] JOIN t ON e`
public struct Join: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case inner = "JOIN"
        case left = "LEFT JOIN"
    }
    public var kind: Kind
    public var table: TableReference
    public var condition: Expression
    public init(_ kind: Kind, _ table: TableReference, on condition: Expression) {
        self.kind = kind
        self.table = table
        self.condition = condition
    }
}

/// `e [ASC|DESC] [NULLS FIRST|LAST]`
public struct OrderItem: Hashable, Sendable {
    public enum Nulls: String, Hashable, Sendable {
        case first = "NULLS FIRST"
        case last = "NULLS LAST"
    }
    public var expression: Expression
    public var descending: Bool
    /// As written; nil is PostgreSQL's default (`effectiveNulls`).
    public var nulls: Nulls?
    public init(_ expression: Expression, descending: Bool = false, nulls: Nulls? = nil) {
        self.expression = expression
        self.descending = descending
        self.nulls = nulls
    }

    /// Where PostgreSQL puts NULLs: larger than every value, so last ascending and first descending.
    public var effectiveNulls: Nulls { nulls ?? (descending ? .first : .last) }
}
