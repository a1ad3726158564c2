/// SQLite's generated columns in a baseline: `[GENERATED ALWAYS] AS (expr) [VIRTUAL | STORED]`.
///
/// Only SQLite's are read: a SQLite rebuild can restate the clause verbatim, and SQLite's own
/// text is what it must restate. PostgreSQL's and MySQL's stay refused (B501), for sqlport
/// cannot restate them in a `MODIFY COLUMN` or check what they compute.
extension CreateTableReader {
    var readsGeneratedColumns: Bool { syntax.hasGeneratedColumns }

    /// True at the start of a generated-column clause this dialect's columns may have.
    func atGeneratedColumn(_ c: DumpCursor) -> Bool {
        readsGeneratedColumns && (c.isWord("AS") || c.isWord("GENERATED") && c.peek(1)?.isWord("ALWAYS") == true)
    }

    /// Reads the clause; `reads` holds every name the expression uses outside a function name
    /// until `resolveGeneratedReads` keeps those that are the table's columns. Nil after an error.
    mutating func readGeneratedColumn(_ c: inout DumpCursor) -> GeneratedColumn? {
        _ = c.word("GENERATED", "ALWAYS")
        guard c.word("AS"), let e = c.parenthesized(), let first = e.first, let last = e.last else {
            return syntax(c, "expected `AS (expression)` in a generated column")
        }
        let storage: GeneratedColumn.Storage = c.word("STORED") ? .stored : .virtual
        if storage == .virtual { _ = c.word("VIRTUAL") }
        var names: [String] = []
        for k in e.indices where e[k].isName {
            let next = e.index(after: k)
            if next < e.endIndex, e[next].isSymbol("(") { continue }  // a function
            names.append(e[k].value)
        }
        return GeneratedColumn(expression: builder.text(first.start, last.end), storage: storage, reads: names)
    }

    /// Narrows each generated column's `reads` to the table's columns (an expression may name a
    /// column defined after it), compared as SQLite compares names: ASCII case ignored.
    static func resolveGeneratedReads(_ table: inout Table) {
        let columns = table.columns
        guard columns.contains(where: { $0.generated != nil }) else { return }
        table.columns = columns.map { column in
            guard var generated = column.generated else { return column }
            let named = Set(generated.reads.map { $0.lowercased() })
            generated.reads = columns.map(\.name).filter { named.contains($0.lowercased()) }
            var copy = column
            copy.generated = generated
            return copy
        }
    }
}
