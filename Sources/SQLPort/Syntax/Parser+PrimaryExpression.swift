/// The operands of expressions: literals, names, calls, `CASE`, `CAST`, parentheses.
extension Parser.State {
    /// Words that begin a typed literal such as `DATE '2024-01-01'`.
    static let typedLiteralWords: Set<String> = [
        "date", "time", "timestamp", "timestamptz", "timetz", "interval", "int", "integer", "bigint", "smallint",
        "numeric", "decimal", "real", "float", "boolean", "bool", "text", "varchar", "char", "uuid", "json", "jsonb", "bytea",
    ]

    /// primary_expression ::= INTEGER | NUMERIC | STRING | ESCAPE_STRING | DOLLAR_STRING
    ///     | 'TRUE' | 'FALSE' | 'NULL' | 'CURRENT_TIMESTAMP' | 'CURRENT_DATE' | 'CURRENT_TIME'
    ///     | subquery | 'EXISTS' subquery
    ///     | parenthesized_expression | case_expression | cast_function | column_reference_or_call
    mutating func parsePrimaryExpression() throws(Parser.Abort) -> Expression {
        let t = token
        func literal(_ kind: Expression.Kind) -> Expression { Expression(kind, range: t.range) }
        switch t.kind {
        case .integer:
            advance()
            return literal(.integer(text(t)))
        case .numeric:
            advance()
            return literal(.numeric(text(t)))
        case .string, .escapeString, .dollarString:
            advance()
            return literal(.string(Lexer.stringValue(of: t, in: bytes)))
        case .keyword(.true):
            advance()
            return literal(.boolean(true))
        case .keyword(.false):
            advance()
            return literal(.boolean(false))
        case .keyword(.null):
            advance()
            return literal(.null)
        case .keyword(.current_timestamp), .keyword(.current_date), .keyword(.current_time):
            advance()
            if at(.leftParen) {
                throw unsupported("a precision for `\(text(t).uppercased())` is not supported", help: "remove the parenthesized precision")
            }
            let value: SpecialValue = t.kind == .keyword(.current_date) ? .currentDate
                : t.kind == .keyword(.current_time) ? .currentTime : .currentTimestamp
            return literal(.special(value))
        case .leftParen:
            return try parseParenthesizedExpression()
        case .keyword(.case):
            return try parseCaseExpression()
        case .keyword(.cast):
            return try parseCastFunction()
        case .keyword(.array):
            throw unsupported("array constructors are not supported", help: "write an array literal such as `'{1,2}'`")
        case .keyword(.exists) where peekIs(1, .leftParen):
            guard subqueriesAllowed else {
                throw unsupported("subqueries are not supported here", help: "only INSERT, UPDATE and DELETE may read other rows")
            }
            advance()
            let q = try parseSubquery()
            return Expression(.exists(q), range: range(from: t.range.start))
        case .keyword(.localtime), .keyword(.localtimestamp), .keyword(.current_user), .keyword(.session_user),
             .keyword(.current_role), .keyword(.current_catalog):
            throw unsupported("`\(text(t).uppercased())` is not supported",
                              help: "sqlport supports CURRENT_TIMESTAMP, CURRENT_DATE and CURRENT_TIME")
        case .otherOperator:
            throw unsupportedOperator()
        case .identifier, .quotedIdentifier, .keyword:
            switch peek(1).kind {
            case .string, .escapeString, .dollarString:
                let word = lowercasedWord(t)
                if Self.typedLiteralWords.contains(word) {
                    throw unsupported("typed literals are not supported", at: t.range.union(peek(1).range),
                                      help: "write a cast instead: `'...'::\(word)` or `CAST('...' AS \(word))`")
                }
            default: break
            }
            return try parseColumnReferenceOrCall()
        default:
            throw unexpected("an expression")
        }
    }

