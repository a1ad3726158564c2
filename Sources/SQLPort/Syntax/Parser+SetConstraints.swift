/// `SET CONSTRAINTS`.
extension Parser.State {
    /// The statement starts `SET CONSTRAINTS` (an unquoted word: `constraints` is no keyword).
    mutating func atSetConstraints() -> Bool {
        guard at(.set) else { return false }
        let next = peek(1)
        guard case .identifier = next.kind else { return false }
        return text(next).lowercased() == "constraints"
    }

    /// set_constraints_statement ::= 'SET' 'CONSTRAINTS' ( 'ALL' | qualified_name ( ',' qualified_name )* )
    ///                               ( 'DEFERRED' | 'IMMEDIATE' )
    mutating func parseSetConstraintsStatement() throws(Parser.Abort) -> SetConstraints {
        production = "set_constraints_statement"
        try expect(.set)
        advance()  // CONSTRAINTS: the caller checked
        var names: [QualifiedName] = []
        if !eat(.all) {
            repeat {
                names.append(try parseQualifiedName("a constraint name or `ALL`"))
            } while eat(.comma)
        }
        let word = text(token).lowercased()
        guard case .identifier = token.kind, word == "deferred" || word == "immediate" else {
            throw unexpected("`DEFERRED` or `IMMEDIATE`")
        }
        advance()
        return SetConstraints(names: names, deferred: word == "deferred")
    }
}
