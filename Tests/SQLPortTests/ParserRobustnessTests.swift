import Testing
@testable import SQLPort

/// No input may crash or trap: hostile bytes, absurd nesting, truncation, size.
@Suite struct ParserRobustnessTests {
    /// Parses `bytes`, then checks what must hold for any input: every diagnostic is
    /// an `L1xx`/`P2xx` with a range inside the file, and rendering them works.
    @discardableResult
    func parseChecked(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> ParseResult {
        var sources = SourceMap()
        let fileID = sources.add(name: "fuzz.sql", bytes: bytes)
        let result = Parser.parse(sources[fileID])
        let known = Set(DiagnosticCode.lexerCodes + DiagnosticCode.parserCodes)
        for d in result.diagnostics {
            #expect(known.contains(d.code), "\(d.code)", sourceLocation: sourceLocation)
            if let r = d.range {
                #expect(r.start >= 0 && r.start <= r.end && r.end <= bytes.count, "\(render(d))", sourceLocation: sourceLocation)
            }
        }
        _ = DiagnosticRenderer(sources: sources).render(result.diagnostics)
        return result
    }

    @discardableResult
    func parseChecked(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ParseResult {
        parseChecked(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test func emptyInputsParseToNothing() {
        for text in ["", " \n\t\r\u{C}", "-- only a comment", "/* a /* nested */ comment */\n-- and a line", ";;;", "\u{FEFF}"] {
            let r = parseChecked(text)
            #expect(r.script.statements.isEmpty, "\(text)")
            #expect(r.diagnostics.isEmpty, "\(text)")
        }
    }

    @Test func invalidUTF8IsReportedNotFatal() {
        let r = parseChecked(Array("CREATE TABLE t".utf8) + [0xFF, 0xFE] + Array(" (a int); DROP TABLE u;".utf8))
        #expect(r.diagnostics.map(\.code) == [.invalidUTF8])
        #expect(r.diagnostics.first?.range == range(14, 16))
        // The bad bytes only made the identifier invalid; the next statement is intact.
        #expect(r.script.statements.last?.kind == .dropTable(DropTable(names: [qn("u")])))
    }

    @Test func nulBytesAndUTF16Input() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("DROP TABLE t;".utf8).flatMap { [$0, UInt8(0)] }
        let r = parseChecked(utf16)
        #expect(r.script.statements.isEmpty)
        #expect(r.diagnostics.contains { $0.code == .nulByte })
        parseChecked([0, 0, 0])
        parseChecked(Array("INSERT INTO t VALUES ('a".utf8) + [0] + Array("b');".utf8))
    }

    @Test func everyByteValueAloneAndInsideAStatement() {
        for b in 0...255 {
            parseChecked([UInt8(b)])
            parseChecked(Array("UPDATE t SET a = ".utf8) + [UInt8(b)] + Array(" WHERE x;".utf8))
            parseChecked(Array("CREATE TABLE t (a".utf8) + [UInt8(b)])
        }
    }

    /// The depth the brief names for parentheses, `NOT`, signs and `CASE`; other
    /// shapes use `m`, which is already fifty times the limit, to keep debug runs short.
    static let n = 100_000
    static let m = 10_000

    /// Each case ends in the given diagnostic, and the parse goes on to the next statement.
    @Test(arguments: [
        ("parentheses", String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n), DiagnosticCode.nestingTooDeep),
        ("unclosed parentheses", String(repeating: "(", count: m), .nestingTooDeep),
        ("closing parentheses", String(repeating: ")", count: m), .unexpectedToken),
        ("NOT", String(repeating: "NOT ", count: n) + "a", .nestingTooDeep),
        ("unary minus", String(repeating: "- ", count: n) + "1", .nestingTooDeep),
        ("minus and parentheses", String(repeating: "-(", count: m) + "1" + String(repeating: ")", count: m), .nestingTooDeep),
        ("unary plus", String(repeating: "+", count: m) + "1", .nestingTooDeep),
        ("CASE", String(repeating: "CASE WHEN a THEN ", count: n) + "1" + String(repeating: " END", count: n), .nestingTooDeep),
        ("CASE operands", String(repeating: "CASE ", count: m) + "a", .nestingTooDeep),
        ("function calls", String(repeating: "f(", count: m) + "1" + String(repeating: ")", count: m), .nestingTooDeep),
        ("IN lists", String(repeating: "a IN (", count: m), .nestingTooDeep),
        ("CAST", String(repeating: "CAST(", count: m), .nestingTooDeep),
        // Chains are parsed by loops, but make trees as deep as they are long.
        ("casts", "a" + String(repeating: "::int", count: m), .nestingTooDeep),
        ("additions", "a" + String(repeating: " + a", count: m), .nestingTooDeep),
        ("concatenations", "a" + String(repeating: " || a", count: m), .nestingTooDeep),
        ("ORs", "a" + String(repeating: " OR a", count: m), .nestingTooDeep),
        ("IS NULLs", "a" + String(repeating: " IS NULL", count: m), .nestingTooDeep),
        ("comparisons", "a" + String(repeating: " = a", count: m), .nonAssociativeOperator),
    ])
    func absurdNestingEndsInADiagnostic(_ name: String, _ expression: String, _ code: DiagnosticCode) {
        let r = parseChecked("UPDATE t SET c = \(expression);\nDELETE FROM t;")
        #expect(r.diagnostics.map(\.code) == [code])
        let closed = !name.hasPrefix("unclosed") && name != "IN lists" && name != "CAST"
        #expect(r.script.statements.map(\.kind) == (closed ? [.delete(Delete(table: qn("t")))] : []))
    }

    @Test func longChainsWithinTheLimitParse() {
        let chain = "a" + String(repeating: " + a", count: Parser.maxExpressionDepth - 1)
        #expect(parse("UPDATE t SET c = \(chain)").diagnostics.isEmpty)
        // Lists are flat: a long IN list or VALUES row is no deeper than its elements.
        let list = (1...10_000).map(String.init).joined(separator: ", ")
        #expect(parse("DELETE FROM t WHERE a IN (\(list))").diagnostics.isEmpty)
    }

    @Test func deepNestingElsewhereIsIterativeOrBounded() {
        parseChecked("CREATE TABLE t (a int" + String(repeating: "[]", count: Self.m) + ")")
        parseChecked(String(repeating: "/*", count: Self.m))
        parseChecked(String(repeating: "/*", count: Self.m) + String(repeating: "*/", count: Self.m) + " DROP TABLE t")
        parseChecked(String(repeating: "+", count: Self.m))
        parseChecked(String(repeating: "$", count: Self.m))
        parseChecked(String(repeating: "'", count: Self.m + 1))
        parseChecked(String(repeating: "\"", count: Self.m + 1))
        parseChecked("CREATE TABLE t (" + String(repeating: "a int, ", count: Self.m) + "b int)")
        parseChecked("INSERT INTO t VALUES " + Array(repeating: "(1)", count: Self.m).joined(separator: ","))
    }

    static let everyForm = """
        BEGIN;
        CREATE TABLE IF NOT EXISTS s."T" (id bigserial PRIMARY KEY, a varchar(10) NOT NULL DEFAULT 'x''y',
          b numeric(10, 2) CHECK (b > 0), c timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP,
          d int REFERENCES u (id) ON DELETE SET NULL, e int GENERATED BY DEFAULT AS IDENTITY, f text[] COLLATE "C",
          CONSTRAINT k UNIQUE (a, b), FOREIGN KEY (d) REFERENCES u ON UPDATE CASCADE);
        ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS g int, DROP COLUMN IF EXISTS h CASCADE,
          ALTER i SET DATA TYPE text USING i::text, ALTER j SET DEFAULT -1, ALTER k DROP NOT NULL;
        ALTER TABLE t RENAME CONSTRAINT a TO b;
        CREATE UNIQUE INDEX i ON t USING btree (lower(a) DESC NULLS LAST, (b + 1)) WHERE c IS NOT NULL;
        DROP INDEX IF EXISTS i, j; ALTER INDEX i RENAME TO j; DROP TABLE t, u CASCADE;
        INSERT INTO t (a, b) VALUES (E'\\n', $$z$$), (-1.5e3, CAST(NULL AS int));
        UPDATE t SET a = CASE WHEN b BETWEEN 1 AND 2 THEN 'x' || 'y' ELSE coalesce(a, 'z') END
          WHERE a NOT IN (1, 2) AND b NOT LIKE '%x' OR NOT c ILIKE 'y';
        DELETE FROM t WHERE d IS NULL; COMMIT;
        """

    @Test func theEveryFormScriptParsesCleanly() {
        let r = parseChecked(Self.everyForm)
        #expect(r.diagnostics.map(render) == [])
        #expect(r.script.statements.count == 12)
    }

    @Test func truncationAtEveryBytePosition() {
        let bytes = Array(Self.everyForm.utf8)
        for end in 0...bytes.count {
            parseChecked(Array(bytes[0..<end]))
        }
    }

    @Test func randomBytesAndRandomTokenSoup() {
        var rng = SplitMix64(seed: 0x5EED)
        for _ in 0..<50 {
            parseChecked((0..<256).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
        }
        let words = Self.everyForm.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            + ["(", ")", ";", "'", "\"", "$$", "/*", "--", "::", "E'\\", "\u{0}", "é"]
        for _ in 0..<150 {
            let soup = (0..<40).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            parseChecked(soup)
        }
    }

    @Test func integerOverflowInTypeModifiersIsADiagnostic() {
        let r = parseChecked("CREATE TABLE t (a varchar(99999999999999999999), b numeric(9223372036854775808, 1), c numeric(1, -99999999999999999999))")
        #expect(r.diagnostics.map(\.code) == [.invalidTypeModifier, .invalidTypeModifier, .invalidTypeModifier])
        #expect(r.script.statements.isEmpty)
    }

    /// A 2 MB script of inserts parses completely. (Debug builds parse about half a
    /// megabyte a second; the 50 MB timing is `ParserBenchmarkTests`, in release.)
    @Test func twoMegabyteScript() {
        let row = "INSERT INTO ballot (id, name, created) VALUES (42, 'some name', CURRENT_TIMESTAMP);\n"
        let count = 2_000_000 / row.utf8.count
        let r = parseChecked(String(repeating: row, count: count))
        #expect(r.diagnostics.isEmpty)
        #expect(r.script.statements.count == count)
    }
}

/// A small deterministic generator, so fuzz failures reproduce.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