    /// parenthesized_expression ::= '(' expression ')'
    ///
    /// The expression's range grows to cover the parentheses.
    mutating func parseParenthesizedExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        if subqueriesAllowed, peekIs(1, .select) || peekIs(1, .with) {
            let q = try parseSubquery()
            return Expression(.subquery(q), range: range(from: start))
        }
        try expect(.leftParen)
        try rejectSubquery()
        var e = try parseExpression()
        try expect(.rightParen, "`)`")
        e.range = range(from: start)
        return e
    }

    mutating func rejectSubquery() throws(Parser.Abort) {
        if at(.select) || at(.with) || at(.values) {
            if subqueriesAllowed {
                throw unsupported("a subquery is not supported here", help: "write `(SELECT ...)` as a value, `EXISTS (SELECT ...)` or `x IN (SELECT ...)`")
            }
            throw unsupported("subqueries are not supported here", help: "only INSERT, UPDATE and DELETE may read other rows")
        }
    }

    /// subquery ::= '(' query ')'
    mutating func parseSubquery() throws(Parser.Abort) -> Query {
        try expect(.leftParen, "`(` and a query")
        let q = try parseQuery()
        try expect(.rightParen, "`)`")
        return q
    }

    /// The first word of a column reference or function call, with PostgreSQL's rules:
    /// a reserved word is no name (P203, but parsing goes on); `left(...)`-style
    /// keywords only name functions.
    mutating func leadingName(isCall: Bool) throws(Parser.Abort) -> Identifier {
        if case .keyword(let k) = token.kind, k.category == .typeOrFunctionName, isCall {
            let id = identifier(token)
            advance()
            return id
        }
        return try parseIdentifier("an expression")
    }

    /// column_reference_or_call ::= ( identifier | TYPE_FUNCTION_NAME_KEYWORD ) ( '.' WORD ( '.' WORD )? )? function_arguments?
    ///
    /// `t.c` is a column of table `t`; `s.f(...)` is function `f` of schema `s`.
    /// After a `.`, PostgreSQL allows any word, reserved or not (`t.order`).
    mutating func parseColumnReferenceOrCall() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        let first = try leadingName(isCall: peekIs(1, .leftParen))
        if at(.leftParen) {
            return try parseFunctionArguments(QualifiedName(first), from: start)
        }
        guard eat(.dot) else {
            return Expression(.column(table: nil, name: first), range: range(from: start))
        }
        let second: Identifier
        switch token.kind {
        case .identifier, .quotedIdentifier, .keyword:
            second = identifier(token)
            advance()
        case .star:
            throw unsupported("`\(first.value).*` is not supported", help: "name the columns")
        default:
            throw unexpected("a column name after `.`")
        }
        if at(.leftParen) {
            return try parseFunctionArguments(QualifiedName(schema: first, second), from: start)
        }
        if eat(.dot) {
            // `schema.table.column`: alembic's offline SQL names `public.alembic_version.version_num`.
            let third: Identifier
            switch token.kind {
            case .identifier, .quotedIdentifier, .keyword:
                third = identifier(token)
                advance()
            default:
                throw unexpected("a column name after `.`")
            }
            if at(.dot) || at(.leftParen) {
                throw unsupported("names with more than three parts are not supported", at: range(from: start),
                                  label: "at most `schema.table.column`", help: "write `table.column` or just `column`")
            }
            guard first.value == "public" else {
                report(.error(.otherSchema, "schema `\(first.value)` is not supported", at: first.range,
                              label: "sqlport compiles the `public` schema only",
                              help: "name the table without a schema (or as `public.\(second.value)`); MySQL would read another schema as another database and SQLite as an attached file"))
                statementFailed = true
                return Expression(.column(table: second, name: third), range: range(from: start))
            }
            return Expression(.column(table: second, name: third), range: range(from: start))
        }
        return Expression(.column(table: first, name: second), range: range(from: start))
    }

    /// function_arguments ::= '(' ( '*' | expression ( ',' expression )* )? ')'
    mutating func parseFunctionArguments(_ name: QualifiedName, from start: Int) throws(Parser.Abort) -> Expression {
        try expect(.leftParen)
        var arguments: [Expression] = []
        var star = false
        if eat(.star) {
            star = true
        } else if !at(.rightParen) {
            if at(.distinct) || at(.all) {
                throw unsupported("`\(text(token).uppercased())` in a function call is not supported", help: "remove it")
            }
            try rejectSubquery()
            repeat {
                arguments.append(try parseExpression())
            } while eat(.comma)
            if at(.order) {
                throw unsupported("`ORDER BY` in a function call is not supported", help: "remove it")
            }
        }
        try expect(.rightParen, star ? "`)`" : "`,` or `)`")
        if at(.identifier), ["over", "filter", "within"].contains(lowercasedWord(token)) {
            throw unsupported("window and aggregate clauses are not supported", help: "remove the `\(text(token).uppercased())` clause")
        }
        return Expression(.call(name: name, arguments: arguments, star: star), range: range(from: start))
    }

    /// case_expression ::= 'CASE' expression? ( 'WHEN' expression 'THEN' expression )+
    ///                     ( 'ELSE' expression )? 'END'
    mutating func parseCaseExpression() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        try expect(.case)
        let operand = try at(.when) ? nil : parseExpression()
        guard at(.when) else { throw unexpected("`WHEN`") }
        var whens: [WhenClause] = []
        while eat(.when) {
            let condition = try parseExpression()
            try expect(.then)
            whens.append(WhenClause(condition: condition, result: try parseExpression()))
        }
        let otherwise = try eat(.else) ? parseExpression() : nil
        try expect(.end, help: "close the `CASE` expression with `END`")
        return Expression(.caseWhen(operand: operand, whens: whens, otherwise: otherwise), range: range(from: start))
    }

    /// cast_function ::= 'CAST' '(' expression 'AS' type_name ')'
    mutating func parseCastFunction() throws(Parser.Abort) -> Expression {
        let start = token.range.start
        try expect(.cast)
        try expect(.leftParen)
        let value = try parseExpression()
        try expect(.as)
        let type = try parseTypeName()
        try expect(.rightParen, "`)`")
        return Expression(.cast(value, type, style: .function), range: range(from: start))
    }
}
