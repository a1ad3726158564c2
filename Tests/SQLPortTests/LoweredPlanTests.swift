import Testing
@testable import SQLPort

/// The values `Compiler.compile` returns, for one migration in each dialect: which input
/// lines each unit carries out, whether it can be re-run, why a table is rebuilt, the
/// warnings. The corpus checks their text (`CorpusTests` renders the plan); this checks
/// the values themselves.
@Suite struct LoweredPlanTests {
    static let schema = InputFile(name: "schema.sql", text: """
        CREATE TABLE account (id SERIAL PRIMARY KEY);
        CREATE TABLE payment (id SERIAL PRIMARY KEY, account_id INTEGER REFERENCES account (id), note TEXT);
        """)
    static let migration = InputFile(name: "m.sql", text: """
        BEGIN;
        ALTER TABLE payment ADD COLUMN amount INTEGER;
        ALTER TABLE payment ALTER COLUMN note SET DEFAULT 'x';
        CREATE INDEX payment_account ON payment (account_id);
        ALTER TABLE payment ALTER COLUMN amount TYPE BIGINT;
        INSERT INTO account VALUES (7);
        COMMIT;
        """)
    static let dropped = [DroppedTransactionControl(.begin, line: 1), DroppedTransactionControl(.commit, line: 7)]

    static func plan(_ dialect: Dialect) throws -> LoweredPlan {
        let result = Compiler.compile(migration, schemas: [schema], dialect: dialect)
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        let plan = try #require(result.plan)
        #expect(result.sql == TextWriter().render(plan))
        return plan
    }

    @Test func postgresql() throws {
        let plan = try Self.plan(.postgresql)
        #expect(plan.header == LoweredHeader(transactions: .oneTransaction, droppedTransactionControl: Self.dropped))
        #expect(plan.units.map { $0.inputs.map(\.line) } == [[2], [3], [4], [5], [6]])
        #expect(plan.units.map(\.statements) == [["ALTER TABLE payment ADD COLUMN amount INTEGER;"],
                                                 ["ALTER TABLE payment ALTER COLUMN note SET DEFAULT 'x';"],
                                                 ["CREATE INDEX payment_account ON payment (account_id);"],
                                                 ["ALTER TABLE payment ALTER COLUMN amount TYPE BIGINT;"],
                                                 ["INSERT INTO account VALUES (7);"]])
        #expect(plan.units.allSatisfy { $0.rerunnable == nil && $0.progress == nil && $0.rebuild == nil && $0.warnings.isEmpty })
        #expect(plan.opening == [FramingStatement("BEGIN;")] && plan.closing == [FramingStatement("COMMIT;")])
    }

    @Test func mariadb() throws {
        let plan = try Self.plan(.mariadb)
        #expect(plan.header == LoweredHeader(transactions: .statementByStatement(mariaDBForms: true), rerun: .allExcept(lines: [6]),
                                             droppedTransactionControl: Self.dropped))
        #expect(plan.opening.map(\.purpose) == [.sessionSettings, .characterSet])
        #expect(plan.closing.map(\.purpose) == [.restoreSession])
        // Lines 2-4 are one ALTER TABLE; InnoDB may keep the index it made for the foreign key.
        #expect(plan.units.map { $0.inputs.map(\.line) } == [[2, 3, 4], [4], [5], [6]])
        #expect(plan.units.map(\.statements) == [
            ["ALTER TABLE payment\n    ADD COLUMN IF NOT EXISTS amount INT,\n    MODIFY COLUMN IF EXISTS note LONGTEXT DEFAULT ('x'),\n    ADD INDEX IF NOT EXISTS payment_account (account_id);"],
            ["ALTER TABLE payment DROP INDEX IF EXISTS account_id;"],
            ["ALTER TABLE payment MODIFY COLUMN IF EXISTS amount BIGINT;"],
            ["INSERT INTO account VALUES (7);"],
        ])
        #expect(plan.units.map(\.rerunnable) == [true, true, true, false])
        #expect(plan.units.map(\.warnings) == [[], [.supportIndexDroppedIfPresent(index: "account_id")], [], []])
        #expect(plan.units.map(\.progress) == [
            Progress(applied: [LineRun(2, 3)], inPart: [LineRun(4)]),
            Progress(applied: [LineRun(2, 4)]),
            Progress(applied: [LineRun(2, 5)]),
            Progress(applied: [LineRun(2, 6)]),
        ])
        #expect(plan.units.allSatisfy { $0.rebuild == nil })
    }

    @Test func sqlite() throws {
        let plan = try Self.plan(.sqlite)
        let rebuild = RebuildReason.changed(table: "payment", lines: [2, 3, 4, 5])
        #expect(plan.header == LoweredHeader(transactions: .selfCheckingTransaction(oldest: .conservativeDefault), rebuilds: [rebuild],
                                             droppedTransactionControl: Self.dropped))
        // The four ALTERs are one rebuild, tied to the first; the guard checks the INSERT changed one row.
        #expect(plan.units.map { $0.inputs.map(\.line) } == [[2], [6]])
        #expect(plan.units.map(\.rebuild) == [rebuild, nil])
        #expect(plan.units[0].statements.count == 12)
        #expect(plan.units[0].statements.last == "CREATE INDEX payment_account ON payment (account_id);")
        #expect(plan.units[1].statements == ["DELETE FROM temp.sqlport_guard WHERE 0;", "INSERT INTO account VALUES (7);",
                                             "INSERT INTO temp.sqlport_guard (problem) SELECT 'statement' WHERE changes() IS NOT 1;"])
        #expect(plan.units.allSatisfy { $0.rerunnable == nil && $0.progress == nil && $0.warnings.isEmpty })
        #expect(plan.opening.first == FramingStatement("PRAGMA foreign_keys=OFF;"))
        #expect(plan.closing.last == FramingStatement("PRAGMA foreign_keys=ON;"))
    }
}
