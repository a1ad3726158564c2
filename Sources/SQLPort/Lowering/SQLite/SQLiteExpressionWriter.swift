/// Writes expressions for SQLite through the shared `SQLPrinter` and collects the D43x
/// diagnostics of what SQLite cannot evaluate as PostgreSQL does (`SQLiteExpressionCheck`).
/// The lowering's table and rebuild renderers print through one writer.
struct SQLiteWriter {
    let capabilities: SQLiteCapabilities
    /// The table whose columns the expressions being written read (for integer-ness).
    var table: Table?
    /// The tables of an `INSERT ... SELECT`'s query, while its expressions are written.
    var scope: [QueryTable]?
    private(set) var diagnostics: [Diagnostic] = []
    /// The script's guard, which rebuild steps record problems in.
    let frame: SQLiteScriptFrame

    init(capabilities: SQLiteCapabilities, table: Table? = nil, frame: SQLiteScriptFrame = SQLiteScriptFrame()) {
        self.capabilities = capabilities
        self.table = table
        self.frame = frame
    }

    var printer: SQLPrinter {
        var spelling = SQLiteSpelling(capabilities: capabilities, table: table)
        spelling.scope = scope
        return SQLPrinter(spelling: spelling)
    }

    mutating func report(_ d: Diagnostic) { diagnostics.append(d) }

    /// The expression with SQLite's spelling and exactly the parentheses SQLite's precedence needs.
    mutating func write(_ e: Expression) -> String {
        // `'[]'::jsonb` is the text `'[]'`, `'42'::bigint` the integer 42 (`ConstantCast`).
        let e = Self.normalized(e)
        var check = SQLiteExpressionCheck(capabilities: capabilities, table: table)
        check.scope = scope
        check.visit(e)
        // A statement may write the same expression twice (the statement and its row check).
        for d in check.diagnostics where !diagnostics.contains(d) { diagnostics.append(d) }
        return printer.print(e)
    }

    mutating func write(_ e: CatalogExpression) -> String {
        switch e {
        case .verbatim(let text): return text
        case .portable(let expr): return write(expr)
        }
    }

    /// What SQLite writes for `e`: constant casts folded, `now()` as `CURRENT_TIMESTAMP` (the
    /// same function in PostgreSQL; SQLite's is UTC text without a fraction, as for the keyword).
    /// SQLite evaluates the keyword once per statement (sqlite3_step), PostgreSQL's `now()` once
    /// per transaction: `statement_timestamp()` is the closer of the two, so it is taken too.
    static func normalized(_ e: Expression) -> Expression {
        e.foldingConstantCasts().nowAsCurrentTimestamp(statementTimestamp: true)
    }

    /// A `DEFAULT` clause's expression: SQLite takes literals, signed numbers and
    /// `CURRENT_*` bare, anything else in parentheses.
    /// A column's default; a date/time string in the form SQLite stores as PostgreSQL reads it
    /// (D494 when it is in another).
    mutating func defaultClause(_ e: CatalogExpression, for column: Column? = nil) -> String {
        switch e {
        case .verbatim(let text): return text
        case .portable(let given):
            var written = given
            if let column {
                if let rewritten = DateTimeLiteralRewrite.rewritten(given.foldingConstantCasts(), type: column.type.portable) {
                    written = rewritten
                } else {
                    report(DateTimeLiteralRewrite.unreadable(given, column: column.name, type: column.type.portable, targetName: "SQLite"))
                }
            }
            let expr = Self.normalized(written)
            let text = write(expr)
            switch expr.kind {
            case .integer, .numeric, .string, .null, .special, .boolean: return text
            case .unary(let op, let inner):
                if op != .not, case .integer = inner.kind { return text }
                if op != .not, case .numeric = inner.kind { return text }
                return "(" + text + ")"
            case .column, .binary, .isNull, .inList, .between, .like, .call, .cast, .caseWhen, .subquery, .exists, .inQuery:
                return "(" + text + ")"
            }
        }
    }
}
