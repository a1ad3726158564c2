/// The column types an expression's column references resolve to: the columns of the table a
/// statement is on. Read from the table on demand (a keyed lookup), not copied into a
/// dictionary per writer: a writer is made per ALTER action, and copying every column each
/// time made MySQL output O(columns²) on one wide table.
struct MySQLColumnTypes: ExpressibleByDictionaryLiteral, Sendable {
    private var table: Table?
    private var extra: [String: ColumnType] = [:]
    /// The tables of an `INSERT ... SELECT`'s query, when the expressions are the query's.
    private var scope: [QueryTable]?

    init(table: Table?) { self.table = table }

    init(scope: [QueryTable]) { self.scope = scope }

    init(_ types: [String: ColumnType]) { extra = types }

    init(dictionaryLiteral elements: (String, ColumnType)...) {
        extra = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    subscript(name: String) -> ColumnType? { self[nil, name] }

    /// The type of `qualifier.name` (a query's `alias.column`); the qualifier matters only in a query.
    subscript(qualifier: Identifier?, name: String) -> ColumnType? {
        if let scope { return scope.column(qualifier?.value, name)?.type }
        return extra[name] ?? table?.column(name)?.type
    }
}
