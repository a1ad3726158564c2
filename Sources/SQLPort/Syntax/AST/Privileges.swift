/// `GRANT ... ON ... TO ...`, `REVOKE ... ON ... FROM ...`, `ALTER TABLE t OWNER TO role`: kept
/// verbatim for PostgreSQL (their grammar is large and no other database can use it as written).
public struct PrivilegeStatement: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case grant = "GRANT"
        case revoke = "REVOKE"
        case ownerTo = "OWNER TO"
    }

    public var kind: Kind
    /// The tables it names (`ON [TABLE] a, b`; the table of `ALTER TABLE`), for the checker;
    /// empty for other objects (`ON SCHEMA`, `ON ALL TABLES IN SCHEMA`, `ON SEQUENCE`).
    public var tables: [QualifiedName]
    /// The statement as written, without its `;`.
    public var text: String

    public init(kind: Kind, tables: [QualifiedName], text: String) {
        self.kind = kind
        self.tables = tables
        self.text = text
    }
}
