/// `INSERT INTO table [(columns)] VALUES (expr, ...) [, ...]`
public struct Insert: Hashable, Sendable {
    public var table: QualifiedName
    /// Empty: all columns in table order.
    public var columns: [Identifier]
    public var rows: [[Expression]]

    public init(table: QualifiedName, columns: [Identifier] = [], rows: [[Expression]]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }
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
