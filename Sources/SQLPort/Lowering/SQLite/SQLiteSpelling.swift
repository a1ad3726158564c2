/// SQLite's words: identifier quoting, string literals, and expressions translated to what
/// SQLite evaluates exactly as PostgreSQL does — or a D43x diagnostic pointing at the node.
///
/// Operands are parenthesised whenever they are not atoms, so no precedence difference
/// between PostgreSQL and SQLite can change a tree's meaning.
struct SQLiteSpelling {
    let capabilities: SQLiteCapabilities
    /// Whether an expression is known to be an integer (column types come from the catalog).
    var isInteger: (Expression) -> Bool = { _ in false }
    private(set) var diagnostics: [Diagnostic] = []
    /// True while writing an expression sqlport built itself (`to_char`'s translation), whose
    /// SQLite-only functions are not the user's.
    private var writingGenerated = false
    private var generatedValue: (Expression, String)?
    /// SQLite functions sqlport's own translations use.
    static let generatedFunctions: Set<String> = ["printf", "substr", "length"]

    init(capabilities: SQLiteCapabilities, isInteger: @escaping (Expression) -> Bool = { _ in false }) {
        self.capabilities = capabilities
        self.isInteger = isInteger
    }

    // MARK: Names and literals

    /// Bare when a lower-case ASCII word that is not one of SQLite's key words, else `"..."`.
    static func quote(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let plain = !bytes.isEmpty && !(bytes[0] >= 48 && bytes[0] <= 57)
            && bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
        if plain && !keywords.contains(name.uppercased()) { return name }
        var out = "\""
        for ch in name.unicodeScalars { out += ch == "\"" ? "\"\"" : String(ch) }
        return out + "\""
    }

    /// `'...'` with `'` doubled; SQLite has no backslash escapes.
    static func stringLiteral(_ value: String) -> String {
        var out = "'"
        for ch in value.unicodeScalars { out += ch == "'" ? "''" : String(ch) }
        return out + "'"
    }

    mutating func report(_ d: Diagnostic) { diagnostics.append(d) }

    // MARK: Expressions

    /// A `DEFAULT` clause's expression: SQLite takes literals, signed numbers and
    /// `CURRENT_*` bare, anything else in parentheses.
    mutating func defaultClause(_ e: CatalogExpression) -> String {
        switch e {
        case .verbatim(let text): return text
        case .portable(let expr):
            let text = write(expr)
            switch expr.kind {
            case .integer, .numeric, .string, .null, .special, .boolean: return text
            case .unary(let op, let inner):
                if op != .not, case .integer = inner.kind { return text }
                if op != .not, case .numeric = inner.kind { return text }
                return "(" + text + ")"
            case .column, .binary, .isNull, .inList, .between, .like, .call, .cast, .caseWhen:
                return "(" + text + ")"
            }
        }
    }

    mutating func write(_ e: CatalogExpression) -> String {
        switch e {
        case .verbatim(let text): return text
        case .portable(let expr): return write(expr)
        }
    }

