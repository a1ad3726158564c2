/// `COMMENT ON TABLE` / `COMMENT ON COLUMN`, as PostgreSQL 15 does it: the table (and column)
/// must exist (S302 / S301); `IS NULL` and `IS ''` both remove the comment.
extension CheckRun {
    mutating func comment(_ s: CommentOn) -> StepResolution {
        let text = s.text?.isEmpty == true ? nil : s.text
        switch s.target {
        case .table(let name):
            guard let table = resolveTable(name) else { return .invalid }
            _ = catalog.updateTable(table.name) { $0.comment = text }
            return .comment(table: table.name, column: nil, text: text)
        case .column(let name, let columnName):
            guard let table = resolveTable(name), let column = resolveColumn(columnName, in: table) else { return .invalid }
            _ = catalog.updateTable(table.name) { t in _ = t.updateColumn(named: column.name) { $0.comment = text } }
            return .comment(table: table.name, column: column.name, text: text)
        }
    }
}
