import Testing
@testable import SQLPort

@Suite("PostgreSQL naming")
struct PostgreSQLNamingTests {
    @Test func makeObjectNameJoinsParts() {
        #expect(PostgreSQLNaming.makeObjectName("ballot", nil, label: "pkey") == "ballot_pkey")
        #expect(PostgreSQLNaming.makeObjectName("ballot", "id", label: "seq") == "ballot_id_seq")
        #expect(PostgreSQLNaming.makeObjectName("t", "a", label: nil) == "t_a")
    }

    @Test func makeObjectNameTruncatesTheLongerPartFirst() {
        let table = String(repeating: "t", count: 60), column = String(repeating: "c", count: 10)
        // 63 - len("_key") - 1 = 58 bytes for both names: the table gives up 12, the column nothing.
        let name = PostgreSQLNaming.makeObjectName(table, column, label: "key")
        #expect(name == String(repeating: "t", count: 48) + "_" + column + "_key")
        #expect(name.utf8.count == 63)
    }

    @Test func makeObjectNameShortensBothWhenBothAreLong() {
        let a = String(repeating: "a", count: 40), b = String(repeating: "b", count: 40)
        // 58 bytes available: the loop evens them out, then takes from name2 on ties.
        #expect(PostgreSQLNaming.makeObjectName(a, b, label: "key")
                == String(repeating: "a", count: 29) + "_" + String(repeating: "b", count: 29) + "_key")
    }

    @Test func makeObjectNameNeverSplitsACharacter() {
        // 'é' is two bytes; 30 of them (60 bytes) must be cut to 58 bytes = 29 characters.
        let table = String(repeating: "é", count: 30)
        let name = PostgreSQLNaming.makeObjectName(table, nil, label: "pkey")
        #expect(name == String(repeating: "é", count: 29) + "_pkey")
        #expect(name.utf8.count == 63)
        // With an odd budget the cut backs off to the previous character boundary.
        let odd = PostgreSQLNaming.makeObjectName(table, nil, label: "pkey1")
        #expect(odd == String(repeating: "é", count: 28) + "_pkey1")
    }

    @Test func generatedConstraintNames() {
        let c = catalog(.postgresql, script(
            createTable("t", col("a", integer), col("b", integer), col("c", integer, .check(gt(ref("c"), int("0")))),
                        .constraint(pk("a")), .constraint(unique("b", "c")),
                        .constraint(check(gt(ref("a"), ref("b")))), .constraint(fk(["b"], "t", ["a"])))))
        let t = c.table("t")!
        #expect(t.constraints.map(\.name) == ["t_pkey", "t_b_c_key", "t_c_check", "t_check", "t_b_fkey"])
        #expect(t.constraints.map(\.postgresName) == ["t_pkey", "t_b_c_key", "t_c_check", "t_check", "t_b_fkey"])
        #expect(t.constraints.allSatisfy { $0.isNameGenerated })
    }

    @Test func checkUsingOneColumnTwiceIsNamedAfterIt() {
        let e = Expression(.binary(.and, gt(ref("a"), int("0")), Expression(.binary(.less, ref("a"), int("9")))))
        let c = catalog(.postgresql, script(createTable("t", col("a", integer), .constraint(check(e)))))
        #expect(c.table("t")!.constraints[0].name == "t_a_check")
    }

    @Test func collisionsGetANumberedLabel() {
        let c = catalog(.postgresql, script(
            createTable("t", col("a", integer, .check(gt(ref("a"), int("0"))), .check(gt(ref("a"), int("1")))),
                        .constraint(unique("a")), .constraint(unique("a", name: "x"))),
            // An existing relation named like the generated key pushes it to `key1`.
            createTable("u_a_key", col("z", integer)),
            createTable("u", col("a", integer, .unique))))
        #expect(c.table("t")!.constraints.map(\.name) == ["t_a_key", "x", "t_a_check", "t_a_check1"])
        #expect(c.table("u")!.constraints.map(\.name) == ["u_a_key1"])
    }

    @Test func serialColumnsOwnASequence() {
        let c = catalog(.postgresql, script(createTable("ballot", col("id", serial, .primaryKey))))
        let id = c.table("ballot")!.column("id")!
        #expect(id.generator == .serial(sequence: "ballot_id_seq"))
        #expect(id.type == ColumnType(portable: .integer, declared: "SERIAL"))
        #expect(id.isNotNull)
        #expect(c.sequences == [CatalogSequence(name: "ballot_id_seq", ownedBy: .init(table: "ballot", column: "id"))])
    }

    @Test func multiColumnForeignKeyNameUsesEveryColumn() {
        let c = catalog(.postgresql, script(
            createTable("p", col("a", integer), col("b", integer), .constraint(pk("a", "b"))),
            createTable("q", col("x", integer), col("y", integer), .constraint(fk(["x", "y"], "p")))))
        let key = c.table("q")!.constraints[0]
        #expect(key.name == "q_x_y_fkey")
        #expect(key.kind == .foreignKey(ForeignKey(columns: ["x", "y"], referencedTable: "p", referencedColumns: ["a", "b"])))
    }
}

