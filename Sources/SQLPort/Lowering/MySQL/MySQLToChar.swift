/// `to_char(integer, '[FM]00...0')` as MySQL string functions giving PostgreSQL's exact text.
///
/// PostgreSQL 15 (checked on the server): a non-negative value gets a blank for its sign
/// unless the format starts with `FM`, a negative one a `-`; digits are zero-padded to the
/// number of `0`s; a value with more digits than that prints one `#` per `0`, after the sign
/// (`to_char(-1000, 'FM000')` = `-###`); NULL gives NULL. So for n zeros:
///
///     CONCAT(IF(x < 0, '-', ''), LPAD(TRIM(LEADING '-' FROM CAST(x AS CHAR)), n, '0'))
///
/// with `IF(x NOT BETWEEN -(10^n-1) AND 10^n-1, '##..#', LPAD(...))` when x's type can have
/// more than n digits. The digits come from the text of x, so BIGINT's minimum has no ABS overflow.
enum MySQLToChar {
    struct Format: Equatable { var fillMode: Bool; var zeros: Int }

    static func format(_ pattern: String) -> Format? {
        var body = Substring(pattern), fillMode = false
        // PostgreSQL reads `FM` and `fm` as fill mode, but `Fm` / `fM` as literal text.
        if body.hasPrefix("FM") || body.hasPrefix("fm") {
            fillMode = true
            body = body.dropFirst(2)
        }
        guard !body.isEmpty, body.allSatisfy({ $0 == "0" }) else { return nil }
        return Format(fillMode: fillMode, zeros: body.count)
    }

    /// Digits of the largest value the argument can hold; nil when it is not an integer MySQL can read.
    static func digits(of e: Expression, columns: MySQLColumnTypes) -> Int? {
        switch e.kind {
        case .column(let q, let name): return columns[q, name.value].flatMap(MySQLTypes.integerDigits)
        case .integer(let d): return d.count
        case .unary(.minus, let inner): if case .integer(let d) = inner.kind { return d.count } else { return nil }
        case .numeric, .string, .boolean, .null, .special, .unary, .binary, .isNull, .inList, .between, .like, .call,
             .cast, .caseWhen, .subquery, .exists, .inQuery:
            return nil
        }
    }

    static func check(_ call: Expression, columns: MySQLColumnTypes, fallback: SourceRange?) -> [Diagnostic] {
        guard case .call(_, let arguments, _) = call.kind, arguments.count == 2 else {
            return [.error(.mysqlUnsupportedToChar, "to_char needs a value and a format here", at: call.range ?? fallback,
                           label: "expected 2 arguments", help: "write `to_char(column, 'FM000')`")]
        }
        var out: [Diagnostic] = []
        if digits(of: arguments[0], columns: columns) == nil {
            out.append(.error(.mysqlUnsupportedToChar, "to_char is translated for integer columns and literals only",
                              at: arguments[0].range ?? call.range ?? fallback, label: "not an integer column",
                              help: "convert an integer column, e.g. `to_char(id, 'FM0000')`; dates and decimals have no exact MySQL form"))
        }
        if case .string(let p) = arguments[1].kind, format(p) != nil {} else {
            out.append(.error(.mysqlUnsupportedToChar, "this to_char format has no exact MySQL translation",
                              at: arguments[1].range ?? call.range ?? fallback, label: "only `FM0...0` and `0...0` are translated",
                              help: "zero-padding formats (`'FM00000'`) are exact; rewrite others with lpad/concat you check by hand"))
        }
        return out
    }

    /// The MySQL text for a translatable call, nil for anything else (another function).
    static func translate(name: String, arguments: [Expression], columns: MySQLColumnTypes, printer: SQLPrinter) -> String? {
        guard name.lowercased() == "to_char", arguments.count == 2, case .string(let pattern) = arguments[1].kind,
              let f = format(pattern), let typeDigits = digits(of: arguments[0], columns: columns) else { return nil }
        let x = printer.operand(arguments[0], of: Precedence(level: 50, associativity: .none), on: .left)
        let n = f.zeros
        let padded = "LPAD(TRIM(LEADING '-' FROM CAST(\(printer.print(arguments[0])) AS CHAR)), \(n), '0')"
        var body = padded
        if typeDigits > n {
            let limit = String(repeating: "9", count: n)
            body = "IF(\(x) NOT BETWEEN -\(limit) AND \(limit), '\(String(repeating: "#", count: n))', \(padded))"
        }
        return "CONCAT(IF(\(x) < 0, '-', '\(f.fillMode ? "" : " ")'), \(body))"
    }
}
