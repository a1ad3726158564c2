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
    ///
    ///     CASE WHEN v >= 0 AND v <= 999 THEN printf('%03d', v)
    ///          WHEN v < 0 AND v >= -999 THEN '-' || substr(printf('%04d', v), 2)
    ///          WHEN v >= 0 THEN '###' WHEN v < 0 THEN '-###' END
    ///
    /// NULL matches no branch and gives NULL. With 19 or more digits every 64-bit integer fits,
    /// so the bounds and the `#` branches are left out. The common case is tested first: the
    /// expression runs once per row of a rebuild.
    static func expression(_ value: Expression, _ pattern: Pattern) -> Expression {
        let n = pattern.digits
        let blank = pattern.fillMode ? "" : " "
        let hashes = String(repeating: "#", count: n)
        func lit(_ s: String) -> Expression { Expression(.string(s)) }
        func num(_ digits: String) -> Expression { Expression(.integer(digits)) }
        func call(_ name: String, _ args: Expression...) -> Expression {
            Expression(.call(name: QualifiedName(Identifier(name)), arguments: args, star: false))
        }
        func concat(_ a: Expression, _ b: Expression) -> Expression { Expression(.binary(.concat, a, b)) }
        func and(_ a: Expression, _ b: Expression) -> Expression { Expression(.binary(.and, a, b)) }
        let zero = num("0")
        let nonNegative = Expression(.binary(.greaterEqual, value, zero))
        let negative = Expression(.binary(.less, value, zero))
        // printf pads to the width including the sign: pad negatives to n + 1, cut the '-', put it back.
        let positiveText = blank.isEmpty ? call("printf", lit("%0\(n)d"), value)
            : concat(lit(blank), call("printf", lit("%0\(n)d"), value))
        let negativeText = concat(lit("-"), call("substr", call("printf", lit("%0\(n + 1)d"), value), num("2")))
        guard n < 19 else {
            return Expression(.caseWhen(operand: nil, whens: [
                WhenClause(condition: nonNegative, result: positiveText),
                WhenClause(condition: negative, result: negativeText),
            ], otherwise: nil))
        }
        let largest = String(repeating: "9", count: n)
        return Expression(.caseWhen(operand: nil, whens: [
            WhenClause(condition: and(nonNegative, Expression(.binary(.lessEqual, value, num(largest)))), result: positiveText),
            WhenClause(condition: and(negative, Expression(.binary(.greaterEqual, value, Expression(.unary(.minus, num(largest)))))),
                       result: negativeText),
            WhenClause(condition: nonNegative, result: lit(blank + hashes)),
            WhenClause(condition: negative, result: lit("-" + hashes)),
        ], otherwise: nil))
    }
}
