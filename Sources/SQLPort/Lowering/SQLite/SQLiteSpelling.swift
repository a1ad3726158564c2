/// SQLite's words for the shared `SQLPrinter`: identifier quoting, string literals, SQLite's
/// operator precedence, and the nodes SQLite writes differently (`LIKE` as `GLOB`, `to_char`
/// as `printf`, casts, booleans before 3.23).
///
/// The spelling is pure: what SQLite cannot evaluate as PostgreSQL does is refused before
/// printing by `SQLiteExpressionCheck`, and printed here only so that the text stays readable
/// next to the diagnostic.
struct SQLiteSpelling: SQLSpelling {
    let capabilities: SQLiteCapabilities
    /// The table whose columns an expression reads, for "is this an integer" (casts, `to_char`).
    var table: Table?
    /// The tables of an `INSERT ... SELECT`'s query, while its expressions are written.
    var scope: [QueryTable]?

    init(capabilities: SQLiteCapabilities, table: Table? = nil) {
        self.capabilities = capabilities
        self.table = table
    }

    // MARK: Names and literals

    func quoteIdentifier(_ name: String) -> String { Self.quote(name) }

    /// Built-in function names are written bare and lower case, as SQLite's documentation does.
    func quoteFunctionName(_ name: String) -> String { name.lowercased() }

    func stringLiteral(_ value: String) -> String { Self.stringLiteral(value) }

    func typeName(_ type: TypeName) -> String {
        SQLiteTypes.declaredType(ColumnType.storageKind(of: type.kind)) ?? type.spelling
    }

    /// Bare when a lower-case ASCII word that is not one of SQLite's key words, else `"..."`.
    static func quote(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let plain = !bytes.isEmpty && !(bytes[0] >= 48 && bytes[0] <= 57)
            && bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
        if plain && !SQLiteKeywords.all.contains(name.uppercased()) { return name }
        return "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `'...'` with `'` doubled; SQLite has no backslash escapes.
    static func stringLiteral(_ value: String) -> String {
        "'" + value.replacingAll("'", with: "''") + "'"
    }

    // MARK: Precedence

    /// SQLite 3.40's binding strengths (parse.y, lang_expr.html "Operators"), tightest first:
    /// prefix `-` `+`; `||`; `*` `/` `%`; `+` `-`; `<` `<=` `>` `>=`; `=` `<>` `IS` `IN`
    /// `BETWEEN` `LIKE` `GLOB`; `NOT`; `AND`; `OR`. They differ from PostgreSQL's where it
    /// matters: `||` binds tighter than `*`, `<` tighter than `=`, and `IS NULL` / `IN` /
    /// `BETWEEN` sit with `=`. SQLite chains comparisons (`a = b = c`); sqlport never relies on
    /// that and parenthesises equal levels of comparison.
    static let sign = Precedence(level: 2, associativity: .right)
    static let concat = Precedence(level: 3, associativity: .left)
    static let multiplicative = Precedence(level: 4, associativity: .left)
    static let additive = Precedence(level: 5, associativity: .left)
    static let ordering = Precedence(level: 7, associativity: .none)
    static let equality = Precedence(level: 8, associativity: .none)
    static let not = Precedence(level: 10, associativity: .right)
    static let and = Precedence(level: 11, associativity: .left)
    static let or = Precedence(level: 12, associativity: .left)

    func precedence(of expression: Expression) -> Precedence {
        switch expression.kind {
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .call, .caseWhen, .cast, .subquery, .exists:
            return .primary  // casts are always written `CAST(... AS ...)`
        case .unary(let op, _):
            switch op {
            case .minus, .plus: return Self.sign
            case .not: return Self.not
            }
        case .binary(let op, _, _):
            switch op {
            case .or: return Self.or
            case .and: return Self.and
            case .equal, .notEqual: return Self.equality
            case .less, .lessEqual, .greater, .greaterEqual: return Self.ordering
            case .concat: return Self.concat
            case .add, .subtract: return Self.additive
            case .multiply, .divide, .modulo, .power: return Self.multiplicative  // `^` is refused (D431)
            }
        case .isNull, .inList, .between, .like, .inQuery:
            return Self.equality
        }
    }

    // MARK: Nodes SQLite writes differently

    func spell(_ expression: Expression, printer: SQLPrinter) -> SpelledExpression? {
        switch expression.kind {
        case .boolean(let b):
            guard !capabilities.hasBooleanLiterals else { return nil }
            return SpelledExpression(b ? "1" : "0", precedence: .primary)
        case .like(let inner, let pattern, let negated, false):
            // PostgreSQL's LIKE is case-sensitive, SQLite's is not (for ASCII): a literal
            // pattern becomes the equivalent GLOB, which is.
            guard case .string(let p) = pattern.kind, let glob = Self.glob(fromLike: p) else { return nil }
            return SpelledExpression(printer.operand(inner, of: Self.equality, on: .left)
                + (negated ? " NOT GLOB " : " GLOB ") + Self.stringLiteral(glob), precedence: Self.equality)
        case .call(let name, let arguments, false) where name.schema == nil:
            guard name.name.value.lowercased() == "to_char", arguments.count == 2,
                  case .string(let p) = arguments[1].kind, let pattern = SQLiteToChar.parse(p) else { return nil }
            return printer.spelled(SQLiteToChar.expression(arguments[0], pattern))
        case .cast(let inner, let type, _):
            return SpelledExpression(castText(inner, to: type, printer: printer), precedence: .primary)
        case .integer, .numeric, .string, .null, .special, .column, .unary, .binary, .isNull, .inList, .between,
             .like, .call, .caseWhen, .subquery, .exists, .inQuery:
            return nil
        }
    }

    /// `CAST(x AS INTEGER)` and friends where SQLite's cast gives PostgreSQL's result: an integer
    /// cast to `VARCHAR(n)` is cut to n characters as PostgreSQL's explicit cast cuts it; a
    /// string literal cast to a string type is the resulting literal.
    private func castText(_ inner: Expression, to type: TypeName, printer: SQLPrinter) -> String {
        let target = ColumnType.storageKind(of: type.kind)
        if case .string(let literal) = inner.kind, let value = SQLiteTypes.castLiteral(target, literal) {
            return Self.stringLiteral(value)
        }
        if case .column(let q, let name) = inner.kind,
           SQLiteTypes.castIsIdentity(from: (scope.map { $0.column(q?.value, name.value) } ?? table?.column(name.value))?.type, to: target) {
            return printer.print(inner)
        }
        guard let spelled = SQLiteTypes.castTarget(target), sqliteIsInteger(inner, in: table, scope: scope) else {
            return "CAST(" + printer.print(inner) + " AS " + typeName(type) + ")"  // refused by the check
        }
        let cast = "CAST(" + printer.print(inner) + " AS " + spelled + ")"
        if case .varchar(let n?) = target, n < 20 { return "substr(" + cast + ", 1, \(n))" }  // 20: any 64-bit integer fits
        return cast
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
}
