/// `SELECT`: the query an `INSERT ... SELECT` reads its rows from.
extension Parser.State {
    /// query ::= 'SELECT' 'DISTINCT'? select_item ( ',' select_item )* ( 'FROM' from_clause )?
    ///     ( 'WHERE' expression )? ( 'ORDER' 'BY' order_item ( ',' order_item )* )?
    ///     ( 'LIMIT' INTEGER )? ( 'OFFSET' INTEGER )?
    mutating func parseQuery() throws(Parser.Abort) -> Query {
        if at(.with) {
            throw unsupported("`WITH` queries are not supported", help: "write the query's rows with `SELECT ... FROM ... JOIN ...`")
        }
        try expect(.select)
        var query = Query(items: [])
        if at(.all) { throw unsupported("`SELECT ALL` is not supported", help: "remove `ALL`; it is the default") }
        if eat(.distinct) {
            if at(.on) { throw unsupported("`DISTINCT ON` is not supported", help: "select the rows with a `WHERE` condition") }
            query.distinct = true
        }
        repeat {
            query.items.append(try parseSelectItem())
        } while eat(.comma)
        if eat(.from) { query.from = try parseFromClause() }
        if eat(.where) { query.predicate = try parseExpression() }
        if at(.group) || at(.having) || at(.window) {
            throw unsupported("`\(at(.group) ? "GROUP BY" : text(token).uppercased())` is not supported in `INSERT ... SELECT`",
                              help: "select the rows without grouping, or apply this step by hand")
        }
        if at(.union) || at(.intersect) || at(.except) {
            throw unsupported("set operations are not supported", help: "write one `INSERT ... SELECT` per query")
        }
        if eat(.order) {
            try expect(.by)
            repeat {
                query.orderBy.append(try parseOrderItem())
            } while eat(.comma)
        }
        if eat(.limit) { query.limit = try readRowCount("LIMIT") }
        if eat(.offset) { query.offset = try readRowCount("OFFSET") }
        if at(.limit) || at(.fetch) || at(.for) {
            throw unsupported("`\(text(token).uppercased())` is not supported here", help: "write `LIMIT n` before `OFFSET n`; row locks mean nothing in a migration")
        }
        return query
    }

    /// select_item ::= expression ( 'AS'? identifier )?
    mutating func parseSelectItem() throws(Parser.Abort) -> SelectItem {
        if at(.star) || (isName(token) && peekIs(1, .dot) && peekIs(2, .star)) {
            throw unsupported("`*` in a select list is not supported", help: "name the columns, in the order the INSERT lists them")
        }
        let e = try parseExpression()
        if eat(.as) { return SelectItem(e, alias: try parseIdentifier("a column alias")) }
        if isName(token) { return SelectItem(e, alias: try parseIdentifier("a column alias")) }
        return SelectItem(e)
    }

    /// from_clause ::= table_reference ( ( 'INNER'? | 'LEFT' 'OUTER'? ) 'JOIN' table_reference 'ON' expression )*
    mutating func parseFromClause() throws(Parser.Abort) -> FromClause {
        var from = FromClause(try parseTableReference())
        while true {
            let kind: Join.Kind
            if at(.comma) {
                throw unsupported("a comma-separated FROM list is not supported", help: "write `JOIN ... ON condition`")
            } else if eat(.join) {
                kind = .inner
            } else if eat(.inner) {
                try expect(.join)
                kind = .inner
            } else if eat(.left) {
                _ = eat(.outer)
                try expect(.join)
                kind = .left
            } else if at(.right) || at(.full) || at(.cross) || at(.natural) || at(.lateral) {
                throw unsupported("`\(text(token).uppercased())` joins are not supported", help: "write `JOIN` or `LEFT JOIN ... ON condition`")
            } else {
                return from
            }
            let table = try parseTableReference()
            if at(.using) { throw unsupported("`JOIN ... USING` is not supported", help: "write `ON a.column = b.column`") }
            try expect(.on, help: "write `JOIN table ON condition`")
            from.joins.append(Join(kind, table, on: try parseExpression()))
        }
    }

    /// table_reference ::= qualified_name ( 'AS'? identifier )?
    mutating func parseTableReference() throws(Parser.Abort) -> TableReference {
        if at(.leftParen) {
            throw unsupported("subqueries in FROM are not supported", help: "read the table itself, with `JOIN ... ON` and `WHERE`")
        }
        if at(.only) { throw unsupported("`ONLY` is not supported", help: "remove `ONLY`") }
        let name = try parseQualifiedName("a table name")
        if at(.leftParen) { throw unsupported("table functions are not supported", help: "read a table") }
        if eat(.as) { return TableReference(name, alias: try parseIdentifier("a table alias")) }
        if isName(token) { return TableReference(name, alias: try parseIdentifier("a table alias")) }
        return TableReference(name)
    }

    /// order_item ::= expression ( 'ASC' | 'DESC' )? ( 'NULLS' ( 'FIRST' | 'LAST' ) )?
    mutating func parseOrderItem() throws(Parser.Abort) -> OrderItem {
        var item = OrderItem(try parseExpression())
        if at(.using) { throw unsupported("`ORDER BY ... USING` is not supported", help: "write `ASC` or `DESC`") }
        if eat(.desc) { item.descending = true } else { _ = eat(.asc) }
        if eat(.nulls) {
            if eat(.first) { item.nulls = .first } else {
                try expect(.last, help: "write `NULLS FIRST` or `NULLS LAST`")
                item.nulls = .last
            }
        }
        return item
    }

    mutating func readRowCount(_ clause: String) throws(Parser.Abort) -> Expression {
        let t = token
        guard case .integer = t.kind else {
            throw unsupported("`\(clause)` takes an integer literal here", help: "write the number of rows, e.g. `\(clause) 100`")
        }
        advance()
        return Expression(.integer(text(t)), range: t.range)
    }
}
