/// What a constraint does. Lowerings pick their statement by it: PostgreSQL's
/// `DROP CONSTRAINT ballot_pkey` is MySQL's `DROP PRIMARY KEY`, a unique constraint is
/// MySQL's `DROP INDEX`, a foreign key its `DROP FOREIGN KEY`.
public enum ConstraintRole: String, Hashable, Sendable, CaseIterable {
    case primaryKey = "primary key"
    case unique = "unique constraint"
    case foreignKey = "foreign key"
    case check = "check constraint"
}

/// A foreign key's definition, with the referenced columns spelled out.
public struct ForeignKey: Hashable, Sendable {
    public var columns: [String]
    public var referencedTable: String
    /// Always explicit in the catalog: `REFERENCES t` is resolved to `t`'s primary key columns.
    public var referencedColumns: [String]
    public var onDelete: ReferentialAction?
    public var onUpdate: ReferentialAction?
    /// `DEFERRABLE`: PostgreSQL's `SET CONSTRAINTS` may defer the check to COMMIT.
    public var deferrable: Bool
    /// `DEFERRABLE INITIALLY DEFERRED`: checked at COMMIT (PostgreSQL and SQLite alike).
    /// Always false when `deferrable` is (SQLite reads `NOT DEFERRABLE INITIALLY DEFERRED`
    /// as immediate; PostgreSQL refuses it).
    public var initiallyDeferred: Bool

    public init(columns: [String], referencedTable: String, referencedColumns: [String],
                onDelete: ReferentialAction? = nil, onUpdate: ReferentialAction? = nil,
                deferrable: Bool = false, initiallyDeferred: Bool = false) {
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.deferrable = deferrable
        self.initiallyDeferred = deferrable && initiallyDeferred
    }

    /// The timing clause as PostgreSQL and SQLite write it: "" for an immediate key.
    public var timingClause: String {
        guard deferrable else { return "" }
        return " DEFERRABLE" + (initiallyDeferred ? " INITIALLY DEFERRED" : "")
    }
}

/// A table constraint: primary key, unique, foreign key or check.
public struct Constraint: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case primaryKey(columns: [String])
        case unique(columns: [String])
        case foreignKey(ForeignKey)
        case check(CatalogExpression)
    }

    /// Where the constraint was written. MariaDB names an unnamed column-level CHECK after
    /// its column and a table-level one `CONSTRAINT_<n>`; a SQLite rebuild puts it back in place.
    public enum Level: Hashable, Sendable {
        case column(String)
        case table
    }

    /// The name the target database knows it by; nil when it has none (SQLite keeps unnamed
    /// constraints unnamed).
    public var name: String?
    /// The name PostgreSQL gives (or would give) it: the explicit name, else `t_pkey`,
    /// `t_col_key`, `t_col_fkey`, `t_col_check`. A migration written with PostgreSQL names
    /// finds the object in a MySQL or SQLite catalog through this.
    public var postgresName: String
    /// True when the target database chose `name` (nobody wrote it).
    public var isNameGenerated: Bool
    public var kind: Kind
    public var level: Level
    @NotCompared public var definedAt: SourceRange?

    public init(name: String?, postgresName: String, isNameGenerated: Bool, kind: Kind,
                level: Level = .table, definedAt: SourceRange? = nil) {
        self.name = name
        self.postgresName = postgresName
        self.isNameGenerated = isNameGenerated
        self.kind = kind
        self.level = level
        self.definedAt = definedAt
    }

    public var role: ConstraintRole {
        switch kind {
        case .primaryKey: .primaryKey
        case .unique: .unique
        case .foreignKey: .foreignKey
        case .check: .check
        }
    }

    /// The columns of a key (primary, unique, foreign); empty for a check.
    public var keyColumns: [String] {
        switch kind {
        case .primaryKey(let c), .unique(let c): c
        case .foreignKey(let fk): fk.columns
        case .check: []
        }
    }

    /// The name to show in messages: the target's name, else the PostgreSQL one.
    public var displayName: String { name ?? postgresName }
}
