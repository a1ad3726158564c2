import Testing
@testable import SQLPort

/// Parentheses: exactly those PostgreSQL's precedence needs (grammar/README.md).
@Suite struct PrinterPrecedenceTests {
    typealias Case = (Expression, String)

    static let cases: [Case] = {
        let (a, b, c, d) = (PX.a, PX.b, PX.c, PX.d)
        let one = PX.int("1")
        return [
            // Left-associative operators: parens only on the right at equal precedence.
            (PX.bin(PX.bin(a, .subtract, b), .subtract, c), "a - b - c"),
            (PX.bin(a, .subtract, PX.bin(b, .subtract, c)), "a - (b - c)"),
            (PX.bin(a, .add, PX.bin(b, .subtract, c)), "a + (b - c)"),
            (PX.bin(a, .divide, PX.bin(b, .multiply, c)), "a / (b * c)"),
            (PX.bin(PX.bin(a, .multiply, b), .modulo, c), "a * b % c"),
            (PX.bin(PX.bin(a, .power, b), .power, c), "a ^ b ^ c"),
            (PX.bin(a, .power, PX.bin(b, .power, c)), "a ^ (b ^ c)"),
            (PX.bin(PX.bin(a, .concat, b), .concat, c), "a || b || c"),
            (PX.bin(a, .concat, PX.bin(b, .concat, c)), "a || (b || c)"),
            // Different levels.
            (PX.bin(a, .add, PX.bin(b, .multiply, c)), "a + b * c"),
            (PX.bin(PX.bin(a, .add, b), .multiply, c), "(a + b) * c"),
            (PX.bin(PX.bin(a, .add, b), .concat, c), "a + b || c"),
            (PX.bin(a, .concat, PX.bin(b, .add, c)), "a || b + c"),
            (PX.bin(PX.bin(a, .concat, b), .add, c), "(a || b) + c"),
            (PX.bin(PX.bin(a, .or, b), .and, c), "(a OR b) AND c"),
            (PX.bin(a, .or, PX.bin(b, .and, c)), "a OR b AND c"),
            (PX.bin(PX.bin(a, .and, b), .and, c), "a AND b AND c"),
            (PX.bin(a, .and, PX.bin(b, .and, c)), "a AND (b AND c)"),
            // Non-associative comparisons and pattern matches.
            (PX.bin(PX.bin(a, .equal, b), .equal, c), "(a = b) = c"),
            (PX.bin(a, .less, PX.bin(b, .less, c)), "a < (b < c)"),
            (PX.bin(PX.bin(a, .equal, b), .and, PX.bin(c, .notEqual, d)), "a = b AND c <> d"),
            (PX.bin(PX.like(a, b), .equal, c), "a LIKE b = c"),
            (PX.like(PX.bin(a, .equal, b), c), "(a = b) LIKE c"),
            (PX.like(PX.like(a, b), c), "(a LIKE b) LIKE c"),
            (PX.like(a, PX.like(b, c), not: true, ilike: true), "a NOT ILIKE (b LIKE c)"),
            (PX.like(a, PX.bin(b, .concat, PX.str("%"))), "a LIKE b || '%'"),
            (PX.between(a, b, c), "a BETWEEN b AND c"),
            (PX.between(a, PX.bin(b, .and, c), d), "a BETWEEN (b AND c) AND d"),
            (PX.bin(PX.between(a, b, c), .and, d), "a BETWEEN b AND c AND d"),
            (PX.between(PX.between(a, b, c), b, d, not: true), "(a BETWEEN b AND c) NOT BETWEEN b AND d"),
            (PX.between(a, PX.neg(b), PX.bin(c, .add, one)), "a BETWEEN -b AND c + 1"),
            (PX.inList(PX.bin(a, .add, one), [PX.bin(b, .or, c), d]), "a + 1 IN (b OR c, d)"),
            (PX.inList(PX.inList(a, [b]), [c], not: true), "(a IN (b)) NOT IN (c)"),
            // IS NULL binds looser than comparisons and chains like any postfix operator.
            (PX.isNull(PX.bin(a, .equal, b)), "a = b IS NULL"),
            (PX.bin(a, .equal, PX.isNull(b)), "a = (b IS NULL)"),
            (PX.isNull(PX.isNull(a), not: true), "a IS NULL IS NOT NULL"),
            (PX.isNull(PX.isNull(PX.bin(a, .equal, b))), "a = b IS NULL IS NULL"),
            (PX.isNull(PX.not(a)), "(NOT a) IS NULL"),
            (PX.not(PX.isNull(a)), "NOT a IS NULL"),
            // NOT inside comparisons needs parentheses; a comparison under NOT does not.
            (PX.bin(a, .equal, PX.not(b)), "a = (NOT b)"),
            (PX.bin(PX.not(a), .equal, b), "(NOT a) = b"),
            (PX.not(PX.bin(a, .equal, b)), "NOT a = b"),
            (PX.not(PX.not(a)), "NOT NOT a"),
            (PX.not(PX.bin(a, .and, b)), "NOT (a AND b)"),
            (PX.bin(PX.not(a), .and, b), "NOT a AND b"),
            (PX.bin(a, .multiply, PX.not(b)), "a * (NOT b)"),
            // Unary signs: never `--`, which starts a comment.
            (PX.neg(one), "-1"),
            (PX.neg(PX.neg(one)), "- -1"),
            (PX.pos(PX.neg(a)), "+ -a"),
            (PX.neg(PX.pos(a)), "- +a"),
            (PX.bin(a, .subtract, PX.neg(one)), "a - -1"),
            (PX.neg(PX.bin(a, .add, b)), "-(a + b)"),
            (PX.neg(PX.bin(a, .power, b)), "-(a ^ b)"),
            (PX.bin(PX.neg(a), .power, b), "-a ^ b"),
            (PX.neg(PX.neg(PX.bin(a, .subtract, b))), "- -(a - b)"),
            // `::` binds tightest: any non-primary operand is parenthesised.
            (PX.cast(PX.bin(a, .add, b), .text), "(a + b)::TEXT"),
            (PX.cast(PX.neg(one), .integer), "(-1)::INTEGER"),
            (PX.neg(PX.cast(one, .text)), "-1::TEXT"),
            (PX.cast(PX.cast(a, .integer), .text), "a::INTEGER::TEXT"),
            (PX.cast(PX.call("lower", [a]), .varchar(length: 10)), "lower(a)::VARCHAR(10)"),
            (PX.cast(PX.str("1"), .integer), "'1'::INTEGER"),
            (PX.cast(PX.bin(a, .add, b), .text, .function), "CAST(a + b AS TEXT)"),
            (PX.bin(PX.cast(a, .text, .function), .concat, b), "CAST(a AS TEXT) || b"),
            (PX.cast(PX.e(.caseWhen(operand: nil, whens: [WhenClause(condition: a, result: one)], otherwise: nil)), .text),
             "CASE WHEN a THEN 1 END::TEXT"),
            // Inside calls, lists and CASE nothing is parenthesised.
            (PX.call("coalesce", [PX.bin(a, .or, b), PX.not(c)]), "coalesce(a OR b, NOT c)"),
            (PX.call("count", [], star: true), "count(*)"),
            (PX.e(.caseWhen(operand: PX.bin(a, .add, one),
                            whens: [WhenClause(condition: one, result: PX.bin(b, .or, c))],
                            otherwise: PX.not(d))),
             "CASE a + 1 WHEN 1 THEN b OR c ELSE NOT d END"),
        ]
    }()

