/// Generated columns in a baseline: `[GENERATED ALWAYS] AS (expr) [VIRTUAL | STORED | PERSISTENT]`.
///
/// The expression is kept as the database's own text, which only that database's output
/// restates (a SQLite rebuild, a MySQL column); the checker refuses what would change the
/// columns it reads or the column itself (S330-S332), so the text stays true.
extension CreateTableReader {
    var readsGeneratedColumns: Bool { syntax.hasGeneratedColumns }

    /// True at the start of a generated-column clause this dialect's columns may have.
    func atGeneratedColumn(_ c: DumpCursor) -> Bool {
        // Not PostgreSQL's `GENERATED ALWAYS AS IDENTITY`.
        readsGeneratedColumns && (c.isWord("AS")
            || c.isWord("GENERATED") && c.peek(1)?.isWord("ALWAYS") == true && c.peek(3)?.isWord("IDENTITY") != true)
    }

    /// Reads the clause; `reads` holds every name the expression uses outside a function name
    /// until `resolveGeneratedReads` keeps those that are the table's columns. Nil after an error.
    mutating func readGeneratedColumn(_ c: inout DumpCursor) -> GeneratedColumn? {
        _ = c.word("GENERATED", "ALWAYS")
        guard c.word("AS"), let e = c.parenthesized(), let first = e.first, let last = e.last else {
            return syntax(c, "expected `AS (expression)` in a generated column")
        }
        // MariaDB's PERSISTENT is its older word for STORED.
        let storage: GeneratedColumn.Storage = c.word("STORED") || c.word("PERSISTENT") ? .stored : .virtual
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
