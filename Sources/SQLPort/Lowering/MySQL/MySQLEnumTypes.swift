import Foundation

/// PostgreSQL enum types as MySQL / MariaDB `ENUM(...)` columns: the type's labels in its order,
/// restated on every column of the type when the type changes.
///
/// Measured on MariaDB 10.11 (utf8mb4_unicode_520_ci, sqlport's collation): `ORDER BY` an ENUM
/// column follows the labels' order, as PostgreSQL's does; `<`, `>`, `BETWEEN` with a string
/// compare the text instead (D465). The server refuses labels equal by its collation (`'a'`,
/// `'A'`; `'e'`, `'é'`: error 1291) and strips trailing spaces from a label (D464 for both).
/// A value no label names is refused in strict mode (error 1265), as PostgreSQL refuses it.
enum MySQLEnumTypes {
    /// `ENUM('a','b')`
    static func spelling(_ labels: [String]) -> String {
        "ENUM(" + labels.map { MySQLSpelling(flavor: .mariadb).stringLiteral($0) }.joined(separator: ",") + ")"
    }

    /// What MySQL's collation compares: case, accents and trailing spaces ignored.
    static func comparisonKey(_ label: String) -> String {
        var s = label
        while s.hasSuffix(" ") { s.removeLast() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// D464 for the labels MySQL cannot hold as PostgreSQL does.
    static func diagnostics(type: String, labels: [String], column: String, at range: SourceRange?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let label = labels.first(where: { $0.hasSuffix(" ") }) {
            out.append(.error(.mysqlEnumLabels, "enum label '\(label)' of type `\(type)` ends in a space, which MySQL's ENUM strips",
                              at: range, label: "column `\(column)`",
                              help: "rename the label without trailing spaces (`ALTER TYPE \(type) RENAME VALUE ...`) before migrating"))
        }
        var seen: [String: String] = [:]
        for label in labels {
            let key = comparisonKey(label)
            if let other = seen[key], other != label {
                out.append(.error(.mysqlEnumLabels, "enum labels '\(other)' and '\(label)' of type `\(type)` are one value to MySQL",
                                  at: range, label: "column `\(column)`: MySQL's collation ignores case and accents",
                                  help: "give the labels names that differ in more than case or accents"))
                break
            }
            seen[key] = label
        }
        return out
    }
}

extension MySQLLowerer {
    /// `ALTER TYPE`: every column of the type restated with the new labels, one `ALTER TABLE`
    /// per table. A renamed label's rows are converted as they can only be in MySQL, where a
    /// value is its label's text: widen the ENUM to hold both labels, `UPDATE` old to new,
    /// narrow it to the type's labels (each statement can run again).
    mutating func alterEnumType(before: CatalogEnumType, after: CatalogEnumType, change: EnumTypeChange, tables: [String],
                                step: CheckedStep, index: Int) {
        flush()
        guard !tables.isEmpty else {
            needNothing.append((index, .enumTypeUnused))
            return
        }
        // A restatement names the labels of its moment: run again after a later ALTER TYPE of
        // the type, it would refuse rows holding a label added or renamed since (error 1265).
        let first = units.count
        defer {
            let changedLater = plan.steps[(index + 1)...].contains { s in
                if case .alterEnumType(_, let later, _, _) = s.resolution { return later.name == after.name }
                return false
            }
            if changedLater { for k in first..<units.count { units[k].rerunnable = false } }
        }
        switch change {
        case .added:
            restateColumns(of: after.name, labels: after.labels, tables: tables, step: step, index: index)
        case .renamed(let from, let to):
            var widened = before.labels
            widened.insert(to, at: (widened.firstIndex(of: from) ?? widened.count - 1) + 1)
            restateColumns(of: after.name, labels: widened, tables: tables, step: step, index: index)
            for name in tables {
                guard let table = step.after.table(name) else { continue }
                let w = writer(for: table)
                for c in table.columns where c.type.enumTypeName == after.name {
                    let q = w.spelling.quoteIdentifier
                    emit("UPDATE " + q(table.name) + " SET " + q(c.name) + " = " + w.spelling.stringLiteral(to)
                         + " WHERE " + q(c.name) + " = " + w.spelling.stringLiteral(from) + ";", step: index, rerunnable: true)
                }
            }
            restateColumns(of: after.name, labels: after.labels, tables: tables, step: step, index: index)
        }
    }

    /// One `ALTER TABLE ... MODIFY COLUMN` per table for its columns of the type, as `labels`.
    mutating func restateColumns(of type: String, labels: [String], tables: [String], step: CheckedStep, index: Int) {
        for name in tables {
            guard let table = step.after.table(name) else { continue }
            for c in table.columns where c.type.enumTypeName == type {
                var restated = c
                restated.type.portable = .enumType(name: type, labels: labels)
                addClause(.modifyColumn(restated), table: name, step: step, index: index)
            }
            flush()
        }
    }
}
