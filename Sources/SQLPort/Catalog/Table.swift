/// A table: ordered columns, its constraints, indexes and triggers.
///
/// Everything a SQLite rebuild must recreate hangs off the table, so one value holds
/// the table's whole definition.
public struct Table: Hashable, Sendable {
    public var name: String
    public var columns: [Column]
    public var constraints: [Constraint]
    public var indexes: [TableIndex]
    public var triggers: [Trigger]
    /// SQLite `WITHOUT ROWID`.
    public var withoutRowid: Bool
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, columns: [Column] = [], constraints: [Constraint] = [],
                indexes: [TableIndex] = [], triggers: [Trigger] = [], withoutRowid: Bool = false,
                definedAt: SourceRange? = nil) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.indexes = indexes
        self.triggers = triggers
        self.withoutRowid = withoutRowid
        self.definedAt = definedAt
    }

    // MARK: Lookup (names compare exactly: the AST has already applied PostgreSQL's folding)

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
    public func column(_ name: String) -> Column? { columnIndex(name).map { columns[$0] } }

    public func indexPosition(_ name: String) -> Int? { indexes.firstIndex { $0.name == name } }
    public func index(_ name: String) -> TableIndex? { indexPosition(name).map { indexes[$0] } }

    /// The constraint the target database knows by `name`.
    public func constraintPosition(_ name: String) -> Int? { constraints.firstIndex { $0.name == name } }
    public func constraint(_ name: String) -> Constraint? { constraintPosition(name).map { constraints[$0] } }

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