    mutating func write(_ e: Expression) -> String {
        if writingGenerated, let (node, text) = generatedValue, node == e { return text }
        switch e.kind {
        case .integer(let digits), .numeric(let digits): return digits
        case .string(let value):
            if value.unicodeScalars.contains("\u{0}") {
                report(.error(.sqliteNulInString, "string literal contains a NUL character", at: e.range,
                              label: "SQLite's SQL text ends at U+0000",
                              help: "remove the character, or store the value as a BLOB"))
            }
            return Self.stringLiteral(value)
        case .boolean(let b): return capabilities.hasBooleanLiterals ? (b ? "TRUE" : "FALSE") : (b ? "1" : "0")
        case .null: return "NULL"
        case .special(let s): return s.rawValue
        case .column(let table, let name): return (table.map { Self.quote($0.value) + "." } ?? "") + Self.quote(name.value)
        case .unary(let op, let inner):
            let operand = wrapped(inner)
            switch op {
            case .not: return "NOT " + operand
            case .minus, .plus: return op.rawValue + (operand.hasPrefix("-") || operand.hasPrefix("+") ? " " : "") + operand
            }
        case .binary(let op, let l, let r):
            switch op {
            case .power:
                unsupported(e, "SQLite has no `^` operator", help: "write the product out, or compute the value before the migration")
                return wrapped(l) + " * " + wrapped(r)
            case .notEqual: return wrapped(l) + " <> " + wrapped(r)
            case .or, .and, .equal, .less, .lessEqual, .greater, .greaterEqual, .concat, .add, .subtract, .multiply,
                 .divide, .modulo:
                return wrapped(l) + " " + op.rawValue + " " + wrapped(r)
            }
        case .isNull(let inner, let negated): return wrapped(inner) + (negated ? " IS NOT NULL" : " IS NULL")
        case .inList(let inner, let list, let negated):
            return wrapped(inner) + (negated ? " NOT IN (" : " IN (") + list.map { write($0) }.joined(separator: ", ") + ")"
        case .between(let inner, let low, let high, let negated):
            return wrapped(inner) + (negated ? " NOT BETWEEN " : " BETWEEN ") + wrapped(low) + " AND " + wrapped(high)
        case .like(let inner, let pattern, let negated, let caseInsensitive):
            return like(e, inner, pattern: pattern, negated: negated, caseInsensitive: caseInsensitive)
        case .call(let name, let arguments, let star):
            return call(e, name: name, arguments: arguments, star: star)
        case .cast(let inner, let type, _):
            return cast(e, inner, to: type)
        case .caseWhen(let operand, let whens, let otherwise):
            var out = "CASE"
            if let operand { out += " " + write(operand) }
            for w in whens { out += " WHEN " + write(w.condition) + " THEN " + write(w.result) }
            if let otherwise { out += " ELSE " + write(otherwise) }
            return out + " END"
        }
    }

    /// An operand: atoms bare, everything else in parentheses.
    private mutating func wrapped(_ e: Expression) -> String {
        let text = write(e)
        switch e.kind {
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .call, .cast, .caseWhen: return text
        case .unary(let op, _) where op != .not && SQLiteNativeRules.isConstant(e): return text  // -1
        case .unary, .binary, .isNull, .inList, .between, .like: return "(" + text + ")"
        }
    }

    private mutating func unsupported(_ e: Expression, _ label: String, help: String) {
        report(.error(.sqliteUnsupportedExpression, "SQLite cannot evaluate this expression as PostgreSQL does",
                      at: e.range, label: label, help: help))
    }

    /// PostgreSQL's `LIKE` is case-sensitive, SQLite's is not (for ASCII): a literal pattern
    /// becomes the equivalent `GLOB`, which is case-sensitive.
    private mutating func like(_ e: Expression, _ inner: Expression, pattern: Expression, negated: Bool,
                               caseInsensitive: Bool) -> String {
        guard !caseInsensitive else {
            unsupported(e, "SQLite's case folding is ASCII-only",
                        help: "compare `lower(...)` of both sides if the values are ASCII, or filter before the migration")
            return write(inner)
        }
        guard case .string(let p) = pattern.kind, let glob = Self.glob(fromLike: p) else {
            unsupported(e, "SQLite's LIKE ignores case", help: "use a string literal as the pattern, which sqlport turns into GLOB")
            return write(inner)
        }
        return wrapped(inner) + (negated ? " NOT GLOB " : " GLOB ") + Self.stringLiteral(glob)
    }

    /// A LIKE pattern (backslash escapes, PostgreSQL's default) as a GLOB pattern; nil when it
    /// ends in a lone backslash, which PostgreSQL rejects.
    static func glob(fromLike pattern: String) -> String? {
        var out = "", escaped = false
        for ch in pattern {
            if escaped {
                out += "*?[".contains(ch) ? "[\(ch)]" : String(ch)
                escaped = false
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "%": out += "*"
            case "_": out += "?"
            case "*", "?", "[": out += "[\(ch)]"
            default: out.append(ch)
            }
        }
        return escaped ? nil : out
    }

    /// Functions SQLite has with PostgreSQL's meaning; `to_char` by `SQLiteToChar`.
    static let sameFunctions: Set<String> = ["coalesce", "nullif", "abs", "length", "replace", "ltrim", "rtrim", "trim"]
    /// Same name, ASCII-only in SQLite (no ICU): accepted with a warning.
    static let asciiOnlyFunctions: Set<String> = ["lower", "upper"]

