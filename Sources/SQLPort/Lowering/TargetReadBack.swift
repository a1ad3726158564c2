/// The catalog after a migration as the target database will report it: each column's type
/// as the lowering spells it, read back the way a dump of that database is read. The
/// checker's catalog keeps portable meaning (`BIGSERIAL`, `UUID`, `VARCHAR`); the database
/// holds what the lowering wrote (`INTEGER PRIMARY KEY`, `CHAR(36)`, `LONGTEXT`). What each
/// database changes is its dialect's `readBack` (`Dialects/<Database>/`).
enum TargetReadBack {
    /// `jsonAsCheckedText`: JSON columns as MariaDB stores them (for `--dialect mysql` output
    /// applied to a MariaDB server, or MariaDB's own).
    static func catalog(_ catalog: Catalog, dialect: any TargetDialect, jsonAsCheckedText: Bool) -> Catalog {
        var out = catalog
        for table in catalog.tables {
            _ = out.updateTable(table.name) { t in dialect.readBack(&t, jsonAsCheckedText: jsonAsCheckedText) }
        }
        return out
    }

    /// Each column the lowering spells (`spelling` non-nil) retyped as `reader`'s dump would
    /// declare it, and its collation as the lowering maps it (`""`: none). `each` runs after
    /// each retyped column, with its index and the column as it was.
    static func retype(_ t: inout Table, reader: any TargetDialect, spelling: (Column) -> String?,
                       collation: (String) -> String?, each: (Int, Column, inout Table) -> Void = { _, _, _ in }) {
        for i in t.columns.indices {
            let column = t.columns[i]
            guard let spelled = spelling(column) else { continue }
            t.columns[i].type = ForeignTypes.columnType(spelled, dialect: reader)
            if let c = column.collation, let mapped = collation(c) { t.columns[i].collation = mapped.isEmpty ? nil : mapped }
            each(i, column, &t)
        }
    }
}
