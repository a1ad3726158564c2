/// Generated columns (read from SQLite baselines): what a migration may not do to them.
///
/// SQLite refuses to write one (`cannot INSERT into generated column`) and to drop a column one
/// reads (`error in table t after drop column`); PostgreSQL refuses both too, and a type change
/// of a column one reads. sqlport keeps the expression as SQLite's own text and never rewrites
/// it, so a rename of a column it reads (which SQLite's RENAME COLUMN would follow into the
/// text) and any change to the generated column's own definition are refused as well: the
/// catalog could not say what the database then holds.
extension CheckRun {
    /// S331 / S332 for one `ALTER TABLE` action; false when it is refused.
    mutating func checkGeneratedColumns(_ action: AlterTableAction, in table: Table) -> Bool {
        let errors = errorCount
        switch action.kind {
        case .dropColumn(let name, _, _):
            checkNotRead(name, in: table, change: "drop", why: "SQLite cannot drop a column a generated column reads")
        case .renameColumn(let name, _):
            checkNotRead(name, in: table, change: "rename",
                         why: "sqlport keeps the generated column's SQLite text as written and does not rewrite it")
        case .alterColumnType(let name, _, _, _):
            checkNotGenerated(name, in: table, change: "its type")
            checkNotRead(name, in: table, change: "retype", why: "the expression would compute other values from the new type")
        case .setDefault(let name, _), .dropDefault(let name):
            checkNotGenerated(name, in: table, change: "a default")
        case .setNotNull(let name), .dropNotNull(let name):
            checkNotGenerated(name, in: table, change: "its nullability")
        case .addConstraint(let c):
            guard case .primaryKey(let columns) = c.kind else { break }
            for name in columns {
                guard let column = table.column(name.value), column.generated != nil else { continue }
                report(.error(.generatedColumnAltered, "generated column `\(column.name)` cannot be in a primary key",
                              at: name.range, label: "SQLite refuses generated columns in a PRIMARY KEY",
                              notes: [generatedDefinedNote(column)],
                              help: "make the key of ordinary columns; a UNIQUE constraint may hold a generated column"))
            }
        case .addIdentity(let name, _), .dropIdentity(let name, _):
            checkNotGenerated(name, in: table, change: "its identity")
        case .addColumn, .dropConstraint, .renameConstraint, .renameTable:
            break
        }
        return errorCount == errors
    }

    /// S331: the action changes generated column `name` itself.
    private mutating func checkNotGenerated(_ name: Identifier, in table: Table, change: String) {
        guard let column = table.column(name.value), column.generated != nil else { return }
        report(.error(.generatedColumnAltered, "column `\(column.name)` of table `\(table.name)` is a generated column",
                      at: name.range, label: "sqlport cannot change \(change)",
                      notes: [generatedDefinedNote(column)],
                      help: "sqlport restates a generated column only as the baseline wrote it; change it in the database itself and give sqlport the new schema"))
    }

    /// S332: the action would change what a generated column of the table reads.
    private mutating func checkNotRead(_ name: Identifier, in table: Table, change: String, why: String) {
        guard let column = table.column(name.value) else { return }
        let readers = table.generatedColumns.filter { $0.generated?.reads.contains(column.name) == true }
        guard !readers.isEmpty else { return }
        let list = readers.map { "`\($0.name)`" }.joined(separator: ", ")
        report(.error(.generatedColumnInput,
                      "cannot \(change) column `\(column.name)`: generated column\(readers.count == 1 ? "" : "s") \(list) of table `\(table.name)` read\(readers.count == 1 ? "s" : "") it",
                      at: name.range, label: why,
                      notes: readers.map(generatedDefinedNote),
                      help: "drop the generated column\(readers.count == 1 ? "" : "s") first (`ALTER TABLE \(quote(table.name)) "
                          + readers.map { "DROP COLUMN " + quote($0.name) }.joined(separator: ", ") + "`)"))
    }

