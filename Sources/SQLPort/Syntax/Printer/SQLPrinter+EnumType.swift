extension SQLPrinter {
    /// `CREATE TYPE name AS ENUM ('a', 'b')`
    public func print(_ s: CreateEnumType) -> String {
        "CREATE TYPE " + print(s.name) + " AS ENUM (" + s.labels.map { spelling.stringLiteral($0.value) }.joined(separator: ", ") + ")"
    }

    /// `ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'x' [BEFORE | AFTER 'y']` / `RENAME VALUE 'a' TO 'b'`
    public func print(_ s: AlterEnumType) -> String {
        var out = "ALTER TYPE " + print(s.name)
        switch s.action {
        case .addValue(let label, let ifNotExists, let placement):
            out += " ADD VALUE " + (ifNotExists ? "IF NOT EXISTS " : "") + spelling.stringLiteral(label.value)
            switch placement {
            case .before(let other)?: out += " BEFORE " + spelling.stringLiteral(other.value)
            case .after(let other)?: out += " AFTER " + spelling.stringLiteral(other.value)
            case nil: break
            }
        case .renameValue(let from, let to):
            out += " RENAME VALUE " + spelling.stringLiteral(from.value) + " TO " + spelling.stringLiteral(to.value)
        }
        return out
    }

    /// `COMMENT ON {TABLE t | COLUMN t.c} IS {'text' | NULL}`
    public func print(_ s: CommentOn) -> String {
        let target: String
        switch s.target {
        case .table(let t): target = "TABLE " + print(t)
        case .column(let t, let c): target = "COLUMN " + print(t) + "." + print(c)
        }
        return "COMMENT ON " + target + " IS " + (s.text.map { spelling.stringLiteral($0) } ?? "NULL")
    }

    /// `DROP TYPE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
    public func print(_ s: DropType) -> String {
        "DROP TYPE " + (s.ifExists ? "IF EXISTS " : "") + s.names.map { print($0) }.joined(separator: ", ")
            + (s.behavior.map { " " + $0.rawValue } ?? "")
    }
}
