import Testing
@testable import SQLPort

/// The seam other dialects plug into, exercised with a toy MySQL-like spelling.
@Suite struct PrinterSpellingTests {
    struct BacktickSpelling: SQLSpelling {
        func quoteIdentifier(_ name: String) -> String {
            name == "user" || name.contains("`") ? "`" + name.replacingAll("`", with: "``") + "`" : name
        }
        func stringLiteral(_ value: String) -> String {
            "'" + value.replacingAll("\\", with: "\\\\").replacingAll("'", with: "''") + "'"
        }
        func typeName(_ type: TypeName) -> String {
            if case .timestamp(_, withTimeZone: true) = type.kind { return "DATETIME(6)" }
            return SQLPrinter.canonicalTypeName(type)
        }
        func spell(_ expression: Expression, printer: SQLPrinter) -> SpelledExpression? {
            switch expression.kind {
            case .binary(.concat, let l, let r):
                return SpelledExpression("CONCAT(" + printer.print(l) + ", " + printer.print(r) + ")", precedence: .primary)
            case .cast(let e, let t, .colonColon):
                return SpelledExpression("CAST(" + printer.print(e) + " AS " + printer.print(t) + ")", precedence: .primary)
            // Listed, not `default:`, so a new node makes every spelling decide.
            case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .binary,
                 .isNull, .inList, .between, .like, .call, .cast, .caseWhen, .subquery, .exists, .inQuery:
                return nil
            }
        }
    }

    let printer = SQLPrinter(spelling: BacktickSpelling())

    @Test func hooksReplaceNodesAndRecurse() {
        let e = PX.bin(PX.bin(PX.col("user"), .concat, PX.cast(PX.bin(PX.a, .add, PX.b), .text)), .multiply, PX.c)
        // CONCAT is primary, so the `*` needs no parentheses around it.
        #expect(printer.print(e) == "CONCAT(`user`, CAST(a + b AS TEXT)) * c")
    }

    @Test func namesStringsAndTypesComeFromTheSpelling() {
        #expect(printer.print(PX.str("a\\b'c")) == "'a\\\\b''c'")
        #expect(printer.print(PX.col("a`b")) == "`a``b`")
        #expect(printer.print(PX.call("user", [])) == "`user`()")
        let column = ColumnDefinition(name: PX.id("at"), type: TypeName(.timestamp(precision: nil, withTimeZone: true)))
        #expect(printer.print(column) == "at DATETIME(6)")
    }

    @Test func defaultPrinterIsPostgreSQL() {
        #expect(SQLPrinter().spelling is PostgreSQLSpelling)
        #expect(SQLPrinter().print(PX.col("user")) == "\"user\"")
    }
}
