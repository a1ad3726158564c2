/// A catalog as DDL in its own database's dialect: what `sqlport schema` prints, so users can
/// see what sqlport believes — and, applied to an empty database, builds that schema again.
///
/// Every name is written out (constraint and index names included), so the database keeps the
/// names the catalog holds rather than inventing its own; foreign keys to tables printed later
/// are added at the end, after every table exists.
public enum CatalogPrinter {
    public struct Output: Sendable {
        public var sql: String
        /// Errors for what the dialect cannot hold (a MySQL partial index, a SQLite sequence).
        public var diagnostics: [Diagnostic]
    }

    /// Each dialect's printer is in its own folder (`Dialects/<Database>/<Database>CatalogPrinter.swift`).
    public static func print(_ catalog: Catalog, dialect: Dialect) -> Output {
        dialect.target.printSchema(catalog)
    }

    /// `-- what it is` then the statements, one blank line apart.
    static func join(_ statements: [String], dialect: Dialect) -> String {
        let header = "-- Schema as sqlport sees it, for \(dialect.displayName).\n"
        return statements.isEmpty ? header : header + "\n" + statements.joined(separator: "\n\n") + "\n"
    }

    /// Foreign keys that point at a table not yet created when their own table is.
    static func forwardReferences(_ catalog: Catalog) -> Set<[String]> {
        var created: Set<String> = []
        var forward: Set<[String]> = []
        for t in catalog.tables {
            created.insert(t.name)
            for (c, fk) in t.foreignKeys where !created.contains(fk.referencedTable) {
                forward.insert([t.name, c.name ?? c.postgresName])
            }
        }
        return forward
    }

}
