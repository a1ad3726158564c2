/// `CREATE EXTENSION`, `DROP EXTENSION`.
extension Parser.State {
    /// create_extension_statement ::= 'CREATE' 'EXTENSION' if_not_exists? identifier 'WITH'? ( 'SCHEMA' identifier )?
    mutating func parseCreateExtensionStatement() throws(Parser.Abort) -> CreateExtension {
        production = "create_extension_statement"
        try expect(.create)
        advance()  // EXTENSION: the caller checked
        let ifNotExists = try parseIfNotExists()
        let name = try parseIdentifier("an extension name")
        _ = eat(.with)
        var schema: Identifier?
        if isWord("schema") {
            advance()
            schema = try parseIdentifier("a schema name")
        }
        if !at(.semicolon) && !at(.endOfFile) {
            throw unsupported("`VERSION` and `CASCADE` of CREATE EXTENSION are not supported", help: "write `CREATE EXTENSION IF NOT EXISTS \(name.value)`")
        }
        return CreateExtension(name: name, ifNotExists: ifNotExists, schema: schema)
    }

    /// drop_extension_statement ::= 'DROP' 'EXTENSION' if_exists? identifier ( ',' identifier )* drop_behavior?
    mutating func parseDropExtensionStatement() throws(Parser.Abort) -> DropExtension {
        production = "drop_extension_statement"
        try expect(.drop)
        advance()  // EXTENSION
        let ifExists = parseIfExists()
        var names: [Identifier] = []
        repeat {
            names.append(try parseIdentifier("an extension name"))
        } while eat(.comma)
        return DropExtension(ifExists: ifExists, names: names, behavior: parseDropBehavior())
    }
}
