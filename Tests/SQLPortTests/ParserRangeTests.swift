import Testing
@testable import SQLPort

/// Every node's source range: statements without their `;`, names with their quotes.
@Suite struct ParserRangeTests {
    @Test func statementRangesRunFromFirstToLastTokenWithoutTheSemicolon() {
        let r = parse("  BEGIN ;\nDROP TABLE t /* c */ ;COMMIT")
        #expect(r.script.statements.map(\.range) == [range(2, 7), range(10, 22), range(32, 38)])
    }

    @Test func createTableRanges() {
        let r = parse(#"CREATE TABLE s."T" ("Id" int CONSTRAINT pk PRIMARY KEY, UNIQUE (x));"#)
        guard case .createTable(let t)? = r.script.statements.first?.kind else {
            Issue.record("\(r.diagnostics.map(render))")
            return
        }
        #expect(t.name.schema?.range == range(13, 14))
        #expect(t.name.name.range == range(15, 18))
        #expect(t.name.range == range(13, 18))
        let c = t.columns[0]
        #expect(c.range == range(20, 54))
        #expect(c.name.range == range(20, 24))
        #expect(c.name.value == "Id")
        #expect(c.type.range == range(25, 28))
        #expect(c.constraints[0].range == range(29, 54))
        #expect(c.constraints[0].name?.range == range(40, 42))
        #expect(t.constraints[0].range == range(56, 66))
        #expect(r.script.statements.first?.range == range(0, 67))
    }

    @Test func expressionRanges() {
        let r = parse("UPDATE t SET c = -a.b * (x + 1) WHERE f(y, 'z') IS NULL")
        guard case .update(let u)? = r.script.statements.first?.kind else {
            Issue.record("\(r.diagnostics.map(render))")
            return
        }
        let value = u.assignments[0].value
        #expect(value.range == range(17, 31))
        guard case .binary(_, let l, let rhs) = value.kind, case .unary(_, let operand) = l.kind else {
            Issue.record("shape")
            return
        }
        #expect(l.range == range(17, 21))
        #expect(operand.range == range(18, 21))
        // Parentheses belong to the parenthesized expression's range.
        #expect(rhs.range == range(24, 31))
        guard let predicate = u.predicate, case .isNull(let call, _) = predicate.kind,
              case .call(let name, let args, _) = call.kind else {
            Issue.record("shape")
            return
        }
        #expect(predicate.range == range(38, 55))
        #expect(call.range == range(38, 47))
        #expect(name.range == range(38, 39))
        #expect(args.map(\.range) == [range(40, 41), range(43, 46)])
    }

    @Test func alterTableActionRanges() {
        let r = parse("ALTER TABLE t ADD COLUMN a int, DROP b CASCADE;")
        guard case .alterTable(let a)? = r.script.statements.first?.kind else {
            Issue.record("\(r.diagnostics.map(render))")
            return
        }
        #expect(a.actions.map(\.range) == [range(14, 30), range(32, 46)])
    }

    @Test func castRangesCoverTheType() {
        let e = expression("x::varchar(3)[]")
        #expect(e?.range == range(17, 32))
        guard case .cast(_, let t, _)? = e?.kind else { return }
        #expect(t.range == range(20, 32))
        #expect(t.spelling == "varchar(3)[]")
    }
}
