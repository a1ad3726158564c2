/// What a lowering produces for one database, as values: the facts the header states, the
/// framing sqlport adds, and the units, each with the input statements it carries out, its
/// SQL, what stands applied after it, whether it can be re-run and why a table is rebuilt.
/// `Compiler.compile` returns it; `TextWriter` turns it into the file a person reviews, and
/// any other output format (JSON, `verify`) reads the same values.
public struct LoweredPlan: Hashable, Sendable, Codable {
    /// The input file's name as the user gave it (`migrate.sql`).
    public var sourceName: String
    public var dialect: Dialect
    public var header: LoweredHeader
    /// Statements sqlport adds before the units (`BEGIN`, session settings, SQLite's guard).
    public var opening: [FramingStatement]
    public var units: [LoweredUnit]
    /// Statements sqlport adds after the units (`COMMIT`, final checks, session restored).
    public var closing: [FramingStatement]

    public init(sourceName: String, dialect: Dialect, header: LoweredHeader, opening: [FramingStatement] = [],
                units: [LoweredUnit] = [], closing: [FramingStatement] = []) {
        self.sourceName = sourceName
        self.dialect = dialect
        self.header = header
        self.opening = opening
        self.units = units
        self.closing = closing
    }

    /// The file's text; see `TextWriter`.
    public func text() -> String { TextWriter().render(self) }
}

/// What the header says, as facts.
public struct LoweredHeader: Hashable, Sendable, Codable {
    /// How the script holds its changes together.
    public var transactions: TransactionHandling
    /// Whether running the file again after a failure is safe.
    public var rerun: RerunPolicy
    /// Every table rebuild, in output order (SQLite).
    public var rebuilds: [RebuildReason]
    /// Input statements that need no statement on this database, and why.
    public var needsNoStatement: [NoStatement]
    /// `BEGIN` / `COMMIT` lines of the input that were dropped: sqlport owns the framing.
    public var droppedTransactionControl: [DroppedTransactionControl]
    /// Lines among `transactionsBetween`'s `outside` that add an enum label a later statement
    /// uses (PostgreSQL uses a label only once it is committed), said apart from CONCURRENTLY.
    public var labelsCommittedFirst: [Int] = []

    public init(transactions: TransactionHandling, rerun: RerunPolicy = .notApplicable, rebuilds: [RebuildReason] = [],
                needsNoStatement: [NoStatement] = [], droppedTransactionControl: [DroppedTransactionControl] = []) {
        self.transactions = transactions
        self.rerun = rerun
        self.rebuilds = rebuilds
        self.needsNoStatement = needsNoStatement
        self.droppedTransactionControl = droppedTransactionControl
    }
}

public enum TransactionHandling: Hashable, Sendable, Codable {
    /// PostgreSQL: the whole script is one transaction (DDL is transactional).
    case oneTransaction
    /// PostgreSQL with statements that cannot run in a transaction block (`CREATE INDEX
    /// CONCURRENTLY`), at `outside`: those units run on their own, and each run of units
    /// between them is one transaction, framed by the plan's opening and closing.
    case transactionsBetween(outside: [Int])
    /// SQLite: one transaction that checks itself before it commits, for SQLite `oldest` or later.
    case selfCheckingTransaction(oldest: SQLiteVersion)
    /// MySQL / MariaDB: each statement commits on its own. `mariaDBForms`: the text uses
    /// MariaDB's own forms (`IF [NOT] EXISTS`, `EXECUTE IMMEDIATE`), so only MariaDB runs it.
    case statementByStatement(mariaDBForms: Bool)
}

public enum RerunPolicy: Hashable, Sendable, Codable {
    /// The script is one transaction: a failure leaves nothing to re-run.
    case notApplicable
    /// No statement is written to be re-run (MySQL).
    case never
    /// Every statement may be re-run except those of the units tied to these input lines
    /// (marked on the unit); none when the list is empty.
    case allExcept(lines: [Int])
}

/// Why a table is rebuilt (SQLite's twelve-step procedure).
public enum RebuildReason: Hashable, Sendable, Codable {
    /// The table's own changes, made by the statements at `lines`.
    case changed(table: String, lines: [Int])
    /// Another table's changes reached it through its foreign keys (a cascade, a renamed key column).
    case follows(table: String, changed: String)
    /// `DROP TABLE ... CASCADE` dropped its foreign keys to `referenced`.
    case foreignKeysDropped(table: String, referenced: [String])
}

