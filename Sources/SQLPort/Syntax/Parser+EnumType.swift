/// `CREATE TYPE ... AS ENUM`, `ALTER TYPE ... ADD VALUE | RENAME VALUE`, `DROP TYPE`.
extension Parser.State {
    /// An unquoted word (`enum`, `value`, `before`: no keywords of the lexer) at `offset`.
    mutating func isWord(_ word: String, at offset: Int = 0) -> Bool {
        let t = offset == 0 ? token : peek(offset)
        guard case .identifier = t.kind else { return false }
        return text(t).lowercased() == word
    }

    mutating func expectWord(_ word: String) throws(Parser.Abort) {
        guard isWord(word) else { throw unexpected("`\(word.uppercased())`") }
        advance()
    }

    /// A plain or escaped string constant.
    mutating func stringLiteral(_ what: String) throws(Parser.Abort) -> StringLiteral {
        switch token.kind {
        case .string, .escapeString, .dollarString:
            let s = StringLiteral(Lexer.stringValue(of: token, in: bytes), range: token.range)
            advance()
            return s
        default:
            throw unexpected(what)
        }
    }

    /// create_enum_type_statement ::= 'CREATE' 'TYPE' qualified_name 'AS' 'ENUM'
    ///                                '(' ( STRING ( ',' STRING )* )? ')'
    mutating func parseCreateEnumTypeStatement() throws(Parser.Abort) -> CreateEnumType {
        production = "create_enum_type_statement"
        try expect(.create)
        try expect(.type)
        let name = try parseQualifiedName("a type name")
        try expect(.as)
        guard isWord("enum") else {
            throw unsupported("only enum types can be created", label: "expected `ENUM`",
                              help: "write `CREATE TYPE \(name) AS ENUM ('a', 'b')`; other types (composite, range, domains) are not supported")
        }
        advance()
        try expect(.leftParen, "`(` and the enum's labels")
        var labels: [StringLiteral] = []
        if !at(.rightParen) {
            repeat {
                labels.append(try stringLiteral("a quoted label"))
            } while eat(.comma)
        }
        try expect(.rightParen, "`,` or `)`")
        return CreateEnumType(name: name, labels: labels)
    }

    /// alter_enum_type_statement ::= 'ALTER' 'TYPE' qualified_name
    ///     ( 'ADD' 'VALUE' if_not_exists? STRING ( ( 'BEFORE' | 'AFTER' ) STRING )?
    ///     | 'RENAME' 'VALUE' STRING 'TO' STRING )
    mutating func parseAlterEnumTypeStatement() throws(Parser.Abort) -> AlterEnumType {
        production = "alter_enum_type_statement"
        try expect(.alter)
        try expect(.type)
        let name = try parseQualifiedName("a type name")
        if eat(.add) {
            try expectWord("value")
            let ifNotExists = try parseIfNotExists()
            let label = try stringLiteral("a quoted label")
            var placement: AlterEnumType.Placement?
            if isWord("before") {
                advance()
                placement = .before(try stringLiteral("a quoted label"))
            } else if isWord("after") {
                advance()
                placement = .after(try stringLiteral("a quoted label"))
            }
            return AlterEnumType(name: name, action: .addValue(label, ifNotExists: ifNotExists, placement: placement))
        }
        if at(.rename), isWord("value", at: 1) {
            advance()
            advance()
            let from = try stringLiteral("a quoted label")
            try expect(.to)
            return AlterEnumType(name: name, action: .renameValue(from, to: try stringLiteral("a quoted label")))
        }
        throw unsupported("this `ALTER TYPE` is not supported", label: "expected `ADD VALUE` or `RENAME VALUE`",
                          help: "sqlport supports `ALTER TYPE name ADD VALUE 'x' [BEFORE | AFTER 'y']` and `ALTER TYPE name RENAME VALUE 'a' TO 'b'`")
    }

    /// drop_type_statement ::= 'DROP' 'TYPE' if_exists? qualified_name ( ',' qualified_name )* drop_behavior?
    mutating func parseDropTypeStatement() throws(Parser.Abort) -> DropType {
        production = "drop_type_statement"
        try expect(.drop)
        try expect(.type)
        let ifExists = parseIfExists()
        var names: [QualifiedName] = []
        repeat {
            names.append(try parseQualifiedName("a type name"))
        } while eat(.comma)
        return DropType(ifExists: ifExists, names: names, behavior: parseDropBehavior())
    }
}
