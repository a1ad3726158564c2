/// `to_char(integer, '0...0')` and `to_char(integer, 'FM0...0')` as a SQLite expression with
/// exactly PostgreSQL 15's result for every 64-bit integer (checked against PostgreSQL):
///
///     to_char(7, 'FM000')     = '007'     to_char(7, '000')     = ' 007'
///     to_char(-7, 'FM000')    = '-007'    to_char(-7, '000')    = '-007'
///     to_char(1000, 'FM000')  = '###'     to_char(1000, '000')  = ' ###'
///     to_char(-1000, 'FM000') = '-###'    to_char(NULL, ...)    = NULL
///
/// More digits than the pattern holds print one `#` per pattern digit, after the sign.
/// SQLite's `printf('%0Nd', x)` pads to N characters *including* the sign, so negative
/// numbers are padded to N + 1 and the `-` is cut off and put back; `printf` handles the
/// smallest 64-bit integer, whose absolute value does not fit (-x would overflow).
enum SQLiteToChar {
    /// The pattern's shape: digit count and whether `FM` drops the sign's blank.
    struct Pattern: Hashable {
        var digits: Int
        var fillMode: Bool
    }

    /// `FM0...0` or `0...0` (1 to 100 zeros); nil for anything else.
    static func parse(_ pattern: String) -> Pattern? {
        var rest = Substring(pattern)
        var fillMode = false
        if rest.uppercased().hasPrefix("FM") {
            fillMode = true
            rest = rest.dropFirst(2)
        }
        guard !rest.isEmpty, rest.count <= 100, rest.allSatisfy({ $0 == "0" }) else { return nil }
        return Pattern(digits: rest.count, fillMode: fillMode)
    }

    /// The SQLite expression for `to_char(value, pattern)`; `value` must be an integer.
    static func expression(_ value: Expression, _ pattern: Pattern) -> Expression {
        let n = pattern.digits
        let blank = pattern.fillMode ? "" : " "
        let hashes = String(repeating: "#", count: n)
        func lit(_ s: String) -> Expression { Expression(.string(s)) }
        func num(_ i: Int) -> Expression { Expression(.integer(String(i))) }
        func call(_ name: String, _ args: Expression...) -> Expression {
            Expression(.call(name: QualifiedName(Identifier(name)), arguments: args, star: false))
        }
        func concat(_ a: Expression, _ b: Expression) -> Expression { Expression(.binary(.concat, a, b)) }
        let length = call("length", value)

        // Negative: '-' then N digits; the '-' counts in length() and in printf's width.
        let negative = Expression(.caseWhen(operand: nil, whens: [
            WhenClause(condition: Expression(.binary(.greater, length, num(n + 1))), result: lit("-" + hashes)),
        ], otherwise: concat(lit("-"), call("substr", call("printf", lit("%0\(n + 1)d"), value), num(2)))))
        let positiveDigits = call("printf", lit("%0\(n)d"), value)
        return Expression(.caseWhen(operand: nil, whens: [
            WhenClause(condition: Expression(.isNull(value, negated: false)), result: Expression(.null)),
            WhenClause(condition: Expression(.binary(.less, value, num(0))), result: negative),
            WhenClause(condition: Expression(.binary(.greater, length, num(n))), result: lit(blank + hashes)),
        ], otherwise: blank.isEmpty ? positiveDigits : concat(lit(blank), positiveDigits)))
    }
}
