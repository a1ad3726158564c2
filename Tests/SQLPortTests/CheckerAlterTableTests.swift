import Testing
@testable import SQLPort

/// Catalog states statement by statement, IF [NOT] EXISTS, renames and cascades.
@Suite("Checker replay")
struct CheckerAlterTableTests {
    static let intType = ColumnType(portable: .integer, declared: "INTEGER")

    @Test func catalogAfterEachStatement() throws {
        let result = Checker(target: .postgresql).check(script(
            createTable("t", col("a", integer)),
            alter("t", .addColumn(coldef("b", text, [ColumnConstraint(.default(str("x")))]), ifNotExists: false)),
            alter("t", .setNotNull(id("a"))),
            alter("t", .addConstraint(unique("a", "b"))),
            alter("t", .renameColumn(id("b"), to: id("c"))),
            alter("t", .renameTable(to: id("u")))))
        #expect(result.diagnostics.isEmpty)
        let s = result.plan.steps
        #expect(s[0].before.tables.isEmpty)
        #expect(s[0].after.table("t")?.columns == [Column(name: "a", type: Self.intType)])
        #expect(s[1].after.table("t")?.column("b") == Column(name: "b", type: ColumnType(portable: .text, declared: "TEXT"),
                                                              defaultValue: .portable(str("x"))))
        #expect(s[2].after.table("t")?.column("a")?.isNotNull == true)
        #expect(s[2].before.table("t")?.column("a")?.isNotNull == false)
        #expect(s[3].after.table("t")?.constraints.map(\.name) == ["t_a_b_key"])
        #expect(s[4].after.table("t")?.constraints.first?.kind == .unique(columns: ["a", "c"]))
        #expect(s[4].after.table("t")?.columns.map(\.name) == ["a", "c"])
        // A renamed table keeps its constraint names, as in PostgreSQL.
        #expect(s[5].after.tables.map(\.name) == ["u"])
        #expect(s[5].after.table("u")?.constraints.map(\.name) == ["t_a_b_key"])
        #expect(s[5].resolution == .alterTable(table: "t", actions: [
            ResolvedAction(action: AlterTableAction(.renameTable(to: id("u"))), effect: .renameTable(from: "t", to: "u"))]))
    }

    @Test func ifExistsAndIfNotExistsBehaveAsInPostgreSQL() throws {
        let base = catalog(.postgresql, script(createTable("t", col("a", integer))))
        let result = Checker(target: .postgresql, baseline: base).check(script(
            alter("missing", .dropDefault(id("a")), ifExists: true),
            alter("t", .dropColumn(id("zz"), ifExists: true, behavior: nil),
                  .addColumn(coldef("a", integer), ifNotExists: true),
                  .addColumn(coldef("b", integer), ifNotExists: true),
                  .dropConstraint(id("t_zz_check"), ifExists: true, behavior: nil)),
            createTable("t", col("x", integer), ifNotExists: true),
            createIndex("i", on: "t", "a"),
            createIndex("i", on: "t", "b", ifNotExists: true),
            dropIndex("nope", "i", ifExists: true),
            dropTable("gone", ifExists: true)))
        #expect(result.diagnostics.map(\.message) == [
            "table `missing` does not exist, skipping",
            "column `zz` of table `t` does not exist, skipping",
            "column `a` of table `t` already exists, skipping",
            "constraint `t_zz_check` of table `t` does not exist, skipping",
            "table `t` already exists, skipping",
            "index `i` already exists, skipping",
            "index `nope` does not exist, skipping",
            "table `gone` does not exist, skipping",
        ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .note && $0.code == .skipped })
        let s = result.plan.steps
        #expect(s[0].resolution == .skipped(reason: "table `missing` does not exist, skipping"))
        guard case .alterTable(_, let actions) = s[1].resolution else { Issue.record("alter"); return }
        #expect(actions.map(\.effect) == [
            .skipped(reason: "column `zz` of table `t` does not exist, skipping"),
            .skipped(reason: "column `a` of table `t` already exists, skipping"),
            .addColumn(Column(name: "b", type: Self.intType), constraints: [], indexes: [], sequence: nil, ifNotExists: true),
            .skipped(reason: "constraint `t_zz_check` of table `t` does not exist, skipping"),
        ])
        #expect(s[2].after == s[2].before)
        #expect(s[5].resolution == .dropIndex([DroppedIndex(table: "t", index: TableIndex(name: "i", keys: [IndexKey(.column("a"))]))]))
        #expect(result.plan.final.table("t")?.columns.map(\.name) == ["a", "b"])
        #expect(result.plan.final.table("t")?.indexes.isEmpty == true)
    }

    @Test func aStatementWithAnErrorIsNotApplied() {
        let result = Checker(target: .postgresql).check(script(
            createTable("t", col("a", integer)),
            alter("t", .addColumn(coldef("b", integer), ifNotExists: false), .dropColumn(id("zz"), ifExists: false, behavior: nil))))
        #expect(result.diagnostics.map(\.code) == [.unknownColumn])
        #expect(result.plan.steps[1].resolution == .invalid)
        #expect(result.plan.final.table("t")?.columns.map(\.name) == ["a"])
    }

    @Test func dropColumnCascadeTakesForeignKeysAndViews() throws {
        var base = catalog(.postgresql, script(
            createTable("p", col("id", integer, .primaryKey), col("x", integer)),
            createTable("c", col("pid", integer, .references(ForeignKeyReference(table: qn("p")))))))
        base.views.append(View(name: "v", sql: "CREATE VIEW v AS SELECT id FROM p", dependencies: [TableDependency(table: "p", columns: ["id"])]))
        let result = Checker(target: .postgresql, baseline: base).check(script(
            alter("p", .dropColumn(id("id"), ifExists: false, behavior: .cascade))))
        #expect(result.diagnostics.map(\.code) == [.implicitlyDropped])
        guard case .alterTable(_, let actions) = result.plan.steps[0].resolution,
              case .dropColumn(let column, let cascaded) = actions[0].effect else { Issue.record("drop"); return }
        #expect(column.name == "id")
        let pkey = try #require(base.table("p")?.constraints.first)
        let fkey = try #require(base.table("c")?.constraints.first)
        #expect(fkey.name == "c_pid_fkey")
        #expect(cascaded == [.constraint(table: "p", pkey), .constraint(table: "c", fkey), .view(base.views[0])])
        #expect(result.plan.final.table("c")?.constraints.isEmpty == true)
        #expect(result.plan.final.views.isEmpty)
    }

    @Test func renameColumnFollowsIntoChecksIndexesAndForeignKeys() throws {
        let base = catalog(.postgresql, script(
            createTable("p", col("id", integer, .primaryKey), col("n", integer, .check(gt(ref("n"), int("0"))))),
            createTable("c", col("pid", integer), .constraint(fk(["pid"], "p", ["id"]))),
            createIndex("p_n", on: "p", "n")))
        let result = Checker(target: .postgresql, baseline: base).check(script(
            alter("p", .renameColumn(id("id"), to: id("key"))),
            alter("p", .renameColumn(id("n"), to: id("m")))))
        #expect(result.diagnostics.isEmpty)
        let p = try #require(result.plan.final.table("p"))
        #expect(p.constraints.map(\.kind) == [.primaryKey(columns: ["key"]), .check(.portable(gt(ref("m"), int("0"))))])
        #expect(p.constraints[1].level == .column("m"))
        #expect(p.constraints.map(\.name) == ["p_pkey", "p_n_check"])
        #expect(p.indexes[0].keys == [IndexKey(.column("m"))])
        #expect(result.plan.final.table("c")?.foreignKeys.first?.key.referencedColumns == ["key"])
    }

    @Test func mariadbForeignKeyGetsASupportIndexUnlessCovered() throws {
        let base = catalog(.mariadb, script(
            createTable("p", col("id", integer, .primaryKey)),
            createTable("c", col("a", integer), col("b", integer)),
            createIndex("c_b_a", on: "c", "b", "a")))
        let result = Checker(target: .mariadb, baseline: base).check(script(
            alter("c", .addConstraint(fk(["a"], "p"))),
            alter("c", .addConstraint(fk(["b"], "p", name: "c_b")))))
        #expect(result.diagnostics.isEmpty)
        guard case .alterTable(_, let first) = result.plan.steps[0].resolution,
              case .addConstraint(let key, let support, _) = first[0].effect else { Issue.record("first"); return }
        #expect(key.name == "c_ibfk_1" && key.postgresName == "c_a_fkey")
        #expect(support == TableIndex(name: "a", keys: [IndexKey(.column("a"))], origin: .foreignKeySupport(constraint: "c_ibfk_1")))
        guard case .alterTable(_, let second) = result.plan.steps[1].resolution,
              case .addConstraint(let named, let none, _) = second[0].effect else { Issue.record("second"); return }
        #expect(named.name == "c_b" && none == nil)  // c_b_a already starts with b
        #expect(result.plan.final.table("c")?.indexes.map(\.name) == ["c_b_a", "a"])
    }

    @Test func dropDefaultEndsSerialAndAutoIncrementButKeepsTheSequence() throws {
        for target in [Dialect.postgresql, .mariadb] {
            let base = catalog(target, script(createTable("t", col("id", serial, .primaryKey))))
            let result = Checker(target: target, baseline: base).check(script(alter("t", .dropDefault(id("id")))))
            #expect(result.diagnostics.isEmpty)
            #expect(result.plan.final.table("t")?.column("id")?.generator == nil)
            #expect(result.plan.final.sequences.map(\.name) == (target == .postgresql ? ["t_id_seq"] : []))
        }
    }

    @Test func typeConversionsFollowPostgreSQLsCasts() {
        func needsUsing(_ from: TypeKind, _ to: TypeKind) -> Bool? {
            TypeConversionRules.isAutomatic(from: ColumnType(portable: from, declared: ""), to: ColumnType(portable: to, declared: ""))
                .map { !$0 }
        }
        let ts = TypeKind.timestamp(precision: nil, withTimeZone: false)
        #expect(needsUsing(.integer, .char(length: 32)) == false)  // to a string type: assignment
        #expect(needsUsing(.integer, .bigint) == false)
        #expect(needsUsing(.numeric(precision: 10, scale: 2), .integer) == false)
        #expect(needsUsing(.text, .integer) == true)
        #expect(needsUsing(.integer, .boolean) == true)
        #expect(needsUsing(.boolean, .integer) == true)
        #expect(needsUsing(ts, .integer) == true)
        #expect(needsUsing(ts, .date) == false)
        #expect(needsUsing(.date, ts) == false)
        #expect(needsUsing(.date, .time(precision: nil, withTimeZone: false)) == true)
        #expect(needsUsing(.json, .jsonb) == false)
        #expect(needsUsing(.text, .uuid) == true)
        #expect(TypeConversionRules.isAutomatic(from: .foreign("DATETIME"), to: ColumnType(portable: .text, declared: "TEXT")) == true)
        #expect(TypeConversionRules.isAutomatic(from: .foreign("DATETIME"), to: ColumnType(portable: .integer, declared: "INTEGER")) == nil)
    }
}

