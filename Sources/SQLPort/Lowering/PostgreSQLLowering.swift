/// PostgreSQL output: the input is already PostgreSQL-flavoured, so each statement of the
/// checked plan is printed back canonically, tied to its input line, inside one transaction
/// (PostgreSQL's DDL is transactional, so a failure leaves nothing half done). Nothing the
/// catalog knows changes the text.
public enum PostgreSQLLowering {
    /// Input `BEGIN` / `COMMIT` are dropped, because sqlport owns the framing; the header
    /// lists where they were.
    public static func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult {
        let printer = SQLPrinter()
        let diagnostics = PostgreSQLRestrictions.check(plan.steps.map(\.statement))
        guard !diagnostics.hasErrors else { return LoweringResult(plan: nil, diagnostics: diagnostics) }

        var units: [LoweredUnit] = []
        var dropped: [DroppedTransactionControl] = []
        for (i, step) in plan.steps.enumerated() {
            if case .transaction(let control) = step.resolution {
                dropped.append(LoweringInputs.dropped(control, at: step.statement.range, sources))
                continue
            }
            units.append(LoweredUnit(inputs: [InputStatement(range: step.statement.range, in: sources)],
                                     statements: [printer.print(step.statement)],
                                     outsideTransaction: cannotRunInTransaction(step.statement)
                                         || addsLabelUsedLater(step, later: plan.steps[(i + 1)...])))
        }
        let outside = units.filter(\.outsideTransaction).compactMap { $0.inputs.first?.line }
        let labelLines = plan.steps.enumerated().filter { addsLabelUsedLater($0.element, later: plan.steps[($0.offset + 1)...]) }
            .compactMap { sources.line(of: $0.element.statement.range) }
        var header = LoweredHeader(transactions: outside.isEmpty ? .oneTransaction : .transactionsBetween(outside: outside),
                                   droppedTransactionControl: dropped)
        header.labelsCommittedFirst = labelLines
        let lowered = LoweredPlan(sourceName: LoweringInputs.sourceName(plan, sources), dialect: .postgresql,
                                  header: header,
                                  opening: [FramingStatement("BEGIN;")], units: units, closing: [FramingStatement("COMMIT;")])
        return LoweringResult(plan: lowered, diagnostics: diagnostics)
    }

    /// `ALTER TYPE ... ADD VALUE 'x'` whose label a later statement writes: PostgreSQL refuses to
    /// use a label added in the same transaction ("unsafe use of new value"), so it must commit
    /// first. (A label only written after the script is used after its COMMIT: no need.)
    static func addsLabelUsedLater(_ step: CheckedStep, later: ArraySlice<CheckedStep>) -> Bool {
        guard case .alterEnumType(_, _, .added(let label), _) = step.resolution else { return false }
        return later.contains { s in
            s.statement.topLevelExpressions.contains { root in
                var found = false
                root.visit { e in if case .string(let v) = e.kind, v == label { found = true } }
                return found
            }
        }
    }

    /// `CREATE INDEX CONCURRENTLY` and `DROP INDEX CONCURRENTLY` fail inside a transaction block
    /// ("cannot run inside a transaction block").
    static func cannotRunInTransaction(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .createIndex(let s): s.concurrently
        case .dropIndex(let s): s.concurrently
        case .createTable, .alterTable, .dropTable, .alterIndexRename, .insert, .update, .delete, .transaction, .setConstraints,
             .createView, .dropView, .setSequenceValue, .alterSequenceRestart, .createSequence: false
        case .createEnumType, .alterEnumType, .dropType, .comment, .createExtension, .dropExtension, .privileges: false
        }
    }
}

/// What the portable language can say but PostgreSQL cannot store.
enum PostgreSQLRestrictions {
    /// NAMEDATALEN - 1: longer names are cut silently, so two different names can collide.
    static let maxIdentifierBytes = 63

    /// PostgreSQL's `truncate_identifier`: at most 63 bytes, never splitting a character.
    static func truncated(_ name: String) -> String {
        var out = ""
        var bytes = 0
        for ch in name.unicodeScalars {
            let n = UTF8.width(ch)
            if bytes + n > maxIdentifierBytes { break }
            out.unicodeScalars.append(ch)
            bytes += n
        }
        return out
    }

    static func check(_ statements: [Statement]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for statement in statements {
            for name in statement.definedNames where name.value.utf8.count > maxIdentifierBytes {
                diagnostics.append(.error(
                    .postgreSQLIdentifierTooLong, "name `\(name.value)` is longer than PostgreSQL's \(maxIdentifierBytes) bytes",
                    at: name.range ?? statement.range, label: "\(name.value.utf8.count) bytes; PostgreSQL would truncate it to `\(truncated(name.value))`",
                    help: "choose a name of at most \(maxIdentifierBytes) bytes"))
            }
            for root in statement.topLevelExpressions {
                root.forEachNode { e in
                    if case .string(let value) = e.kind, value.unicodeScalars.contains("\u{0}") {
                        diagnostics.append(.error(
                            .postgreSQLNulInString, "string literal contains a NUL character",
                            at: e.range ?? statement.range, label: "PostgreSQL text cannot hold U+0000",
                            help: "remove the character, or store the value as BYTEA"))
                    }
                }
            }
        }
        return diagnostics
    }
}
