/// Names: identifiers, qualified names, column lists, and the reserved-word rules.
extension Parser.State {
    /// Reserved words that, where a name is expected, almost always mean the name was
    /// left out (`CREATE INDEX ON t`, `UPDATE t SET WHERE`): saying "expected a name"
    /// helps more than "`on` is a reserved word".
    static let clauseKeywords: Set<Keyword> = [
        .on, .where, .from, .to, .using, .as, .into, .and, .or, .not, .null, .then, .else,
        .when, .end, .in, .is, .with, .like, .ilike, .isnull, .notnull,
    ]

    /// A token that is a name where PostgreSQL's `ColId` is: an identifier, a quoted
    /// identifier, or a keyword that is not reserved.
    func isName(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier, .quotedIdentifier: true
        case .keyword(let k): k.isColumnName
        default: false
        }
    }

    /// A word PostgreSQL would refuse as a name here, but that the user evidently meant
    /// as one.
    func isMisusedReservedWord(_ t: Token) -> Bool {
        guard case .keyword(let k) = t.kind, !k.isColumnName else { return false }
        return !Self.clauseKeywords.contains(k)
    }

    func identifier(_ t: Token) -> Identifier {
        Identifier(Lexer.nameValue(of: t, in: bytes), range: t.range)
    }

    /// identifier ::= IDENTIFIER | QUOTED_IDENTIFIER | UNRESERVED_KEYWORD | COLUMN_NAME_KEYWORD
    ///
    /// A reserved word is reported (P203) and taken as the name, so the rest of the
    /// statement is still checked.
    mutating func parseIdentifier(_ what: String) throws(Parser.Abort) -> Identifier {
        if isName(token) {
            let id = identifier(token)
            advance()
            return id
        }
        if isMisusedReservedWord(token) {
            reportReservedWord(token)
            let id = identifier(token)
            advance()
            return id
        }
        throw unexpected(what)
    }

    mutating func reportReservedWord(_ t: Token) {
        let name = Lexer.nameValue(of: t, in: bytes)
        report(.error(.reservedWord, "`\(name)` is a reserved word", at: t.range,
                      label: "reserved words cannot be used as names", help: "write it quoted: \"\(name)\""))
    }

    /// qualified_name ::= identifier ( '.' identifier )?
    mutating func parseQualifiedName(_ what: String) throws(Parser.Abort) -> QualifiedName {
        let first = try parseIdentifier(what)
        guard eat(.dot) else { return QualifiedName(first) }
        let second = try parseIdentifier(what)
        if at(.dot) {
            throw unsupported("names with more than two parts are not supported", at: range(from: first.range?.start ?? 0),
                              label: "at most `schema.name`",
                              help: "leave out the database name; write `schema.name` or just `name`")
        }
        return QualifiedName(schema: first, second)
    }

    /// column_list ::= '(' identifier ( ',' identifier )* ')'
    mutating func parseColumnList() throws(Parser.Abort) -> [Identifier] {
        try expect(.leftParen, "`(` and a list of column names")
        var columns: [Identifier] = []
        repeat {
            columns.append(try parseIdentifier("a column name"))
        } while eat(.comma)
        try expect(.rightParen, "`,` or `)`")
        return columns
    }

    /// if_not_exists ::= 'IF' 'NOT' 'EXISTS'
    ///
    /// Optional wherever it appears; `if` alone may be a name, so `NOT` must follow.
    mutating func parseIfNotExists() throws(Parser.Abort) -> Bool {
        guard at(.if), peekIs(1, .not) else { return false }
        advance()
        advance()
        try expect(.exists)
        return true
    }

    /// if_exists ::= 'IF' 'EXISTS'
    ///
    /// Optional wherever it appears.
    mutating func parseIfExists() -> Bool {
        guard at(.if), peekIs(1, .exists) else { return false }
        advance()
        advance()
        return true
    }

    /// drop_behavior ::= 'CASCADE' | 'RESTRICT'
    mutating func parseDropBehavior() -> DropBehavior? {
        if eat(.cascade) { return .cascade }
        if eat(.restrict) { return .restrict }
        return nil
    }
}
