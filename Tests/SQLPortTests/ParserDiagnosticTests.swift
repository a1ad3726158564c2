import Testing
@testable import SQLPort

/// Each `P2xx` code: exact message, range, label and help; and recovery at `;`.
@Suite struct ParserDiagnosticTests {
    static let supported = "sqlport supports CREATE / ALTER / DROP TABLE, CREATE / DROP INDEX, "
        + "ALTER INDEX ... RENAME TO, INSERT, UPDATE, DELETE, CREATE / DROP VIEW, CREATE / ALTER / DROP TYPE (enums), "
        + "COMMENT ON, CREATE / DROP EXTENSION, GRANT, REVOKE, CREATE / ALTER SEQUENCE, SELECT setval(...), "
        + "SET CONSTRAINTS, BEGIN and COMMIT (the README's \"Supported statements\" says what each database gets)"

    @Test func P201_unexpectedToken() {
        #expect(parse("CREATE TABLE t (a int,)").diagnostics.map(render) == [
            "P201 22..23 unexpected `)` | expected a column name | see `create_table_statement` in grammar/sqlport.ebnf",
        ])
        // At the end of the input the range is empty, right after the last token.
        #expect(diagnostics("CREATE TABLE t (a int  ") == ["P201 21..21 unexpected end of input"])
        #expect(parse("CREATE TABLE t (a int) garbage").diagnostics.map(render) == [
            "P201 23..30 unexpected `garbage` | expected `;` | end each statement with `;`",
        ])
        #expect(parse("CREATE INDEX ON t (a)").diagnostics.map(render) == [
            "P201 13..15 unexpected `ON` | expected an index name | sqlport needs every index named: write `CREATE INDEX name ON table (...)`",
        ])
        #expect(diagnostics("UPDATE t SET a = 1 +") == ["P201 20..20 unexpected end of input"])
        #expect(diagnostics("UPDATE t SET a = 'x' 'y'") == ["P201 21..24 unexpected string literal"])
        #expect(diagnostics("(") == ["P201 0..1 unexpected `(`"])
    }

    @Test func P202_unsupportedStatement() {
        let r = parse("SELECT 1; VACUUM ALL ON t TO u; create rule v AS SELECT 1; CREATE TABLE ok (a int);")
        #expect(r.diagnostics.map(render) == [
            "P202 0..6 unsupported statement | `SELECT` is not supported | \(Self.supported)",
            "P202 10..16 unsupported statement | `VACUUM` is not supported | \(Self.supported)",
            "P202 32..43 unsupported statement | `CREATE RULE` is not supported | \(Self.supported)",
        ])
        #expect(r.script.statements.count == 1)
        // GRANT / REVOKE / OWNER TO are kept verbatim (PostgreSQL only).
        #expect(parse("GRANT ALL ON t TO u; ALTER TABLE ONLY public.t OWNER TO u").script.statements.map(\.kind) == [
            .privileges(PrivilegeStatement(kind: .grant, tables: [QualifiedName(Identifier("t"))], text: "GRANT ALL ON t TO u")),
            .privileges(PrivilegeStatement(kind: .ownerTo, tables: [QualifiedName(schema: Identifier("public"), Identifier("t"))],
                                           text: "ALTER TABLE ONLY public.t OWNER TO u")),
        ])
        #expect(diagnostics("VACUUM; ROLLBACK") == ["P202 0..6 unsupported statement", "P202 8..16 unsupported statement"])
    }

    @Test func P203_reservedWordAsName() {
        #expect(parse("CREATE TABLE user (a int)").diagnostics.map(render) == [
            #"P203 13..17 `user` is a reserved word | reserved words cannot be used as names | write it quoted: "user""#,
        ])
        // Every misuse in the statement is reported; the statement is left out.
        let r = parse("CREATE TABLE Order (a int, left text, select int)")
        #expect(diagnostics("CREATE TABLE Order (a int, left text, select int)") == [
            "P203 13..18 `order` is a reserved word",
            "P203 27..31 `left` is a reserved word",
            "P203 38..44 `select` is a reserved word",
        ])
        #expect(r.script.statements.isEmpty)
        #expect(diagnostics("UPDATE t SET a = 1 WHERE user = 2") == ["P203 25..29 `user` is a reserved word"])
        #expect(diagnostics("DROP TABLE table") == ["P203 11..16 `table` is a reserved word"])
    }

    @Test func P204_unknownType() {
        #expect(parse("CREATE TABLE t (a datetime)").diagnostics.map(render) == [
            "P204 18..26 unknown type `datetime` | not a type of the portable language | write `timestamp` instead",
        ])
        // Any other name is a type made by CREATE TYPE, which the checker looks up (S357).
        #expect(parse("CREATE TABLE t (a frobnicate)").diagnostics.isEmpty)
        #expect(parse("CREATE TABLE t (a frobnicate)").script.statements.first.map { s -> TypeKind? in
            guard case .createTable(let t) = s.kind, case .column(let c) = t.elements.first else { return nil }
            return c.type.kind
        } == .enumType(name: "frobnicate", labels: []))
        #expect(diagnostics("UPDATE t SET a = b::tinyint") == ["P204 20..27 unknown type `tinyint`"])
        #expect(diagnostics("CREATE TABLE t (a double)") == ["P204 18..24 unknown type `double`"])
    }

    @Test func P205_invalidTypeModifier() {
        #expect(parse("CREATE TABLE t (a varchar(99999999999999999999))").diagnostics.map(render) == [
            "P205 26..46 `varchar` length must be between 1 and 10485760 | `99999999999999999999` is out of range | use `text` for strings without a length limit",
        ])
        #expect(diagnostics("CREATE TABLE t (a varchar(0))") == ["P205 26..27 `varchar` length must be between 1 and 10485760"])
        #expect(diagnostics("CREATE TABLE t (a numeric(1001, 2))") == ["P205 26..30 `numeric` precision must be between 1 and 1000"])
        #expect(diagnostics("CREATE TABLE t (a float(54))") == ["P205 24..26 `float` precision must be between 1 and 53"])
        #expect(parse("CREATE TABLE t (a int(11))").diagnostics.map(render) == [
            "P205 21..25 type `int` takes no length or precision | not allowed here | remove the parenthesized part",
        ])
        #expect(parse("CREATE TABLE t (a varchar(0))").script.statements.isEmpty)
    }

    @Test func P206_renameMustStandAlone() {
        #expect(parse("ALTER TABLE t RENAME a TO b, ADD c int").diagnostics.map(render) == [
            "P206 14..27 `RENAME` cannot be combined with other actions | this rename shares an `ALTER TABLE` with other actions | put each `RENAME` in an `ALTER TABLE` statement of its own",
        ])
        #expect(diagnostics("ALTER TABLE t ADD c int, RENAME TO u") == ["P206 25..36 `RENAME` cannot be combined with other actions"])
        #expect(parse("ALTER TABLE t ADD c int, RENAME TO u").script.statements.isEmpty)
    }

    @Test func P207_nestingTooDeep() {
        let deep = String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)
        #expect(parse("UPDATE t SET a = \(deep)").diagnostics.map(render) == [
            "P207 217..218 expression nested too deeply | more than 200 levels deep here | simplify the expression or split it; sqlport allows 200 levels of nesting, each operator of a chain counting as one",
        ])
        // Exactly at the limit is fine.
        let limit = String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
        #expect(sexpr(limit) == "1")
    }

    @Test func P208_nonAssociativeOperators() {
        #expect(parse("UPDATE t SET c = a < b < c").diagnostics.map(render) == [
            "P208 23..24 comparison operators cannot be chained | second operator here | add parentheses to say what is meant, e.g. `(a < b) < ...`",
        ])
        #expect(diagnostics("UPDATE t SET c = a LIKE b LIKE c") == ["P208 26..30 `IN`, `BETWEEN` and `LIKE` cannot be chained"])
        #expect(diagnostics("UPDATE t SET c = a IN (1) NOT IN (2)") == ["P208 26..29 `IN`, `BETWEEN` and `LIKE` cannot be chained"])
        #expect(sexpr("(a = b) = c") == "(= (= a b) c)")
    }

    @Test func P209_unsupportedOperator() {
        #expect(parse("UPDATE t SET c = a @> b").diagnostics.map(render) == [
            "P209 19..21 unsupported operator `@>` | no portable meaning | use `= <> < <= > >= + - * / % ^ ||`, `LIKE`, `IN`, `BETWEEN` or a function call",
        ])
        #expect(diagnostics("UPDATE t SET c = ~a") == ["P209 17..18 unsupported operator `~`"])
    }

    @Test func P210_unsupportedSyntax() {
        #expect(parse("UPDATE t SET c = DATE '2020-01-01'").diagnostics.map(render) == [
            "P210 17..34 typed literals are not supported | not supported | write a cast instead: `'...'::date` or `CAST('...' AS date)`",
        ])
        let cases: [(String, String)] = [
            ("INSERT INTO t DEFAULT VALUES", "P210 14..21 only `INSERT ... VALUES` and `INSERT ... SELECT` are supported"),
            ("INSERT INTO t VALUES (DEFAULT)", "P210 22..29 `DEFAULT` in `VALUES` is not supported"),
            ("UPDATE t SET c = 1 RETURNING *", "P214 19..30 `RETURNING` is left out"),
            ("INSERT INTO t SELECT 1 ON CONFLICT DO NOTHING", "P210 23..25 `ON CONFLICT` after a query is not supported"),
            ("INSERT INTO t VALUES (1) ON CONFLICT ON CONSTRAINT k DO NOTHING", "P210 37..39 `ON CONFLICT ON CONSTRAINT` is not supported"),
            ("INSERT INTO t VALUES (1) ON CONFLICT DO UPDATE SET c = 1", "P215 37..46 ON CONFLICT DO UPDATE requires inference specification or constraint name"),
            ("CREATE TABLE t (c int DEFAULT (SELECT 1))", "P210 31..37 subqueries are not supported here"),
            ("UPDATE t SET c = 1 WHERE x IN (VALUES (1))", "P210 31..37 a subquery is not supported here"),
            ("UPDATE t SET c = 1 WHERE s.t.c = 1", "P213 25..26 schema `s` is not supported"),
            ("UPDATE t SET c = 1 WHERE d.s.t.c = 1", "P210 25..30 names with more than three parts are not supported"),
            ("ALTER TABLE t OWNER bob", "P210 14..19 unsupported `ALTER TABLE` action `OWNER`"),
            ("BEGIN ISOLATION LEVEL SERIALIZABLE", "P210 6..15 transaction modes are not supported"),
            ("CREATE TABLE t (a int GENERATED BY DEFAULT AS (a) STORED)", "P210 46..47 generated columns are not supported"),
            ("CREATE TABLE t (a int UNIQUE DEFERRABLE)", "P210 29..39 deferrable constraints other than foreign keys are not supported"),
            ("CREATE TABLE t (a int, UNIQUE (a) DEFERRABLE)", "P210 34..44 deferrable constraints other than foreign keys are not supported"),
            ("CREATE TABLE t (a int REFERENCES u NOT DEFERRABLE INITIALLY DEFERRED)",
             "P201 50..68 a key declared `INITIALLY DEFERRED` must be `DEFERRABLE`"),
            ("CREATE TABLE t (a int REFERENCES u DEFERRABLE DEFERRABLE)", "P201 46..56 `DEFERRABLE` given twice"),
            ("CREATE TABLE t (a int REFERENCES u INITIALLY LATER)", "P201 45..50 unexpected `LATER`"),
            ("SET CONSTRAINTS ALL LATER", "P201 20..25 unexpected `LATER`"),
            ("CREATE INDEX i ON t (a public.text_pattern_ops)", "P210 23..29 a schema-qualified operator class is not supported"),
            ("CREATE INDEX i ON t (a gist_trgm_ops(siglen = 32))", "P210 36..37 operator class parameters are not supported"),
            ("UPDATE t SET c = a IS TRUE", "P210 22..26 `IS TRUE` is not supported"),
            ("UPDATE t SET c = LOCALTIMESTAMP", "P210 17..31 `LOCALTIMESTAMP` is not supported"),
            ("UPDATE t SET c = count(*) OVER ()", "P210 26..30 window and aggregate clauses are not supported"),
            ("CREATE TABLE a.b.c (x int)", "P210 13..16 names with more than two parts are not supported"),
        ]
        for (text, expected) in cases {
            #expect(diagnostics(text) == [expected])
        }
    }

    @Test func everyErrorInTheFileIsReported() {
        let r = parse("""
            CREATE TABLE a (x int,);
            CREATE TABLE good (x int);
            SELECT * FROM a;
            ALTER TABLE a ADD y datetime;
            DROP TABLE good
            """)
        #expect(r.diagnostics.map(\.code) == [.unexpectedToken, .unsupportedStatement, .unknownType])
        #expect(r.script.statements.count == 2)
    }

    @Test func recoverySkipsSemicolonsInsideParentheses() {
        // The `;` inside the parentheses does not end the statement, as in psql.
        let r = parse("INSERT INTO t VALUES (1; 2); DROP TABLE t;")
        #expect(diagnostics("INSERT INTO t VALUES (1; 2); DROP TABLE t;") == ["P201 23..24 unexpected `;`"])
        #expect(r.script.statements.map(\.kind) == [.dropTable(DropTable(names: [qn("t")]))])
    }

    @Test func lexicalErrorsAreNotReportedTwice() {
        // The stray backtick is the lexer's; the parser says nothing more about it.
        #expect(diagnostics("CREATE TABLE `t` (a int); DROP TABLE u;") == [
            "L108 13..14 unexpected character ```", "L108 15..16 unexpected character ```",
        ])
        #expect(parse("CREATE TABLE `t` (a int); DROP TABLE u;").script.statements.count == 1)
        #expect(diagnostics("UPDATE t SET a = 'abc;\nDROP TABLE x;") == ["L101 17..18 unterminated string literal"])
    }

    @Test func aStatementWithALexicalErrorIsLeftOut() {
        // The bad escape makes the INSERT fail; the DROP that the parser had already
        // peeked at, and the one after a NUL in a comment, are fine.
        let r = parse("INSERT INTO t VALUES (E'\\x00'); DROP TABLE u; /* \u{0} */ DROP TABLE v")
        #expect(r.diagnostics.map(\.code) == [.invalidEscape, .nulByte])
        #expect(r.script.statements.map(\.kind) == [.dropTable(DropTable(names: [qn("u")])), .dropTable(DropTable(names: [qn("v")]))])
        let utf8 = parse(bytes: Array("INSERT INTO t VALUES ('".utf8) + [0xFF] + Array("');".utf8))
        #expect(utf8.diagnostics.map(\.code) == [.invalidUTF8])
        #expect(utf8.script.statements.isEmpty)
    }

    @Test func diagnosticsComeInSourceOrder() {
        let starts = parse("DROP TABLE user; UPDATE t SET a = `; CREATE TABLE t (a tinytext); SELECT 1")
            .diagnostics.compactMap { $0.range?.start }
        #expect(starts == starts.sorted())
        #expect(starts.count == 4)
    }
}
