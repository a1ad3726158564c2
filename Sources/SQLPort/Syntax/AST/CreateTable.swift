/// `CREATE TABLE [IF NOT EXISTS] name ( element [, ...] )`
public struct CreateTable: Hashable, Sendable {
    public var ifNotExists: Bool
    public var name: QualifiedName
    public var elements: [TableElement]

    public init(ifNotExists: Bool = false, name: QualifiedName, elements: [TableElement]) {
        self.ifNotExists = ifNotExists
        self.name = name
        self.elements = elements
    }

    public var columns: [ColumnDefinition] {
        elements.compactMap { if case .column(let c) = $0 { c } else { nil } }
    }
    public var constraints: [TableConstraint] {
        elements.compactMap { if case .constraint(let c) = $0 { c } else { nil } }
    }
}

public enum TableElement: Hashable, Sendable {
    case column(ColumnDefinition)
    case constraint(TableConstraint)
}

/// `name type [column_constraint ...]`
public struct ColumnDefinition: Hashable, Sendable {
    public var name: Identifier
    public var type: TypeName
    public var constraints: [ColumnConstraint]
    @NotCompared public var range: SourceRange?

    public init(name: Identifier, type: TypeName, constraints: [ColumnConstraint] = [], range: SourceRange? = nil) {
        self.name = name
        self.type = type
        self.constraints = constraints
        self.range = range
    }
}

/// `[CONSTRAINT name] kind`
public struct ColumnConstraint: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `NOT NULL`
        case notNull
        /// `NULL`
        case null
        /// `DEFAULT expr`
        case `default`(Expression)
        /// `PRIMARY KEY`
        case primaryKey
        /// `UNIQUE`
        case unique
        /// `REFERENCES table [(column)] [ON DELETE action] [ON UPDATE action]`
        case references(ForeignKeyReference)
        /// `CHECK (expr)`
        case check(Expression)
        /// `GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY`
        case identity(always: Bool)
        /// `COLLATE name`
        case collate(Identifier)
        /// `GENERATED ALWAYS AS (expr) STORED`
        case generated(Expression)
    }

    public var name: Identifier?
    public var kind: Kind
    @NotCompared public var range: SourceRange?

    public init(name: Identifier? = nil, _ kind: Kind, range: SourceRange? = nil) {
        self.name = name
        self.kind = kind
        self.range = range
    }
}

/// `[CONSTRAINT name] kind`, at table level.
public struct TableConstraint: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `PRIMARY KEY (columns)`
        case primaryKey([Identifier])
        /// `UNIQUE (columns)`
        case unique([Identifier])
        /// `FOREIGN KEY (columns) REFERENCES table [(columns)] [actions]`
        case foreignKey(columns: [Identifier], ForeignKeyReference)
        /// `CHECK (expr)`
        case check(Expression)
    }

    public var name: Identifier?
    public var kind: Kind
    @NotCompared public var range: SourceRange?

    public init(name: Identifier? = nil, _ kind: Kind, range: SourceRange? = nil) {
        self.name = name
        self.kind = kind
        self.range = range
    }
}

/// `REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action] [timing]`
public struct ForeignKeyReference: Hashable, Sendable {
    public var table: QualifiedName
    /// Empty: the referenced table's primary key.
    public var columns: [Identifier]
    public var onDelete: ReferentialAction?
    public var onUpdate: ReferentialAction?
    /// `[NOT] DEFERRABLE [INITIALLY ...]`; both parts nil when unsaid.
    public var timing: ConstraintTiming

    public init(table: QualifiedName, columns: [Identifier] = [],
                onDelete: ReferentialAction? = nil, onUpdate: ReferentialAction? = nil,
                timing: ConstraintTiming = ConstraintTiming()) {
        self.table = table
        self.columns = columns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.timing = timing
    }
}

/// `[NOT] DEFERRABLE` and `INITIALLY {DEFERRED | IMMEDIATE}`, each at most once, in either order.
public struct ConstraintTiming: Hashable, Sendable {
    /// `DEFERRABLE` (true) or `NOT DEFERRABLE` (false); nil when unsaid.
    public var deferrable: Bool?
    /// `INITIALLY DEFERRED` (true) or `INITIALLY IMMEDIATE` (false); nil when unsaid.
    public var initiallyDeferred: Bool?

    public init(deferrable: Bool? = nil, initiallyDeferred: Bool? = nil) {
        self.deferrable = deferrable
        self.initiallyDeferred = initiallyDeferred
    }

    /// PostgreSQL: `INITIALLY DEFERRED` alone makes the key deferrable (measured on 15).
    public var isDeferrable: Bool { deferrable ?? (initiallyDeferred == true) }
    public var isInitiallyDeferred: Bool { initiallyDeferred == true }
    public var isEmpty: Bool { deferrable == nil && initiallyDeferred == nil }
}

public enum ReferentialAction: String, Hashable, Sendable, CaseIterable {
    case noAction = "NO ACTION"
    case restrict = "RESTRICT"
    case cascade = "CASCADE"
    case setNull = "SET NULL"
    case setDefault = "SET DEFAULT"
}
