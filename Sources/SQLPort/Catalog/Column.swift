/// An expression stored in the catalog: a default, a CHECK, an index key or predicate.
///
/// Expressions written in the migration are portable ASTs. Those read from a target
/// database's schema may use syntax the portable language lacks (MySQL functions, SQLite
/// quirks), so a baseline loader can keep them as that database's SQL text instead.
public enum CatalogExpression: Hashable, Sendable {
    case portable(Expression)
    /// SQL text in the target database's own dialect, reproduced verbatim.
    case verbatim(String)

    /// The AST, when there is one.
    public var expression: Expression? {
        switch self {
        case .portable(let e): e
        case .verbatim: nil
        }
    }
}

/// How a column gets values nobody supplies — the four databases' ways of numbering rows.
public enum ValueGenerator: Hashable, Sendable {
    /// PostgreSQL `SERIAL`: `DEFAULT nextval('sequence')`, the sequence owned by the column.
    /// The generator *is* the column's default: `DROP DEFAULT` removes it (the sequence stays).
    case serial(sequence: String)
    /// `GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY`, with its internal sequence's name.
    case identity(always: Bool, sequence: String)
    /// MySQL / MariaDB `AUTO_INCREMENT`.
    case autoIncrement
    /// SQLite: the column is an alias of the rowid (`INTEGER PRIMARY KEY`);
    /// `autoincrement` when declared `AUTOINCREMENT` (counter kept in `sqlite_sequence`).
    case rowid(autoincrement: Bool)

    /// The sequence PostgreSQL keeps for this generator, if any.
    public var sequence: String? {
        switch self {
        case .serial(let s), .identity(_, let s): s
        case .autoIncrement, .rowid: nil
        }
    }
}

/// A column of a table, with everything a statement restating it (MySQL `MODIFY COLUMN`,
/// a SQLite rebuild) must reproduce.
public struct Column: Hashable, Sendable {
    public var name: String
    public var type: ColumnType
    public var isNotNull: Bool
    /// An explicit `DEFAULT`. A serial column's `nextval(...)` is its `generator`, not this.
    public var defaultValue: CatalogExpression?
    public var generator: ValueGenerator?
    /// Declared `GENERATED ... AS IDENTITY` in the portable language. PostgreSQL then refuses
    /// SET / DROP DEFAULT (S320) — also when the target keeps the column as AUTO_INCREMENT or
    /// a rowid, where the generator alone no longer says it was an identity.
    public var isIdentity: Bool = false
    /// `COLLATE name`, as written.
    public var collation: String?
    /// True for a column read from a baseline: without a `collation` of its own its text has its
    /// table's default character set. False for one sqlport defines (or retypes): its text is
    /// sqlport's, utf8mb4 on MySQL, whatever the table's default (see `Table.mysqlCharset`).
    /// Provenance, not shape: a dump reads every column back as `true` unless it says otherwise.
    @NotCompared public var takesTableCharset: Bool = true
    /// MySQL's `ON UPDATE CURRENT_TIMESTAMP[(n)]` from a MySQL baseline, verbatim: a `MODIFY`
    /// that restates the column must keep it, or the server silently stops updating the value.
    public var onUpdate: CatalogExpression?
    /// SQLite's `GENERATED ALWAYS AS (...)`: the database computes the value; nothing may write it.
    public var generated: GeneratedColumn?
    /// `COMMENT ON COLUMN` (PostgreSQL), a column's `COMMENT '...'` (MySQL): a restatement keeps it.
    public var comment: String?
    /// Where the column was defined (the column definition), for diagnostic notes.
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, type: ColumnType, isNotNull: Bool = false,
                defaultValue: CatalogExpression? = nil, generator: ValueGenerator? = nil,
                collation: String? = nil, definedAt: SourceRange? = nil) {
        self.name = name
        self.type = type
        self.isNotNull = isNotNull
        self.defaultValue = defaultValue
        self.generator = generator
        self.collation = collation
        self.definedAt = definedAt
    }

    /// True when an `INSERT` that omits the column still gets a non-NULL value.
    public var hasDefaultOrGenerator: Bool {
        if generator != nil { return true }
        guard let defaultValue else { return false }
        if case .portable(let e) = defaultValue, case .null = e.kind { return false }
        return true
    }
}
