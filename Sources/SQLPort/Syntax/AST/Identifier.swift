/// A name after PostgreSQL's folding: unquoted identifiers are lower-cased, `"quoted"`
/// ones keep their case. Equality is by value only — `"ballot"` and `ballot` are the
/// same name.
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    public var value: String
    @NotCompared public var range: SourceRange?

    public init(_ value: String, range: SourceRange? = nil) {
        self.value = value
        self.range = range
    }

    public var description: String { value }
}

/// `[schema .] name`
public struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
    public var schema: Identifier?
    public var name: Identifier

    public init(schema: Identifier? = nil, _ name: Identifier) {
        self.schema = schema
        self.name = name
    }

    public var range: SourceRange? {
        guard let r = name.range else { return nil }
        return schema?.range.map { $0.union(r) } ?? r
    }

    public var description: String { schema.map { "\($0.value).\(name.value)" } ?? name.value }
}
