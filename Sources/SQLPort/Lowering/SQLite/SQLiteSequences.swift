/// Sequences on SQLite: a serial or identity primary key is the rowid. With AUTOINCREMENT
/// (what the portable SERIAL key becomes) the next id is max(sqlite_sequence.seq, largest
/// rowid) + 1, so a setval is an update of the table's `sqlite_sequence` row (inserted when
/// missing); like InnoDB, SQLite never hands out an id at or below the largest (D476 / D477).
/// Without AUTOINCREMENT SQLite always takes the largest rowid + 1, which is what a setval to
/// the largest id asks: nothing to write; anything else cannot be set (D478).
extension SQLiteLoweringRun {
    mutating func setSequence(_ s: SequenceSetting, step: CheckedStep) {
        let range = step.statement.range
        guard let table = s.table, let columnName = s.column, let column = table.column(columnName),
              case .rowid(let autoincrement)? = column.generator, let next = s.next else {
            writer.report(SequenceCounters.noSequences(s.sequence, database: "SQLite", at: range))
            return
        }
        let q = SQLiteSpelling.quote, name = SQLiteSpelling.stringLiteral(table.name)
        guard autoincrement else {
            if case .afterLargest(1, let whenEmpty) = next, whenEmpty == 1 {
                needNothing.append(NoStatement(line: sources.line(of: range), reason: .rowidFollowsLargest))
            } else {
                writer.report(.error(.sqliteRowidCounter, "table `\(table.name)` has no AUTOINCREMENT: SQLite numbers its rows from the largest rowid, and this sets another next id",
                                     at: range, label: "SQLite keeps no counter for it",
                                     help: "declare the key `INTEGER PRIMARY KEY AUTOINCREMENT` in the baseline, or set the sequence to the largest id: `setval(seq, coalesce(max(id), 1), max(id) IS NOT NULL) FROM t`"))
            }
            return
        }
        // sqlite_sequence holds the last id handed out: the next one less 1. Its row for the
        // table is there once a row was inserted; for a table never written it is added.
        let seq: String, insert: String
        switch next {
        case .value(let n):
            writer.report(.warning(.counterNotBelowLargest, "SQLite starts `\(table.name)` at \(n) only if no row holds \(n) or more",
                                   at: range, label: "otherwise the next id is the largest + 1",
                                   help: "PostgreSQL would hand out \(n) and fail on the duplicate; make sure the rows' ids are below \(n)"))
            seq = "\(n - 1)"
            insert = seq
        case .afterLargest(let plus, let whenEmpty):
            guard plus >= 1 else {
                writer.report(SequenceCounters.belowLargest(table.name, column: columnName, plus: plus, database: "SQLite", at: range))
                return
            }
            let largest = "(SELECT max(" + q(columnName) + ") FROM " + q(table.name) + ")" + (plus == 1 ? "" : " + \(plus - 1)")
            // No rows: the start setval gives an empty table, or (setval of NULL) the counter as it was.
            seq = "COALESCE(" + largest + ", " + (whenEmpty.map { "\($0 - 1)" } ?? "seq") + ")"
            insert = whenEmpty.map { "COALESCE(" + largest + ", \($0 - 1))" } ?? largest
        }
        emit("UPDATE sqlite_sequence SET seq = " + seq + " WHERE name = " + name + ";", origin: range)
        emit("INSERT INTO sqlite_sequence (name, seq) SELECT " + name + ", " + insert
             + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + name + ")"
             + (insert.hasPrefix("(") ? " AND " + insert + " IS NOT NULL" : "") + ";", origin: nil)
    }

    static func noSequences(_ step: CheckedStep) -> Diagnostic {
        guard case .createSequence(let s, _) = step.resolution else { preconditionFailure("a CREATE SEQUENCE step") }
        return SequenceCounters.noSequences(s.name, database: "SQLite", at: step.statement.range)
    }
}
