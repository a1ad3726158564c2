/// `INSERT`, `UPDATE` and `DELETE`: the data changes a migration makes.
extension Parser.State {
    /// insert_statement ::= 'INSERT' 'INTO' qualified_name column_list?
    ///     ( 'VALUES' values_row ( ',' values_row )* on_conflict? | query ) returning_clause?
    mutating func parseInsertStatement() throws(Parser.Abort) -> Insert {
        production = "insert_statement"
        subqueriesAllowed = true
        try expect(.insert)
        try expect(.into)
        let table = try parseQualifiedName("a table name")
        if at(.as) {
            throw unsupported("table aliases are not supported", help: "remove the alias")
        }
        let columns = try at(.leftParen) ? parseColumnList() : []
        if at(.select) || at(.with) {
            let query = try parseQuery()
            if at(.on), text(peek(1)).lowercased() == "conflict" {
                throw unsupported("`ON CONFLICT` after a query is not supported", help: "list the rows with `VALUES (...), (...)`")
            }
            try rejectTrailingClauses()
            return Insert(table: table, columns: columns, query: query)
        }
        if (at(.default) && peekIs(1, .values)) || at(.leftParen) {
            throw unsupported("only `INSERT ... VALUES` and `INSERT ... SELECT` are supported",
                              help: "list the rows with `VALUES (...), (...)`")
        }
        try expect(.values, help: "list the rows with `VALUES (...), (...)`")
        var rows: [[Expression]] = []
        repeat {
            rows.append(try parseValuesRow())
        } while eat(.comma)
        var insert = Insert(table: table, columns: columns, rows: rows)
        if at(.on), text(peek(1)).lowercased() == "conflict" { insert.onConflict = try parseOnConflict() }
        try rejectTrailingClauses()
        return insert
    }

    /// on_conflict ::= 'ON' 'CONFLICT' column_list? 'DO' ( 'NOTHING'
    ///     | 'UPDATE' 'SET' assignment ( ',' assignment )* ( 'WHERE' expression )? )
    mutating func parseOnConflict() throws(Parser.Abort) -> OnConflict {
        try expect(.on)
        advance()  // CONFLICT
        if at(.on) {
            throw unsupported("`ON CONFLICT ON CONSTRAINT` is not supported", help: "name the key's columns: `ON CONFLICT (a, b)`")
        }
        let start = token.range.start
        let columns = try at(.leftParen) ? parseColumnList() : []
        if at(.where) {
            throw unsupported("a partial index as the conflict target is not supported", help: "name the columns of a unique key that covers every row")
        }
        try expect(.do, help: "write `DO NOTHING` or `DO UPDATE SET ...`")
        if at(.identifier), lowercasedWord(token) == "nothing" {
            advance()
            return OnConflict(columns: columns, action: .nothing)
        }
        try expect(.update, help: "write `DO NOTHING` or `DO UPDATE SET ...`")
        if columns.isEmpty {
            report(.error(.conflictTargetRequired, "ON CONFLICT DO UPDATE requires inference specification or constraint name",
                          at: range(from: start), label: "no conflict target",
                          help: "name the unique key's columns: `ON CONFLICT (key) DO UPDATE ...`"))
            statementFailed = true
        }
        try expect(.set)
        var assignments: [Assignment] = []
        repeat {
            assignments.append(try parseAssignment())
        } while eat(.comma)
        let predicate = try eat(.where) ? parseExpression() : nil
        return OnConflict(columns: columns, action: .update(assignments, predicate: predicate))
    }

    /// values_row ::= '(' expression ( ',' expression )* ')'
    mutating func parseValuesRow() throws(Parser.Abort) -> [Expression] {
        try expect(.leftParen, "`(` and a row of values")
        var values: [Expression] = []
        repeat {
            if at(.default) {
                throw unsupported("`DEFAULT` in `VALUES` is not supported",
                                  help: "leave the column out of the column list to get its default")
            }
            values.append(try parseExpression())
        } while eat(.comma)
        try expect(.rightParen, "`,` or `)`")
        return values
    }

