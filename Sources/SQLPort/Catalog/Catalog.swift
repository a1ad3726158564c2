/// A value-type model of one database's schema, in the target database's terms.
///
/// Built from portable `CREATE TABLE`s (replayed by the `Checker` over an empty catalog,
/// see `Catalog.replaying(_:target:)`) or, later, by loaders from a MySQL / SQLite / PostgreSQL
/// dump or a live database. Tables, views and sequences keep their definition order so output
/// derived from a catalog is deterministic.
public struct Catalog: Hashable, Sendable {
    public var target: TargetDatabase
    public var tables: [Table]
    public var views: [View]
    public var sequences: [CatalogSequence]

    public init(target: TargetDatabase, tables: [Table] = [], views: [View] = [],
                sequences: [CatalogSequence] = []) {
        self.target = target
        self.tables = tables
        self.views = views
        self.sequences = sequences
    }

    // MARK: Lookup

    public func tablePosition(_ name: String) -> Int? { tables.firstIndex { $0.name == name } }
    public func table(_ name: String) -> Table? { tablePosition(name).map { tables[$0] } }
    public func view(_ name: String) -> View? { views.first { $0.name == name } }
    public func sequence(_ name: String) -> CatalogSequence? { sequences.first { $0.name == name } }

    /// The table holding index `name` and the index (index names are per table in MySQL;
    /// the first match is returned, `indexes(named:)` gives all).
    public func index(_ name: String) -> (table: Table, index: TableIndex)? {
        for t in tables { if let i = t.index(name) { return (t, i) } }
        return nil
    }

    /// Every (table, index) pair with this index name.
    public func indexes(named name: String) -> [(table: Table, index: TableIndex)] {
        tables.compactMap { t in t.index(name).map { (t, $0) } }
    }

    /// Foreign keys of other tables (and self-references) that point at `table`.
    public func foreignKeys(referencing table: String) -> [(table: Table, constraint: Constraint, key: ForeignKey)] {
        tables.flatMap { t in
            t.foreignKeys.filter { $0.key.referencedTable == table }.map { (t, $0.constraint, $0.key) }
        }
    }

    /// Views that use `table` (any column, or `column` when given).
    public func views(using table: String, column: String? = nil) -> [View] {
        views.filter { v in
            v.dependencies.contains { d in d.table == table && (column.map { d.columns.contains($0) } ?? true) }
        }
    }

    // MARK: Namespaces

    /// Names in PostgreSQL's relation namespace: tables, views, sequences, indexes and the
    /// indexes behind primary key / unique constraints (which take the constraint's name).
    public var postgresRelationNames: Set<String> {
        var names = Set(tables.map(\.name))
        names.formUnion(views.map(\.name))
        names.formUnion(sequences.map(\.name))
        for t in tables {
            names.formUnion(t.indexes.map(\.name))
            for c in t.constraints where c.role == .primaryKey || c.role == .unique {
                names.insert(c.postgresName)
            }
        }
        return names
    }

    /// Every constraint's PostgreSQL name, schema-wide: PostgreSQL avoids all of them when it
    /// invents a constraint name (`ChooseConstraintName`).
    public var postgresConstraintNames: Set<String> {
        Set(tables.flatMap { $0.constraints.map(\.postgresName) })
    }

    // MARK: Mutation helpers (used by the checker and by baseline loaders)

    /// Applies `body` to table `name`; returns false if there is no such table.
    @discardableResult
    public mutating func updateTable(_ name: String, _ body: (inout Table) -> Void) -> Bool {
        guard let i = tablePosition(name) else { return false }
        body(&tables[i])
        return true
    }
}
