/// What only `pg_dump --schema-only` output has: sequences, their owners, `SET DEFAULT
/// nextval(...)` and identity columns added by `ALTER TABLE`.
///
/// A column whose default is `nextval('s'::regclass)` and whose sequence `s` is `OWNED BY`
/// that column is PostgreSQL's `SERIAL`: the catalog records a `.serial(sequence:)`
/// generator and no default, as the checker does for a `SERIAL` column.
extension DumpLoader {
    /// `CREATE SEQUENCE name [AS type] [START WITH ...] ...`: options do not matter to the catalog.
    mutating func createSequence(_ c: inout DumpCursor, _ s: DumpStatement) {
        _ = c.word("IF", "NOT", "EXISTS")
        guard let name = c.qualifiedName() else { return syntax(c, "expected a sequence name") }
        guard builder.catalog.sequence(name) == nil else {
            return builder.error(.loaderDuplicate, "sequence `\(name)` is defined twice", at: builder.range(s), label: "second definition")
        }
        builder.catalog.sequences.append(CatalogSequence(name: name, definedAt: builder.range(s)))
    }

    /// `ALTER SEQUENCE name OWNED BY table.column` (other forms only tune numbering).
    mutating func alterSequence(_ c: inout DumpCursor, _ s: DumpStatement) {
        guard let name = c.qualifiedName() else { return syntax(c, "expected a sequence name") }
        if c.word("OWNER", "TO") { return builder.ignore("OWNER TO", at: builder.range(s), why: "ownership is not part of the catalog") }
        guard c.word("OWNED", "BY") else {
            return builder.ignore("sequence options", at: builder.range(s), why: "sequence numbering options are not part of the catalog")
        }
        if c.word("NONE") { return setOwner(of: name, nil, s) }
        // `public.ballot.id`: the last two names are table and column.
        var parts: [String] = []
        while let n = c.name() {
            parts.append(n)
            if !c.symbol(".") { break }
        }
        guard parts.count >= 2 else { return syntax(c, "expected table.column after OWNED BY") }
        let table = parts[parts.count - 2], column = parts[parts.count - 1]
        guard builder.catalog.table(table)?.column(column) != nil else {
            return builder.error(.loaderUnknownName, "column `\(table).\(column)` is not defined", at: builder.range(s), label: "owner of sequence `\(name)`")
        }
        setOwner(of: name, CatalogSequence.Owner(table: table, column: column), s)
    }

    mutating func setOwner(of name: String, _ owner: CatalogSequence.Owner?, _ s: DumpStatement) {
        guard let i = builder.catalog.sequences.firstIndex(where: { $0.name == name }) else {
            return builder.error(.loaderUnknownName, "sequence `\(name)` is not defined", at: builder.range(s), label: "no such sequence")
        }
        builder.catalog.sequences[i].ownedBy = owner
    }

    /// `ALTER TABLE ONLY t ALTER COLUMN c SET DEFAULT expr`.
    mutating func setDefault(table: String, column: String, _ tokens: ArraySlice<DumpToken>, _ s: DumpStatement) {
        if let sequence = Self.nextvalSequence(tokens, foldsNames: true) {
            nextvalDefaults.append((table, column, sequence, builder.range(s)))
        }
        let value = builder.expression(tokens)
        builder.catalog.updateTable(table) { t in
            if let i = t.columnIndex(column) { t.columns[i].defaultValue = value }
        }
    }

    /// `nextval('public.s'::regclass)` → `s`.
    static func nextvalSequence(_ tokens: ArraySlice<DumpToken>, foldsNames: Bool) -> String? {
        let t = Array(tokens)
        guard t.count >= 4, t[0].kind == .word, t[0].value.lowercased() == "nextval" || t.count >= 6 && t[2].value.lowercased() == "nextval",
              let literal = t.first(where: { $0.kind == .string }), t.last?.isSymbol(")") == true else { return nil }
        // The literal is itself a (possibly qualified, possibly quoted) name.
        var lexer = DumpLexer(bytes: Array(literal.value.utf8), syntax: PostgreSQLDialect().dumpSyntax)
        var cursor = DumpCursor(lexer.tokens()[...], foldsNames: foldsNames)
        guard let name = cursor.qualifiedName(), cursor.atEnd else { return nil }
        return name
    }

    /// `ALTER TABLE ONLY t ALTER COLUMN c ADD GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY (SEQUENCE NAME s ...)`.
    mutating func addIdentity(table: String, column: String, _ c: inout DumpCursor, _ s: DumpStatement) {
        let always = c.word("ALWAYS")
        guard always || c.word("BY", "DEFAULT"), c.word("AS", "IDENTITY") else { return syntax(c, "expected an identity clause") }
        var sequence = PostgreSQLNaming.sequenceName(table: table, column: column, catalog: builder.catalog)
        if let options = c.parenthesized() {
            var o = DumpCursor(options, foldsNames: true)
            while !o.atEnd {
                if o.word("SEQUENCE", "NAME"), let n = o.qualifiedName() { sequence = n } else { o.advance() }
            }
        }
        builder.catalog.updateTable(table) { t in
            guard let i = t.columnIndex(column) else { return }
            t.columns[i].generator = .identity(always: always, sequence: sequence)
            t.columns[i].isNotNull = true
        }
        builder.catalog.sequences.append(CatalogSequence(name: sequence, ownedBy: .init(table: table, column: column), definedAt: builder.range(s)))
    }

    /// Serial columns: `nextval` of a sequence the same column owns becomes the generator.
    mutating func resolveSerialDefaults() {
        for d in nextvalDefaults {
            guard let sequence = builder.catalog.sequence(d.sequence),
                  sequence.ownedBy == CatalogSequence.Owner(table: d.table, column: d.column) else { continue }
            builder.catalog.updateTable(d.table) { t in
                guard let i = t.columnIndex(d.column) else { return }
                t.columns[i].generator = .serial(sequence: d.sequence)
                t.columns[i].defaultValue = nil
            }
        }
        // Identity and serial sequences follow their tables, in table order, as the checker keeps them.
        var owned: [CatalogSequence] = []
        for t in builder.catalog.tables {
            for c in t.columns {
                if let name = c.generator?.sequence, let s = builder.catalog.sequence(name) { owned.append(s) }
            }
        }
        let ownedNames = Set(owned.map(\.name))
        builder.catalog.sequences = builder.catalog.sequences.filter { !ownedNames.contains($0.name) } + owned
    }
}
