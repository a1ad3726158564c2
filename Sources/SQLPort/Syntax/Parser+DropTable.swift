/// `DROP TABLE`.
extension Parser.State {
    /// drop_table_statement ::= 'DROP' 'TABLE' if_exists? qualified_name ( ',' qualified_name )* drop_behavior?
    mutating func parseDropTableStatement() throws(Parser.Abort) -> DropTable {
        production = "drop_table_statement"
        try expect(.drop)
        try expect(.table)
        let ifExists = parseIfExists()
        var names: [QualifiedName] = []
        repeat {
            names.append(try parseQualifiedName("a table name"))
        } while eat(.comma)
        return DropTable(ifExists: ifExists, names: names, behavior: parseDropBehavior())
    }
}
