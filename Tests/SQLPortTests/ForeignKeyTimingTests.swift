import Testing
@testable import SQLPort

/// `DEFERRABLE` / `INITIALLY` on foreign keys and `SET CONSTRAINTS`: parsed as written,
/// carried into the catalog with PostgreSQL's meaning, resolved as PostgreSQL 15 does.
struct ForeignKeyTimingTests {
    static func script(_ sql: String) throws -> Script {
        let result = Parser.parse(SourceFile(id: FileID(0), name: "t.sql", text: sql))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.script
    }

    static func timing(_ clause: String) throws -> ConstraintTiming? {
        let s = try script("CREATE TABLE t (a int REFERENCES p \(clause))")
        guard case .createTable(let t) = s.statements.first?.kind, case .column(let c) = t.elements.first,
              case .references(let r) = c.constraints.first?.kind else { return nil }
        return r.timing
    }

    @Test func parsesEachSpelling() throws {
        #expect(try Self.timing("") == ConstraintTiming())
        #expect(try Self.timing("DEFERRABLE INITIALLY DEFERRED") == ConstraintTiming(deferrable: true, initiallyDeferred: true))
        #expect(try Self.timing("INITIALLY IMMEDIATE DEFERRABLE") == ConstraintTiming(deferrable: true, initiallyDeferred: false))
        #expect(try Self.timing("NOT DEFERRABLE") == ConstraintTiming(deferrable: false))
        #expect(try Self.timing("INITIALLY DEFERRED") == ConstraintTiming(initiallyDeferred: true))
        #expect(try Self.timing("ON DELETE CASCADE DEFERRABLE") == ConstraintTiming(deferrable: true))
    }

    @Test func printsWhatWasWritten() throws {
        let printer = SQLPrinter()
        let s = try Self.script("""
            ALTER TABLE b ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p (id) INITIALLY DEFERRED DEFERRABLE;
            SET CONSTRAINTS "f", public.g IMMEDIATE;
            SET CONSTRAINTS ALL DEFERRED
            """)
        #expect(s.statements.map { printer.body(of: $0) } == [
            "ALTER TABLE b ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED",
            "SET CONSTRAINTS f, public.g IMMEDIATE",
            "SET CONSTRAINTS ALL DEFERRED",
        ])
        #expect(try Self.script(s.statements.map { printer.body(of: $0) }.joined(separator: ";\n")) == s)
    }

    static func checked(_ sql: String) throws -> CheckResult {
        Checker(target: .postgresql).check(try Self.script(sql))
    }

    static let schema = """
        CREATE TABLE p (id int PRIMARY KEY);
        CREATE TABLE c (a int CONSTRAINT c_a_fk REFERENCES p INITIALLY DEFERRED, b int CONSTRAINT c_b_fk REFERENCES p DEFERRABLE,
            d int CONSTRAINT c_d_fk REFERENCES p, CONSTRAINT c_chk CHECK (a > 0));

        """

    @Test func catalogHoldsPostgreSQLMeaning() throws {
        let result = try Self.checked(Self.schema)
        let keys = result.plan.final.table("c")!.constraints.compactMap { k -> [Bool]? in
            if case .foreignKey(let fk) = k.kind { return [fk.deferrable, fk.initiallyDeferred] }
            return nil
        }
        // INITIALLY DEFERRED alone is deferrable in PostgreSQL (measured: condeferrable = t).
        #expect(keys == [[true, true], [true, false], [false, false]])
    }

    @Test func resolvesSetConstraintsAsPostgreSQL() throws {
        let result = try Self.checked(Self.schema + """
            SET CONSTRAINTS c_a_fk, c_b_fk DEFERRED;
            SET CONSTRAINTS c_d_fk, c_chk, p_pkey IMMEDIATE;
            SET CONSTRAINTS ALL DEFERRED;
            SET CONSTRAINTS nope IMMEDIATE;
            SET CONSTRAINTS c_d_fk DEFERRED;
            SET CONSTRAINTS "C_A_FK" IMMEDIATE
            """)
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.message)" } == [
            "S333 constraint `nope` does not exist",
            "S334 constraint `c_d_fk` is not deferrable",
            "S333 constraint `C_A_FK` does not exist",
        ])
        #expect(result.plan.steps.suffix(6).map(\.resolution) == [
            .setConstraints(deferred: true, namesDeferrableKeys: true),
            .setConstraints(deferred: false, namesDeferrableKeys: false),
            .setConstraints(deferred: true, namesDeferrableKeys: true),
            .invalid, .invalid, .invalid,
        ])
    }
}

