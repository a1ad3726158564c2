/// `ALTER COLUMN c ADD GENERATED ... AS IDENTITY` and `DROP IDENTITY`, as PostgreSQL 15 checks
/// them. Their effects are those of a numbering default set or dropped (`setDefault` /
/// `dropDefault` with the generator changed), which every lowering already writes: MySQL
/// restates the column with or without AUTO_INCREMENT, SQLite rebuilds the table with or
/// without AUTOINCREMENT on its rowid.
extension CheckRun {
    mutating func addIdentity(_ name: Identifier, always: Bool, in table: Table) -> ActionEffect {
        guard let before = resolveColumn(name, in: table) else { return .invalid }
        var problem: String?
        if !Self.isIntegerType(before.type) {
            problem = "identity column type must be `smallint`, `integer` or `bigint`"
        } else if before.isIdentity || { if case .identity = before.generator { true } else { false } }() {
            problem = "column `\(before.name)` of table `\(table.name)` is already an identity column"
        } else if before.defaultValue != nil || before.generator != nil {
            problem = "column `\(before.name)` of table `\(table.name)` already has a default value"
        } else if !before.isNotNull {
            problem = "column `\(before.name)` of table `\(table.name)` must be declared NOT NULL before identity can be added"
        }
        if let problem {
            report(.error(.identityChange, problem, at: name.range, label: "PostgreSQL refuses this identity",
                          notes: [DiagnosticNote("column `\(before.name)` was defined here", at: before.definedAt)],
                          help: before.isNotNull ? "drop the default first (`ALTER COLUMN \(before.name) DROP DEFAULT`), on an integer column"
                              : "write `ALTER COLUMN \(before.name) SET NOT NULL` first"))
            return .invalid
        }
        let single = table.primaryKey.map { $0.keyColumns == [before.name] } ?? false
        _ = assignGenerator(table: table.name, column: before.name, identityAlways: always, rowidCandidate: single, range: name.range)
        let after = updateColumn(before.name, in: table.name) { $0.isIdentity = true }
        return .setDefault(before: before, after: after)
    }

    mutating func dropIdentity(_ name: Identifier, ifExists: Bool, in table: Table) -> ActionEffect {
        guard let before = resolveColumn(name, in: table) else { return .invalid }
        guard before.isIdentity else {
            let reason = "column `\(before.name)` of table `\(table.name)` is not an identity column"
            if ifExists {
                report(Diagnostic(.skipped, .note, reason + ", skipping", at: name.range, label: "skipped"))
                return .skipped(reason: reason)
            }
            report(.error(.identityChange, reason, at: name.range, label: "no identity to drop",
                          notes: [DiagnosticNote("column `\(before.name)` was defined here", at: before.definedAt)],
                          help: "write `DROP IDENTITY IF EXISTS`, or `DROP DEFAULT` for a serial column"))
            return .invalid
        }
        // PostgreSQL drops the identity's sequence with it; the column stays NOT NULL.
        for s in catalog.sequences(ownedBy: table.name) where s.ownedBy == .init(table: table.name, column: before.name) {
            while catalog.removeSequence(s) {}
        }
        let after = updateColumn(before.name, in: table.name) { c in
            c.generator = nil
            c.isIdentity = false
        }
        return .dropDefault(before: before, after: after)
    }
}
