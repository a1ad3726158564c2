/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING method] ( element [, ...] ) [WHERE expr]`
public struct CreateIndex: Hashable, Sendable {
    public var unique: Bool
    /// `CONCURRENTLY`: PostgreSQL builds the index without blocking writes, outside any transaction block.
    public var concurrently: Bool
    public var ifNotExists: Bool
    public var name: Identifier
    public var table: QualifiedName
    /// `USING btree` and the like (pg_dump writes it); nil when absent.
    public var method: Identifier?
    public var elements: [IndexElement]
    public var predicate: Expression?

    public init(unique: Bool = false, concurrently: Bool = false, ifNotExists: Bool = false, name: Identifier, table: QualifiedName,
                method: Identifier? = nil, elements: [IndexElement], predicate: Expression? = nil) {
        self.unique = unique
        self.concurrently = concurrently
        self.ifNotExists = ifNotExists
        self.name = name
        self.table = table
        self.method = method
        self.elements = elements
        self.predicate = predicate
    }
}

/// `column | (expr)` followed by `[opclass] [ASC | DESC] [NULLS FIRST | NULLS LAST]`
public struct IndexElement: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case column(Identifier)
        case expression(Expression)
    }
    public var target: Target
    /// The operator class (`varchar_pattern_ops`): which operators the index serves the key for.
    public var opclass: Identifier?
    public var ordering: SortOrdering?
    public var nulls: NullsOrdering?

    public init(_ target: Target, opclass: Identifier? = nil, ordering: SortOrdering? = nil, nulls: NullsOrdering? = nil) {
        self.target = target
        self.opclass = opclass
        self.ordering = ordering
        self.nulls = nulls
    }
}

public enum SortOrdering: String, Hashable, Sendable { case asc = "ASC", desc = "DESC" }
public enum NullsOrdering: String, Hashable, Sendable { case first = "NULLS FIRST", last = "NULLS LAST" }

/// `DROP INDEX [CONCURRENTLY] [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
public struct DropIndex: Hashable, Sendable {
    /// `CONCURRENTLY`: PostgreSQL drops the index without blocking, outside any transaction block.
    public var concurrently: Bool
    public var ifExists: Bool
    public var names: [QualifiedName]
    public var behavior: DropBehavior?

    public init(concurrently: Bool = false, ifExists: Bool = false, names: [QualifiedName], behavior: DropBehavior? = nil) {
        self.concurrently = concurrently
        self.ifExists = ifExists
        self.names = names
        self.behavior = behavior
    }
}

/// `ALTER INDEX [IF EXISTS] name RENAME TO new`
public struct AlterIndexRename: Hashable, Sendable {
    public var ifExists: Bool
    public var name: QualifiedName
    public var newName: Identifier

    public init(ifExists: Bool = false, name: QualifiedName, newName: Identifier) {
        self.ifExists = ifExists
        self.name = name
        self.newName = newName
    }
}

/// `DROP TABLE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
public struct DropTable: Hashable, Sendable {
    public var ifExists: Bool
    public var names: [QualifiedName]
    public var behavior: DropBehavior?

    public init(ifExists: Bool = false, names: [QualifiedName], behavior: DropBehavior? = nil) {
        self.ifExists = ifExists
        self.names = names
        self.behavior = behavior
    }
}
