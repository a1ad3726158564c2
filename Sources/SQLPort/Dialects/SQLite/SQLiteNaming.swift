/// SQLite keeps unnamed constraints unnamed (its `sqlite_autoindex_<table>_<n>` indexes are
/// internal and cannot be named in DDL). `INTEGER PRIMARY KEY` makes the column the rowid.
public struct SQLiteNaming: ConstraintNaming {
    public init() {}
    public var target: Dialect { .sqlite }

    public func constraintName(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        request.requestedName
    }

    /// SQLite keeps names starting with `sqlite_` (any case) for its own tables and indexes.
    public func nameProblem(_ name: String, for kind: NamedObjectKind) -> String? {
        guard kind == .table || kind == .index, NameFolding.asciiLower(name).hasPrefix("sqlite_") else { return nil }
        return "SQLite reserves names starting with `sqlite_` for its own objects"
    }

    /// Tables, views, indexes and triggers share one namespace; it and column names ignore
    /// the case of ASCII letters (only). Constraint names need not be unique at all.
    public func nameConflict(_ name: String, for kind: NamedObjectKind, table: Table?, catalog: Catalog,
                             except: String?) -> NameConflict? {
        switch kind {
        case .table, .index:
            return NameLookup.first(NameLookup.sqliteSchemaObjects(catalog, near: name), matching: name, except: except,
                                    fold: NameFolding.asciiLower,
                                    rule: "SQLite keeps tables, views, indexes and triggers in one namespace and ignores the case of ASCII letters")
        case .column:
            guard let table else { return nil }
            return NameLookup.column(table, matching: name, except: except, fold: NameFolding.asciiLower,
                                    rule: "SQLite compares column names ignoring the case of ASCII letters")
        case .constraint:
            return nil
        }
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

/// SQLite's namespace, for `SQLiteNaming.nameConflict`.
extension NameLookup {
    /// SQLite's one namespace: tables, views, indexes and triggers that may share `name`'s
    /// folded form (ASCII folding is finer than `unicodeLower`, so the bucket holds them all).
    static func sqliteSchemaObjects(_ catalog: Catalog, near name: String) -> [Candidate] {
        let folded = NameFolding.unicodeLower(name)
        return tables(catalog, near: name) + catalog.tables(withFoldedRelation: folded).flatMap { t in
            t.indexes.map { Candidate(name: $0.name, object: "index `\($0.name)` on table `\(t.name)`", definedAt: $0.definedAt) }
                + t.triggers.map { Candidate(name: $0.name, object: "trigger `\($0.name)` on table `\(t.name)`", definedAt: $0.definedAt) }
        }
    }
}
