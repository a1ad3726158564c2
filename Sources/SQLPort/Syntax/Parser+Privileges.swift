/// `GRANT`, `REVOKE`, `ALTER TABLE ... OWNER TO`.
extension Parser.State {
    /// `ALTER TABLE [ONLY] [schema.]name OWNER TO`
    mutating func atAlterTableOwner() -> Bool {
        guard at(.alter), peekIs(1, .table) else { return false }
        var k = 2
        if peekIs(k, .only) { k += 1 }
        k += 1
        if peekIs(k, .dot) { k += 2 }
        return isWord("owner", at: k) && peekIs(k + 1, .to)
    }

    /// privilege_statement ::= ( 'GRANT' | 'REVOKE' ) ANY_TOKEN* | 'ALTER' 'TABLE' 'ONLY'? qualified_name 'OWNER' 'TO' ( identifier | 'CURRENT_USER' | 'CURRENT_ROLE' | 'SESSION_USER' )
    mutating func parsePrivilegeStatement() throws(Parser.Abort) -> PrivilegeStatement {
        production = "privilege_statement"
        let start = token.range.start
        let kind: PrivilegeStatement.Kind
        var tables: [QualifiedName] = []
        if at(.alter) {
            kind = .ownerTo
            advance()
            advance()  // TABLE
            _ = eat(.only)
            tables.append(try parseQualifiedName("a table name"))
            advance()  // OWNER
            try expect(.to)
            // A role, or CURRENT_USER / CURRENT_ROLE / SESSION_USER.
            guard !at(.semicolon), !at(.endOfFile) else { throw unexpected("a role name") }
            advance()
        } else {
            kind = at(.grant) ? .grant : .revoke
            advance()
            // Privileges, then ON [TABLE] names: other objects (SCHEMA, SEQUENCE, ALL TABLES IN
            // SCHEMA, a role granted to a role) name no table.
            while !at(.on) && !at(.to) && !at(.from) && !at(.semicolon) && !at(.endOfFile) {
                if at(.leftParen) { skipParenthesized() } else { advance() }
            }
            if eat(.on) {
                let objectWords = ["schema", "sequence", "database", "function", "procedure", "routine", "domain",
                                   "language", "tablespace", "large"]
                if at(.all) || at(.type) || at(.foreign) || objectWords.contains(where: { isWord($0) }) {
                    while !at(.to) && !at(.from) && !at(.semicolon) && !at(.endOfFile) { advance() }
                } else {
                    _ = eat(.table)
                    repeat {
                        tables.append(try parseQualifiedName("a table name"))
                    } while eat(.comma)
                }
            }
            guard at(.to) || at(.from) else { throw unexpected(kind == .grant ? "`TO` and a role" : "`FROM` and a role") }
            while !at(.semicolon) && !at(.endOfFile) { advance() }
        }
        return PrivilegeStatement(kind: kind, tables: tables, text: file.text(range(from: start)))
    }
}