/// An input statement that needs no statement on this database.
public struct NoStatement: Hashable, Sendable, Codable {
    public var line: Int?
    public var reason: NoStatementReason

    public init(line: Int?, reason: NoStatementReason) {
        self.line = line
        self.reason = reason
    }
}

public enum NoStatementReason: Hashable, Sendable, Codable {
    /// Renaming the primary key's index: MySQL's is always `PRIMARY`.
    case primaryKeyAlwaysNamedPrimary
    /// `SET CONSTRAINTS ... IMMEDIATE` (or `DEFERRED` of no deferrable key): MySQL checks
    /// every foreign key at each statement already.
    case foreignKeysAlwaysImmediate
    /// `SET CONSTRAINTS`: the SQLite script runs with `foreign_keys` off and checks every key
    /// once, before its COMMIT.
    case foreignKeysCheckedAtEnd
    /// A setval to the largest id of a SQLite rowid table without AUTOINCREMENT, which always
    /// numbers from its largest rowid.
    case rowidFollowsLargest
    /// `CREATE TYPE ... AS ENUM` / `DROP TYPE`: MySQL has no types; each column of one is an
    /// `ENUM` of its labels.
    case enumTypeIsMySQLColumnType
    /// `CREATE TYPE ... AS ENUM` / `DROP TYPE`: SQLite has no types; each column of one is
    /// `TEXT` with a CHECK of its labels.
    case enumTypeIsSQLiteCheck
    /// `ALTER TYPE` of a type no column uses: nothing stored changes.
    case enumTypeUnused
    /// `COMMENT ON`: SQLite keeps no comments on tables or columns.
    case sqliteKeepsNoComments
    /// `CREATE / DROP EXTENSION`: only PostgreSQL has extensions; the functions sqlport maps
    /// from them are the target's own, and the others are refused where they are called.
    case extensionNotNeeded
    /// `GRANT` / `REVOKE` / `OWNER TO`: SQLite has no users or privileges (access is the file's).
    case sqliteHasNoPrivileges
}

/// One dropped `BEGIN` / `START TRANSACTION` / `COMMIT` of the input.
public struct DroppedTransactionControl: Hashable, Sendable, Codable {
    public var spelling: TransactionSpelling
    public var line: Int?

    public init(_ spelling: TransactionSpelling, line: Int?) {
        self.spelling = spelling
        self.line = line
    }
}

/// Transaction control as the input wrote it.
public enum TransactionSpelling: String, Hashable, Sendable, Codable {
    case begin = "BEGIN"
    case startTransaction = "START TRANSACTION"
    case commit = "COMMIT"
}

/// A statement sqlport adds around the units, and what it is for where the file says so.
public struct FramingStatement: Hashable, Sendable, Codable {
    public var sql: String
    public var purpose: FramingPurpose?

    public init(_ sql: String, purpose: FramingPurpose? = nil) {
        self.sql = sql
        self.purpose = purpose
    }
}

public enum FramingPurpose: Hashable, Sendable, Codable {
    /// The session's `sql_mode` for the script (MySQL); nothing is changed yet.
    case sessionSettings
    /// The session reads the file as utf8mb4 (MySQL).
    case characterSet
    /// The session's own settings restored (MySQL).
    case restoreSession
    /// The session's time zone is UTC, which TIMESTAMPTZ columns hold (MySQL).
    case timeZoneUTC
    /// The session's own time zone restored (MySQL).
    case restoreTimeZone
}

/// One step of the output: statements that carry out (part of) some input statements.
public struct LoweredUnit: Hashable, Sendable, Codable {
    /// The input statements it carries out, whole or in part; the first is the one it is tied
    /// to in the file. Empty for statements that only follow the unit before them (SQLite drops
    /// a rebuild needs first), which the text writes without a break.
    public var inputs: [InputStatement]
    /// The SQL, each statement complete with its `;` (it may span lines), in order.
    public var statements: [String]
    /// What stands applied once it has run, where DDL is not transactional (MySQL).
    public var progress: Progress?
    /// Whether running it again after it ran leaves the same database; nil where the script
    /// is one transaction.
    public var rerunnable: Bool?
    /// Why it rebuilds a table, when it does (SQLite).
    public var rebuild: RebuildReason?
    /// What a reviewer must know about it.
    public var warnings: [UnitWarning]
    /// It runs outside the transaction the plan's opening and closing frame (see
    /// `TransactionHandling.transactionsBetween`).
    public var outsideTransaction: Bool

