/// pg_dump's `CREATE TYPE public.t AS ENUM ('a', ...)` and the columns of such types
/// (`public.t`, `public.t[]`, `t`): the catalog keeps the type, and each column its labels, so
/// `sqlport schema` writes the type and a migration can change it.
extension DumpLoader {
    /// The enum type a `CREATE TYPE name AS ENUM (...)` defines; nil for any other `CREATE TYPE`.
    func enumType(_ cursor: DumpCursor, _ s: DumpStatement) -> CatalogEnumType? {
        var c = cursor
        guard c.word("TYPE"), let name = c.qualifiedName(), c.word("AS"), c.word("ENUM"), let body = c.parenthesized(), c.atEnd else {
            return nil
        }
        let parts = DumpCursor.splitCommas(body).filter { !$0.isEmpty }
        guard parts.allSatisfy({ $0.count == 1 && $0.first?.kind == .string }) else { return nil }
        return CatalogEnumType(name: name, labels: parts.compactMap { $0.first?.value }, definedAt: builder.range(s))
    }

    /// Columns whose declared type names an enum type of the dump take its labels.
    mutating func resolveEnumColumns() {
        guard !builder.catalog.enumTypes.isEmpty else { return }
        for table in builder.catalog.tables {
            let named = table.columns.compactMap { c in Self.enumReference(c.type.declared).map { (c.name, $0) } }
            let resolved = named.compactMap { name, ref in builder.catalog.enumType(ref.name).map { (name, $0, ref.dimensions) } }
            guard !resolved.isEmpty else { continue }
            _ = builder.catalog.updateTable(table.name) { t in
                for (column, type, dimensions) in resolved {
                    _ = t.updateColumn(named: column) { col in
                        col.type.portable = type.kind
                        col.type.arrayDimensions = dimensions
                    }
                }
            }
        }
    }

    /// `public.t[]` -> (`t`, 1); `"Mood"` -> (`Mood`, 0).
    static func enumReference(_ declared: String) -> (name: String, dimensions: Int)? {
        var text = Substring(declared)
        var dimensions = 0
        while text.hasSuffix("[]") {
            text = text.dropLast(2)
            dimensions += 1
        }
        if text.hasPrefix("public.") { text = text.dropFirst("public.".count) }
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = text.dropFirst().dropLast() }
        return text.isEmpty ? nil : (String(text).replacingOccurrences(of: "\"\"", with: "\""), dimensions)
    }
}

/// pg_dump's `COMMENT ON TABLE public.t IS '...'` and `COMMENT ON COLUMN public.t.c IS '...'`.
extension DumpLoader {
    /// Keeps the comment of a table or column the dump defined; false for any other COMMENT ON.
    mutating func comment(_ s: DumpStatement) -> Bool {
        var c = DumpCursor(s, syntax: syntax)
        guard c.word("COMMENT"), c.word("ON") else { return false }
        let isTable = c.word("TABLE")
        guard isTable || c.word("COLUMN") else { return false }
        var parts: [String] = []
        while let t = c.current, t.isName {
            parts.append(c.nameValue(t))
            c.advance()
            guard c.symbol(".") else { break }
        }
        guard c.word("IS") else { return false }
        var text: String?
        if let t = c.current, t.kind == .string { text = t.value.isEmpty ? nil : t.value } else if !c.word("NULL") { return false }
        if c.current?.kind == .string { c.advance() }
        if parts.first == "public", parts.count == (isTable ? 2 : 3) { parts.removeFirst() }
        if isTable, parts.count == 1, builder.catalog.table(parts[0]) != nil {
            return builder.catalog.updateTable(parts[0]) { $0.comment = text }
        }
        if !isTable, parts.count == 2, builder.catalog.table(parts[0])?.column(parts[1]) != nil {
            return builder.catalog.updateTable(parts[0]) { t in _ = t.updateColumn(named: parts[1]) { $0.comment = text } }
        }
        return false
    }
}
