/// `INSERT`, `UPDATE` and `DELETE`: the data changes a migration makes.
extension Parser.State {
    /// insert_statement ::= 'INSERT' 'INTO' qualified_name column_list?
    ///     ( 'VALUES' values_row ( ',' values_row )* | query )
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
        try rejectTrailingClauses()
        return Insert(table: table, columns: columns, rows: rows)
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
    ///     ( 'FROM' from_clause )? ( 'WHERE' expression )?
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

    /// `RETURNING` and `ON CONFLICT` have no portable meaning in a migration.
    mutating func rejectTrailingClauses() throws(Parser.Abort) {
        if at(.returning) {
            throw unsupported("`RETURNING` is not supported", help: "a migration has no client to return rows to; remove it")
        }
        if at(.on), text(peek(1)).lowercased() == "conflict" {
            throw unsupported("`ON CONFLICT` is not supported", help: "guard the statement with a `WHERE` condition instead")
        }
    }
}
