/// PostgreSQL enum types in SQLite: a column of one is `TEXT` with a column CHECK
/// `(col IN ('a', 'b'))`, which refuses any other text as PostgreSQL refuses it (NULL passes both).
/// Changing the type changes the CHECK, which SQLite can only do by rebuilding each table using it.
enum SQLiteEnumTypes {
    /// `"col" IN ('a', 'b')`: the CHECK a column of the enum carries.
    static func check(column: String, labels: [String]) -> Expression {
        Expression(.inList(Expression(.column(table: nil, name: Identifier(column))),
                           labels.map { Expression(.string($0)) }, negated: false))
    }

    /// The CHECK as a constraint of the column, as a SQLite schema holds it (unnamed, column level).
    static func constraint(column: String, labels: [String]) -> Constraint {
        Constraint(name: nil, postgresName: "", isNameGenerated: true,
                   kind: .check(.portable(check(column: column, labels: labels))), level: .column(column))
    }
}

extension SQLiteLoweringRun {
    /// `ALTER TYPE`: each table with a column of the type rebuilt with the new CHECK; a renamed
    /// label's rows copied as the new label.
    mutating func alterEnumType(_ type: CatalogEnumType, change: EnumTypeChange, tables: [String], step: CheckedStep) {
        guard !tables.isEmpty else {
            needNothing.append(NoStatement(line: sources.line(of: step.statement.range), reason: .enumTypeUnused))
            return
        }
        for name in tables {
            guard let old = step.before.table(name), let new = step.after.table(name) else { continue }
            var values = SQLiteColumnValues(old)
            if case .renamed(let from, let to) = change {
                for c in new.columns where c.type.enumTypeName == type.name {
                    let ref = Expression(.column(table: nil, name: Identifier(c.name)))
                    values.set(c.name, Expression(.caseWhen(operand: ref, whens: [WhenClause(condition: Expression(.string(from)), result: Expression(.string(to)))],
                                                            otherwise: ref)))
                }
            }
            let reason = RebuildReason.changed(table: name, lines: [sources.line(of: step.statement.range)].compactMap { $0 })
            rebuildReasons.append(reason)
            let plan = SQLiteRebuildPlanner.plan(before: old, after: new, values: valueMap(values, new),
                                                 scratch: names.scratchTable(for: name))
            emitRebuild(plan, source: old, origin: step.statement.range, reason: reason)
        }
    }
}
