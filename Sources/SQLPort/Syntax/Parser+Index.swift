/// `CREATE INDEX`, `DROP INDEX` and `ALTER INDEX ... RENAME TO`.
extension Parser.State {
    /// create_index_statement ::= 'CREATE' 'UNIQUE'? 'INDEX' 'CONCURRENTLY'? if_not_exists? identifier
    ///     'ON' qualified_name ( 'USING' identifier )? '(' index_element ( ',' index_element )* ')'
    ///     ( 'WHERE' expression )?
    mutating func parseCreateIndexStatement() throws(Parser.Abort) -> CreateIndex {
        production = "create_index_statement"
        try expect(.create)
        let unique = eat(.unique)
        try expect(.index)
        let concurrently = eat(.concurrently)
        let ifNotExists = try parseIfNotExists()
        if at(.on) {
            throw unexpected("an index name", help: "sqlport needs every index named: write `CREATE INDEX name ON table (...)`")
        }
        let name = try parseIdentifier("an index name")
        if at(.dot) {
            throw unsupported("an index name cannot be schema-qualified", label: "the index goes in its table's schema",
                              help: "write the index name alone")
        }
        try expect(.on)
        if at(.only) {
            throw unsupported("`ON ONLY` is not supported", help: "remove `ONLY`")
        }
        let table = try parseQualifiedName("a table name")
        let method = try eat(.using) ? parseIdentifier("an index method such as `btree`") : nil
        try expect(.leftParen, "`(` and the indexed columns")
        var elements: [IndexElement] = []
        repeat {
            elements.append(try parseIndexElement())
        } while eat(.comma)
        try expect(.rightParen, "`,` or `)`")
        if at(.include) || at(.with) || at(.tablespace) || at(.nulls) {
            throw unsupported("`\(text(token).uppercased())` in `CREATE INDEX` is not supported", help: "remove the clause")
        }
        let predicate = try eat(.where) ? parseExpression() : nil
        return CreateIndex(unique: unique, concurrently: concurrently, ifNotExists: ifNotExists, name: name, table: table,
                           method: method, elements: elements, predicate: predicate)
    }

    /// index_element ::= ( identifier | parenthesized_expression | column_reference_or_call | cast_function )
    ///                   identifier? ( 'ASC' | 'DESC' )? ( 'NULLS' ( 'FIRST' | 'LAST' ) )?
    ///
    /// (the identifier after the key is its operator class)
    mutating func parseIndexElement() throws(Parser.Abort) -> IndexElement {
        let target: IndexElement.Target
        if at(.leftParen) {
            target = .expression(try parsePrimaryExpression())
        } else if peekIs(1, .leftParen) || peekIs(1, .dot) || at(.cast) {
            target = .expression(try parsePrimaryExpression())
        } else {
            target = .column(try parseIdentifier("a column name, `(expression)` or a function call"))
        }
        if at(.collate) {
            throw unsupported("`COLLATE` in an index is not supported", help: "remove it")
        }
        var opclass: Identifier?
        if case .identifier = token.kind {
            let name = try parseIdentifier("an operator class")
            opclass = name
            if at(.dot) {
                throw unsupported("a schema-qualified operator class is not supported", at: name.range, label: "the operator class's schema",
                                  help: "write the operator class name alone (PostgreSQL finds its own in `pg_catalog`)")
            }
            if at(.leftParen) {
                throw unsupported("operator class parameters are not supported", help: "remove the parenthesised parameters")
            }
        }
        var ordering: SortOrdering?
        if eat(.asc) { ordering = .asc } else if eat(.desc) { ordering = .desc }
        var nulls: NullsOrdering?
        if eat(.nulls) {
            if eat(.first) {
                nulls = .first
            } else if eat(.last) {
                nulls = .last
            } else {
                throw unexpected("`FIRST` or `LAST`")
            }
        }
        return IndexElement(target, opclass: opclass, ordering: ordering, nulls: nulls)
    }

    /// drop_index_statement ::= 'DROP' 'INDEX' 'CONCURRENTLY'? if_exists? qualified_name ( ',' qualified_name )* drop_behavior?
    mutating func parseDropIndexStatement() throws(Parser.Abort) -> DropIndex {
        production = "drop_index_statement"
        try expect(.drop)
        try expect(.index)
        let concurrently = eat(.concurrently)
        let ifExists = parseIfExists()
        var names: [QualifiedName] = []
        repeat {
            names.append(try parseQualifiedName("an index name"))
        } while eat(.comma)
        let behaviorStart = token.range
        let behavior = parseDropBehavior()
        if concurrently, names.count > 1 || behavior == .cascade {
            let several = names.count > 1
            report(.error(.concurrentDropForm,
                          several ? "`DROP INDEX CONCURRENTLY` drops one index at a time" : "`DROP INDEX CONCURRENTLY` does not take CASCADE",
                          at: several ? names[1].range : behaviorStart, label: "PostgreSQL rejects this",
                          help: several ? "write one `DROP INDEX CONCURRENTLY` statement per index"
                                        : "drop what depends on the index first, or drop it without CONCURRENTLY"))
            throw Parser.Abort()
        }
        return DropIndex(concurrently: concurrently, ifExists: ifExists, names: names, behavior: behavior)
    }

    /// alter_index_statement ::= 'ALTER' 'INDEX' if_exists? qualified_name 'RENAME' 'TO' identifier
    mutating func parseAlterIndexStatement() throws(Parser.Abort) -> AlterIndexRename {
        production = "alter_index_statement"
        try expect(.alter)
        try expect(.index)
        let ifExists = parseIfExists()
        let name = try parseQualifiedName("an index name")
        if !at(.rename), case .identifier = token.kind {
            throw unsupported("only `ALTER INDEX ... RENAME TO` is supported", help: "remove this statement or rewrite it as a rename")
        }
        if !at(.rename), case .keyword = token.kind {
            throw unsupported("only `ALTER INDEX ... RENAME TO` is supported", help: "remove this statement or rewrite it as a rename")
        }
        try expect(.rename)
        try expect(.to)
        return AlterIndexRename(ifExists: ifExists, name: name, newName: try parseIdentifier("the new index name"))
    }
}
