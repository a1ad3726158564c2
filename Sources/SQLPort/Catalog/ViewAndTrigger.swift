/// What a view or trigger uses of one table. Baselines bring views and triggers, and a
/// migration may create views; the checker must keep them in mind: a SQLite rebuild keeps
/// them, and PostgreSQL refuses to drop or retype a column a view uses.
public struct TableDependency: Hashable, Sendable {
    public var table: String
    /// The columns used. A loader that cannot tell lists every column of the table.
    public var columns: [String]

    public init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }
}

/// A view: its SQL text in the target's dialect and what it depends on.
public struct View: Hashable, Sendable {
    public var name: String
    /// The full `CREATE VIEW` statement, verbatim (a view the migration creates: its portable
    /// text, which is PostgreSQL's).
    public var sql: String
    public var dependencies: [TableDependency]
    /// A view the migration created: its definition with every output column named and
    /// references kept valid through later renames, so a target whose views hold names as
    /// text (MySQL) can state it again. Nil for a baseline's view, known only as text.
    public var definition: CreateView?
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, sql: String, dependencies: [TableDependency], definition: CreateView? = nil,
                definedAt: SourceRange? = nil) {
        self.name = name
        self.sql = sql
        self.dependencies = dependencies
        self.definition = definition
        self.definedAt = definedAt
    }
}

/// A trigger on a table: its SQL text in the target's dialect and what it depends on.
public struct Trigger: Hashable, Sendable {
    public var name: String
    /// The table it fires on.
    public var table: String
    /// The full `CREATE TRIGGER` statement, verbatim.
    public var sql: String
    /// Columns it uses (its own table's and others'), as far as the loader could tell.
    public var dependencies: [TableDependency]
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, table: String, sql: String, dependencies: [TableDependency] = [],
                definedAt: SourceRange? = nil) {
        self.name = name
        self.table = table
        self.sql = sql
        self.dependencies = dependencies
        self.definedAt = definedAt
    }
}

/// A PostgreSQL sequence (named so as not to shadow Swift's `Sequence`). Owned sequences
/// (`SERIAL`, identity) outlive their column's default: Elekto's upgrade leaves
/// `ballot_id_seq` behind.
public struct CatalogSequence: Hashable, Sendable {
    public struct Owner: Hashable, Sendable {
        public var table: String
        public var column: String
        public init(table: String, column: String) {
            self.table = table
            self.column = column
        }
    }
    public var name: String
    public var ownedBy: Owner?
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, ownedBy: Owner? = nil, definedAt: SourceRange? = nil) {
        self.name = name
        self.ownedBy = ownedBy
        self.definedAt = definedAt
    }
}
