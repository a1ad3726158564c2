/// A type made by `CREATE TYPE name AS ENUM (...)`: its labels in PostgreSQL's order (the order
/// values sort and compare in). Columns of the type carry the same labels in their
/// `TypeKind.enumType`, so that a change to the type is a change to every table using it.
public struct CatalogEnumType: Hashable, Sendable {
    public var name: String
    public var labels: [String]
    @NotCompared public var definedAt: SourceRange?

    public init(name: String, labels: [String], definedAt: SourceRange? = nil) {
        self.name = name
        self.labels = labels
        self.definedAt = definedAt
    }

    public var kind: TypeKind { .enumType(name: name, labels: labels) }
}

extension Catalog {
    public func enumType(_ name: String) -> CatalogEnumType? { enumTypes.first { $0.name == name } }

    /// Every column whose type (or array element type) is the enum `name`, by table in definition order.
    public func columns(usingEnumType name: String) -> [(table: Table, column: Column)] {
        guard enumTypes.contains(where: { $0.name == name }) else { return [] }
        return tables.flatMap { t in t.columns.filter { $0.type.enumTypeName == name }.map { (t, $0) } }
    }

    /// Gives the enum type new labels, and every column of that type with it. `renamed`: an old
    /// label's new name, for the defaults that name it (PostgreSQL stores a default's label by
    /// its identity, so the default follows the rename).
    mutating func relabelEnumType(_ name: String, labels: [String], renamed: (from: String, to: String)? = nil) {
        guard let i = enumTypes.firstIndex(where: { $0.name == name }) else { return }
        enumTypes[i].labels = labels
        var seen = Set<String>()
        for (table, _) in columns(usingEnumType: name) where seen.insert(table.name).inserted {
            _ = updateTable(table.name) { t in
                for c in t.columns where c.type.enumTypeName == name {
                    _ = t.updateColumn(named: c.name) { col in
                        col.type.portable = .enumType(name: name, labels: labels)
                        if let renamed, let d = col.defaultValue { col.defaultValue = d.renamingLabel(renamed.from, to: renamed.to) }
                    }
                }
            }
        }
    }
}

extension ColumnType {
    /// The enum type's name when this is one (or an array of one).
    public var enumTypeName: String? {
        if case .enumType(let name, _)? = portable { return name }
        return nil
    }

    /// The labels when this is an enum type.
    public var enumLabels: [String]? {
        if case .enumType(_, let labels)? = portable { return labels }
        return nil
    }
}

extension CatalogExpression {
    /// `'from'` (or `'from'::type`) as `'to'`: a default naming a renamed label.
    func renamingLabel(_ from: String, to: String) -> CatalogExpression {
        guard case .portable(let e) = self else { return self }
        switch e.kind {
        case .string(let v) where v == from:
            return .portable(Expression(.string(to), range: e.range))
        case .cast(let inner, let type, let style):
            if case .string(let v) = inner.kind, v == from {
                return .portable(Expression(.cast(Expression(.string(to), range: inner.range), type, style: style), range: e.range))
            }
            return self
        default:
            return self
        }
    }
}
