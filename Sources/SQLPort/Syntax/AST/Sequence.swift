/// `SELECT setval(sequence, value [, is_called]) [FROM table]`: the statement frameworks
/// write after loading rows with explicit ids (Django's `sqlsequencereset`), so the next
/// generated id follows the largest one.
public struct SetSequenceValue: Hashable, Sendable {
    /// The first argument.
    public enum Target: Hashable, Sendable {
        /// `'name'` or `'name'::regclass`: the text as written, read by PostgreSQL's identifier rules.
        case name(String, regclass: Bool)
        /// `pg_get_serial_sequence('table', 'column')`: the table text (identifier rules) and the column, literally.
        case serialSequence(table: String, column: String)
    }

    /// The second argument.
    public enum Value: Hashable, Sendable {
        case expression(Expression)
        /// `(SELECT expression FROM table)`: a scalar subquery.
        case query(Query)
    }

    public var target: Target
    @NotCompared public var targetRange: SourceRange?
    public var value: Value
    /// The third argument (`false`: the value itself is the next one handed out).
    public var isCalled: Expression?
    /// `FROM table`: the value and `isCalled` are aggregates of its rows.
    public var from: TableReference?

    public init(target: Target, targetRange: SourceRange? = nil, value: Value, isCalled: Expression? = nil,
                from: TableReference? = nil) {
        self.target = target
        self.targetRange = targetRange
        self.value = value
        self.isCalled = isCalled
        self.from = from
    }
}

/// `ALTER SEQUENCE [IF EXISTS] name RESTART [[WITH] n]`
public struct AlterSequenceRestart: Hashable, Sendable {
    public var ifExists: Bool
    public var name: QualifiedName
    /// Nil: the sequence's start value.
    public var value: Expression?

    public init(ifExists: Bool = false, name: QualifiedName, value: Expression? = nil) {
        self.ifExists = ifExists
        self.name = name
        self.value = value
    }
}

/// `CREATE SEQUENCE [IF NOT EXISTS] name [INCREMENT [BY] n] [MINVALUE n] [MAXVALUE n] [START [WITH] n] [CACHE n] [[NO] CYCLE]`:
/// a sequence no column owns.
public struct CreateSequence: Hashable, Sendable {
    public enum Option: Hashable, Sendable {
        case increment(Expression)
        case minValue(Expression)
        case maxValue(Expression)
        case start(Expression)
        case cache(Expression)
        case cycle(Bool)
    }
    public var ifNotExists: Bool
    public var name: QualifiedName
    /// As written, in order.
    public var options: [Option]

    public init(ifNotExists: Bool = false, name: QualifiedName, options: [Option] = []) {
        self.ifNotExists = ifNotExists
        self.name = name
        self.options = options
    }
}
