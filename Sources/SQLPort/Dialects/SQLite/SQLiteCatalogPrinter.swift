/// SQLite DDL for a catalog, through the lowering's own writer so types, quoting and defaults
/// are spelled exactly as compiled migrations spell them.
extension CatalogPrinter {
    static func sqlite(_ catalog: Catalog) -> Output {
        var writer = SQLiteWriter(capabilities: SQLiteCapabilities(.conservativeDefault))
        var statements: [String] = []
        for t in catalog.tables {
            writer.table = t
            statements.append(writer.createTable(t))
            for i in t.indexes { statements.append(writer.createIndex(i, on: t.name)) }
        }
        statements += catalog.views.map { $0.sql + ";" }
        statements += catalog.tables.flatMap { $0.triggers.map { $0.sql + ";" } }
        return Output(sql: join(statements, dialect: .sqlite), diagnostics: writer.diagnostics)
    }
}
