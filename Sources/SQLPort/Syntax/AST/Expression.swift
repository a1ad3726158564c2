/// A scalar expression. Parentheses are not kept: the printer puts back exactly
/// those PostgreSQL's precedence requires.
public struct Expression: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        /// An integer literal, digits as written (`42`).
        case integer(String)
        /// A numeric literal with a point or exponent (`1.5`, `2e10`).
        case numeric(String)
        /// `'text'`, `E'text'` or `$$text$$`, after unescaping.
        case string(String)
        /// `TRUE` / `FALSE`
        case boolean(Bool)
        /// `NULL`
        case null
        /// `CURRENT_TIMESTAMP`, `CURRENT_DATE`, `CURRENT_TIME`
        case special(SpecialValue)
        /// `col` or `table.col`
        case column(table: Identifier?, name: Identifier)
        /// `- e`, `+ e`, `NOT e`
        case unary(UnaryOperator, Expression)
        /// `l op r`
        case binary(BinaryOperator, Expression, Expression)
        /// `e IS [NOT] NULL`
        case isNull(Expression, negated: Bool)
        /// `e [NOT] IN (list)`
        case inList(Expression, [Expression], negated: Bool)
        /// `e [NOT] BETWEEN low AND high`
        case between(Expression, low: Expression, high: Expression, negated: Bool)
        /// `e [NOT] LIKE|ILIKE pattern`
        case like(Expression, pattern: Expression, negated: Bool, caseInsensitive: Bool)
        /// `name(args)` or `name(*)`
        case call(name: QualifiedName, arguments: [Expression], star: Bool)
        /// `CAST(e AS t)` or `e::t`
        case cast(Expression, TypeName, style: CastStyle)
        /// `CASE [operand] WHEN ... THEN ... [ELSE ...] END`
        case caseWhen(operand: Expression?, whens: [WhenClause], otherwise: Expression?)
        /// `(SELECT e FROM ...)`: one value, NULL when the query gives no row (a data statement's only).
        case subquery(Query)
        /// `EXISTS (SELECT ...)`; `NOT EXISTS` is `.unary(.not, ...)` of it, as PostgreSQL parses it.
        case exists(Query)
        /// `e [NOT] IN (SELECT ...)`: with PostgreSQL's (the standard's) NULL rules, the same on every target.
        case inQuery(Expression, Query, negated: Bool)
    }

    public var kind: Kind
    @NotCompared public var range: SourceRange?

    public init(_ kind: Kind, range: SourceRange? = nil) {
        self.kind = kind
        self.range = range
    }
}

public struct WhenClause: Hashable, Sendable {
    public var condition: Expression
    public var result: Expression
    public init(condition: Expression, result: Expression) {
        self.condition = condition
        self.result = result
    }
}

public enum SpecialValue: String, Hashable, Sendable, CaseIterable {
    case currentTimestamp = "CURRENT_TIMESTAMP"
    case currentDate = "CURRENT_DATE"
    case currentTime = "CURRENT_TIME"
}

public enum CastStyle: Hashable, Sendable {
    /// `CAST(e AS t)`
    case function
    /// `e::t`
    case colonColon
}

public enum UnaryOperator: String, Hashable, Sendable {
    case minus = "-"
    case plus = "+"
    case not = "NOT"
}

public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case or = "OR"
    case and = "AND"
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case concat = "||"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case power = "^"
}
