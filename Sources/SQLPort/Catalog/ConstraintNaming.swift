/// What the checker knows about a constraint it is about to add, for naming it.
public struct ConstraintNamingRequest: Hashable, Sendable {
    public var role: ConstraintRole
    /// Key columns (primary, unique, foreign key); empty for a check.
    public var columns: [String]
    /// For a check: the distinct columns its expression uses, in order of first use.
    public var checkColumns: [String]
    public var level: Constraint.Level
    /// `CONSTRAINT name`, when written.
    public var requestedName: String?

    public init(role: ConstraintRole, columns: [String] = [], checkColumns: [String] = [],
                level: Constraint.Level = .table, requestedName: String? = nil) {
        self.role = role
        self.columns = columns
        self.checkColumns = checkColumns
        self.level = level
        self.requestedName = requestedName
    }
}

/// A target database's rules for naming what the user left unnamed.
///
/// `table` is the table as it stands when the constraint is added (earlier constraints of the
/// same statement included) and `catalog` holds it, so collisions resolve as the database does.
public protocol ConstraintNaming: Sendable {
    var target: Dialect { get }

    /// The name the target database gives the new constraint; nil when it stays unnamed.
    func constraintName(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String?

    /// Where the target keeps a constraint written at `request.level` (ask before naming it:
    /// the name may depend on the level).
    func level(for request: ConstraintNamingRequest, table: Table) -> Constraint.Level

    /// The index the target creates to back a new foreign key, if it creates one (InnoDB does
    /// unless an existing index starts with the key's columns).
    func foreignKeySupportIndex(for key: ForeignKey, constraintName: String?, requestedName: String?,
                                table: Table) -> TableIndex?

    /// How the target numbers a `SERIAL` / identity column. `isRowidCandidate`: the column is the
    /// table's single-column primary key, which SQLite can make a rowid alias.
    func generator(forSerial table: String, column: String, identityAlways: Bool?, isRowidCandidate: Bool,
                   catalog: Catalog) -> ValueGenerator

    /// Whether the target keeps sequences as catalog objects (PostgreSQL only).
    var hasSequences: Bool { get }

    /// The name a constraint has that a dump of this database family shows without one.
    func nameInDump(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String?

    /// Whether `name`, read from a dump, is one the database invented for an unnamed
    /// constraint (so the constraint gets PostgreSQL's invented name too, and a migration's
    /// `DROP CONSTRAINT t_a_check` finds it).
    func isGeneratedName(_ name: String, for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> Bool

    /// Why the target cannot hold `name` for an object of `kind` (too long, a character or
    /// prefix it refuses), or nil when it can.
    func nameProblem(_ name: String, for kind: NamedObjectKind) -> String?

    /// The object that already holds `name` in the target's namespace for `kind`, when the
    /// target takes the two names for one although PostgreSQL does not (case folding, a
    /// namespace PostgreSQL keeps per table). `table`: the table the object belongs to (for a
    /// table, nil); `except`: the object's current name when it is being renamed.
    func nameConflict(_ name: String, for kind: NamedObjectKind, table: Table?, catalog: Catalog, except: String?) -> NameConflict?
}

extension ConstraintNaming {
    public func level(for request: ConstraintNamingRequest, table: Table) -> Constraint.Level { request.level }
    public func foreignKeySupportIndex(for key: ForeignKey, constraintName: String?, requestedName: String?,
                                       table: Table) -> TableIndex? { nil }
    public var hasSequences: Bool { false }
    public func nameInDump(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        constraintName(for: request, table: table, catalog: catalog)
    }
    public func isGeneratedName(_ name: String, for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> Bool {
        name == constraintName(for: request, table: table, catalog: catalog)
    }
}

/// Shared helper: does an index-like key list start with `columns`?
func keyStarts(with columns: [String], _ keys: [String]) -> Bool {
    keys.count >= columns.count && Array(keys.prefix(columns.count)) == columns
}
