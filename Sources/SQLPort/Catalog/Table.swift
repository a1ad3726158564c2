/// A table: ordered columns, its constraints, indexes and triggers.
///
/// Everything a SQLite rebuild must recreate hangs off the table, so one value holds
/// the table's whole definition.
///
/// Columns live in a persistent store (see `OrderedNameStore`): the checker keeps a snapshot
/// of the catalog after every statement, and with a plain array each `ADD COLUMN` copied all
/// of the table's columns for the next snapshot (1,599 ALTERs on each of 50 tables took 12 GB).
/// `columns` reads and writes an array in definition order; writing keeps every unchanged
/// leading column shared, and `appendColumn`, `updateColumn(named:)`, `removeColumn(named:)`
/// change one column in O(log n).
public struct Table: Sendable {
    public var name: String
    private var columnStore: OrderedNameStore<Column>
    public var constraints: [Constraint]
    public var indexes: [TableIndex]
    public var triggers: [Trigger]
    /// SQLite `WITHOUT ROWID`.
    public var withoutRowid: Bool
    /// SQLite `STRICT`: declared types are one of INT, INTEGER, REAL, TEXT, BLOB, ANY, and
    /// values are checked against them.
    public var strict: Bool
    /// A MySQL / MariaDB baseline table's default character set and collation when they are not
    /// sqlport's own (`MySQLCharset.collation`): `latin1_swedish_ci`, `latin1` (a charset without
    /// its collation), or `?` (the DDL names none, so the server's default applies). nil for the
    /// tables sqlport creates and those whose default is sqlport's.
    public var mysqlCharset: String?
    /// `COMMENT ON TABLE` (PostgreSQL), the `COMMENT=` table option (MySQL).
    public var comment: String?
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, columns: [Column] = [], constraints: [Constraint] = [],
                indexes: [TableIndex] = [], triggers: [Trigger] = [], withoutRowid: Bool = false,
                strict: Bool = false, definedAt: SourceRange? = nil) {
        self.name = name
        self.columnStore = OrderedNameStore(columns)
        self.constraints = constraints
        self.indexes = indexes
        self.triggers = triggers
        self.withoutRowid = withoutRowid
        self.strict = strict
        self.definedAt = definedAt
    }

    /// The columns in order. O(n log n) to read: per-column code uses `column(_:)`.
    public var columns: [Column] {
        get { columnStore.ordered }
        set { columnStore.assign(newValue) }
    }

    public var columnCount: Int { columnStore.count }

    /// The generated columns (SQLite baselines), in definition order: one pass, no sort of the rest.
    public var generatedColumns: [Column] {
        columnStore.inDefinitionOrder(columnStore.unordered.filter { $0.generated != nil }.map(\.name))
    }

    /// The columns whose names are `name` ignoring case (each character lower-cased): the
    /// candidates a target's case rules can make one with it, found without a walk.
    func columns(foldingLike name: String) -> [Column] { columnStore.elements(foldingLike: name) }

    // MARK: Column changes

    public mutating func appendColumn(_ column: Column) { columnStore.append(column) }

    /// Applies `body` to column `name` (it keeps its place when renamed); false when there is none.
    @discardableResult
    public mutating func updateColumn(named name: String, _ body: (inout Column) -> Void) -> Bool {
        columnStore.update(named: name, body) != nil
    }

    /// Removes column `name` and returns it.
    @discardableResult
    public mutating func removeColumn(named name: String) -> Column? { columnStore.remove(named: name) }

    // MARK: Lookup (names compare exactly: the AST has already applied PostgreSQL's folding)

    /// The column's index in `columns`. O(n): prefer `column(_:)`.
    public func columnIndex(_ name: String) -> Int? { columnStore.position(of: name) }
    public func column(_ name: String) -> Column? { columnStore[name] }

    public func indexPosition(_ name: String) -> Int? { indexes.firstIndex { $0.name == name } }
    public func index(_ name: String) -> TableIndex? { indexPosition(name).map { indexes[$0] } }

    /// The constraint the target database knows by `name`.
    public func constraintPosition(_ name: String) -> Int? { constraints.firstIndex { $0.name == name } }
    public func constraint(_ name: String) -> Constraint? { constraintPosition(name).map { constraints[$0] } }

    /// The column lists of the keys that make rows unique: the primary key, UNIQUE
    /// constraints and unique indexes on columns without WHERE, in that order, each once.
    public var uniqueKeys: [[String]] {
        var out: [[String]] = []
        for c in constraints where c.role == .primaryKey || c.role == .unique { out.append(c.keyColumns) }
        for i in indexes where i.isUnique && i.predicate == nil && i.keys.allSatisfy({ $0.column != nil }) { out.append(i.columns) }
        var seen = Set<Set<String>>()
        return out.filter { seen.insert(Set($0)).inserted }
    }

    /// The unique key over exactly `columns` (in any order), as `ON CONFLICT (columns)` infers it.
    public func uniqueKey(matching columns: [String]) -> [String]? {
        uniqueKeys.first { Set($0) == Set(columns) && $0.count == Set(columns).count }
    }

    public var primaryKey: Constraint? { constraints.first { $0.role == .primaryKey } }

    /// Columns of the primary key, in key order; empty without one.
    public var primaryKeyColumns: [String] { primaryKey?.keyColumns ?? [] }

    /// Foreign keys declared on this table.
    public var foreignKeys: [(constraint: Constraint, key: ForeignKey)] {
        constraints.compactMap { c in
            if case .foreignKey(let fk) = c.kind { return (c, fk) }
            return nil
        }
    }
}

extension Table: Hashable {
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.name == rhs.name && lhs.constraints == rhs.constraints && lhs.indexes == rhs.indexes
            && lhs.triggers == rhs.triggers && lhs.withoutRowid == rhs.withoutRowid && lhs.strict == rhs.strict && lhs.columnStore == rhs.columnStore
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(columnStore)
        hasher.combine(constraints)
        hasher.combine(indexes)
        hasher.combine(triggers)
        hasher.combine(withoutRowid)
        hasher.combine(strict)
    }
}