    /// update_statement ::= 'UPDATE' qualified_name target_alias? 'SET' assignment ( ',' assignment )*
    ///     ( 'FROM' from_clause )? ( 'WHERE' expression )? returning_clause?
    mutating func parseUpdateStatement() throws(Parser.Abort) -> Update {
        production = "update_statement"
        subqueriesAllowed = true
        try expect(.update)
        if at(.only) {
            throw unsupported("`UPDATE ONLY` is not supported", help: "remove `ONLY`")
        }
        let table = try parseQualifiedName("a table name")
        let alias = try parseTargetAlias(before: .set)
        try expect(.set, help: "write `UPDATE table [AS alias] SET column = value`")
        var assignments: [Assignment] = []
        repeat {
            assignments.append(try parseAssignment())
        } while eat(.comma)
        let from = try eat(.from) ? parseFromClause() : nil
        let predicate = try eat(.where) ? parseExpression() : nil
        try rejectTrailingClauses()
        return Update(table: table, alias: alias, assignments: assignments, from: from, predicate: predicate)
    }

    /// target_alias ::= 'AS'? identifier
    ///
    /// `UPDATE t SET`: `SET` is a keyword PostgreSQL does not take as an alias without `AS`.
    mutating func parseTargetAlias(before next: Keyword) throws(Parser.Abort) -> Identifier? {
        if eat(.as) { return try parseIdentifier("a table alias") }
        if isName(token), !at(next) { return try parseIdentifier("a table alias") }
        return nil
    }

    /// assignment ::= identifier '=' expression
    mutating func parseAssignment() throws(Parser.Abort) -> Assignment {
        if at(.leftParen) {
            throw unsupported("multiple-column assignments are not supported", help: "write `a = x, b = y`")
        }
        let column = try parseIdentifier("a column name")
        if at(.dot) || at(.leftBracket) {
            throw unsupported("assigning to a field or element is not supported", help: "assign the whole column")
        }
        try expect(.equal)
        if at(.default) {
            throw unsupported("`SET column = DEFAULT` is not supported", help: "write the default value itself")
        }
        return Assignment(column: column, value: try parseExpression())
    }

    /// delete_statement ::= 'DELETE' 'FROM' qualified_name target_alias? ( 'USING' from_clause )? ( 'WHERE' expression )?
    ///     returning_clause?
    mutating func parseDeleteStatement() throws(Parser.Abort) -> Delete {
        production = "delete_statement"
        subqueriesAllowed = true
        try expect(.delete)
        try expect(.from)
        if at(.only) {
            throw unsupported("`DELETE FROM ONLY` is not supported", help: "remove `ONLY`")
        }
        let table = try parseQualifiedName("a table name")
        let alias = try parseTargetAlias(before: .using)
        let using = try eat(.using) ? parseFromClause() : nil
        let predicate = try eat(.where) ? parseExpression() : nil
        try rejectTrailingClauses()
        return Delete(table: table, alias: alias, using: using, predicate: predicate)
    }

    /// `RETURNING` is read and left out; `ON CONFLICT` is only for `INSERT ... VALUES`.
    mutating func rejectTrailingClauses() throws(Parser.Abort) {
        if at(.returning) { try parseReturningClause() }
        if at(.on), text(peek(1)).lowercased() == "conflict" {
            throw unsupported("`ON CONFLICT` is not supported here", help: "write it after `INSERT ... VALUES (...)`")
        }
    }

    /// returning_clause ::= 'RETURNING' ( '*' | select_item ( ',' select_item )* )
    ///
    /// `RETURNING` gives rows to a client, which a migration script has none of (alembic's
    /// offline SQL writes one after every `INSERT INTO alembic_version`): its list is read and
    /// left out with a note; the statement changes the same rows.
    mutating func parseReturningClause() throws(Parser.Abort) {
        let start = token.range.start
        try expect(.returning)
        if !eat(.star) {
            repeat { _ = try parseSelectItem() } while eat(.comma)
        }
        report(Diagnostic(.returningLeftOut, .note, "`RETURNING` is left out", at: range(from: start),
                          label: "a script has no client to return rows to",
                          help: "the statement changes the same rows; remove the clause to silence this note"))
    }
}
