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

    /// `DROP TYPE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
    public func print(_ s: DropType) -> String {
        "DROP TYPE " + (s.ifExists ? "IF EXISTS " : "") + s.names.map { print($0) }.joined(separator: ", ")
            + (s.behavior.map { " " + $0.rawValue } ?? "")
    }
}