    @Test(arguments: cases.indices)
    func parenthesisation(_ i: Int) {
        let (tree, expected) = Self.cases[i]
        #expect(PX.print(tree) == expected)
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.cases.count >= 25)
    }
}

extension PrinterPrecedenceTests {
    /// The parser reads `a OR b OR ...` in a loop, so a long chain is a left spine as deep
    /// as the chain is long; the printer walks it without recursing, in linear time.
    @Test func longChainsPrint() {
        var or = PX.a, casts = PX.a, mixed = PX.a
        for i in 0..<50_000 {
            or = PX.bin(or, .or, PX.bin(PX.b, .equal, PX.int(String(i))))
            casts = PX.cast(casts, .text)
            mixed = i % 2 == 0 ? PX.isNull(mixed) : PX.bin(mixed, .concat, PX.b)
        }
        let printed = PX.print(or)
        #expect(printed.hasPrefix("a OR b = 0 OR b = 1 OR "))
        #expect(printed.hasSuffix(" OR b = 49999"))
        let castText = PX.print(casts)
        #expect(castText.hasPrefix("a::TEXT::TEXT") && castText.utf8.count == 1 + 50_000 * 6)
        // `||` binds tighter than IS NULL, so every `||` wraps what came before.
        let mixedText = PX.print(mixed)
        #expect(mixedText.hasPrefix(String(repeating: "(", count: 25_000) + "a IS NULL) || b IS NULL) || b"))
        #expect(mixedText.hasSuffix("IS NULL) || b"))
    }

    /// Nesting that the parser builds by recursion (parentheses, prefix operators, calls)
    /// is bounded at 200 levels; the printer recurses there, and must manage that depth.
    @Test func deepNestingPrints() {
        var right = PX.a, calls = PX.a, nots = PX.a
        for _ in 0..<200 {
            right = PX.bin(PX.b, .subtract, right)
            calls = PX.call("f", [PX.cast(calls, .text)])
            nots = PX.not(PX.neg(nots))
        }
        #expect(PX.print(right).hasPrefix("b - (b - (b - "))
        #expect(PX.print(right).hasSuffix("(b - a)" + String(repeating: ")", count: 198)))
        let callText = PX.print(calls)
        #expect(callText.hasPrefix(String(repeating: "f(", count: 200) + "a::TEXT)::TEXT)"))
        #expect(callText.hasSuffix("::TEXT)::TEXT)"))
        #expect(PX.print(nots).hasPrefix("NOT -(NOT -(NOT"))
    }
}
