/// `SELECT setval(...)` and `ALTER SEQUENCE ... RESTART`.
extension Parser.State {
    /// The statement starts `SELECT setval(` (`setval` is no keyword).
    mutating func atSetval() -> Bool {
        guard at(.select), case .identifier = peek(1).kind, text(peek(1)).lowercased() == "setval" else { return false }
        return peekIs(2, .leftParen)
    }

    /// The statement starts `ALTER SEQUENCE`.
    mutating func atAlterSequence() -> Bool {
        guard at(.alter), case .identifier = peek(1).kind else { return false }
        return text(peek(1)).lowercased() == "sequence"
    }

    /// A string literal's value, or an error naming what was expected.
    mutating func readStringArgument(_ what: String) throws(Parser.Abort) -> String {
        switch token.kind {
        case .string, .escapeString, .dollarString:
            let value = Lexer.stringValue(of: token, in: bytes)
            advance()
            return value
        default:
            throw unexpected(what)
        }
    }

    /// setval_statement ::= 'SELECT' 'setval' '(' setval_target ',' ( '(' query ')' | expression ) ( ',' expression )? ')'
    ///                      ( 'FROM' table_reference )?
    mutating func parseSetvalStatement() throws(Parser.Abort) -> SetSequenceValue {
        production = "setval_statement"
        try expect(.select)
        advance()  // setval: the caller checked
        try expect(.leftParen)
        let targetStart = token.range.start
        let target = try parseSetvalTarget()
        let targetRange = range(from: targetStart)
        try expect(.comma, "`,` and the sequence's new value")
        let value: SetSequenceValue.Value
        if at(.leftParen), peekIs(1, .select) {
            advance()
            value = .query(try parseQuery())
            try expect(.rightParen)
        } else {
            value = .expression(try parseExpression())
        }
        let isCalled = eat(.comma) ? try parseExpression() : nil
        try expect(.rightParen)
        let from = eat(.from) ? try parseTableReference() : nil
        return SetSequenceValue(target: target, targetRange: targetRange, value: value, isCalled: isCalled, from: from)
    }

    /// setval_target ::= STRING ( '::' 'regclass' )? | 'pg_get_serial_sequence' '(' STRING ',' STRING ')'
    mutating func parseSetvalTarget() throws(Parser.Abort) -> SetSequenceValue.Target {
        if case .identifier = token.kind, text(token).lowercased() == "pg_get_serial_sequence" {
            advance()
            try expect(.leftParen)
            let table = try readStringArgument("a table name as a string, `'table'`")
            try expect(.comma)
            let column = try readStringArgument("a column name as a string, `'column'`")
            try expect(.rightParen)
            return .serialSequence(table: table, column: column)
        }
        let name = try readStringArgument("a sequence name as a string, `'table_id_seq'`, or `pg_get_serial_sequence('table', 'column')`")
        var regclass = false
        if eat(.colonColon) {
            guard case .identifier = token.kind, text(token).lowercased() == "regclass" else { throw unexpected("`regclass`") }
            advance()
            regclass = true
        }
        return .name(name, regclass: regclass)
    }

    /// alter_sequence_statement ::= 'ALTER' 'SEQUENCE' if_exists? qualified_name 'RESTART' ( 'WITH'? expression )?
    mutating func parseAlterSequenceStatement() throws(Parser.Abort) -> AlterSequenceRestart {
        production = "alter_sequence_statement"
        try expect(.alter)
        advance()  // SEQUENCE: the caller checked
        let ifExists = parseIfExists()
        let name = try parseQualifiedName("a sequence name")
        guard case .identifier = token.kind, text(token).lowercased() == "restart" else {
            throw unsupported("only `ALTER SEQUENCE ... RESTART [WITH n]` is supported",
                              help: "restart the sequence with `RESTART WITH n`; other sequence options change nothing another database can hold")
        }
        advance()
        if at(.semicolon) || at(.endOfFile) { return AlterSequenceRestart(ifExists: ifExists, name: name) }
        _ = eat(.with)
        return AlterSequenceRestart(ifExists: ifExists, name: name, value: try parseExpression())
    }
}

extension Parser.State {
    /// The statement starts `CREATE SEQUENCE`.
    mutating func atCreateSequence() -> Bool {
        guard at(.create), case .identifier = peek(1).kind else { return false }
        return text(peek(1)).lowercased() == "sequence"
    }

    /// create_sequence_statement ::= 'CREATE' 'SEQUENCE' if_not_exists? qualified_name sequence_option*
    mutating func parseCreateSequenceStatement() throws(Parser.Abort) -> CreateSequence {
        production = "create_sequence_statement"
        try expect(.create)
        advance()  // SEQUENCE: the caller checked
        var s = CreateSequence(ifNotExists: try parseIfNotExists(), name: try parseQualifiedName("a sequence name"))
        while !at(.semicolon), !at(.endOfFile) {
            s.options.append(try parseSequenceOption())
        }
        return s
    }

    /// sequence_option ::= 'INCREMENT' 'BY'? expression | 'MINVALUE' expression | 'MAXVALUE' expression
    ///                   | 'START' 'WITH'? expression | 'CACHE' expression | 'NO'? 'CYCLE'
    mutating func parseSequenceOption() throws(Parser.Abort) -> CreateSequence.Option {
        if eat(.start) {
            _ = eat(.with)
            return .start(try parseExpression())
        }
        if eat(.no) {
            guard case .identifier = token.kind, text(token).lowercased() == "cycle" else {
                throw unsupported("`NO \(text(token).uppercased())` is not supported", help: "leave it out: PostgreSQL's default bounds apply")
            }
            advance()
            return .cycle(false)
        }
        guard case .identifier = token.kind else { throw unexpected("a sequence option or `;`") }
        switch text(token).lowercased() {
        case "increment":
            advance()
            _ = eat(.by)
            return .increment(try parseExpression())
        case "minvalue":
            advance()
            return .minValue(try parseExpression())
        case "maxvalue":
            advance()
            return .maxValue(try parseExpression())
        case "cache":
            advance()
            return .cache(try parseExpression())
        case "cycle":
            advance()
            return .cycle(true)
        default:
            throw unsupported("sequence option `\(text(token).uppercased())` is not supported",
                              help: "write only INCREMENT, MINVALUE, MAXVALUE, START, CACHE and [NO] CYCLE; a sequence a column owns comes with SERIAL or an identity column")
        }
    }
}
