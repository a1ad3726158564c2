/// SQLite keeps unnamed constraints unnamed (its `sqlite_autoindex_<table>_<n>` indexes are
/// internal and cannot be named in DDL). `INTEGER PRIMARY KEY` makes the column the rowid.
public struct SQLiteNaming: ConstraintNaming {
    public init() {}
    public var target: TargetDatabase { .sqlite }

    public func constraintName(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        request.requestedName
    }

    /// A serial single-column primary key becomes a rowid alias (the lowering writes
    /// `INTEGER PRIMARY KEY`, the only way SQLite numbers rows) with `AUTOINCREMENT`: like a
    /// PostgreSQL sequence it never hands out an id again, where a plain rowid reuses the
    /// largest after a delete. Anything else keeps the PostgreSQL meaning, which the lowering
    /// must refuse: SQLite has no sequences.
    public func generator(forSerial table: String, column: String, identityAlways: Bool?, isRowidCandidate: Bool,
                          catalog: Catalog) -> ValueGenerator {
        if isRowidCandidate { return .rowid(autoincrement: true) }
        return .serial(sequence: PostgreSQLNaming.sequenceName(table: table, column: column, catalog: catalog))
    }
}
