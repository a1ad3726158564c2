extension SQLPrinter {
    /// `SELECT setval(target, value [, is_called]) [FROM table]`
    public func print(_ s: SetSequenceValue) -> String {
        let sequence: String
        switch s.target {
        case .name(let name, let regclass): sequence = print(Expression(.string(name))) + (regclass ? "::regclass" : "")
        case .serialSequence(let table, let column):
            sequence = "pg_get_serial_sequence(" + print(Expression(.string(table))) + ", " + print(Expression(.string(column))) + ")"
        }
        let value: String
        switch s.value {
        case .expression(let e): value = print(e)
        case .query(let q): value = "(" + print(q) + ")"
        }
        return "SELECT setval(" + sequence + ", " + value + (s.isCalled.map { ", " + print($0) } ?? "") + ")"
            + (s.from.map { " FROM " + print($0) } ?? "")
    }

    /// `ALTER SEQUENCE [IF EXISTS] name RESTART [WITH n]`
    public func print(_ s: AlterSequenceRestart) -> String {
        "ALTER SEQUENCE " + ifExists(s.ifExists) + print(s.name) + " RESTART" + (s.value.map { " WITH " + print($0) } ?? "")
    }

    /// `CREATE SEQUENCE [IF NOT EXISTS] name [options]`
    public func print(_ s: CreateSequence) -> String {
        "CREATE SEQUENCE " + (s.ifNotExists ? "IF NOT EXISTS " : "") + print(s.name) + s.options.map { option -> String in
            switch option {
            case .increment(let e): " INCREMENT BY " + print(e)
            case .minValue(let e): " MINVALUE " + print(e)
            case .maxValue(let e): " MAXVALUE " + print(e)
            case .start(let e): " START WITH " + print(e)
            case .cache(let e): " CACHE " + print(e)
            case .cycle(let on): on ? " CYCLE" : " NO CYCLE"
            }
        }.joined()
    }
}