    public init(inputs: [InputStatement] = [], statements: [String], progress: Progress? = nil, rerunnable: Bool? = nil,
                rebuild: RebuildReason? = nil, warnings: [UnitWarning] = [], outsideTransaction: Bool = false) {
        self.outsideTransaction = outsideTransaction
        self.inputs = inputs
        self.statements = statements
        self.progress = progress
        self.rerunnable = rerunnable
        self.rebuild = rebuild
        self.warnings = warnings
    }
}

/// An input statement a unit carries out: where it is, and its `file:line`.
public struct InputStatement: Hashable, Sendable, Codable {
    public var range: SourceRange?
    /// Nil for a statement built without a range (or one outside the source map).
    public var origin: SourceOrigin?

    public init(range: SourceRange?, in sources: SourceMap) {
        self.range = range
        self.origin = SourceOrigin(range, in: sources)
    }

    public init(range: SourceRange? = nil, origin: SourceOrigin?) {
        self.range = range
        self.origin = origin
    }

    public var line: Int? { origin?.line }
}

/// What stands applied after a unit: input lines complete, lines begun, and what the begun
/// one has done so far. Runs of consecutive input statements are kept as one `LineRun`, so
/// a script of thousands of statements says "lines 1-4000" in O(1).
public struct Progress: Hashable, Sendable, Codable {
    public var applied: [LineRun]
    public var inPart: [LineRun]
    public var partialState: PartialState?

    public init(applied: [LineRun], inPart: [LineRun] = [], partialState: PartialState? = nil) {
        self.applied = applied
        self.inPart = inPart
        self.partialState = partialState
    }
}

/// The lines of consecutive input statements: `first`, or `first`-`last` when there are several.
public struct LineRun: Hashable, Sendable, Codable {
    public var first: Int
    /// Nil for a single statement.
    public var last: Int?

    public init(_ first: Int, _ last: Int? = nil) {
        self.first = first
        self.last = last
    }
}

/// What an input statement carried out in several units has done after one of them.
public enum PartialState: Hashable, Sendable, Codable {
    /// `USING`: the temporary column is added, still empty.
    case temporaryColumnAdded(table: String, column: String)
    /// `USING`: the temporary column holds the converted values; `original` is unchanged.
    case temporaryColumnFilled(table: String, column: String, original: String)
}

/// A reviewer's warning on one unit.
public enum UnitWarning: Hashable, Sendable, Codable {
    /// InnoDB drops `removed`, the index it made for a foreign key: index `coveredBy` now
    /// serves it (nil: the key the unit adds).
    case innoDBDropsSupportIndex(removed: String, coveredBy: String?)
    /// The baseline cannot tell whether InnoDB made `index` for a foreign key: dropped if still there.
    case supportIndexDroppedIfPresent(index: String)
    /// The next statements run only while `table.column` still has data type `type`: a re-run skips them.
    case runsWhileColumnType(table: String, column: String, type: String)
}

/// `file:line` of the input statement a generated one came from.
public struct SourceOrigin: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The origin of a source range, or nil for a node built without one.
    public init?(_ range: SourceRange?, in sources: SourceMap) {
        guard let range, let file = sources.file(range.file) else { return nil }
        self.init(file: file.name, line: file.line(of: range.start))
    }

    public var description: String { "\(file):\(line)" }
}

/// What a lowering produces: the plan, or nil when an error stops it, and the diagnostics
/// either way.
public struct LoweringResult: Sendable {
    public var plan: LoweredPlan?
    public var diagnostics: [Diagnostic]

    public init(plan: LoweredPlan?, diagnostics: [Diagnostic] = []) {
        self.plan = plan
        self.diagnostics = diagnostics
    }

    /// The plan's text, or "" when there is none.
    public func render() -> String { plan?.text() ?? "" }
}
