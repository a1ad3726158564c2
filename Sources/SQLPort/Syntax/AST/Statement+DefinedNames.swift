extension Statement {
    /// The names this statement gives to new things (tables, columns, constraints, indexes,
    /// and the targets of renames), with their ranges — what a database's identifier
    /// limits apply to.
    public var definedNames: [Identifier] {
        switch kind {
        case .createTable(let s):
            return [s.name.name] + s.elements.flatMap { element -> [Identifier] in
                switch element {
                case .column(let c): c.definedNames
                case .constraint(let k): k.name.map { [$0] } ?? []
                }
            }
        case .alterTable(let s):
            return s.actions.flatMap { action -> [Identifier] in
                switch action.kind {
                case .addColumn(let c, _): c.definedNames
                case .addConstraint(let k): k.name.map { [$0] } ?? []
                case .renameColumn(_, let to), .renameConstraint(_, let to), .renameTable(let to): [to]
                default: []
                }
            }
        case .createIndex(let s): return [s.name]
        case .alterIndexRename(let s): return [s.newName]
        case .createView(let s): return [s.name.name] + s.columns
        case .createSequence(let s): return [s.name.name]
        case .dropTable, .dropIndex, .insert, .update, .delete, .transaction, .setConstraints, .dropView,
             .setSequenceValue, .alterSequenceRestart: return []
        case .createEnumType(let s): return [s.name.name]
        case .alterEnumType, .dropType, .comment, .createExtension, .dropExtension, .privileges: return []
        }
    }
}

extension ColumnDefinition {
    /// The column's name and the names of its named constraints.
    var definedNames: [Identifier] { [name] + constraints.compactMap(\.name) }
}
