/// What a lowering produces: the output file, or nil when an error stops it, and the
/// diagnostics either way.
public struct LoweringResult: Sendable {
    public var output: OutputScript?
    public var diagnostics: [Diagnostic]

    public init(output: OutputScript?, diagnostics: [Diagnostic] = []) {
        self.output = output
        self.diagnostics = diagnostics
    }

    /// The output's text, or "" when there is none.
    public func render() -> String { output?.render() ?? "" }
}

/// PostgreSQL output: the input is already PostgreSQL-flavoured, so each statement is
/// printed back canonically, tied to its input line, inside one transaction (PostgreSQL's
/// DDL is transactional, so a failure leaves nothing half done).
public enum PostgreSQLLowering {
    /// Lowers a parsed script. Input `BEGIN` / `COMMIT` are dropped, because sqlport owns
    /// the framing; the header lists where they were.
    ///
    /// Takes the raw script for now; when the checker lands it will take the checked plan,
    /// and only the loop over statements changes.
    public static func lower(_ script: Script, sources: SourceMap) -> LoweringResult {
        let printer = SQLPrinter()
        let diagnostics = PostgreSQLRestrictions.check(script)
        guard !diagnostics.hasErrors else { return LoweringResult(output: nil, diagnostics: diagnostics) }

        var items: [OutputItem] = [.statement(OutputStatement("BEGIN;"))]
        var dropped: [String] = []
        for statement in script.statements {
            let origin = SourceOrigin(statement.range, in: sources)
            if case .transaction(let control) = statement.kind {
                dropped.append(spelling(control, statement.range, sources) + (origin.map { " at line \($0.line)" } ?? ""))
                continue
            }
            items.append(.statement(OutputStatement(printer.print(statement), origin: origin)))
        }
        items += [.blank, .statement(OutputStatement("COMMIT;"))]

        var header: [String] = []
        if !dropped.isEmpty {
            header.append("Transaction control in the input was dropped (" + dropped.joined(separator: ", ")
                + "): the whole script runs in one transaction.")
        }
        let output = OutputScript(sourceName: sourceName(script, sources), dialect: .postgresql,
                                  header: header, items: items)
        return LoweringResult(output: output, diagnostics: diagnostics)
    }

    /// Lowers a checked plan. PostgreSQL needs nothing the catalog knows: the input is
    /// already its dialect, so the plan's statements are printed as they are.
    public static func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult {
        lower(Script(statements: plan.steps.map(\.statement)), sources: sources)
    }

    /// `BEGIN`, `START TRANSACTION` or `COMMIT` as the input wrote it (the AST keeps
    /// both ways of starting a transaction as `.begin`).
    static func spelling(_ control: TransactionControl, _ range: SourceRange?, _ sources: SourceMap) -> String {
        switch control {
        case .commit: return "COMMIT"
        case .begin:
            guard let range, range.file.index >= 0, range.file.index < sources.files.count else { return "BEGIN" }
            let first = sources[range.file].text(range).prefix { $0.isLetter }.uppercased()
            return first == "START" ? "START TRANSACTION" : "BEGIN"
        }
    }

    /// The file the statements came from, for the header.
    static func sourceName(_ script: Script, _ sources: SourceMap) -> String {
        let file = script.statements.lazy.compactMap { $0.range?.file }.first
        if let file, file.index >= 0, file.index < sources.files.count { return sources[file].name }
        return sources.files.first?.name ?? "<input>"
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

    static func check(_ script: Script) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for statement in script.statements {
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
