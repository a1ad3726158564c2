/// How a database family's own DDL (a dump, `SHOW CREATE`, `sqlite3 .schema`) is lexed and
/// read: the questions the dump lexer and readers (`Catalog/Loading`) ask instead of testing
/// which database wrote it. Each dialect states its answers in its own file (`dumpSyntax`).
public struct DumpSyntax: Sendable, Hashable {
    // Lexing
    /// `'...'` and `"..."` strings take backslash escapes (MySQL without `NO_BACKSLASH_ESCAPES`).
    public var stringsTakeBackslashEscapes = false
    /// `"..."` is a string, not a quoted name (MySQL without `ANSI_QUOTES`).
    public var doubleQuotesMarkStrings = false
    /// `` `name` `` is a quoted name.
    public var quotesIdentifiersWithBacktick = false
    /// `[name]` is a quoted name (SQLite, for compatibility with SQL Server).
    public var quotesIdentifiersWithBrackets = false
    /// `$tag$ ... $tag$` strings.
    public var hasDollarQuotedStrings = false
    /// `E'...'` strings with backslash escapes.
    public var hasEscapeStrings = false
    /// `#` starts a comment to the end of the line.
    public var hashStartsComment = false
    /// `/*!NNNNN code */` (and MariaDB's `/*M!NNNNNN`) is code for servers of that version on.
    public var hasVersionComments = false
    /// `/* /* */ */` nests.
    public var nestsBlockComments = false
    /// A line starting with `\` is a client meta-command (psql's `\restrict`), not SQL.
    public var hasBackslashMetaCommands = false
    /// The client's `DELIMITER x` line changes what ends a statement; `;` alone does not.
    public var hasDelimiterCommand = false

    // Reading
    /// Unquoted names fold to lower case (PostgreSQL); elsewhere they are kept as written.
    public var foldsUnquotedNames = false
    /// A column's declared type is kept exactly as written (SQLite keeps it verbatim).
    public var keepsDeclaredTypeVerbatim = false
    /// `GENERATED ... AS IDENTITY` columns (PostgreSQL).
    public var hasIdentityColumns = false
    /// `[GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED]` columns, kept in the catalog with their
    /// text verbatim (SQLite; PostgreSQL's STORED; MySQL's and MariaDB's).
    public var hasGeneratedColumns = false
    /// Invisible generated columns that hold an index key sqlport wrote (MySQL: `MySQLKeyHolders`),
    /// read into that key; other generated columns stay refused.
    public var holdsKeysInInvisibleColumns = false
    /// `CREATE SEQUENCE` statements (PostgreSQL).
    public var hasSequences = false
    /// A foreign key's `MATCH` clause changes which rows it checks (SQLite parses and ignores it).
    public var enforcesForeignKeyMatch = false
    /// `INITIALLY DEFERRED` alone makes a foreign key deferrable (SQLite needs `DEFERRABLE` too).
    public var initiallyDeferredImpliesDeferrable = false
    /// `KEY` / `INDEX` / `FULLTEXT` / `SPATIAL` inside `CREATE TABLE` define indexes (MySQL).
    public var definesIndexesInCreateTable = false
    /// `ENGINE=`, `DEFAULT CHARSET=` ... after a table's elements; the charset and collation are kept.
    public var hasTableOptions = false
    /// `ALGORITHM=... DEFINER=... SQL SECURITY ...` before `VIEW` / `TRIGGER` (mysqldump).
    public var hasViewDefiners = false
    /// A single-column `INTEGER PRIMARY KEY` may alias the rowid (SQLite).
    public var hasRowidTables = false
    /// Tables whose name starts with this (any case) are the database's own (`sqlite_`).
    public var internalTablePrefix: String?
    /// The dump writes `CURRENT_TIMESTAMP()` / `NOW()` as calls where the portable text has
    /// the keyword (MariaDB).
    public var writesCurrentTimestampAsCall = false

    public init() {}
}
