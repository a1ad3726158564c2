/// A string written where the grammar wants a literal (an enum label), with its range.
public struct StringLiteral: Hashable, Sendable {
    public var value: String
    @NotCompared public var range: SourceRange?

    public init(_ value: String, range: SourceRange? = nil) {
        self.value = value
        self.range = range
    }
}

/// `CREATE TYPE name AS ENUM ('label', ...)`
public struct CreateEnumType: Hashable, Sendable {
    public var name: QualifiedName
    public var labels: [StringLiteral]

    public init(name: QualifiedName, labels: [StringLiteral]) {
        self.name = name
        self.labels = labels
    }
}

/// `ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'label' [BEFORE | AFTER 'label']`
/// or `ALTER TYPE name RENAME VALUE 'old' TO 'new'`.
public struct AlterEnumType: Hashable, Sendable {
    public enum Placement: Hashable, Sendable {
        case before(StringLiteral)
        case after(StringLiteral)
    }

    public enum Action: Hashable, Sendable {
        case addValue(StringLiteral, ifNotExists: Bool, placement: Placement?)
        case renameValue(StringLiteral, to: StringLiteral)
    }

    public var name: QualifiedName
    public var action: Action

    public init(name: QualifiedName, action: Action) {
        self.name = name
        self.action = action
    }
}

/// `DROP TYPE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]`
public struct DropType: Hashable, Sendable {
    public var ifExists: Bool
    public var names: [QualifiedName]
    public var behavior: DropBehavior?

    public init(ifExists: Bool, names: [QualifiedName], behavior: DropBehavior? = nil) {
        self.ifExists = ifExists
        self.names = names
        self.behavior = behavior
    }
}
