import Testing
@testable import SQLPort

/// Every S3xx code: exact message, severity, range and notes.
@Suite("Checker diagnostics")
struct CheckerDiagnosticsTests {
    /// Schema at offsets < 1000 (so notes point there); the migration's nodes sit at >= 1000.
    static let schema = script(
        createTable("p", col("id", integer), .constraint(pk("id", at: 40)), at: 0),
        createTable("t", col("id", serial, at: 120), col("a", integer, at: 140), col("n", integer, .default(int("0")), at: 160),
                    col("s", text, at: 180), .constraint(pk("id", at: 200)),
                    .constraint(fk(["a"], "p", onDelete: .cascade)), at: 100))

    static func check(_ statements: Statement..., target: Dialect = .postgresql, baseline: Script = schema) -> [Diagnostic] {
        let base = catalog(target, baseline)
        return Checker(target: target, baseline: base).check(Script(statements: statements)).diagnostics
    }

    @Test func s301UnknownColumn() throws {
        let d = try #require(Self.check(alter("t", .dropColumn(id("created_at", at: 1030), ifExists: false, behavior: nil))).first)
        #expect(d.code.rawValue == "S301" && d.severity == .error)
        #expect(d.message == "column `created_at` does not exist in table `t`")
        #expect(d.range == r(1030, 10))
        #expect(d.label == "no such column")
        #expect(d.notes == [DiagnosticNote("table `t` was defined here", at: r(100, 20))])
    }

    @Test func s302UnknownTable() throws {
        let d = try #require(Self.check(alter("ballots", .dropDefault(id("id")), at: 1012)).first)
        #expect(d.code == .unknownTable && d.message == "table `ballots` does not exist" && d.range == r(1012, 7))
    }

    @Test func s303UnknownConstraint() throws {
        let d = try #require(Self.check(alter("t", .dropConstraint(id("t_b_key", at: 1020), ifExists: false, behavior: nil))).first)
        #expect(d.code == .unknownConstraint && d.message == "constraint `t_b_key` does not exist on table `t`")
        #expect(d.range == r(1020, 7))
        #expect(d.help == "its constraints are `t_pkey`, `t_a_fkey`")
    }

    @Test func s304UnknownIndex() throws {
        let d = try #require(Self.check(dropIndex("nope", at: 1011)).first)
        #expect(d.code == .unknownIndex && d.message == "index `nope` does not exist" && d.range == r(1011, 4))
    }

    @Test func s305DuplicateTable() throws {
        let d = try #require(Self.check(createTable("t", col("x", integer), at: 1000)).first)
        #expect(d.code == .duplicateTable && d.message == "table `t` already exists" && d.range == r(1013, 1))
        #expect(d.notes == [DiagnosticNote("table `t` was defined here", at: r(100, 20))])
    }

    @Test func s306DuplicateColumn() throws {
        let d = try #require(Self.check(alter("t", .addColumn(coldef("a", integer, at: 1025), ifNotExists: false))).first)
        #expect(d.code == .duplicateColumn && d.message == "column `a` of table `t` already exists" && d.range == r(1025, 1))
        #expect(d.notes == [DiagnosticNote("column `a` was defined here", at: r(140, 1))])
    }

    @Test func s307DuplicateConstraint() throws {
        let c = TableConstraint(name: id("t_a_fkey", at: 1030), .check(gt(ref("a"), int("0"))))
        let d = try #require(Self.check(alter("t", .addConstraint(c))).first)
        #expect(d.code == .duplicateConstraint && d.message == "constraint `t_a_fkey` for table `t` already exists")
        #expect(d.range == r(1030, 8))
    }

    @Test func s308DuplicateIndexName() throws {
        let d = try #require(Self.check(createIndex("t_pkey", on: "t", "a", at: 1013)).first)
        #expect(d.code == .duplicateIndex && d.message == "index of constraint `t_pkey` already exists" && d.range == r(1013, 6))
        let e = try #require(Self.check(createIndex("p", on: "t", "a", at: 1013)).first)
        #expect(e.message == "table `p` already exists")
    }

