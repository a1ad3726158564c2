/// `CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s]`: the extensions sqlport knows what
/// they provide (pgcrypto, uuid-ossp, citext).
public struct CreateExtension: Hashable, Sendable {
    public var name: Identifier
    public var ifNotExists: Bool
    public var schema: Identifier?

    public init(name: Identifier, ifNotExists: Bool, schema: Identifier? = nil) {
        self.name = name
        self.ifNotExists = ifNotExists
        self.schema = schema
    }
}

/// `DROP EXTENSION [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
public struct DropExtension: Hashable, Sendable {
    public var ifExists: Bool
    public var names: [Identifier]
    public var behavior: DropBehavior?

    public init(ifExists: Bool, names: [Identifier], behavior: DropBehavior? = nil) {
        self.ifExists = ifExists
        self.names = names
        self.behavior = behavior
    }
}
