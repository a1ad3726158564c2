/// A value-type model of one database's schema, in the target database's terms.
///
/// Built from portable `CREATE TABLE`s (replayed by the `Checker` over an empty catalog,
/// see `Catalog.replaying(_:target:)`) or, later, by loaders from a MySQL / SQLite / PostgreSQL
/// dump or a live database. Tables, views and sequences keep their definition order so output
/// derived from a catalog is deterministic.
///
/// Storage is persistent (`OrderedNameStore`): copies share structure, so the checker's
/// snapshot before and after every statement is cheap, and names resolve by hashing. The
/// `tables`, `views` and `sequences` arrays are built on demand in definition order (O(n log n));
/// code that runs once per statement should use the keyed lookups and mutators instead.
public struct Catalog: Sendable {
    public var target: Dialect
    private var tableStore: OrderedNameStore<Table>
    private var viewStore: OrderedNameStore<View>
    private var sequenceStore: OrderedNameStore<CatalogSequence>
    /// Derived from the tables and sequences; maintained by every mutator.
    private var namespaces: CatalogNamespaces
    /// Which tables each mutation touched (not part of `==`): see `tablesChanged(since:)`.
    private var tableChanges = TableChangeLog(nil, after: nil)
    /// Types made by `CREATE TYPE ... AS ENUM`, in definition order (PostgreSQL only holds them;
    /// elsewhere each column carries its labels in its type, and the list is empty).
    public var enumTypes: [CatalogEnumType] = []
    /// Extensions created (`CREATE EXTENSION`, a dump's): what the functions a migration calls
    /// need. Not part of `==`: no other database holds them, and they shape no table.
    public var extensions: [String] = []

    public init(target: Dialect, tables: [Table] = [], views: [View] = [],
                sequences: [CatalogSequence] = []) {
        self.target = target
        self.tableStore = OrderedNameStore(tables)
        self.viewStore = OrderedNameStore(views)
        self.sequenceStore = OrderedNameStore(sequences)
        self.namespaces = CatalogNamespaces(tables: tables, sequences: sequences)
    }

    /// The tables in definition order. Setting replaces them all (O(n)).
    public var tables: [Table] {
        get { tableStore.ordered }
        set {
            tableStore = OrderedNameStore(newValue)
            tableChanges = TableChangeLog(nil, after: tableChanges)
            namespaces = CatalogNamespaces(tables: newValue, sequences: sequenceStore.ordered)
        }
    }

    /// The views in definition order. Setting replaces them all.
    public var views: [View] {
        get { viewStore.ordered }
        set { viewStore = OrderedNameStore(newValue) }
    }

    /// The sequences in definition order. Setting replaces them all.
    public var sequences: [CatalogSequence] {
        get { sequenceStore.ordered }
        set {
            sequenceStore = OrderedNameStore(newValue)
            namespaces = CatalogNamespaces(tables: tableStore.ordered, sequences: newValue)
        }
    }

    public var tableCount: Int { tableStore.count }

    // MARK: Lookup

    /// The table's index in `tables` (definition order). O(n): prefer `table(_:)`.
    public func tablePosition(_ name: String) -> Int? { tableStore.position(of: name) }
    public func table(_ name: String) -> Table? { tableStore[name] }

    /// The names of the tables added, removed, renamed or updated since `earlier`, a snapshot
    /// this catalog was derived from by its mutators (duplicates possible; an update may have
    /// left the table equal). Nil when that is unknown: compare the tables instead.
    func tablesChanged(since earlier: Catalog) -> [String]? {
        TableChangeLog.names(from: tableChanges, since: earlier.tableChanges)
    }
    public func view(_ name: String) -> View? { viewStore[name] }
    public func sequence(_ name: String) -> CatalogSequence? { sequenceStore[name] }

    /// Tables of these names, in definition order.
    func tables(named names: some Sequence<String>) -> [Table] { tableStore.inDefinitionOrder(names) }

    /// The table holding index `name` and the index (index names are per table in MySQL;
    /// the first match is returned, `indexes(named:)` gives all).
    public func index(_ name: String) -> (table: Table, index: TableIndex)? {
        indexes(named: name).first
    }

    /// Every (table, index) pair with this index name, in definition order of the tables.
    public func indexes(named name: String) -> [(table: Table, index: TableIndex)] {
        tables(named: namespaces.owners(name, .index)).compactMap { t in t.index(name).map { (t, $0) } }
    }

    /// Foreign keys of other tables (and self-references) that point at `table`.
    public func foreignKeys(referencing table: String) -> [(table: Table, constraint: Constraint, key: ForeignKey)] {
        tables(named: namespaces.owners(table, .referencedBy)).flatMap { t in
            t.foreignKeys.filter { $0.key.referencedTable == table }.map { (t, $0.constraint, $0.key) }
        }
    }

    /// Views that use `table` (any column, or `column` when given).
    public func views(using table: String, column: String? = nil) -> [View] {
        guard !viewStore.isEmpty else { return [] }
        return views.filter { v in
            v.dependencies.contains { d in d.table == table && (column.map { d.columns.contains($0) } ?? true) }
        }
    }

    /// Tables that have triggers, in definition order.
    public var tablesWithTriggers: [Table] { tables(named: namespaces.tablesWithTriggers) }

    /// Sequences owned by a column of `table`, in definition order.
    public func sequences(ownedBy table: String) -> [CatalogSequence] {
        sequenceStore.inDefinitionOrder(namespaces.owners(table, .ownedSequence))
    }

    /// Tables whose name is `name` up to case, in definition order.
    public func tables(foldedName name: String) -> [Table] {
        tables(named: namespaces.owners(name.lowercased(), .foldedTableName))
    }

