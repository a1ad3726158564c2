import HashTreeCollections

/// The catalog's schema-wide lookups, derived from its tables and sequences and kept up to
/// date on every change, so that resolving a name never scans every table. Not part of the
/// catalog's value: two catalogs with equal tables have equal namespaces.
///
/// One persistent map from a name to its uses (few maps, so a change copies few tree paths):
/// for each `Role`, the tables (or sequences) that use the name that way.
struct CatalogNamespaces: Sendable {
    enum Role: UInt8, Sendable {
        /// Index name -> tables with an index of that name.
        case index
        /// PostgreSQL name of a primary key / unique constraint (the name of its index, in
        /// the relation namespace) -> tables.
        case keyPostgresName
        /// The target's name of a primary key / unique constraint -> tables.
        case keyTargetName
        /// PostgreSQL name of any constraint -> tables (`ChooseConstraintName` avoids them all).
        case constraintPostgresName
        /// Table name -> tables with a foreign key referencing it.
        case referencedBy
        /// Lowercased table name -> tables (for "the table is named `Foo`" hints).
        case foldedTableName
        /// Table name -> sequences it owns.
        case ownedSequence
        /// `NameFolding.unicodeLower` of a table's name and of its indexes' and triggers' names
        /// -> tables: the buckets in which a target that folds case finds a name's rivals.
        case foldedRelation
        /// Folded foreign key name -> tables (MySQL keeps them per schema).
        case foldedForeignKey
        /// Folded check name -> tables (MySQL 8 keeps them per schema).
        case foldedCheck
    }

    /// Who uses a name one way: nearly always one object, sometimes many (MySQL's `PRIMARY`).
    enum Owners: Sendable {
        case one(String)
        case many(TreeSet<String>)

        var all: [String] {
            switch self {
            case .one(let owner): [owner]
            case .many(let owners): Array(owners)
            }
        }
    }

    struct Use: Sendable {
        var role: Role
        var owners: Owners
    }

    /// Name -> its uses (a short array: at most one entry per role).
    private var uses: TreeDictionary<String, [Use]> = [:]
    /// Tables with triggers (only baselines bring triggers).
    private(set) var tablesWithTriggers: TreeSet<String> = []

    init() {}

    init(tables: some Sequence<Table>, sequences: some Sequence<CatalogSequence>) {
        for table in tables { add(table) }
        for sequence in sequences { add(sequence) }
    }

    // MARK: Queries

    func owners(_ name: String, _ role: Role) -> [String] {
        uses[name]?.first { $0.role == role }?.owners.all ?? []
    }

    func contains(_ name: String, _ role: Role) -> Bool {
        uses[name]?.contains { $0.role == role } ?? false
    }

    /// Every name used in `role`.
    func names(_ role: Role) -> [String] {
        uses.compactMap { entry in entry.value.contains { $0.role == role } ? entry.key : nil }
    }

    // MARK: Changes

    mutating func insert(_ name: String, _ role: Role, owner: String) {
        uses.updateValue(forKey: name, default: []) { list in
            guard let i = list.firstIndex(where: { $0.role == role }) else {
                list.append(Use(role: role, owners: .one(owner)))
                return
            }
            switch list[i].owners {
            case .one(let existing):
                if existing != owner { list[i].owners = .many([existing, owner]) }
            case .many(var set):
                set.insert(owner)
                list[i].owners = .many(set)
            }
        }
    }

    mutating func remove(_ name: String, _ role: Role, owner: String) {
        uses.updateValue(forKey: name) { list in
            guard let i = list?.firstIndex(where: { $0.role == role }) else { return }
            switch list![i].owners {
            case .one(let existing):
                guard existing == owner else { return }
                list!.remove(at: i)
            case .many(var set):
                set.remove(owner)
                list![i].owners = set.count == 1 ? .one(set.first!) : .many(set)
            }
            if list!.isEmpty { list = nil }
        }
    }

    // MARK: Tables

    /// The (role, name) pairs one table contributes, sorted and without repeats.
    static func names(of table: Table) -> [RoleName] {
        let fold = NameFolding.unicodeLower
        var pairs: [RoleName] = [RoleName(role: .foldedTableName, name: table.name.lowercased()),
                                 RoleName(role: .foldedRelation, name: fold(table.name))]
        for index in table.indexes {
            pairs.append(RoleName(role: .index, name: index.name))
            pairs.append(RoleName(role: .foldedRelation, name: fold(index.name)))
        }
        for trigger in table.triggers { pairs.append(RoleName(role: .foldedRelation, name: fold(trigger.name))) }
        for c in table.constraints {
            pairs.append(RoleName(role: .constraintPostgresName, name: c.postgresName))
            if let name = c.name {
                switch c.kind {
                case .foreignKey: pairs.append(RoleName(role: .foldedForeignKey, name: fold(name)))
                case .check: pairs.append(RoleName(role: .foldedCheck, name: fold(name)))
                case .primaryKey, .unique: break
                }
            }
            switch c.kind {
            case .primaryKey, .unique:
                pairs.append(RoleName(role: .keyPostgresName, name: c.postgresName))
                if let name = c.name { pairs.append(RoleName(role: .keyTargetName, name: name)) }
            case .foreignKey(let key):
                pairs.append(RoleName(role: .referencedBy, name: key.referencedTable))
            case .check:
                break
            }
        }
        pairs.sort()
        var unique: [RoleName] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return unique
    }

    struct RoleName: Comparable {
        var role: Role
        var name: String
        static func < (a: RoleName, b: RoleName) -> Bool {
            (a.role.rawValue, a.name) < (b.role.rawValue, b.name)
        }
    }

    mutating func add(_ table: Table) {
        for pair in Self.names(of: table) { insert(pair.name, pair.role, owner: table.name) }
        if !table.triggers.isEmpty { tablesWithTriggers.insert(table.name) }
    }

    mutating func remove(_ table: Table) {
        for pair in Self.names(of: table) { remove(pair.name, pair.role, owner: table.name) }
        tablesWithTriggers.remove(table.name)
    }

    /// `old` became `new`. Cheap when only columns changed: arrays that share their buffer
    /// compare equal at once.
    mutating func replace(_ old: Table, with new: Table) {
        if old.name == new.name && old.constraints == new.constraints && old.indexes == new.indexes
            && old.triggers == new.triggers {
            return
        }
        if old.name != new.name {
            remove(old)
            add(new)
            return
        }
        // Both lists are sorted: walk them together, dropping what went and adding what came.
        let before = Self.names(of: old), after = Self.names(of: new)
        let owner = new.name
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if j == after.count || (i < before.count && before[i] < after[j]) {
                remove(before[i].name, before[i].role, owner: owner)
                i += 1
            } else if i == before.count || after[j] < before[i] {
                insert(after[j].name, after[j].role, owner: owner)
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        if new.triggers.isEmpty { tablesWithTriggers.remove(owner) } else { tablesWithTriggers.insert(owner) }
    }

    // MARK: Sequences

    mutating func add(_ sequence: CatalogSequence) {
        if let owner = sequence.ownedBy { insert(owner.table, .ownedSequence, owner: sequence.name) }
    }

    mutating func remove(_ sequence: CatalogSequence) {
        if let owner = sequence.ownedBy { remove(owner.table, .ownedSequence, owner: sequence.name) }
    }
}