    @Test func s309SecondPrimaryKey() throws {
        let d = try #require(Self.check(alter("t", .addConstraint(pk("a", at: 1040)))).first)
        #expect(d.code == .secondPrimaryKey && d.message == "table `t` already has a primary key" && d.range == r(1040, 11))
        #expect(d.notes == [DiagnosticNote("primary key `t_pkey` was defined here", at: r(200, 11))])
        #expect(d.help == "drop the existing primary key first: `ALTER TABLE t DROP CONSTRAINT t_pkey`")
    }

    @Test func s310DependentObjects() throws {
        let d = try #require(Self.check(alter("p", .dropColumn(id("id", at: 1020), ifExists: false, behavior: nil))).first)
        #expect(d.code == .dependentObjects)
        #expect(d.message == "cannot drop column `id` of table `p` because other objects depend on it")
        #expect(d.range == r(1020, 2))
        #expect(d.notes.map(\.message) == ["foreign key `t_a_fkey` on table `t` depends on it"])
        // With CASCADE the foreign key goes too (and the primary key, silently, with a warning).
        let cascade = Self.check(alter("p", .dropColumn(id("id"), ifExists: false, behavior: .cascade)))
        #expect(cascade.map(\.code) == [.implicitlyDropped])
        let table = try #require(Self.check(dropTable("p", at: 1011)).first)
        #expect(table.message == "cannot drop table `p` because other objects depend on it" && table.range == r(1011, 1))
    }

    @Test func s311TypeChangeNeedsUsing() throws {
        let d = try #require(Self.check(alter("t", .alterColumnType(id("s"), ty(.integer, "INTEGER", at: 1040), using: nil))).first)
        #expect(d.code == .typeChangeNeedsUsing && d.message == "column `s` cannot be cast automatically to type `integer`")
        #expect(d.range == r(1040, 7))
        #expect(d.help == "say how to convert the values: `USING s::INTEGER` or another expression")
        #expect(d.notes == [DiagnosticNote("column `s` was defined here as `TEXT`", at: r(180, 1))])
    }

