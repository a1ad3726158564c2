/// Foreign key timing on MySQL / MariaDB. InnoDB checks every foreign key row by row as each
/// statement runs and has no `DEFERRABLE` (MySQL 8.0 manual, "FOREIGN KEY Constraints":
/// "InnoDB checks foreign key constraints immediately; the check is not deferred to
/// transaction commit"), so a deferrable key is written as an immediate one (D441, once per
/// script), `SET CONSTRAINTS ... IMMEDIATE` needs no statement, and `SET CONSTRAINTS ...
/// DEFERRED` of a deferrable key is refused (D442): `SET FOREIGN_KEY_CHECKS = 0` would skip
/// the check for good, not postpone it, so rows left violating the key would stay.
extension MySQLLowerer {
    /// One D441 for the script, at the first deferrable key it creates, naming the others.
    mutating func warnDeferrableKeys() {
        var keys: [(table: String, key: Constraint)] = []
        for step in plan.steps {
            switch step.resolution {
            case .createTable(let t, _, _):
                keys += t.constraints.filter(Self.isDeferrable).map { (t.name, $0) }
            case .alterTable(let table, let actions):
                for a in actions {
                    switch a.effect {
                    case .addConstraint(let c, _, _): if Self.isDeferrable(c) { keys.append((table, c)) }
                    case .addColumn(_, let constraints, _, _, _): keys += constraints.filter(Self.isDeferrable).map { (table, $0) }
                    case .dropColumn, .alterColumnType, .setDefault, .dropDefault, .setNotNull, .dropNotNull,
                         .dropConstraint, .renameConstraint, .renameColumn, .renameTable, .skipped, .invalid:
                        break  // a renamed key was created before this script, as it is on the server
                    }
                }
            case .invalid, .skipped, .transaction, .setConstraints, .dropTable, .createIndex, .dropIndex, .renameIndex, .data,
                 .createView, .dropView, .setSequence, .createSequence, .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges:
                break
            }
        }
        guard let first = keys.first else { return }
        let others = keys.dropFirst().map { DiagnosticNote("key `\($0.key.displayName)` of table `\($0.table)` is written immediate too", at: $0.key.definedAt) }
        report(.warning(.mysqlDeferrableKey,
                        "foreign key `\(first.key.displayName)` of table `\(first.table)` is deferrable, which MySQL cannot hold: it is written as an immediate key",
                        at: first.key.definedAt, label: "checked at each statement on MySQL, not at COMMIT",
                        notes: Array(others),
                        help: "rows must satisfy the key when each statement ends: the application must write parent rows before the rows that reference them, and delete in the reverse order"))
    }

    mutating func setConstraints(deferred: Bool, namesDeferrableKeys: Bool, step: CheckedStep, index: Int) {
        guard deferred, namesDeferrableKeys else {
            needNothing.append((index, .foreignKeysAlwaysImmediate))
            return
        }
        report(.error(.mysqlDeferredCheck, "MySQL cannot defer a foreign key check to COMMIT", at: step.statement.range,
                      label: "InnoDB checks every key at each statement",
                      help: "remove `SET CONSTRAINTS ... DEFERRED` and order the statements so that each leaves every key satisfied"))
    }

    static func isDeferrable(_ c: Constraint) -> Bool {
        if case .foreignKey(let fk) = c.kind { return fk.deferrable }
        return false
    }
}
