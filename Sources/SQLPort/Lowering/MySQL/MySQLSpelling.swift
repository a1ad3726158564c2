/// How MySQL and MariaDB spell names, strings, types and the expression nodes they write
/// differently from PostgreSQL. `columns` are the column types of the table the statement is
/// about, so `/` can become `DIV` exactly when PostgreSQL would divide integers.
struct MySQLSpelling: SQLSpelling {
    var flavor: MySQLFlavor
    var columns: MySQLColumnTypes = [:]

    /// Bare when the name is a lower-case ASCII word that neither server reserves; otherwise in
    /// backticks, with backticks doubled.
    func quoteIdentifier(_ name: String) -> String {
        if Self.isPlainWord(name), !MySQLKeywords.reserved.contains(name) { return name }
        return "`" + name.replacingAll("`", with: "``") + "`"
    }

    /// Built-in function names are never quoted: a quoted name would mean a stored function.
    func quoteFunctionName(_ name: String) -> String { name }

    /// `'...'` with `'` doubled and backslashes escaped: backslash is an escape character in
    /// MySQL strings unless `NO_BACKSLASH_ESCAPES` is set, which the script's `SET sql_mode`
    /// rules out. NUL, line breaks, tab and Ctrl-Z use MySQL's escapes so a statement stays
    /// on its lines.
    func stringLiteral(_ value: String) -> String {
        var out = "'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case "\\": out += "\\\\"
            case "\u{0}": out += "\\0"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{1A}": out += "\\Z"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    func typeName(_ type: TypeName) -> String {
        MySQLTypes.spelling(of: ColumnType(type), flavor: flavor) ?? type.spelling
    }

    /// Every compound expression is parenthesised where it is an operand: MySQL's precedence
    /// differs from PostgreSQL's (`NOT`, `||`, comparison chains), so no reliance on either.
    func precedence(of expression: Expression) -> Precedence {
        let standard = Precedence.postgreSQL(of: expression)
        return standard.level == 0 ? standard : Precedence(level: 50, associativity: .none)
    }

    func spell(_ expression: Expression, printer: SQLPrinter) -> SpelledExpression? {
        let compound = Precedence(level: 50, associativity: .none)
        switch expression.kind {
        case .binary(.concat, let l, let r):
            return SpelledExpression("CONCAT(" + printer.print(l) + ", " + printer.print(r) + ")", precedence: .primary)
        case .binary(.power, let l, let r):
            return SpelledExpression("POW(" + printer.print(l) + ", " + printer.print(r) + ")", precedence: .primary)
        case .binary(.divide, let l, let r):
            // PostgreSQL divides integers by truncating toward zero, as MySQL's DIV does.
            let isInteger = MySQLExpressions.isInteger(l, columns: columns) && MySQLExpressions.isInteger(r, columns: columns)
            let op = isInteger ? " DIV " : " / "
            return SpelledExpression(printer.operand(l, of: compound, on: .left) + op
                + printer.operand(r, of: compound, on: .right), precedence: compound)
        case .like(let e, let pattern, let negated, let caseInsensitive):
            // PostgreSQL's LIKE compares characters exactly and ILIKE their lower case, whatever
            // the column's collation; MySQL's default collations ignore case and accents. A
            // binary utf8mb4 collation compares code points, character by character, so `_`
            // and `%` match as in PostgreSQL (LIKE never pads, so trailing spaces count too).
            func utf8(_ x: Expression) -> String { "CONVERT(" + printer.print(x) + " USING utf8mb4)" }
            let subject = caseInsensitive ? "LOWER(" + utf8(e) + ")" : utf8(e)
            let pat = caseInsensitive ? "LOWER(" + utf8(pattern) + ")" : utf8(pattern)
            return SpelledExpression(subject + " COLLATE utf8mb4_bin" + (negated ? " NOT LIKE " : " LIKE ") + pat, precedence: compound)
        case .cast(let e, let type, _):
            guard let target = MySQLTypes.castTarget(type) else { return nil }
            return SpelledExpression("CAST(" + printer.print(e) + " AS " + target + ")", precedence: .primary)
        case .call(let name, let arguments, let star):
            guard name.schema == nil, !star else { return nil }
            if let text = MySQLToChar.translate(name: name.name.value, arguments: arguments, columns: columns, printer: printer) {
                return SpelledExpression(text, precedence: .primary)
            }
            let fn = name.name.value.lowercased()
            if arguments.isEmpty, let fixed = MySQLExpressions.fixedCalls[fn] { return SpelledExpression(fixed, precedence: .primary) }
            if fn == "concat" {
                // PostgreSQL's concat skips NULLs; MySQL's CONCAT is NULL if any argument is.
                return SpelledExpression("CONCAT_WS(''" + arguments.map { ", " + printer.print($0) }.joined() + ")", precedence: .primary)
            }
            guard let mapped = MySQLExpressions.functionNames[fn] else { return nil }
            return SpelledExpression(mapped + "(" + arguments.map { printer.print($0) }.joined(separator: ", ") + ")",
                                     precedence: .primary)
        case .boolean(let value):
            return SpelledExpression(value ? "TRUE" : "FALSE", precedence: .primary)
        case .special(let v):
            // PostgreSQL keeps microseconds; MySQL's bare CURRENT_TIMESTAMP has none.
            switch v {
            case .currentTimestamp: return SpelledExpression("CURRENT_TIMESTAMP(6)", precedence: .primary)
            case .currentTime: return SpelledExpression("CURRENT_TIME(6)", precedence: .primary)
            case .currentDate: return nil
            }
        case .integer, .numeric, .string, .null, .column, .unary, .binary, .isNull, .inList,
             .between, .caseWhen, .subquery, .exists, .inQuery:
            return nil
        }
    }

    static func isPlainWord(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || (first >= 97 && first <= 122) else { return false }
        return name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
    }
}