    private mutating func call(_ e: Expression, name: QualifiedName, arguments: [Expression], star: Bool) -> String {
        let fn = name.name.value.lowercased()
        if name.schema == nil, !star {
            if writingGenerated, Self.generatedFunctions.contains(fn) {
                return fn + "(" + arguments.map { write($0) }.joined(separator: ", ") + ")"
            }
            if fn == "to_char" { return toChar(e, arguments) }
            if Self.sameFunctions.contains(fn) || Self.asciiOnlyFunctions.contains(fn) {
                if Self.asciiOnlyFunctions.contains(fn) {
                    report(.warning(.sqliteUnsupportedExpression, "SQLite's `\(fn)` changes only ASCII letters", at: e.range,
                                    label: "PostgreSQL also changes letters such as `É`",
                                    help: "check that the values are ASCII, or load SQLite's ICU extension"))
                }
                return fn + "(" + arguments.map { write($0) }.joined(separator: ", ") + ")"
            }
        }
        unsupported(e, "no SQLite function has the meaning of `\(name)`",
                    help: fn == "now" ? "write `CURRENT_TIMESTAMP`" : "compute the value another way, or before the migration")
        return "NULL"
    }

    private mutating func toChar(_ e: Expression, _ arguments: [Expression]) -> String {
        guard arguments.count == 2, case .string(let p) = arguments[1].kind, let pattern = SQLiteToChar.parse(p) else {
            report(.error(.sqliteToCharPattern, "this `to_char` cannot be translated to SQLite exactly",
                          at: arguments.count == 2 ? (arguments[1].range ?? e.range) : e.range,
                          label: "only the patterns `FM0...0` and `0...0` are supported",
                          help: "zero-pad with a pattern of `0`s, e.g. `to_char(id, 'FM00000000')`"))
            return "NULL"
        }
        guard isInteger(arguments[0]) else {
            report(.error(.sqliteToCharPattern, "`to_char` is translated only for integer values", at: arguments[0].range ?? e.range,
                          label: "not known to be an integer",
                          help: "cast the value to an integer type first, e.g. `to_char(CAST(x AS BIGINT), 'FM000')`"))
            return "NULL"
        }
        // The value is the user's expression: written once, with the user's rules, and reused.
        let value = (arguments[0], write(arguments[0]))
        generatedValue = value
        writingGenerated = true
        let text = write(SQLiteToChar.expression(arguments[0], pattern))
        writingGenerated = false
        generatedValue = nil
        return text
    }

    private mutating func cast(_ e: Expression, _ inner: Expression, to type: TypeName) -> String {
        let target = ColumnType.storageKind(of: type.kind)
        guard type.arrayDimensions == 0, let spelled = SQLiteTypes.declaredType(target) else {
            unsupported(e, "SQLite has no type `\(type.spelling.isEmpty ? ColumnType.canonicalSpelling(type.kind) : type.spelling)`",
                        help: SQLiteTypes.refusalHelp(type.kind))
            return write(inner)
        }
        switch target {
        case .smallint, .integer, .bigint:
            // Integers and integer-valued text convert alike; SQLite truncates fractions where
            // PostgreSQL rounds, so only integer operands are exact.
            if isInteger(inner) { return "CAST(" + write(inner) + " AS INTEGER)" }
        case .text, .varchar, .char:
            if isInteger(inner) { return "CAST(" + write(inner) + " AS TEXT)" }
            if case .string = inner.kind { return write(inner) }
        case .real, .doublePrecision, .float:
            if isInteger(inner) { return "CAST(" + write(inner) + " AS REAL)" }
        case .smallserial, .serial, .bigserial, .numeric, .boolean, .bytea, .date, .time, .timestamp, .interval,
             .uuid, .json, .jsonb:
            break
        }
        unsupported(e, "SQLite's CAST to `\(spelled)` does not convert as PostgreSQL's does",
                    help: "SQLite casts leniently (`CAST('x' AS INTEGER)` is 0); write the conversion with CASE, or convert before the migration")
        return write(inner)
    }

    /// SQLite's key words (sqlite.org/lang_keywords.html, 3.40), quoted when used as names.
    static let keywords: Set<String> = [
        "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS", "ASC", "ATTACH",
        "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST", "CHECK", "COLLATE",
        "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE",
        "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC",
        "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUDE", "EXCLUSIVE",
        "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL",
        "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX", "INDEXED",
        "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY", "LAST",
        "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL", "NULL",
        "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER", "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN", "PRAGMA",
        "PRECEDING", "PRIMARY", "QUERY", "RAISE", "RANGE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX",
        "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT",
        "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION", "TRIGGER",
        "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE",
        "WINDOW", "WITH", "WITHOUT", "TRUE", "FALSE", "ROWID",
    ]
}
