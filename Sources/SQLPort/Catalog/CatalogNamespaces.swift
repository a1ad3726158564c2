import HashTreeCollections

/// The catalog's schema-wide lookups, derived from its tables and sequences and kept up to
/// date on every change, so that resolving a name never scans every table. Not part of the
/// catalog's value: two catalogs with equal tables have equal namespaces.
struct CatalogNamespaces: Sendable {
    /// Index name -> tables with an index of that name.
    var indexNames = NameOwners()
    /// PostgreSQL name of a primary key / unique constraint (the name of its index, in the
    /// relation namespace) -> tables.
    var keyPostgresNames = NameOwners()
    /// The target's name of a primary key / unique constraint -> tables.
    var keyTargetNames = NameOwners()
    /// PostgreSQL name of any constraint -> tables (`ChooseConstraintName` avoids them all).
    var constraintPostgresNames = NameOwners()
    /// Referenced table -> tables with a foreign key to it.
    var referencingTables = NameOwners()
    /// Tables with triggers (only baselines bring triggers).
    var tablesWithTriggers: TreeSet<String> = []
    /// Lowercased table name -> tables (for "the table is named `Foo`" hints).
    var foldedTableNames = NameOwners()
    /// Owning table -> names of the sequences it owns (the "owners" here are sequences).
    var sequencesByOwner = NameOwners()

    init() {}

    init(tables: some Sequence<Table>, sequences: some Sequence<CatalogSequence>) {
        for table in tables { add(table) }
        for sequence in sequences { add(sequence) }
    }

    // MARK: Tables

    /// The names one table contributes to the schema-wide namespaces.
    struct TableNames {
        var indexes: Set<String> = []
        var keyPostgres: Set<String> = []
        var keyTarget: Set<String> = []
        var constraintPostgres: Set<String> = []
        var referenced: Set<String> = []

        init(_ table: Table) {
            for index in table.indexes { indexes.insert(index.name) }
            for c in table.constraints {
                constraintPostgres.insert(c.postgresName)
                switch c.kind {
                case .primaryKey, .unique:
                    keyPostgres.insert(c.postgresName)
                    if let name = c.name { keyTarget.insert(name) }
                case .foreignKey(let key):
                    referenced.insert(key.referencedTable)
                case .check:
                    break
                }
            }
        }
    }

    mutating func add(_ table: Table) {
        let names = TableNames(table)
        let owner = table.name
        for n in names.indexes { indexNames.insert(n, owner: owner) }
        for n in names.keyPostgres { keyPostgresNames.insert(n, owner: owner) }
        for n in names.keyTarget { keyTargetNames.insert(n, owner: owner) }
        for n in names.constraintPostgres { constraintPostgresNames.insert(n, owner: owner) }
        for n in names.referenced { referencingTables.insert(n, owner: owner) }
        if !table.triggers.isEmpty { tablesWithTriggers.insert(owner) }
        foldedTableNames.insert(owner.lowercased(), owner: owner)
    }

    mutating func remove(_ table: Table) {
        let names = TableNames(table)
        let owner = table.name
        for n in names.indexes { indexNames.remove(n, owner: owner) }
        for n in names.keyPostgres { keyPostgresNames.remove(n, owner: owner) }
        for n in names.keyTarget { keyTargetNames.remove(n, owner: owner) }
        for n in names.constraintPostgres { constraintPostgresNames.remove(n, owner: owner) }
        for n in names.referenced { referencingTables.remove(n, owner: owner) }
        tablesWithTriggers.remove(owner)
        foldedTableNames.remove(owner.lowercased(), owner: owner)
    }

    /// `old` became `new`. Cheap when only columns changed: arrays that share their buffer
    /// compare equal at once.
    mutating func replace(_ old: Table, with new: Table) {
        if old.name == new.name && old.constraints == new.constraints && old.indexes == new.indexes
            && old.triggers.isEmpty == new.triggers.isEmpty {
            return
        }
        if old.name != new.name {
            remove(old)
            add(new)
            return
        }
        let before = TableNames(old), after = TableNames(new)
        let owner = new.name
        indexNames.replace(before.indexes, ownerBefore: owner, with: after.indexes, ownerAfter: owner)
        keyPostgresNames.replace(before.keyPostgres, ownerBefore: owner, with: after.keyPostgres, ownerAfter: owner)
        keyTargetNames.replace(before.keyTarget, ownerBefore: owner, with: after.keyTarget, ownerAfter: owner)
        constraintPostgresNames.replace(before.constraintPostgres, ownerBefore: owner,
                                        with: after.constraintPostgres, ownerAfter: owner)
        referencingTables.replace(before.referenced, ownerBefore: owner, with: after.referenced, ownerAfter: owner)
        if new.triggers.isEmpty { tablesWithTriggers.remove(owner) } else { tablesWithTriggers.insert(owner) }
    }

    // MARK: Sequences

    mutating func add(_ sequence: CatalogSequence) {
        if let owner = sequence.ownedBy { sequencesByOwner.insert(owner.table, owner: sequence.name) }
    }

    mutating func remove(_ sequence: CatalogSequence) {
        if let owner = sequence.ownedBy { sequencesByOwner.remove(owner.table, owner: sequence.name) }
    }
}