extension CheckerAlterTableTests {
    /// What the input said that lowering must repeat is in the plan, so no lowering reads
    /// the statement: `DROP TABLE IF EXISTS`, `ADD COLUMN IF NOT EXISTS` (above), and which
    /// identity columns are `GENERATED ALWAYS` (MySQL's AUTO_INCREMENT holds only the numbering).
    @Test func planCarriesTheFlagsLoweringRepeats() throws {
        for target in [Dialect.postgresql, .mysql, .sqlite] {
            let result = Checker(target: target).check(script(
                createTable("t", col("id", integer, .identity(always: true)), col("n", integer, .identity(always: false)),
                            col("x", integer)),
                createTable("u", col("a", integer)),
                dropTable("u", ifExists: true),
                dropTable("t")))
            #expect(!result.diagnostics.hasErrors, "\(target): \(result.diagnostics.map(\.message))")
            let s = result.plan.steps
            guard case .createTable(_, _, let always) = s[0].resolution else { Issue.record("\(target): create"); continue }
            #expect(always == ["id"], "\(target)")
            guard case .dropTable(let u, let ifExists) = s[2].resolution, case .dropTable(_, let plain) = s[3].resolution else {
                Issue.record("\(target): drop"); continue
            }
            #expect(u.map(\.table.name) == ["u"] && ifExists && !plain, "\(target)")
        }
    }
}

extension CheckerAlterTableTests {
    /// A data statement's step holds its change as written, so the lowerings translate the
    /// values and predicates from the plan, not from the statement.
    @Test func dataStepsCarryTheirChange() {
        let insert = Insert(table: qn("t"), rows: [[int("1")]])
        let update = Update(table: qn("t"), assignments: [Assignment(column: id("a"), value: int("2"))], predicate: gt(ref("a"), int("0")))
        let delete = Delete(table: qn("t"))
        let base = catalog(.postgresql, script(createTable("t", col("a", integer))))
        let result = Checker(target: .postgresql, baseline: base).check(script(
            Statement(.insert(insert)), Statement(.update(update)), Statement(.delete(delete))))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message))")
        let table = base.table("t")!
        #expect(result.plan.steps.map(\.resolution) == [.data(table: table, change: .insert(insert)),
                                                        .data(table: table, change: .update(update)),
                                                        .data(table: table, change: .delete(delete))])
    }
}
