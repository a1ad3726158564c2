/// The schema-qualifiable names a statement uses (tables, indexes, referenced tables, the
/// tables its queries read): what the checker holds to the one schema sqlport compiles.
extension Statement {
    public var objectNames: [QualifiedName] {
        switch kind {
        case .createTable(let s):
            return [s.name] + s.elements.flatMap { element -> [QualifiedName] in
                switch element {
                case .column(let c): c.constraints.compactMap { if case .references(let r) = $0.kind { r.table } else { nil } }
                case .constraint(let k): if case .foreignKey(_, let r) = k.kind { [r.table] } else { [] }
                }
            }
        case .alterTable(let s):
            return [s.name] + s.actions.flatMap { action -> [QualifiedName] in
                switch action.kind {
                case .addConstraint(let k): if case .foreignKey(_, let r) = k.kind { [r.table] } else { [] }
                case .addColumn(let c, _): c.constraints.compactMap { if case .references(let r) = $0.kind { r.table } else { nil } }
                default: []
                }
            }
        case .dropTable(let s): return s.names
        case .createIndex(let s): return [s.table]
        case .dropIndex(let s): return s.names
        case .alterIndexRename(let s): return [s.name]
        case .insert(let s): return [s.table] + topLevelExpressions.flatMap(\.queryTableNames) + (s.query?.tables.map(\.name) ?? [])
        case .update(let s): return [s.table] + (s.from?.tables.map(\.name) ?? []) + topLevelExpressions.flatMap(\.queryTableNames)
        case .delete(let s): return [s.table] + (s.using?.tables.map(\.name) ?? []) + topLevelExpressions.flatMap(\.queryTableNames)
        case .createView(let s): return [s.name] + s.query.tables.map(\.name) + topLevelExpressions.flatMap(\.queryTableNames)
        case .dropView(let s): return s.names
        case .setSequenceValue(let s):
            var names = s.from.map { [$0.name] } ?? []
            if case .query(let q) = s.value { names += q.tables.map(\.name) }
            return names + topLevelExpressions.flatMap(\.queryTableNames)
        case .alterSequenceRestart(let s): return [s.name]
        case .createSequence(let s): return [s.name]
        case .createEnumType(let s): return [s.name]
        case .alterEnumType(let s): return [s.name]
        case .dropType(let s): return s.names
        case .comment(let s):
            switch s.target {
            case .table(let t), .column(let t, _): return [t]
            }
        case .privileges(let s): return s.tables
        case .createExtension, .dropExtension, .transaction, .setConstraints: return []
        }
    }
}

extension Expression {
    /// The tables every subquery inside reads.
    var queryTableNames: [QualifiedName] {
        var out: [QualifiedName] = []
        forEachNode { e in
            switch e.kind {
            case .subquery(let q), .exists(let q), .inQuery(_, let q, _): out += q.tables.map(\.name)
            default: break
            }
        }
        return out
    }
}
