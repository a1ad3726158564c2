/// `SET CONSTRAINTS {ALL | name [, ...]} {DEFERRED | IMMEDIATE}`: when, in the current
/// transaction, the named deferrable constraints are checked (Django writes
/// `SET CONSTRAINTS "fk" IMMEDIATE` before it alters a table with a deferred key).
public struct SetConstraints: Hashable, Sendable {
    /// Empty: `ALL`.
    public var names: [QualifiedName]
    /// `DEFERRED` (true) or `IMMEDIATE` (false).
    public var deferred: Bool

    public init(names: [QualifiedName], deferred: Bool) {
        self.names = names
        self.deferred = deferred
    }
}
