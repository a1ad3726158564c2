extension SQLPrinter {
    /// `CREATE [OR REPLACE] VIEW name [(columns)] AS query`
    public func print(_ view: CreateView) -> String {
        "CREATE " + (view.orReplace ? "OR REPLACE " : "") + "VIEW " + print(view.name)
            + (view.columns.isEmpty ? "" : " " + columnList(view.columns)) + " AS " + print(view.query)
    }

    /// `DROP VIEW [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
    public func print(_ drop: DropView) -> String {
        "DROP VIEW " + ifExists(drop.ifExists) + drop.names.map { print($0) }.joined(separator: ", ")
            + behavior(drop.behavior)
    }
}