@Suite("MySQL, MariaDB and SQLite naming")
struct ForeignNamingTests {
    static let schema = script(
        createTable("p", col("id", integer, .primaryKey)),
        createTable("t", col("id", serial, .primaryKey), col("a", integer, .unique, .check(gt(ref("a"), int("0")))),
                    col("b", integer), col("c", integer),
                    .constraint(unique("a", "b")), .constraint(check(gt(ref("b"), ref("c")))),
                    .constraint(fk(["b"], "p")), .constraint(fk(["c"], "p", name: "c_parent"))))

    @Test func mariadbNames() {
        let t = catalog(.mariadb, Self.schema).table("t")!
        #expect(t.constraints.map(\.name) == ["PRIMARY", "a", "a_2", "a", "CONSTRAINT_1", "t_ibfk_1", "c_parent"])
        #expect(t.constraints.map(\.postgresName) == ["t_pkey", "t_a_key", "t_a_b_key", "t_a_check", "t_check", "t_b_fkey", "c_parent"])
        // InnoDB backs each foreign key with an index: named after the column, or after the constraint.
        #expect(t.indexes == [
            TableIndex(name: "b", keys: [IndexKey(.column("b"))], origin: .foreignKeySupport(constraint: "t_ibfk_1")),
            TableIndex(name: "c_parent", keys: [IndexKey(.column("c"))], origin: .foreignKeySupport(constraint: "c_parent")),
        ])
        #expect(t.column("id")!.generator == .autoIncrement)
    }

    /// MariaDB's column definition takes one unnamed CHECK: a second one, a named one, or one
    /// whose name (the column's) is taken are table checks, as MariaDB lists them.
    @Test func mariadbKeepsOneUnnamedCheckPerColumn() {
        let c = catalog(.mariadb, script(
            createTable("t", col("a", integer, .check(gt(ref("a"), int("0"))), .check(gt(int("9"), ref("a")))),
                        .column(ColumnDefinition(name: id("b"), type: integer, constraints: [named("b_small", .check(gt(int("5"), ref("b"))))])),
                        .constraint(check(gt(ref("b"), int("0")), name: "c"))),
            alter("t", .addColumn(coldef("c", integer, [ColumnConstraint(.check(gt(ref("c"), int("0"))))]), ifNotExists: false),
                  .renameConstraint(id("a"), to: id("a_positive")))))
        let checks = c.table("t")!.constraints
        #expect(checks.map(\.name) == ["a_positive", "CONSTRAINT_1", "b_small", "c", "CONSTRAINT_2"])
        #expect(checks.map(\.postgresName) == ["a_positive", "t_a_check1", "b_small", "c", "t_c_check"])
        #expect(checks.map(\.level) == [.table, .table, .table, .table, .table])
        // Unnamed, first on its column: kept in the column's definition and named after it.
        let kept = catalog(.mariadb, script(createTable("u", col("a", integer, .check(gt(ref("a"), int("0"))))))).table("u")!.constraints
        #expect(kept.map(\.name) == ["a"] && kept.map(\.level) == [.column("a")])
        // Other databases keep where it was written.
        #expect(catalog(.mysql, script(createTable("u", col("a", integer, .check(gt(ref("a"), int("0"))), .check(gt(int("9"), ref("a")))))))
            .table("u")!.constraints.map(\.level) == [.column("a"), .column("a")])
    }

    /// MySQL compares index and check names without case, so the names it generates skip taken
    /// ones in any case (measured on MariaDB 10.11: an index `Email` makes `UNIQUE (email)`
    /// `email_2`, a check `constraint_1` makes the next `CONSTRAINT_2`).
    @Test func generatedNamesSkipTakenNamesInAnyCase() {
        let s = script(createTable("t", col("email", integer), col("n", integer),
                                   .constraint(check(gt(ref("n"), int("0")), name: "constraint_1")),
                                   .constraint(check(gt(ref("n"), int("1")), name: "T_CHK_1"))),
                       createIndex("Email", on: "t", "n"),
                       alter("t", .addConstraint(unique("email")), .addConstraint(check(gt(ref("n"), int("2"))))))
        #expect(catalog(.mariadb, s).table("t")!.constraints.compactMap(\.name) == ["constraint_1", "T_CHK_1", "email_2", "CONSTRAINT_2"])
        #expect(catalog(.mysql, s).table("t")!.constraints.compactMap(\.name) == ["constraint_1", "T_CHK_1", "email_2", "t_chk_2"])
    }

    @Test func mysqlNamesChecksPerTable() {
        let t = catalog(.mysql, Self.schema).table("t")!
        #expect(t.constraints.filter { $0.role == .check }.map(\.name) == ["t_chk_1", "t_chk_2"])
    }

    @Test func foreignKeyNumbersContinueFromTheHighest() {
        var c = catalog(.mariadb, Self.schema)
        c.updateTable("t") { t in
            t.constraints[5].name = "t_ibfk_7"
        }
        let result = Checker(target: .mariadb, baseline: c).check(script(alter("t", .addConstraint(fk(["a"], "p"))))).plan.final
        #expect(result.table("t")!.constraints.last!.name == "t_ibfk_8")
    }

    @Test func sqliteKeepsUnnamedConstraintsUnnamed() {
        let t = catalog(.sqlite, Self.schema).table("t")!
        #expect(t.constraints.map(\.name) == [nil, nil, nil, nil, nil, nil, "c_parent"])
        #expect(t.indexes.isEmpty)
        #expect(t.column("id")!.generator == .rowid(autoincrement: true))  // never reused, like a sequence
    }

    @Test func sqliteSerialOutsideThePrimaryKeyKeepsItsSequenceMeaning() {
        let t = catalog(.sqlite, script(createTable("t", col("n", serial), col("k", integer, .primaryKey)))).table("t")!
        #expect(t.column("n")!.generator == .serial(sequence: "t_n_seq"))
    }
}

