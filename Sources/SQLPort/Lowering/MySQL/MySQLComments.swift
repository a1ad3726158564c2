/// `COMMENT ON` as MySQL / MariaDB keep comments: a table's `COMMENT` option, and a column's
/// `COMMENT` clause, which only a `MODIFY COLUMN` restating the whole column can change (every
/// later restatement keeps it: `MySQLWriter.columnDefinition` writes the catalog's comment).
/// `''` is no comment on both servers, as `IS NULL` is on PostgreSQL.
extension MySQLLowerer {
    static let maxTableComment = 2048
    static let maxColumnComment = 1024

    mutating func comment(table: String, column: String?, text: String?, step: CheckedStep, index: Int) {
        let limit = column == nil ? Self.maxTableComment : Self.maxColumnComment
        if let text, text.count > limit {
            report(.error(.mysqlCommentTooLong, "MySQL keeps at most \(limit) characters of a \(column == nil ? "table" : "column") comment",
                          at: step.statement.range, label: "\(text.count) characters; MySQL would refuse or cut it",
                          help: "shorten the comment to \(limit) characters"))
            return
        }
        if let column {
            guard let after = step.after.table(table)?.column(column) else { return }
            addClause(.modifyColumn(after), table: table, step: step, index: index)
            return
        }
        flush()
        let w = writer(for: step.after.table(table))
        emit("ALTER TABLE " + w.spelling.quoteIdentifier(table) + " COMMENT = " + w.spelling.stringLiteral(text ?? "") + ";",
             step: index, rerunnable: true)
    }
}
