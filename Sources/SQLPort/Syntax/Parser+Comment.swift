/// `COMMENT ON`.
extension Parser.State {
    /// comment_statement ::= 'COMMENT' 'ON' ( 'TABLE' qualified_name | 'COLUMN' identifier '.' identifier ( '.' identifier )? )
    ///                       'IS' ( STRING | 'NULL' )
    mutating func parseCommentStatement() throws(Parser.Abort) -> CommentOn {
        production = "comment_statement"
        advance()  // COMMENT: the caller checked
        try expect(.on)
        let target: CommentOn.Target
        if eat(.table) {
            target = .table(try parseQualifiedName("a table name"))
        } else if eat(.column) {
            // `t.c` or `schema.t.c`
            let first = try parseIdentifier("a table name")
            try expect(.dot, "`.` and the column name")
            let second = try parseIdentifier("a column name")
            if eat(.dot) {
                target = .column(table: QualifiedName(schema: first, second), column: try parseIdentifier("a column name"))
            } else {
                target = .column(table: QualifiedName(first), column: second)
            }
        } else {
            throw unsupported("only comments on tables and columns are supported", label: "expected `TABLE` or `COLUMN`",
                              help: "write `COMMENT ON TABLE t IS '...'` or `COMMENT ON COLUMN t.c IS '...'`; other objects' comments are not kept")
        }
        try expect(.is)
        if eat(.null) { return CommentOn(target: target, text: nil) }
        return CommentOn(target: target, text: try stringLiteral("a quoted comment or `NULL`").value)
    }
}