/// What each lowering makes of a deferrable key and of `SET CONSTRAINTS`.
struct ForeignKeyTimingLoweringTests {
    static let schema = InputFile(name: "s.sql", text: """
        CREATE TABLE p (id int PRIMARY KEY);
        CREATE TABLE c (id int PRIMARY KEY, a int CONSTRAINT c_a_fk REFERENCES p DEFERRABLE INITIALLY DEFERRED);
        """)

    static func compile(_ sql: String, _ dialect: Dialect) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: sql), schemas: [schema], dialect: dialect)
    }

    static func timings(_ sql: String, _ dialect: Dialect) -> [[Bool]] {
        let catalog = Compiler.predictedCatalog(InputFile(name: "m.sql", text: sql), schemas: [schema], dialect: dialect)
        return catalog?.tables.flatMap(\.constraints).compactMap { k -> [Bool]? in
            if case .foreignKey(let fk) = k.kind { return [fk.deferrable, fk.initiallyDeferred] }
            return nil
        } ?? []
    }

    static let addKeys = "ALTER TABLE c ADD COLUMN b int REFERENCES p INITIALLY DEFERRED, ADD COLUMN d int REFERENCES p DEFERRABLE"

    @Test func predictionIsWhatEachEngineStores() {
        #expect(Self.timings(Self.addKeys, .postgresql) == [[true, true], [true, true], [true, false]])
        #expect(Self.timings(Self.addKeys, .sqlite) == [[true, true], [true, true], [true, false]])
        #expect(Self.timings(Self.addKeys, .mysql) == [[false, false], [false, false], [false, false]])
        #expect(Self.timings(Self.addKeys, .mariadb) == [[false, false], [false, false], [false, false]])
    }

    @Test func mysqlWarnsOncePerScript() {
        let result = Self.compile(Self.addKeys, .mysql)
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.notes.count)" } == ["D441 1"])
        #expect(Self.compile(Self.addKeys, .postgresql).diagnostics.isEmpty)
        #expect(Self.compile(Self.addKeys, .sqlite).diagnostics.isEmpty)
    }

    @Test func setConstraintsPerDialect() {
        let sql = "SET CONSTRAINTS ALL IMMEDIATE;\nSET CONSTRAINTS c_a_fk DEFERRED"
        #expect(Self.compile(sql, .postgresql).plan?.units.flatMap(\.statements)
                == ["SET CONSTRAINTS ALL IMMEDIATE;", "SET CONSTRAINTS c_a_fk DEFERRED;"])
        let sqlite = Self.compile(sql, .sqlite).plan
        #expect(sqlite?.header.needsNoStatement == [NoStatement(line: 1, reason: .foreignKeysCheckedAtEnd),
                                                    NoStatement(line: 2, reason: .foreignKeysCheckedAtEnd)])
        #expect(sqlite?.units.isEmpty == true)
        #expect(Self.compile(sql, .mariadb).diagnostics.map { "\($0.code.rawValue) \($0.severity)" } == ["D442 error"])
        let immediate = Self.compile("SET CONSTRAINTS ALL IMMEDIATE", .mysql).plan
        #expect(immediate?.header.needsNoStatement == [NoStatement(line: 1, reason: .foreignKeysAlwaysImmediate)])
    }
}
