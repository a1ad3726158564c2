extension SQLPrinter {
    /// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING method] (element, ...) [WHERE e]`
    public func print(_ index: CreateIndex) -> String {
        var out = "CREATE " + (index.unique ? "UNIQUE " : "") + "INDEX " + (index.concurrently ? "CONCURRENTLY " : "")
            + ifNotExists(index.ifNotExists)
            + print(index.name) + " ON " + print(index.table)
        if let method = index.method { out += " USING " + print(method) }
        out += " (" + index.elements.map { print($0) }.joined(separator: ", ") + ")"
        if let predicate = index.predicate { out += " WHERE " + print(predicate) }
        return out
    }

    /// `column` or `(expression)`, then `[opclass] [ASC | DESC] [NULLS FIRST | NULLS LAST]`. An
    /// expression is always parenthesised, so that `(a)` stays an expression element.
    public func print(_ element: IndexElement) -> String {
        let target: String
        switch element.target {
        case .column(let name): target = print(name)
        case .expression(let e): target = "(" + print(e) + ")"
        }
        return Self.indexKey(target, opclass: element.opclass.map(print), ordering: element.ordering, nulls: element.nulls)
    }

    /// `target [opclass] [ASC | DESC] [NULLS FIRST | NULLS LAST]`: every writer of an index key
    /// (this printer, `CatalogPrinter`, each lowering) puts one together here, passing nil for
    /// an operator class or order its database does not store.
    static func indexKey(_ target: String, opclass: String? = nil, ordering: SortOrdering?, nulls: NullsOrdering?) -> String {
        var out = target
        if let opclass { out += " " + opclass }
        if let ordering { out += " " + ordering.rawValue }
        if let nulls { out += " " + nulls.rawValue }
        return out
    }

    /// `DROP INDEX [CONCURRENTLY] [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
    public func print(_ drop: DropIndex) -> String {
        "DROP INDEX " + (drop.concurrently ? "CONCURRENTLY " : "") + ifExists(drop.ifExists) + drop.names.map { print($0) }.joined(separator: ", ")
            + behavior(drop.behavior)
    }

    /// `ALTER INDEX [IF EXISTS] name RENAME TO new`
    public func print(_ rename: AlterIndexRename) -> String {
        "ALTER INDEX " + ifExists(rename.ifExists) + print(rename.name) + " RENAME TO " + print(rename.newName)
    }
}
