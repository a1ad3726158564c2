/// Sequences on MySQL / MariaDB: a serial or identity column's sequence is its table's
/// AUTO_INCREMENT counter. InnoDB never sets the counter at or below the column's largest value:
/// `AUTO_INCREMENT = n` with n ≤ max gives max + 1, and it may lower a counter to max + 1
/// (both measured on MariaDB 10.11: ids 1-5, 3-5 deleted, `= 3` gave 3, `= 1` with max 3 gave 4).
/// So a setval to the largest id (Django's sqlsequencereset) is exact, read from the table
/// when the statement runs; a constant is exact unless rows already hold it (D477); a value
/// at or below the largest id cannot be set (D476). A sequence no column owns has no MySQL
/// form (D479).
extension MySQLLowerer {
    mutating func setSequence(_ s: SequenceSetting, step: CheckedStep, index: Int) {
        guard let table = s.table, let columnName = s.column, let column = table.column(columnName),
              column.generator == .autoIncrement, let next = s.next else {
            report(SequenceCounters.noSequences(s.sequence, database: flavor == .mariadb ? "MariaDB" : "MySQL", at: step.statement.range))
            return
        }
        let w = writer(for: table)
        switch next {
        case .value(let n):
            report(.warning(.counterNotBelowLargest, "\(flavor == .mariadb ? "MariaDB" : "MySQL") sets `\(table.name)`'s AUTO_INCREMENT to \(n) only if no row holds \(n) or more",
                            at: step.statement.range, label: "otherwise the next id is the largest + 1",
                            help: "PostgreSQL would hand out \(n) and fail on the duplicate; make sure the rows' ids are below \(n)"))
            emit(w.alterTableHead(table.name) + " AUTO_INCREMENT = \(n);", step: index, rerunnable: plan.final.table(table.name) != nil)
        case .afterLargest(let plus, let whenEmpty):
            guard plus >= 1 else {
                report(SequenceCounters.belowLargest(table.name, column: columnName, plus: plus, database: flavor == .mariadb ? "MariaDB" : "MySQL",
                                         at: step.statement.range))
                return
            }
            // Read from the table when it runs; a NULL largest (no rows) leaves the counter
            // (`DO 0`) or sets the empty table's start.
            let v = MySQLSessionNames.ddlVariable
            let head = w.alterTableHead(table.name) + " AUTO_INCREMENT = "
            let otherwise = whenEmpty.map { w.spelling.stringLiteral(head + "\($0)") } ?? "'DO 0'"
            emit("SET @" + v + " = COALESCE((SELECT CONCAT(" + w.spelling.stringLiteral(head) + ", MAX(" + w.name(columnName) + ") + \(plus)) FROM "
                 + w.name(table.name) + "), " + otherwise + ");\n"
                 + "PREPARE " + v + " FROM @" + v + ";\nEXECUTE " + v + ";\nDEALLOCATE PREPARE " + v + ";",
                 step: index, rerunnable: plan.final.table(table.name)?.column(columnName) != nil)
        }
    }

    mutating func createSequence(_ sequence: CatalogSequence, options: [CreateSequence.Option], step: CheckedStep, index: Int) {
        report(SequenceCounters.noSequences(sequence.name, database: flavor == .mariadb ? "MariaDB" : "MySQL", at: step.statement.range))
    }
}
