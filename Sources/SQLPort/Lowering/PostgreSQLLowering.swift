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
        for step in plan.steps {
            if case .transaction(let control) = step.resolution {
                dropped.append(LoweringInputs.dropped(control, at: step.statement.range, sources))
                continue
            }
            units.append(LoweredUnit(inputs: [InputStatement(range: step.statement.range, in: sources)],
                                     statements: [printer.print(step.statement)]))
        }
        let lowered = LoweredPlan(sourceName: LoweringInputs.sourceName(plan, sources), dialect: .postgresql,
                                  header: LoweredHeader(transactions: .oneTransaction, droppedTransactionControl: dropped),
                                  opening: [FramingStatement("BEGIN;")], units: units, closing: [FramingStatement("COMMIT;")])
        return LoweringResult(plan: lowered, diagnostics: diagnostics)
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
        case .insert(let s): return s.rows.flatMap { $0 }
        case .update(let s): return s.assignments.map(\.value) + (s.predicate.map { [$0] } ?? [])
        case .delete(let s): return s.predicate.map { [$0] } ?? []
        case .dropTable, .dropIndex, .alterIndexRename, .transaction: return []
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
        case .default(let e), .check(let e): [e]
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
             .renameColumn, .renameConstraint, .renameTable: []
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
