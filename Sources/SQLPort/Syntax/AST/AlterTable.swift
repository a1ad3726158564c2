/// `ALTER TABLE [IF EXISTS] [ONLY] name action [, ...]`
///
/// The `RENAME` forms stand alone, as in PostgreSQL: `ALTER TABLE t RENAME ...` has
/// exactly one action.
public struct AlterTable: Hashable, Sendable {
    public var ifExists: Bool
    public var only: Bool
    public var name: QualifiedName
    public var actions: [AlterTableAction]

    public init(ifExists: Bool = false, only: Bool = false, name: QualifiedName, actions: [AlterTableAction]) {
        self.ifExists = ifExists
        self.only = only
        self.name = name
        self.actions = actions
    }
}

public struct AlterTableAction: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `ADD [COLUMN] [IF NOT EXISTS] column_definition`
        case addColumn(ColumnDefinition, ifNotExists: Bool)
        /// `DROP [COLUMN] [IF EXISTS] name [CASCADE | RESTRICT]`
        case dropColumn(Identifier, ifExists: Bool, behavior: DropBehavior?)
        /// `ALTER [COLUMN] name [SET DATA] TYPE type [COLLATE collation] [USING expr]`
        case alterColumnType(Identifier, TypeName, collate: Identifier? = nil, using: Expression?)
        /// `ALTER [COLUMN] name SET DEFAULT expr`
        case setDefault(Identifier, Expression)
        /// `ALTER [COLUMN] name DROP DEFAULT`
        case dropDefault(Identifier)
        /// `ALTER [COLUMN] name SET NOT NULL`
        case setNotNull(Identifier)
        /// `ALTER [COLUMN] name DROP NOT NULL`
        case dropNotNull(Identifier)
        /// `ADD table_constraint`
        case addConstraint(TableConstraint)
        /// `DROP CONSTRAINT [IF EXISTS] name [CASCADE | RESTRICT]`
        case dropConstraint(Identifier, ifExists: Bool, behavior: DropBehavior?)
        /// `RENAME [COLUMN] old TO new`
        case renameColumn(Identifier, to: Identifier)
        /// `RENAME CONSTRAINT old TO new`
        case renameConstraint(Identifier, to: Identifier)
        /// `RENAME TO new`
        case renameTable(to: Identifier)
        /// `ALTER [COLUMN] name ADD GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY`
        case addIdentity(Identifier, always: Bool)
        /// `ALTER [COLUMN] name DROP IDENTITY [IF EXISTS]`
        case dropIdentity(Identifier, ifExists: Bool)
    }

    public var kind: Kind
    @NotCompared public var range: SourceRange?

    public init(_ kind: Kind, range: SourceRange? = nil) {
        self.kind = kind
        self.range = range
    }
}
