/// `CREATE [OR REPLACE] VIEW` and `DROP VIEW`.
extension Parser.State {
    /// The statement starts `CREATE VIEW` or `CREATE OR REPLACE VIEW` (`replace` is no keyword).
    mutating func atCreateView() -> Bool {
        guard at(.create) else { return false }
        if peekIs(1, .view) { return true }
        guard peekIs(1, .or), case .identifier = peek(2).kind, text(peek(2)).lowercased() == "replace" else { return false }
        return peekIs(3, .view)
    }

    /// create_view_statement ::= 'CREATE' ( 'OR' 'REPLACE' )? 'VIEW' qualified_name column_list? 'AS' query
    mutating func parseCreateViewStatement() throws(Parser.Abort) -> CreateView {
        production = "create_view_statement"
        try expect(.create)
        let orReplace = eat(.or)
        if orReplace { advance() }  // REPLACE: the caller checked
        try expect(.view)
        let name = try parseQualifiedName("a view name")
        let columns = at(.leftParen) ? try parseColumnList() : []
        try expect(.as, help: "write `CREATE VIEW name AS SELECT ...`")
        let query = try parseQuery()
        return CreateView(orReplace: orReplace, name: name, columns: columns, query: query)
    }

    /// drop_view_statement ::= 'DROP' 'VIEW' if_exists? qualified_name ( ',' qualified_name )* drop_behavior?
    mutating func parseDropViewStatement() throws(Parser.Abort) -> DropView {
        production = "drop_view_statement"
        try expect(.drop)
        try expect(.view)
        let ifExists = parseIfExists()
        var names: [QualifiedName] = []
        repeat {
            names.append(try parseQualifiedName("a view name"))
        } while eat(.comma)
        return DropView(ifExists: ifExists, names: names, behavior: parseDropBehavior())
    }
}
