/// `CREATE [OR REPLACE] VIEW name [(column, ...)] AS query`
public struct CreateView: Hashable, Sendable {
    public var orReplace: Bool
    public var name: QualifiedName
    /// Empty: the view's columns are named by the select list.
    public var columns: [Identifier]
    public var query: Query

    public init(orReplace: Bool = false, name: QualifiedName, columns: [Identifier] = [], query: Query) {
        self.orReplace = orReplace
        self.name = name
        self.columns = columns
        self.query = query
    }
}

/// `DROP VIEW [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
public struct DropView: Hashable, Sendable {
    public var ifExists: Bool
    public var names: [QualifiedName]
    public var behavior: DropBehavior?

    public init(ifExists: Bool = false, names: [QualifiedName], behavior: DropBehavior? = nil) {
        self.ifExists = ifExists
        self.names = names
        self.behavior = behavior
    }
}
