/// What the MySQL and SQLite lowerings say alike about a sequence: theirs is a table's own
/// counter (AUTO_INCREMENT, the rowid), which never hands out an id at or below the largest.
enum SequenceCounters {
    static func noSequences(_ name: String, database: String, at range: SourceRange?) -> Diagnostic {
        .error(.noSequences, "sequence `\(name)` is numbered by no column, and \(database) has no sequences sqlport writes",
               at: range, label: "a sequence no serial or identity column owns",
               help: "number the rows with a SERIAL or identity column, whose sequence is the table's own counter")
    }

    static func belowLargest(_ table: String, column: String, plus: Int64, database: String, at range: SourceRange?) -> Diagnostic {
        .error(.counterBelowLargest, "this makes `\(table)`'s next id the largest `\(column)`\(plus == 0 ? "" : " - \(-plus)"), which \(database) cannot",
               at: range, label: "the counter is never set at or below the largest id",
               help: "set it to the largest id + 1: `setval(seq, max(\(column))) FROM \(table)`")
    }
}
