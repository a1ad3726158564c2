/// Expressions, one function per precedence level of PostgreSQL 15 (lowest first):
/// `OR`, `AND`, `NOT`, `IS`, comparisons, `IN`/`BETWEEN`/`LIKE`, `||` and other
/// operators, `+ -`, `* / %`, `^`, unary `+ -`, `::`.
extension Parser.State {
    /// expression ::= or_expression
    mutating func parseExpression() throws(Parser.Abort) -> Expression {
        try enterNesting()
        defer { expressionDepth -= 1 }
        return try parseOrExpression()
    }

    /// Counts one level of nesting, refusing to go past `Parser.maxExpressionDepth`.
    /// Recursion (parentheses, `NOT`, signs, arguments) and each link of an operator
    /// chain (`a + b + c` is a tree as deep as it is long) count, so no tree the
    /// parser returns is deep enough to exhaust the stack of code that walks it.
    /// Callers decrement `expressionDepth` when they are done.
    mutating func enterNesting() throws(Parser.Abort) {
        guard expressionDepth < Parser.maxExpressionDepth else {
            report(.error(.nestingTooDeep, "expression nested too deeply", at: token.range,
                          label: "more than \(Parser.maxExpressionDepth) levels deep here",
                          help: "simplify the expression or split it; sqlport allows \(Parser.maxExpressionDepth) levels of nesting, each operator of a chain counting as one"))
            throw Parser.Abort()
        }
        expressionDepth += 1
    }

    /// Takes operands already parsed: `binary(op, l, try parseX(), ...)` would read
    /// `previousEnd` from a copy of `self` made before `parseX` ran.
    func binary(_ op: BinaryOperator, _ l: Expression, _ r: Expression, from start: Int) -> Expression {
        Expression(.binary(op, l, r), range: range(from: start))
    }

