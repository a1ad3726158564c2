/// The expressions a statement holds, for passes that look at every one (PostgreSQL's and
/// MySQL's expression checks).
extension Statement {
    /// Every expression written directly in the statement (defaults, checks, values,
    /// predicates, index expressions), not their sub-expressions.
    var topLevelExpressions: [Expression] {
        switch kind {
        case .createTable(let s): return s.elements.flatMap(\.expressions)
        case .alterTable(let s): return s.actions.flatMap(\.expressions)
        case .createIndex(let s):
            return s.elements.compactMap { element -> Expression? in
                switch element.target {
                case .column: nil
                case .expression(let e): e
                }
            } + (s.predicate.map { [$0] } ?? [])
        case .insert(let s): return DataChange.insert(s).expressions
        case .update(let s): return DataChange.update(s).expressions
        case .delete(let s): return DataChange.delete(s).expressions
        case .createView(let s): return s.query.expressions
        case .setSequenceValue(let s):
            let value: [Expression]
            switch s.value {
            case .expression(let e): value = [e]
            case .query(let q): value = q.expressions
            }
            return value + (s.isCalled.map { [$0] } ?? [])
        case .alterSequenceRestart(let s): return s.value.map { [$0] } ?? []
        case .createSequence(let s):
            return s.options.compactMap { option -> Expression? in
                switch option {
                case .increment(let e), .minValue(let e), .maxValue(let e), .start(let e), .cache(let e): e
                case .cycle: nil
                }
            }
        case .dropTable, .dropIndex, .alterIndexRename, .transaction, .setConstraints, .dropView: return []
        case .createEnumType, .alterEnumType, .dropType, .comment, .createExtension, .dropExtension, .privileges: return []
        }
    }
}

extension DataChange {
    /// The values, assignments and predicate, not their sub-expressions.
    var expressions: [Expression] {
        switch self {
        case .insert(let s): s.rows.flatMap { $0 } + (s.query?.expressions ?? []) + (s.onConflict?.expressions ?? [])
        case .update(let s): s.assignments.map(\.value) + (s.from?.joins.map(\.condition) ?? []) + (s.predicate.map { [$0] } ?? [])
        case .delete(let s): (s.using?.joins.map(\.condition) ?? []) + (s.predicate.map { [$0] } ?? [])
        }
    }
}

extension OnConflict {
    var expressions: [Expression] {
        switch action {
        case .nothing: []
        case .update(let assignments, let predicate): assignments.map(\.value) + (predicate.map { [$0] } ?? [])
        }
    }
}

extension TableElement {
    var expressions: [Expression] {
        switch self {
        case .column(let c): c.expressions
        case .constraint(let c): c.expressions
        }
    }
}

extension ColumnDefinition {
    var expressions: [Expression] { constraints.flatMap(\.expressions) }
}

extension ColumnConstraint {
    var expressions: [Expression] {
        switch kind {
        case .default(let e), .check(let e), .generated(let e): [e]
        case .notNull, .null, .primaryKey, .unique, .references, .identity, .collate: []
        }
    }
}

extension TableConstraint {
    var expressions: [Expression] {
        switch kind {
        case .check(let e): [e]
        case .primaryKey, .unique, .foreignKey: []
        }
    }
}

extension AlterTableAction {
    var expressions: [Expression] {
        switch kind {
        case .addColumn(let c, _): c.expressions
        case .alterColumnType(_, _, _, let using): using.map { [$0] } ?? []
        case .setDefault(_, let e): [e]
        case .addConstraint(let c): c.expressions
        case .dropColumn, .dropDefault, .setNotNull, .dropNotNull, .dropConstraint,
             .renameColumn, .renameConstraint, .renameTable, .addIdentity, .dropIdentity: []
        }
    }
}

extension Expression {
    // `children` comes from Checker/Expression+Columns.swift.

    /// Visits this node and every node below it, parents first, without recursion, so
    /// absurdly deep trees cannot overflow the stack.
    func forEachNode(_ body: (Expression) -> Void) {
        var stack = [self]
        while let e = stack.popLast() {
            body(e)
            stack.append(contentsOf: e.children.reversed())
        }
    }
}