    /// S330: an INSERT's column list (or, without one, its values by position) or an UPDATE's
    /// assignments name a generated column.
    mutating func checkGeneratedWrites(_ s: Insert, table: Table) {
        if s.columns.isEmpty {
            guard !table.generatedColumns.isEmpty else { return }
            let columns = table.columns
            var reported = Set<Int>()
            for row in s.query.map({ [$0.items.map(\.expression)] }) ?? s.rows {
                for (k, e) in row.enumerated() where k < columns.count && columns[k].generated != nil && reported.insert(k).inserted {
                    reportGeneratedWrite(columns[k], in: table, at: e.range, label: "the value for generated column `\(columns[k].name)`")
                }
            }
        } else {
            for name in s.columns {
                if let column = table.column(name.value), column.generated != nil {
                    reportGeneratedWrite(column, in: table, at: name.range, label: "generated column")
                }
            }
        }
    }

    mutating func checkGeneratedWrites(_ s: Update, table: Table) {
        for a in s.assignments {
            if let column = table.column(a.column.value), column.generated != nil {
                reportGeneratedWrite(column, in: table, at: a.column.range, label: "generated column")
            }
        }
    }

    private mutating func reportGeneratedWrite(_ column: Column, in table: Table, at range: SourceRange?, label: String) {
        report(.error(.generatedColumnWritten, "column `\(column.name)` of table `\(table.name)` is a generated column",
                      at: range, label: label, notes: [generatedDefinedNote(column)],
                      help: "leave it out: the database computes it from the other columns of the row"))
    }

    /// A name as the migration must write it.
    private func quote(_ name: String) -> String { PostgreSQLSpelling().quoteIdentifier(name) }

    private func generatedDefinedNote(_ column: Column) -> DiagnosticNote {
        DiagnosticNote("generated column `\(column.name)` was defined here", at: column.definedAt)
    }
}

/// Generated columns the migration declares: what PostgreSQL refuses in their definition.
extension CheckRun {
    /// S373: PostgreSQL refuses a generation expression with a DEFAULT or identity beside it, one
    /// that is not immutable (`now()`, `random()`, `CURRENT_TIMESTAMP`), and a serial type.
    mutating func checkGenerationClauses(_ def: ColumnDefinition, serial: Bool??) {
        for c in def.constraints {
            switch c.kind {
            case .default, .identity:
                report(.error(.generationExpression, "both \(c.kind == .identity(always: true) || c.kind == .identity(always: false) ? "identity" : "default") and generation expression specified for column `\(def.name.value)`",
                              at: c.range, label: "a generated column has no default", help: "remove it: the database computes the value"))
            case .generated(let e):
                e.visit { sub in
                    switch sub.kind {
                    case .special:
                        report(.error(.generationExpression, "generation expression is not immutable", at: sub.range,
                                      label: "the value changes over time", help: "compute time-dependent values in the application or with an UPDATE"))
                    case .call(let name, _, _) where Self.notImmutable.contains(name.name.value):
                        report(.error(.generationExpression, "generation expression is not immutable", at: sub.range,
                                      label: "`\(name.name.value)` is not an immutable function", help: "compute the value in the application or with an UPDATE"))
                    default: break
                    }
                }
            case .notNull, .null, .primaryKey, .unique, .references, .check, .collate: break
            }
        }
        if case .some(nil) = serial {
            report(.error(.generationExpression, "a serial column cannot be generated", at: def.type.range,
                          label: "serial numbers the column", help: "declare it `INTEGER` or `BIGINT`"))
        }
    }

    /// Functions PostgreSQL marks volatile or stable that the portable language spells.
    static let notImmutable: Set<String> = ["now", "random", "clock_timestamp", "statement_timestamp",
                                            "transaction_timestamp", "timeofday", "gen_random_uuid", "nextval", "currval", "to_char"]

    /// S301 / S373: each column a generated column reads must be an ordinary column of its table.
    mutating func checkGeneratedReads(_ table: Table, columns: [Column]) {
        for column in columns {
            guard let e = column.generated?.definition else { continue }
            for ref in e.columnReferences {
                guard let read = table.column(ref.value) else {
                    reportUnknownColumn(ref.value, range: ref.range, in: table)
                    continue
                }
                if read.generated != nil {
                    report(.error(.generationExpression, "cannot use generated column `\(read.name)` in column generation expression",
                                  at: ref.range, label: "another generated column", help: "write the expression of `\(read.name)` itself"))
                }
            }
        }
    }
}