/// How targets compare names and which names a MySQL-family dump shows that the server invented.
@Suite("Target name rules")
struct TargetNameRuleTests {
    @Test func foldingIsPerCharacterLowerCase() {
        #expect(NameFolding.unicodeLower("ÄbC") == "äbc")
        // MySQL / MariaDB lower-case each character: `ß` stays `ß`, so `SS` is another name.
        #expect(NameFolding.unicodeLower("SS") != NameFolding.unicodeLower("ß"))
        // No final-sigma context: `Σ` is `σ` wherever it stands.
        #expect(NameFolding.unicodeLower("ΑΣ") == "ασ")
        #expect(NameFolding.asciiLower("ÄbC") == "Äbc")
    }

    @Test func mysqlDumpNamesTheServerInventedAreRecognised() {
        let naming = MySQLNaming(flavor: .mysql)
        let table = Table(name: "m")
        let catalog = Catalog(target: .mysql, tables: [table])
        func generated(_ name: String, _ role: ConstraintRole, _ columns: [String] = ["a"]) -> Bool {
            naming.isGeneratedName(name, for: ConstraintNamingRequest(role: role, columns: columns), table: table, catalog: catalog)
        }
        #expect(generated("CONSTRAINT_2", .check))
        #expect(generated("m_chk_4", .check))
        #expect(generated("old_name_chk_1", .check))
        #expect(!generated("CONSTRAINT_0", .check))
        #expect(!generated("CONSTRAINT_02", .check))
        #expect(!generated("_chk_1", .check))
        #expect(!generated("my_check", .check))
        #expect(generated("m_ibfk_3", .foreignKey))
        #expect(!generated("m_ibfk_x", .foreignKey))
        #expect(generated("a", .unique))
        #expect(generated("a_2", .unique))
        #expect(!generated("a_1", .unique))
        #expect(!generated("b", .unique))
        #expect(generated("PRIMARY", .primaryKey))
    }

    @Test func eachTargetSaysWhichNamesItCannotHold() {
        let mysql = MySQLNaming(flavor: .mysql), sqlite = SQLiteNaming(), postgres = PostgreSQLNaming()
        #expect(mysql.nameProblem(String(repeating: "ä", count: 64), for: .column) == nil)
        #expect(mysql.nameProblem(String(repeating: "ä", count: 65), for: .column) != nil)
        #expect(mysql.nameProblem("a ", for: .table) != nil)
        #expect(mysql.nameProblem("a ", for: .constraint(.check)) == nil)
        #expect(mysql.nameProblem("mood😀", for: .index) != nil)
        #expect(mysql.nameProblem("Primary", for: .index) != nil)
        #expect(sqlite.nameProblem("SQLite_x", for: .table) != nil)
        #expect(sqlite.nameProblem("sqlite_x", for: .column) == nil)
        #expect(postgres.nameProblem("a ", for: .table) == nil)
    }
}
