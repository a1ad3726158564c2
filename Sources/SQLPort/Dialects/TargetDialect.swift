/// Everything sqlport knows about one database, asked by the shared code (the checker, the
/// baseline loader, the compiler, `sqlport schema`) instead of testing which database it is
/// — in the manner of sqlparser-rs's `Dialect` trait or Alembic's per-dialect `DefaultImpl`.
///
/// Each predicate is named for the capability, not for a database, so a new database answers
/// each question once, in its own file (`Dialects/<Database>/`), and `DialectRegistry` maps its
/// `Dialect` case to it. The lowerings themselves stay in `Lowering/`.
public protocol TargetDialect: Sendable {
    /// The enum case naming this database (the `--dialect` argument).
    var dialect: Dialect { get }

    // MARK: Naming

    /// The names this database invents, how it compares names and which it cannot hold.
    var naming: any ConstraintNaming { get }

    /// The database's names are PostgreSQL's own: a name read from its dump is the
    /// constraint's PostgreSQL name too.
    var namesArePostgreSQLNames: Bool { get }

    // MARK: Checker capabilities

    /// The primary key's name is fixed (MySQL's `PRIMARY`): renaming the constraint or its
    /// index changes only the PostgreSQL name sqlport resolves it by.
    var primaryKeyNameIsFixed: Bool { get }

    /// Primary and unique keys are indexes of their table, so their names must be free among
    /// the table's index names and an index's name among its keys' (InnoDB).
    var keysShareTableIndexNames: Bool { get }

    /// Every foreign key needs an index starting with its columns, and dropping the last
    /// such index is refused (InnoDB, error 1553): the checker creates one first (S376).
    var foreignKeysNeedAnIndex: Bool { get }

    /// Whether `column`, read from this database's own baseline, holds UUIDs exactly as this
    /// dialect writes a portable `UUID` column (same type, and where keys compare by it, the
    /// same collation), so a `UUID` foreign key may reference it or be referenced by it (S314
    /// otherwise). Each dialect's file says what it compares.
    func storesUUIDAsWritten(_ column: Column, in table: Table) -> Bool

    // MARK: Baselines

    /// The database whose DDL a dump of this one is written in, read by one dump reader
    /// (MariaDB's dump is MySQL DDL). A baseline in that DDL can describe this database.
    var dumpFamily: Dialect { get }

    /// A baseline no mark places and the portable parser cannot read is taken for this
    /// database's own DDL (SQLAlchemy-style DDL for MySQL or SQLite), rather than for portable
    /// DDL whose parser then explains what it cannot read.
    var takesUnreadableBaselinesForOwnDDL: Bool { get }

    /// The database a baseline in this family's DDL was written by, from its bytes (a MariaDB
    /// dump says so in its header; any other MySQL DDL is MySQL's).
    func database(writing dump: [UInt8]) -> Dialect

    /// How that DDL is lexed and read (asked of the family's dialect: `dumpFamily.target`).
    var dumpSyntax: DumpSyntax { get }

    /// The portable meaning of a type this database's dump declares, where it has exactly one
    /// (`ForeignTypes`); nil when no portable type holds the same values.
    func portableType(declared: String) -> (kind: TypeKind, arrayDimensions: Int)?

    // MARK: Output

    /// What the lowering writes depends on the oldest version of the database it must run on
    /// (`CompileOptions.sqliteVersion`, `--sqlite-version`).
    var dependsOnTargetVersion: Bool { get }

    /// Lowers a checked plan to this database's SQL.
    func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult

    /// The catalog as this database's DDL (`sqlport schema`).
    func printSchema(_ catalog: Catalog) -> CatalogPrinter.Output

    /// Stores JSON as `LONGTEXT` with a `json_valid` CHECK (MariaDB), so the read-back of
    /// output written for it has them (`TargetReadBack`).
    var storesJSONAsCheckedText: Bool { get }

    /// `t` (as the checker predicts it, portable types) as this database reports it after the
    /// lowering wrote it: each column's type and collation as spelled, read back as a dump of
    /// this database is read (`TargetReadBack`). `jsonAsCheckedText`: JSON as MariaDB stores it.
    func readBack(_ t: inout Table, jsonAsCheckedText: Bool)
}

extension TargetDialect {
    public var displayName: String { dialect.displayName }
}
