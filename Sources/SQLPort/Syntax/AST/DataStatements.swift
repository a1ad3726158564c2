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

    /// How many values each row gives: the VALUES rows' widths, or the query's select list.
    public var rowWidths: [Int] { query.map { [$0.items.count] } ?? rows.map(\.count) }
}

/// `UPDATE table SET column = expr [, ...] [WHERE expr]`
public struct Update: Hashable, Sendable {
    public var table: QualifiedName
    public var assignments: [Assignment]
    public var predicate: Expression?

    public init(table: QualifiedName, assignments: [Assignment], predicate: Expression? = nil) {
        self.table = table
        self.assignments = assignments
        self.predicate = predicate
    }
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

/// `DELETE FROM table [WHERE expr]`
public struct Delete: Hashable, Sendable {
    public var table: QualifiedName
    public var predicate: Expression?

    public init(table: QualifiedName, predicate: Expression? = nil) {
        self.table = table
        self.predicate = predicate
    }
}
