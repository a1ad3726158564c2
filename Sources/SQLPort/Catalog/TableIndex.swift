/// One key of an index: a column or an expression, with its operator class and ordering.
public struct IndexKey: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case column(String)
        case expression(CatalogExpression)
    }
    public var target: Target
    /// PostgreSQL's operator class as written (`varchar_pattern_ops`); nil for the type's default.
    public var opclass: String?
    public var ordering: SortOrdering?
    public var nulls: NullsOrdering?
    /// MySQL's key prefix (`notes(768)`): characters of a text column, bytes of a BLOB.
    public var prefixLength: Int?
    /// MySQL / MariaDB: the invisible generated column that holds this key's value, where
    /// sqlport wrote a partial unique index that way (`MySQLKeyHolders`); read from a dump.
    public var holder: String? = nil

    public init(_ target: Target, opclass: String? = nil, ordering: SortOrdering? = nil, nulls: NullsOrdering? = nil,
                prefixLength: Int? = nil) {
        self.target = target
        self.opclass = opclass
        self.prefixLength = prefixLength
        self.ordering = ordering
        self.nulls = nulls
    }

    /// The column, for a plain column key.
    public var column: String? {
        if case .column(let c) = target { return c }
        return nil
    }
}

/// Why an index exists.
public enum IndexOrigin: Hashable, Sendable {
    /// `CREATE INDEX` (or a baseline's `KEY` / `INDEX`).
    case explicit
    /// InnoDB created it to support foreign key `constraint`, and drops it silently when
    /// another index starts with the same columns.
    case foreignKeySupport(constraint: String)
}

/// An index that is not the implementation of a primary key or unique constraint (those are
/// `Constraint`s; PostgreSQL gives their index the constraint's name).
public struct TableIndex: Hashable, Sendable {
    public var name: String
    public var isUnique: Bool
    public var keys: [IndexKey]
    /// A partial index's `WHERE`.
    public var predicate: CatalogExpression?
    /// `USING btree` and the like, as written; nil when absent.
    public var method: String?
    public var origin: IndexOrigin
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, isUnique: Bool = false, keys: [IndexKey], predicate: CatalogExpression? = nil,
                method: String? = nil, origin: IndexOrigin = .explicit, definedAt: SourceRange? = nil) {
        self.name = name
        self.isUnique = isUnique
        self.keys = keys
        self.predicate = predicate
        self.method = method
        self.origin = origin
        self.definedAt = definedAt
    }

    /// The plain columns among the keys, in order.
    public var columns: [String] { keys.compactMap(\.column) }
}
