/// A migration file: its statements in order.
public struct Script: Hashable, Sendable {
    public var statements: [Statement]
    public init(statements: [Statement]) { self.statements = statements }
}

/// One statement of the portable language.
public struct Statement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case createTable(CreateTable)
        case alterTable(AlterTable)
        case dropTable(DropTable)
        case createIndex(CreateIndex)
        case dropIndex(DropIndex)
        case alterIndexRename(AlterIndexRename)
        case insert(Insert)
        case update(Update)
        case delete(Delete)
        /// `BEGIN` / `START TRANSACTION` / `COMMIT`: accepted, but sqlport owns the
        /// transaction framing of its output.
        case transaction(TransactionControl)
        /// `SET CONSTRAINTS {ALL | names} {DEFERRED | IMMEDIATE}`
        case setConstraints(SetConstraints)
        /// `CREATE [OR REPLACE] VIEW`
        case createView(CreateView)
        /// `DROP VIEW`
        case dropView(DropView)
        /// `SELECT setval(...) [FROM t]`
        case setSequenceValue(SetSequenceValue)
        /// `ALTER SEQUENCE ... RESTART`
        case alterSequenceRestart(AlterSequenceRestart)
        /// `CREATE SEQUENCE`
        case createSequence(CreateSequence)
        /// `CREATE TYPE name AS ENUM (...)`
        case createEnumType(CreateEnumType)
        /// `ALTER TYPE name ADD VALUE ...` / `RENAME VALUE ...`
        case alterEnumType(AlterEnumType)
        /// `DROP TYPE name`
        case dropType(DropType)
        /// `COMMENT ON {TABLE t | COLUMN t.c} IS {'text' | NULL}`
        case comment(CommentOn)
        /// `CREATE EXTENSION [IF NOT EXISTS] name`
        case createExtension(CreateExtension)
        /// `DROP EXTENSION [IF EXISTS] name`
        case dropExtension(DropExtension)
        /// `GRANT`, `REVOKE`, `ALTER TABLE t OWNER TO r`
        case privileges(PrivilegeStatement)
    }

    public var kind: Kind
    /// From the first token to the last, without the `;`.
    @NotCompared public var range: SourceRange?

    public init(_ kind: Kind, range: SourceRange? = nil) {
        self.kind = kind
        self.range = range
    }
}

public enum TransactionControl: Hashable, Sendable {
    /// `BEGIN` or `START TRANSACTION`
    case begin
    /// `COMMIT`
    case commit
}

/// `CASCADE` / `RESTRICT`
public enum DropBehavior: String, Hashable, Sendable {
    case cascade = "CASCADE"
    case restrict = "RESTRICT"
}
