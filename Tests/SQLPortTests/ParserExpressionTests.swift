import Testing
@testable import SQLPort

/// Expressions: PostgreSQL 15's precedence (grammar/README.md) and every form.
@Suite struct ParserExpressionTests {
    @Test(arguments: [
        // Precedence cases named in the notes.
        ("a OR b AND c", "(OR a (AND b c))"),
        ("NOT a = b", "(NOT (= a b))"),
        ("-a ^ b", "(^ (- a) b)"),
        ("a || b = c", "(= (|| a b) c)"),
        ("x::int + 1", "(+ (:: x int) 1)"),
        // One step at a time down the table.
        ("-x::int", "(- (:: x int))"),
        ("a ^ b * c", "(* (^ a b) c)"),
        ("a * b + c", "(+ (* a b) c)"),
        ("a + b || c", "(|| (+ a b) c)"),
        ("a || b LIKE c", "(LIKE (|| a b) c)"),
        ("a LIKE b = TRUE", "(= (LIKE a b) TRUE)"),
        ("a = b IS NULL", "(IS NULL (= a b))"),
        ("NOT a IS NULL", "(NOT (IS NULL a))"),
        ("NOT a AND b", "(AND (NOT a) b)"),
        ("a AND b OR c AND d", "(OR (AND a b) (AND c d))"),
        // Associativity.
        ("a - b - c", "(- (- a b) c)"),
        ("a / b * c", "(* (/ a b) c)"),
        ("a ^ b ^ c", "(^ (^ a b) c)"),
        ("a || b || c", "(|| (|| a b) c)"),
        ("- - a", "(- (- a))"),
        ("NOT NOT a", "(NOT (NOT a))"),
        ("x::text::int", "(:: (:: x text) int)"),
        // Parentheses override, and are not kept.
        ("(a OR b) AND c", "(AND (OR a b) c)"),
        ("-(a ^ b)", "(- (^ a b))"),
        ("((1))", "1"),
        // Signs are never folded into literals.
        ("-1", "(- 1)"),
        ("+1.5", "(+ 1.5)"),
        ("a-1", "(- a 1)"),
        ("a<-1", "(< a (- 1))"),
    ])
    func precedence(_ text: String, _ expected: String) {
        #expect(sexpr(text) == expected)
    }

    @Test(arguments: [
        ("a IN (1, 2, 3)", "(IN a [1 2 3])"),
        ("a NOT IN ('x')", "(NOT IN a ['x'])"),
        ("a BETWEEN 1 AND 2 + 3", "(BETWEEN a 1 (+ 2 3))"),
        ("a NOT BETWEEN b AND c AND d", "(AND (NOT BETWEEN a b c) d)"),
        ("a LIKE 'x%'", "(LIKE a 'x%')"),
        ("a NOT ILIKE 'x%'", "(NOT ILIKE a 'x%')"),
        ("a IS NULL", "(IS NULL a)"),
        ("a IS NOT NULL", "(IS NOT NULL a)"),
        ("a ISNULL", "(IS NULL a)"),
        ("a NOTNULL", "(IS NOT NULL a)"),
        ("a != b", "(<> a b)"),
        ("a <> b", "(<> a b)"),
        ("a <= b", "(<= a b)"),
        ("a >= b", "(>= a b)"),
        ("a < b", "(< a b)"),
        ("a > b", "(> a b)"),
        ("a % b", "(% a b)"),
        ("t.c", "t.c"),
        (#""T"."C""#, "T.C"),
        ("t.order", "t.order"),
        ("f()", "f()"),
        ("count(*)", "count(*)"),
        ("coalesce(a, 0)", "coalesce(a 0)"),
        ("left(a, 2)", "left(a 2)"),
        ("pg_catalog.now()", "pg_catalog.now()"),
        ("CAST(a AS varchar(10))", "(CAST a varchar(10))"),
        ("'{}'::text[]", "(:: '{}' text[])"),
        ("CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END", "(CASE (WHEN a 1) (WHEN b 2) (ELSE 3))"),
        ("CASE a WHEN 1 THEN 'one' END", "(CASE a (WHEN 1 'one'))"),
        ("TRUE AND FALSE", "(AND TRUE FALSE)"),
        ("NULL", "NULL"),
        ("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"),
        ("current_date", "CURRENT_DATE"),
        ("CURRENT_TIME", "CURRENT_TIME"),
        ("1e3 + .5", "(+ 1e3 .5)"),
        ("E'a\\tb'", "'a\tb'"),
        ("$$x$$ || 'y'", "(|| 'x' 'y')"),
        ("'a'\n'b'", "'ab'"),
    ])
    func forms(_ text: String, _ expected: String) {
        #expect(sexpr(text) == expected)
    }

    @Test func literalValuesAreKeptAsWritten() {
        #expect(expression("007") == int("007"))
        #expect(expression("1.50") == Expression(.numeric("1.50")))
        #expect(expression("99999999999999999999999") == int("99999999999999999999999"))
    }
}