    /// Tables whose own name, or an index's or trigger's name, folds (`NameFolding.unicodeLower`)
    /// to `folded`, in definition order: where a case-folding target's collisions can be.
    func tables(withFoldedRelation folded: String) -> [Table] {
        tables(named: namespaces.owners(folded, .foldedRelation))
    }

    /// Tables with a foreign key (`foreignKey`) or a check (`check`) whose name folds to `folded`.
    func tables(withFoldedConstraint folded: String, role: ConstraintRole) -> [Table] {
        switch role {
        case .foreignKey: tables(named: namespaces.owners(folded, .foldedForeignKey))
        case .check: tables(named: namespaces.owners(folded, .foldedCheck))
        case .primaryKey, .unique: []
        }
    }

    /// Tables with a primary key or unique constraint the target calls `name` or PostgreSQL
    /// calls `name`, in definition order.
    public func tables(withKeyConstraintNamed name: String) -> [Table] {
        tables(named: Set(namespaces.owners(name, .keyTargetName) + namespaces.owners(name, .keyPostgresName)))
    }

    // MARK: Namespaces

    /// Names in PostgreSQL's relation namespace: tables, views, sequences, indexes and the
    /// indexes behind primary key / unique constraints (which take the constraint's name).
    /// O(n): to test one name use `isPostgresRelationName(_:)`.
    public var postgresRelationNames: Set<String> {
        var names = Set(tableStore.unordered.map(\.name))
        names.formUnion(viewStore.unordered.map(\.name))
        names.formUnion(sequenceStore.unordered.map(\.name))
        names.formUnion(namespaces.names(.index))
        names.formUnion(namespaces.names(.keyPostgresName))
        return names
    }

    /// Whether `name` is taken in PostgreSQL's relation namespace (see `postgresRelationNames`).
    public func isPostgresRelationName(_ name: String) -> Bool {
        tableStore[name] != nil || viewStore[name] != nil || sequenceStore[name] != nil
            || namespaces.contains(name, .index) || namespaces.contains(name, .keyPostgresName)
    }

    /// Every constraint's PostgreSQL name, schema-wide: PostgreSQL avoids all of them when it
    /// invents a constraint name (`ChooseConstraintName`). O(n): to test one name use
    /// `isPostgresConstraintName(_:)`.
    public var postgresConstraintNames: Set<String> {
        Set(namespaces.names(.constraintPostgresName))
    }

    /// Whether some constraint's PostgreSQL name is `name`.
    public func isPostgresConstraintName(_ name: String) -> Bool {
        namespaces.contains(name, .constraintPostgresName)
    }

    // MARK: Mutation helpers (used by the checker and by baseline loaders)

    /// Applies `body` to table `name`; returns false if there is no such table. The table keeps
    /// its place in definition order, also when `body` renames it.
    @discardableResult
    public mutating func updateTable(_ name: String, _ body: (inout Table) -> Void) -> Bool {
        guard let old = tableStore[name] else { return false }
        let new: Table? = tableStore.update(named: name) { t in
            body(&t)
            return t
        }
        if let new {
            namespaces.replace(old, with: new)
            tableChanges = TableChangeLog(name, after: tableChanges)
            if new.name != name { tableChanges = TableChangeLog(new.name, after: tableChanges) }
        }
        return true
    }

    /// Adds `table` after the others.
    public mutating func addTable(_ table: Table) {
        tableStore.append(table)
        namespaces.add(table)
        tableChanges = TableChangeLog(table.name, after: tableChanges)
    }

    /// Removes table `name` and returns it (nil when there is none).
    @discardableResult
    public mutating func removeTable(named name: String) -> Table? {
        guard let removed = tableStore.remove(named: name) else { return nil }
        namespaces.remove(removed)
        tableChanges = TableChangeLog(name, after: tableChanges)
        // Another table of the same name (only a malformed baseline has one) keeps its names.
        if let other = tableStore[name] { namespaces.add(other) }
        return removed
    }

    /// Adds `sequence` after the others.
    public mutating func addSequence(_ sequence: CatalogSequence) {
        sequenceStore.append(sequence)
        namespaces.add(sequence)
    }

    /// Removes the sequence equal to `sequence`; false when there is none.
    @discardableResult
    public mutating func removeSequence(_ sequence: CatalogSequence) -> Bool {
        guard let removed = sequenceStore.remove(sequence) else { return false }
        namespaces.remove(removed)
        return true
    }

    /// Applies `body` to sequence `name`; false when there is none.
    @discardableResult
    public mutating func updateSequence(_ name: String, _ body: (inout CatalogSequence) -> Void) -> Bool {
        guard let old = sequenceStore[name] else { return false }
        let new: CatalogSequence? = sequenceStore.update(named: name) { s in
            body(&s)
            return s
        }
        if let new, new != old {
            namespaces.remove(old)
            namespaces.add(new)
        }
        return true
    }

    /// Adds `view` after the others.
    public mutating func addView(_ view: View) { viewStore.append(view) }

    /// Removes the view equal to `view`; false when there is none.
    @discardableResult
    public mutating func removeView(_ view: View) -> Bool { viewStore.remove(view) != nil }

    /// Applies `body` to view `name`; false when there is none.
    @discardableResult
    public mutating func updateView(_ name: String, _ body: (inout View) -> Void) -> Bool {
        viewStore.update(named: name, body) != nil
    }
}

extension Catalog: Hashable {
    /// Equal when the targets are and the tables, views and sequences are, in the same order.
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
        lhs.target == rhs.target && lhs.tableStore == rhs.tableStore && lhs.viewStore == rhs.viewStore
            && lhs.sequenceStore == rhs.sequenceStore && lhs.enumTypes == rhs.enumTypes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(tableStore)
        hasher.combine(viewStore)
        hasher.combine(sequenceStore)
        hasher.combine(enumTypes)
    }
}
