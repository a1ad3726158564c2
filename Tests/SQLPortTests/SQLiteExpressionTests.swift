import Testing
@testable import SQLPort

@Suite("SQLite expressions")
struct SQLiteExpressionTests {
    func write(_ e: Expression, integer: Bool = true) -> (String, [DiagnosticCode]) {
        let type = integer ? ColumnType(portable: .bigint, declared: "BIGINT") : ColumnType(portable: .numeric(precision: nil, scale: nil), declared: "NUMERIC")
        let table = Table(name: "t", columns: ["id", "amount", "name", "n"].map { Column(name: $0, type: type) })
        var s = SQLiteWriter(capabilities: SQLiteCapabilities(.conservativeDefault), table: table)
        let text = s.write(e)
        return (text, s.diagnostics.map(\.code))
    }

    @Test func toCharIsExactForShortAndLongPatterns() {
        #expect(write(call("to_char", ref("id"), str("FM000"))).0
            == "CASE WHEN id >= 0 AND id <= 999 THEN printf('%03d', id) WHEN id < 0 AND id >= -999 THEN '-' || substr(printf('%04d', id), 2) WHEN id >= 0 THEN '###' WHEN id < 0 THEN '-###' END")
        #expect(write(call("to_char", ref("id"), str("000"))).0.contains("THEN ' ' || printf('%03d', id)"))
        #expect(write(call("to_char", ref("id"), str("FM0000000000000000000"))).0
            == "CASE WHEN id >= 0 THEN printf('%019d', id) WHEN id < 0 THEN '-' || substr(printf('%020d', id), 2) END")
        #expect(write(call("to_char", ref("id"), str("FM999"))).1 == [.sqliteToCharPattern])
        #expect(write(call("to_char", ref("amount"), str("FM000")), integer: false).1 == [.sqliteToCharPattern])
        #expect(SQLiteToChar.parse("fm00") == SQLiteToChar.Pattern(digits: 2, fillMode: true))
        #expect(SQLiteToChar.parse("FM") == nil)
    }

    @Test func likeBecomesGlobAndOthersAreRefused() {
        let like = Expression(.like(ref("name"), pattern: str("a_b%\\%"), negated: false, caseInsensitive: false))
        #expect(write(like).0 == "name GLOB 'a?b*[*]'" || write(like).0 == "name GLOB 'a?b*%'")
        #expect(SQLiteSpelling.glob(fromLike: "50\\%_*") == "50%?[*]")
        #expect(write(Expression(.like(ref("n"), pattern: str("x"), negated: false, caseInsensitive: true))).1 == [.sqliteUnsupportedExpression])
        #expect(write(call("clock_timestamp")).1 == [.sqliteUnsupportedExpression])
        #expect(write(Expression(.binary(.power, int("2"), int("3")))).1 == [.sqliteUnsupportedExpression])
        #expect(write(call("lower", ref("n"))) == ("lower(n)", [.sqliteUnsupportedExpression]))  // a warning
        #expect(write(Expression(.string("a\u{0}b"))).1 == [.sqliteNulInString])
    }

    /// PostgreSQL's `now()` and `transaction_timestamp()` are `CURRENT_TIMESTAMP`.
    @Test func nowIsCurrentTimestamp() {
        #expect(write(call("now")) == ("CURRENT_TIMESTAMP", []))
        #expect(write(call("TRANSACTION_TIMESTAMP")) == ("CURRENT_TIMESTAMP", []))
        #expect(write(call("statement_timestamp")) == ("CURRENT_TIMESTAMP", []))
        #expect(write(Expression(.binary(.less, ref("at"), call("now"))), integer: false) == ("at < CURRENT_TIMESTAMP", []))
    }

    /// `'literal'::type` is the target's constant where PostgreSQL's input function accepts it.
    @Test func constantCastsAreFolded() {
        func cast(_ s: String, _ kind: TypeKind) -> Expression { Expression(.cast(str(s), TypeName(kind), style: .colonColon)) }
        #expect(write(cast("[]", .jsonb)) == ("'[]'", []))
        #expect(write(cast("{\"a\": [1, null]}", .json)) == ("'{\"a\": [1, null]}'", []))
        #expect(write(cast(" -0042 ", .bigint)) == ("-42", []))
        #expect(write(cast("2020-02-29", .date)) == ("'2020-02-29'", []))
        #expect(write(cast("x", .text)) == ("'x'", []))
        // Nested, a date stays a cast (string + 1 is not date arithmetic): refused as before.
        #expect(write(Expression(.binary(.add, cast("2020-01-01", .date), int("1")))).1 == [.sqliteUnsupportedExpression])
        #expect(write(Expression(.binary(.add, cast("41", .integer), int("1")))) == ("41 + 1", []))
    }

    @Test func namesAndLiterals() {
        #expect(SQLiteSpelling.quote("key") == "\"key\"")
        #expect(SQLiteSpelling.quote("rank") == "rank")
        #expect(SQLiteSpelling.quote("user") == "user")
        #expect(SQLiteSpelling.quote("Mixed") == "\"Mixed\"")
        #expect(SQLiteSpelling.quote("a\"b") == "\"a\"\"b\"")
        #expect(SQLiteSpelling.stringLiteral("it's \\n") == "'it''s \\n'")
        #expect(write(Expression(.binary(.subtract, int("1"), Expression(.binary(.subtract, int("2"), int("3")))))).0 == "1 - (2 - 3)")
    }

    /// SQLite's precedence differs from PostgreSQL's: `||` binds tighter than `*`, `<` tighter
    /// than `=`, and `IS NULL` / `IN` / `BETWEEN` sit with `=`. Each tree prints with just the
    /// parentheses SQLite needs to read it back the same.
    @Test func parenthesesFollowSQLitePrecedence() {
        func b(_ op: BinaryOperator, _ l: Expression, _ r: Expression) -> Expression { Expression(.binary(op, l, r)) }
        let a = ref("a"), c = ref("n"), x = ref("name")
        #expect(write(b(.concat, a, b(.multiply, c, x))).0 == "a || (n * name)")
        #expect(write(b(.multiply, b(.concat, a, c), x)).0 == "a || n * name")
        #expect(write(b(.equal, b(.less, a, c), x)).0 == "a < n = name")
        #expect(write(b(.less, b(.equal, a, c), x)).0 == "(a = n) < name")
        #expect(write(Expression(.isNull(b(.equal, a, c), negated: false))).0 == "(a = n) IS NULL")
        #expect(write(b(.equal, Expression(.inList(a, [int("1")], negated: false)), x)).0 == "(a IN (1)) = name")
        #expect(write(Expression(.unary(.not, b(.equal, a, c)))).0 == "NOT a = n")
        #expect(write(b(.equal, a, Expression(.unary(.not, c)))).0 == "a = (NOT n)")
        #expect(write(b(.or, b(.and, a, c), b(.and, x, a))).0 == "a AND n OR name AND a")
        #expect(write(b(.and, b(.or, a, c), x)).0 == "(a OR n) AND name")
        #expect(write(Expression(.between(a, low: b(.add, c, int("1")), high: b(.and, x, a), negated: false))).0
            == "a BETWEEN n + 1 AND (name AND a)")
        #expect(write(Expression(.like(b(.concat, a, c), pattern: str("x%"), negated: true, caseInsensitive: false))).0
            == "a || n NOT GLOB 'x*'")
        #expect(write(Expression(.unary(.minus, Expression(.unary(.minus, int("1")))))).0 == "- -1")
    }

    @Test func typeTable() {
        #expect(SQLiteTypes.declaredType(.bytea) == "BLOB")
        #expect(SQLiteTypes.declaredType(.serial) == "INTEGER")
        #expect(SQLiteTypes.declaredType(.char(length: 32)) == "CHAR(32)")
        #expect(SQLiteTypes.declaredType(.timestamp(precision: nil, withTimeZone: true)) == "TIMESTAMPTZ")
        #expect(SQLiteTypes.declaredType(.interval) == nil)
        // No spelling picks INTEGER affinity by accident (SQLite's rule: contains "INT").
        for kind: TypeKind in [.boolean, .date, .time(precision: nil, withTimeZone: true), .timestamp(precision: nil, withTimeZone: true), .uuid, .json, .jsonb] {
            #expect(!(SQLiteTypes.declaredType(kind) ?? "INT").contains("INT"))
        }
    }
}