    @Test func s312NotNullWithoutDefault() throws {
        let d = try #require(Self.check(alter("t", .addColumn(coldef("z", integer, [ColumnConstraint(.notNull)], at: 1030),
                                                              ifNotExists: false))).first)
        #expect(d.code == .notNullWithoutDefault && d.severity == .warning)
        #expect(d.message == "NOT NULL column `z` is added without a default: this fails if table `t` has rows")
        #expect(d.range == r(1030, 1))
        // A default, or a serial, makes it fine.
        #expect(Self.check(alter("t", .addColumn(coldef("z", integer, [ColumnConstraint(.notNull), ColumnConstraint(.default(int("1")))]),
                                                 ifNotExists: false))).isEmpty)
        #expect(Self.check(alter("t", .addColumn(coldef("z", serial), ifNotExists: false))).isEmpty)
    }

    @Test func s313AmbiguousRoleName() throws {
        let base = script(createTable("t", col("a", integer, .check(gt(ref("a"), int("0"))), .check(gt(ref("a"), int("9"))))))
        let d = try #require(Self.check(alter("t", .dropConstraint(id("t_a_check", at: 1020), ifExists: false, behavior: nil)),
                                        target: .sqlite, baseline: base).first)
        #expect(d.code == .ambiguousName && d.message == "constraint name `t_a_check` matches 2 constraints of table `t` in SQLite")
        #expect(d.range == r(1020, 9))
        #expect(d.notes.map(\.message) == ["check constraint (unnamed) on (a) was defined here",
                                           "check constraint (unnamed) on (a) was defined here"])
        #expect(d.help == "SQLite has no name for some of them; name the constraints in the schema, or drop and re-add them all")
        // PostgreSQL's numbered names are a guess outside PostgreSQL: still ambiguous.
        #expect(Self.check(alter("t", .dropConstraint(id("t_a_check1"), ifExists: false, behavior: nil)),
                           target: .sqlite, baseline: base).map(\.code) == [.ambiguousName])
        // MariaDB named them `a` and `CONSTRAINT_1`: the help says so.
        let maria = try #require(Self.check(alter("t", .dropConstraint(id("t_a_check"), ifExists: false, behavior: nil)),
                                            target: .mariadb, baseline: base).first)
        #expect(maria.help == "name the constraint the way MariaDB does: `a` or `CONSTRAINT_1`")
        // On PostgreSQL the name is the constraint's own: no ambiguity.
        #expect(Self.check(alter("t", .dropConstraint(id("t_a_check"), ifExists: false, behavior: nil)),
                           target: .postgresql, baseline: base).isEmpty)
    }

    @Test func s314InvalidForeignKey() throws {
        let d = try #require(Self.check(alter("t", .addConstraint(fk(["n"], "t", ["n"], at: 1050)))).first)
        #expect(d.code == .invalidForeignKey)
        #expect(d.message == "there is no unique constraint matching the referenced columns (`n`) of table `t`")
        #expect(d.range == r(1050, 1))
        let count = try #require(Self.check(alter("t", .addConstraint(fk(["n", "a"], "p")))).first)
        #expect(count.message == "number of referencing and referenced columns for foreign key disagree")
        let types = try #require(Self.check(alter("t", .addConstraint(fk(["s"], "p")))).first)
        #expect(types.message == "foreign key column `s` (`TEXT`) cannot reference `p.id` (`INTEGER`)")
        let retype = try #require(Self.check(alter("p", .alterColumnType(id("id"), text, using: nil))).first)
        #expect(retype.message == "foreign key `t_a_fkey` cannot be kept: `id` would be `text` and `t.a` is `integer`")
    }

    @Test func s315DefaultCannotBeCast() throws {
        let d = try #require(Self.check(alter("t", .alterColumnType(id("n"), ty(.boolean, "BOOLEAN", at: 1040),
                                                                    using: Expression(.binary(.notEqual, ref("n"), int("0")))))).first)
        #expect(d.code == .defaultCannotBeCast && d.message == "default for column `n` cannot be cast automatically to type `boolean`")
        #expect(d.range == r(1040, 7) && d.label == "the default is `integer`")
    }

    @Test func s316ColumnUsedByView() throws {
        var base = catalog(.postgresql, Self.schema)
        base.views.append(View(name: "v", sql: "CREATE VIEW v AS SELECT s FROM t",
                               dependencies: [TableDependency(table: "t", columns: ["s"])], definedAt: r(300, 10)))
        let result = Checker(target: .postgresql, baseline: base).check(script(
            alter("t", .alterColumnType(id("s", at: 1020), ty(.varchar(length: 10), "VARCHAR(10)"), using: nil))))
        let d = try #require(result.diagnostics.first)
        #expect(d.code == .columnUsedByView && d.message == "cannot alter type of column `s` because view `v` uses it")
        #expect(d.range == r(1020, 1) && d.notes == [DiagnosticNote("view `v` was defined here", at: r(300, 10))])
    }

    @Test func s317ImplicitlyDropped() throws {
        let base = script(createTable("t", col("a", integer), col("b", integer), .constraint(unique("a", "b"))),
                          createIndex("t_b", on: "t", "b"))
        let d = try #require(Self.check(alter("t", .dropColumn(id("b", at: 1020), ifExists: false, behavior: nil)), baseline: base).first)
        #expect(d.code == .implicitlyDropped && d.severity == .warning)
        #expect(d.message == "dropping column `b` also drops unique constraint `t_a_b_key` on table `t`, index `t_b` on table `t`")
    }

    @Test func s318Skipped() throws {
        let d = try #require(Self.check(alter("t", .dropColumn(id("zz", at: 1030), ifExists: true, behavior: nil))).first)
        #expect(d.code == .skipped && d.severity == .note && d.message == "column `zz` of table `t` does not exist, skipping")
        #expect(d.range == r(1030, 2))
    }

    @Test func s319PrimaryKeyNullable() throws {
        let d = try #require(Self.check(alter("t", .dropNotNull(id("id", at: 1025)))).first)
        #expect(d.code == .primaryKeyNullable && d.message == "column `id` is in a primary key" && d.range == r(1025, 2))
    }

    @Test func s320IdentityDefault() throws {
        let base = script(createTable("t", col("id", integer, .identity(always: true))))
        let d = try #require(Self.check(alter("t", .dropDefault(id("id", at: 1025))), baseline: base).first)
        #expect(d.code == .identityDefault && d.message == "column `id` of table `t` is an identity column" && d.range == r(1025, 2))
    }

    @Test func s321InvalidColumnType() throws {
        let d = try #require(Self.check(alter("t", .alterColumnType(id("a"), ty(.serial, "SERIAL", at: 1030), using: nil))).first)
        #expect(d.code == .invalidColumnType && d.message == "type `serial` does not exist" && d.range == r(1030, 6))
        #expect(d.help == "change the type to `integer`; the column keeps its default")
    }

    @Test func s322InsertArity() throws {
        let row = [int("1"), int("2"), Expression(.integer("3"), range: r(1040, 1)), int("4"), int("5")]
        let d = try #require(Self.check(Statement(.insert(Insert(table: qn("p"), rows: [Array(row.prefix(2))])))).first)
        #expect(d.code == .insertArity && d.message == "INSERT has more expressions than target columns")
        let e = try #require(Self.check(Statement(.insert(Insert(table: qn("t"), columns: [id("a"), id("n", at: 1030)],
                                                                 rows: [[int("1")]])))).first)
        #expect(e.message == "INSERT has more target columns than expressions" && e.range == r(1030, 1))
    }

    @Test func s323IndexOwnedByConstraint() throws {
        let d = try #require(Self.check(dropIndex("t_pkey", at: 1011)).first)
        #expect(d.code == .indexOwnedByConstraint)
        #expect(d.message == "cannot drop index `t_pkey` because primary key `t_pkey` on table `t` requires it")
        #expect(d.help == "drop the constraint instead: `ALTER TABLE t DROP CONSTRAINT t_pkey`")
    }

    @Test func s376SupportIndexCreated() throws {
        // MariaDB made index `a` for foreign key t_ibfk_1; dropping it would leave the key without
        // one (error 1553), so the index InnoDB needs is created first, under the name it would take.
        let base = catalog(.mariadb, Self.schema)
        let run = Checker(target: .mariadb, baseline: base).check(Script(statements: [dropIndex("a", at: 1011)]))
        let d = try #require(run.diagnostics.first)
        #expect(d.code == .supportIndexCreated && d.severity == .warning)
        #expect(d.message == "dropping `a` leaves foreign key `t_ibfk_1` without an index: index `a` on (a) is created first")
        #expect(run.plan.final.table("t")?.indexes.filter { $0.columns == ["a"] }.map(\.origin) == [IndexOrigin.explicit])
        #expect(Self.check(dropIndex("a"), target: .postgresql).map(\.code) == [.unknownIndex])
    }

    @Test func s325WrongObjectKind() throws {
        let d = try #require(Self.check(dropIndex("p", at: 1011)).first)
        #expect(d.code == .wrongObjectKind && d.message == "`p` is a table, not an index" && d.range == r(1011, 1))
    }

    @Test func s326TooManyColumns() throws {
        let columns = (1...1600).map { TableElement.column(coldef("c\($0)", integer)) }
        let wide = Statement(.createTable(CreateTable(name: qn("wide"), elements: columns)))
        let base = Script(statements: [wide])
        let d = try #require(Self.check(alter("wide", .addColumn(coldef("c1601", integer, at: 1040), ifNotExists: false)),
                                        baseline: base).first)
        #expect(d.code == .tooManyColumns && d.message == "tables can have at most 1600 columns" && d.range == r(1040, 5))
        #expect(d.label == "column 1601 of table `wide`")
        // One column fewer is fine; so is a CREATE TABLE of exactly 1600 columns (the baseline).
        #expect(Self.check(alter("wide", .dropColumn(id("c1"), ifExists: false, behavior: nil)),
                           alter("wide", .addColumn(coldef("c1601", integer), ifNotExists: false)), baseline: base).isEmpty)
        let wider = Statement(.createTable(CreateTable(name: qn("wider"), elements: columns + [.column(coldef("x", text, at: 1050))])))
        #expect(Self.check(wider).map(\.code) == [.tooManyColumns])
        #expect(Self.check(wider).first?.range == r(1050, 1))
    }

    @Test func codesAreUniqueAndComplete() {
        let raw = DiagnosticCode.checkerCodes.map(\.rawValue)
        // Issue 11's slices took S333-S345 in ranges, so a few numbers are unused.
        // S324 is retired (the index a foreign key needs is created first: S376).
        #expect(raw == (301...323).map { "S\($0)" } + (325...334).map { "S\($0)" } + ["S336", "S339"]
                + (342...348).map { "S\($0)" } + (356...374).map { "S\($0)" } + ["S376"])
        #expect(DiagnosticCode.checkerCodes.allSatisfy { !$0.summary.isEmpty })
    }
}
