/// How tightly an expression binds, for deciding where parentheses go.
///
/// Lower levels bind tighter; `primary` (literals, names, calls, `CASE`, `CAST(...)`)
/// never needs parentheses. Whether an operator is prefix, infix or postfix comes from
/// the AST node, not from here.
public struct Precedence: Hashable, Sendable {
    public enum Associativity: Hashable, Sendable {
        /// `a - b - c` is `(a - b) - c`; postfix operators chain the same way.
        case left
        /// `- - a`, `NOT NOT a`: prefix operators chain to the right.
        case right
        /// `a = b = c` is an error: an operand at the same level needs parentheses.
        case none
    }

    public var level: Int
    public var associativity: Associativity

    public init(level: Int, associativity: Associativity) {
        self.level = level
        self.associativity = associativity
    }

    // PostgreSQL 15's table (grammar/README.md), shared with the parser.
    public static let primary = Precedence(level: 0, associativity: .none)
    /// `e::t`
    public static let cast = Precedence(level: 1, associativity: .left)
    /// prefix `+` `-`
    public static let unarySign = Precedence(level: 2, associativity: .right)
    /// `^`
    public static let power = Precedence(level: 3, associativity: .left)
    /// `*` `/` `%`
    public static let multiplicative = Precedence(level: 4, associativity: .left)
    /// binary `+` `-`
    public static let additive = Precedence(level: 5, associativity: .left)
    /// `||` and any other operator
    public static let otherOperator = Precedence(level: 6, associativity: .left)
    /// `BETWEEN` `IN` `LIKE` `ILIKE`
    public static let patternMatch = Precedence(level: 7, associativity: .none)
    /// `<` `>` `=` `<=` `>=` `<>`
    public static let comparison = Precedence(level: 8, associativity: .none)
    /// `IS [NOT] NULL`; postfix, so it chains: PostgreSQL reads `a IS NULL IS NULL` as
    /// `(a IS NULL) IS NULL`.
    public static let isNull = Precedence(level: 9, associativity: .left)
    /// `NOT`
    public static let not = Precedence(level: 10, associativity: .right)
    public static let and = Precedence(level: 11, associativity: .left)
    public static let or = Precedence(level: 12, associativity: .left)

    /// PostgreSQL's precedence of an expression node: the default for every dialect.
    public static func postgreSQL(of expression: Expression) -> Precedence {
        switch expression.kind {
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .call, .caseWhen, .subquery, .exists:
            return .primary
        case .cast(_, _, style: .function):
            return .primary
        case .cast(_, _, style: .colonColon):
            return .cast
        case .unary(let op, _):
            switch op {
            case .minus, .plus: return .unarySign
            case .not: return .not
            }
        case .binary(let op, _, _):
            return postgreSQL(of: op)
        case .isNull:
            return .isNull
        case .inList, .between, .like, .inQuery:
            return .patternMatch
        }
    }

    public static func postgreSQL(of op: BinaryOperator) -> Precedence {
        switch op {
        case .or: .or
        case .and: .and
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: .comparison
        case .concat: .otherOperator
        case .add, .subtract: .additive
        case .multiply, .divide, .modulo: .multiplicative
        case .power: .power
        }
    }
}

/// Where an operand stands relative to its operator.
public enum OperandSide: Sendable {
    /// Left of an infix operator, or the operand of a postfix one (`e::t`, `e IS NULL`).
    case left
    /// Right of an infix operator, or the operand of a prefix one (`- e`, `NOT e`).
    case right
}

extension Precedence {
    /// Whether an operand of precedence `child` must be parenthesised on `side` of an
    /// operator of this precedence: when it binds looser, or equally but the operator
    /// does not associate towards that side.
    public func needsParentheses(_ child: Precedence, on side: OperandSide) -> Bool {
        if child.level == 0 { return false }
        if child.level != level { return child.level > level }
        switch (associativity, side) {
        case (.left, .left), (.right, .right): return false
        case (.left, .right), (.right, .left), (.none, _): return true
        }
    }
}
