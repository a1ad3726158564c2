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

/// `REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action]`
public struct ForeignKeyReference: Hashable, Sendable {
    public var table: QualifiedName
    /// Empty: the referenced table's primary key.
    public var columns: [Identifier]
    public var onDelete: ReferentialAction?
    public var onUpdate: ReferentialAction?

    public init(table: QualifiedName, columns: [Identifier] = [],
                onDelete: ReferentialAction? = nil, onUpdate: ReferentialAction? = nil) {
        self.table = table
        self.columns = columns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
    }
}

public enum ReferentialAction: String, Hashable, Sendable, CaseIterable {
    case noAction = "NO ACTION"
    case restrict = "RESTRICT"
    case cascade = "CASCADE"
    case setNull = "SET NULL"
    case setDefault = "SET DEFAULT"
}
