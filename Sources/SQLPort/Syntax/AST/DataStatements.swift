/// `INSERT INTO table [(columns)] VALUES (expr, ...) [, ...]` or `INSERT INTO table [(columns)] SELECT ...`
public struct Insert: Hashable, Sendable {
    public var table: QualifiedName
    /// Empty: all columns in table order.
    public var columns: [Identifier]
    /// The `VALUES` rows; empty when `query` gives the rows.
    public var rows: [[Expression]]
    /// `INSERT ... SELECT`: the rows a query reads.
    public var query: Query?

    public init(table: QualifiedName, columns: [Identifier] = [], rows: [[Expression]]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }

    public init(table: QualifiedName, columns: [Identifier] = [], query: Query) {
        self.table = table
        self.columns = columns
        self.rows = []
        self.query = query
    }

    /// `ON CONFLICT ...`: what a row that would break a unique key does instead.
    public var onConflict: OnConflict?

    /// How many values each row gives: the VALUES rows' widths, or the query's select list.
    public var rowWidths: [Int] { query.map { [$0.items.count] } ?? rows.map(\.count) }
}

/// `ON CONFLICT [(columns)] DO NOTHING` / `ON CONFLICT (columns) DO UPDATE SET c = e, ... [WHERE e]`
public struct OnConflict: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case nothing
        /// `EXCLUDED.c` is the row proposed for insertion; the table's own name its row there.
        case update([Assignment], predicate: Expression?)
    }
    /// The unique key the conflict is on; empty: any unique key (`DO NOTHING` only).
    public var columns: [Identifier]
    public var action: Action
    public init(columns: [Identifier], action: Action) {
        self.columns = columns
        self.action = action
    }
}

/// `UPDATE table [[AS] alias] SET column = expr [, ...] [FROM from_clause] [WHERE expr]`
public struct Update: Hashable, Sendable {
    public var table: QualifiedName
    /// `UPDATE t AS a`: column references qualify the target by `a` (PostgreSQL then hides `t`).
    public var alias: Identifier?
    public var assignments: [Assignment]
    /// `UPDATE ... FROM`: the other tables each target row is joined with.
    public var from: FromClause?
    public var predicate: Expression?

    public init(table: QualifiedName, alias: Identifier? = nil, assignments: [Assignment], from: FromClause? = nil,
                predicate: Expression? = nil) {
        self.table = table
        self.alias = alias
        self.assignments = assignments
        self.from = from
        self.predicate = predicate
    }

    /// The name the target's columns are qualified by.
    public var exposedName: Identifier { alias ?? table.name }
}

/// `column = expr`
public struct Assignment: Hashable, Sendable {
    public var column: Identifier
    public var value: Expression
    public init(column: Identifier, value: Expression) {
        self.column = column
        self.value = value
    }
}

/// `DELETE FROM table [[AS] alias] [USING from_clause] [WHERE expr]`
public struct Delete: Hashable, Sendable {
    public var table: QualifiedName
    /// `DELETE FROM t a`: column references qualify the target by `a`.
    public var alias: Identifier?
    /// `DELETE ... USING`: the other tables a target row must join with to be deleted.
    public var using: FromClause?
    public var predicate: Expression?

    public init(table: QualifiedName, alias: Identifier? = nil, using: FromClause? = nil, predicate: Expression? = nil) {
        self.table = table
        self.alias = alias
        self.using = using
        self.predicate = predicate
    }

    /// The name the target's columns are qualified by.
    public var exposedName: Identifier { alias ?? table.name }
}