    /// or_expression ::= and_expression ( 'OR' and_expression )*
    mutating func parseOrExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseAndExpression()
        var links = 0  // each link deepens the tree: counted like a nesting level
        defer { expressionDepth -= links }
        while eat(.or) {
            try enterNesting()
            links += 1
            let rhs = try parseAndExpression()
            e = binary(.or, e, rhs, from: start)
        }
        return e
    }

    /// and_expression ::= not_expression ( 'AND' not_expression )*
    mutating func parseAndExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseNotExpression()
        var links = 0
        defer { expressionDepth -= links }
        while eat(.and) {
            try enterNesting()
            links += 1
            let rhs = try parseNotExpression()
            e = binary(.and, e, rhs, from: start)
        }
        return e
    }

    /// not_expression ::= 'NOT' not_expression | is_expression
    mutating func parseNotExpression() throws(Parser.Abort) -> Expression {
        guard at(.not) else { return try parseIsExpression() }
        let start = token.range.start
        try enterNesting()
        defer { expressionDepth -= 1 }
        advance()
        let operand = try parseNotExpression()
        return Expression(.unary(.not, operand), range: range(from: start))
    }

    /// is_expression ::= comparison_expression ( 'IS' 'NOT'? 'NULL' | 'ISNULL' | 'NOTNULL' )*
    mutating func parseIsExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseComparisonExpression()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            if at(.is) || at(.isnull) || at(.notnull) {
                try enterNesting()
                links += 1
            }
            if eat(.is) {
                let negated = eat(.not)
                guard eat(.null) else {
                    if at(.true) || at(.false) || at(.distinct) || lowercasedWord(token) == "unknown" {
                        throw unsupported("`IS \(negated ? "NOT " : "")\(text(token).uppercased())` is not supported",
                                          help: "write it with `=`, `<>` and `IS [NOT] NULL`")
                    }
                    throw unexpected("`NULL`")
                }
                e = Expression(.isNull(e, negated: negated), range: range(from: start))
            } else if at(.isnull) || at(.notnull) {
                let negated = at(.notnull)
                advance()
                e = Expression(.isNull(e, negated: negated), range: range(from: start))
            } else {
                return e
            }
        }
    }

    func comparisonOperator(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }

    /// comparison_expression ::= predicate_expression
    ///                           ( ( '=' | '<>' | '!=' | '<' | '<=' | '>' | '>=' ) predicate_expression )?
    ///
    /// Comparisons do not associate: `a = b = c` is an error, as in PostgreSQL.
    mutating func parseComparisonExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        let lhs = try parsePredicateExpression()
        guard let op = comparisonOperator(token.kind) else { return lhs }
        advance()
        let rhs = try parsePredicateExpression()
        let e = binary(op, lhs, rhs, from: start)
        if comparisonOperator(token.kind) != nil {
            throw nonAssociative(e, "comparison operators")
        }
        return e
    }

    mutating func nonAssociative(_ first: Expression, _ what: String) -> Parser.Abort {
        let example = file.text(first.range ?? token.range)
        report(.error(.nonAssociativeOperator, "\(what) cannot be chained", at: token.range,
                      label: "second operator here",
                      help: "add parentheses to say what is meant, e.g. `(\(example.count > 30 ? "..." : example)) \(text(token)) ...`"))
        return Parser.Abort()
    }

    /// True at `IN`, `BETWEEN`, `LIKE`, `ILIKE`, or `NOT` followed by one of them.
    mutating func atPredicateOperator() -> Bool {
        let t = at(.not) ? peek(1) : token
        switch t.kind {
        case .keyword(.in), .keyword(.between), .keyword(.like), .keyword(.ilike): return true
        default: return false
        }
    }

    /// predicate_expression ::= other_operator_expression (
    ///       'NOT'? 'IN' ( subquery | '(' expression ( ',' expression )* ')' )
    ///     | 'NOT'? 'BETWEEN' other_operator_expression 'AND' other_operator_expression
    ///     | 'NOT'? ( 'LIKE' | 'ILIKE' ) other_operator_expression )?
    mutating func parsePredicateExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        let lhs = try parseOtherOperatorExpression()
        guard atPredicateOperator() else { return lhs }
        let negated = eat(.not)
        let e: Expression
        if eat(.in) {
            if subqueriesAllowed, at(.leftParen), peekIs(1, .select) || peekIs(1, .with) {
                let q = try parseSubquery()
                let e = Expression(.inQuery(lhs, q, negated: negated), range: range(from: start))
                if atPredicateOperator() { throw nonAssociative(e, "`IN`, `BETWEEN` and `LIKE`") }
                return e
            }
            try expect(.leftParen, "`(` and a list of values")
            try rejectSubquery()
            var list: [Expression] = []
            repeat {
                list.append(try parseExpression())
            } while eat(.comma)
            try expect(.rightParen, "`,` or `)`")
            e = Expression(.inList(lhs, list, negated: negated), range: range(from: start))
        } else if eat(.between) {
            if at(.symmetric) || at(.asymmetric) {
                throw unsupported("`BETWEEN \(text(token).uppercased())` is not supported", help: "write plain `BETWEEN`")
            }
            let low = try parseOtherOperatorExpression()
            try expect(.and)
            let high = try parseOtherOperatorExpression()
            e = Expression(.between(lhs, low: low, high: high, negated: negated), range: range(from: start))
        } else {
            let caseInsensitive = at(.ilike)
            advance()
            let pattern = try parseOtherOperatorExpression()
            if at(.escape) {
                throw unsupported("`LIKE ... ESCAPE` is not supported", help: "use the default escape character `\\`")
            }
            e = Expression(.like(lhs, pattern: pattern, negated: negated, caseInsensitive: caseInsensitive),
                           range: range(from: start))
        }
        if atPredicateOperator() {
            throw nonAssociative(e, "`IN`, `BETWEEN` and `LIKE`")
        }
        return e
    }

    /// other_operator_expression ::= additive_expression ( '||' additive_expression )*
    ///
    /// PostgreSQL puts every other operator (`~`, `@>`, `->>`, ...) on this level; the
    /// portable language has no meaning for them (P209).
    mutating func parseOtherOperatorExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseAdditiveExpression()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            if eat(.concat) {
                try enterNesting()
                links += 1
                let rhs = try parseAdditiveExpression()
            e = binary(.concat, e, rhs, from: start)
            } else if at(.otherOperator) {
                throw unsupportedOperator()
            } else {
                return e
            }
        }
    }

    mutating func unsupportedOperator() -> Parser.Abort {
        report(.error(.unsupportedOperator, "unsupported operator `\(text(token))`", at: token.range,
                      label: "no portable meaning",
                      help: "use `= <> < <= > >= + - * / % ^ ||`, `LIKE`, `IN`, `BETWEEN` or a function call"))
        return Parser.Abort()
    }

    /// additive_expression ::= multiplicative_expression ( ( '+' | '-' ) multiplicative_expression )*
    mutating func parseAdditiveExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseMultiplicativeExpression()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            let op: BinaryOperator
            switch token.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return e
            }
            advance()
            try enterNesting()
            links += 1
            let rhs = try parseMultiplicativeExpression()
            e = binary(op, e, rhs, from: start)
        }
    }

    /// multiplicative_expression ::= exponent_expression ( ( '*' | '/' | '%' ) exponent_expression )*
    mutating func parseMultiplicativeExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseExponentExpression()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            let op: BinaryOperator
            switch token.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .percent: op = .modulo
            default: return e
            }
            advance()
            try enterNesting()
            links += 1
            let rhs = try parseExponentExpression()
            e = binary(op, e, rhs, from: start)
        }
    }

    /// exponent_expression ::= unary_expression ( '^' unary_expression )*
    mutating func parseExponentExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parseUnaryExpression()
        var links = 0
        defer { expressionDepth -= links }
        while eat(.caret) {
            try enterNesting()
            links += 1
            let rhs = try parseUnaryExpression()
            e = binary(.power, e, rhs, from: start)
        }
        return e
    }

    /// unary_expression ::= ( '+' | '-' ) unary_expression | cast_expression
    ///
    /// `-1` is `-` applied to `1`: signs are never folded into literals.
    mutating func parseUnaryExpression() throws(Parser.Abort) -> Expression {
        let op: UnaryOperator
        switch token.kind {
        case .minus: op = .minus
        case .plus: op = .plus
        default: return try parseCastExpression()
        }
        let start = token.range.start
        try enterNesting()
        defer { expressionDepth -= 1 }
        advance()
        let operand = try parseUnaryExpression()
        return Expression(.unary(op, operand), range: range(from: start))
    }

    /// cast_expression ::= primary_expression ( '::' type_name )*
    mutating func parseCastExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        var e = try parsePrimaryExpression()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            if eat(.colonColon) {
                try enterNesting()
                links += 1
                let type = try parseTypeName()
                e = Expression(.cast(e, type, style: .colonColon), range: range(from: start))
            } else if at(.leftBracket) {
                throw unsupported("array subscripts are not supported", help: "remove the subscript")
            } else {
                return e
            }
        }
    }
}
