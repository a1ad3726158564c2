import Testing
@testable import SQLPort

/// The catalog's persistent storage: definition order through creates, drops and renames,
/// snapshots that later changes leave alone, and namespaces that follow every change.
@Suite("Catalog storage")
struct CatalogStorageTests {
    func table(_ name: String, _ columns: String...) -> Table {
        Table(name: name, columns: columns.map { Column(name: $0, type: ColumnType(integer)) })
    }

    func names(_ c: Catalog) -> [String] { c.tables.map(\.name) }

    @Test func tablesKeepDefinitionOrderThroughDropsAndRenames() {
        var c = Catalog(target: .postgresql, tables: [table("a"), table("b"), table("c")])
        c.addTable(table("d"))
        #expect(names(c) == ["a", "b", "c", "d"])
        let removed = c.removeTable(named: "b")
        #expect(removed?.name == "b")
        #expect(names(c) == ["a", "c", "d"])
        let renamed = c.updateTable("c") { $0.name = "z" }
        #expect(renamed)
        #expect(names(c) == ["a", "z", "d"])
        #expect(c.table("c") == nil && c.table("z")?.name == "z")
        c.addTable(table("b"))
        #expect(names(c) == ["a", "z", "d", "b"])
        #expect(c.tablePosition("a") == 0 && c.tablePosition("z") == 1 && c.tablePosition("b") == 3)
        #expect(c.tablePosition("c") == nil)
        let missing = c.updateTable("nope") { $0.name = "x" }
        #expect(!missing)
    }

    @Test func checkerKeepsOrderAcrossDropAndRename() {
        let result = Checker(target: .postgresql).check(script(
            createTable("a", col("id", integer)), createTable("b", col("id", integer)), createTable("c", col("id", integer)),
            dropTable("b"), alter("a", .renameTable(to: id("a2"))), createTable("b", col("id", integer))))
        #expect(result.diagnostics.isEmpty)
        #expect(names(result.plan.final) == ["a2", "c", "b"])
        #expect(names(result.plan.steps[4].before) == ["a", "c"])
    }

    @Test func snapshotsAreIndependentOfLaterChanges() {
        var c = Catalog(target: .postgresql, tables: [table("a", "x")])
        let snapshot = c
        c.updateTable("a") { $0.columns.append(Column(name: "y", type: ColumnType(integer))) }
        c.addTable(table("b"))
        c.updateTable("a") { $0.name = "renamed" }
        #expect(names(snapshot) == ["a"])
        #expect(snapshot.table("a")?.columns.map(\.name) == ["x"])
        #expect(snapshot.table("renamed") == nil)
        #expect(names(c) == ["renamed", "b"])
        #expect(c.table("renamed")?.columns.map(\.name) == ["x", "y"])
        #expect(snapshot != c)
    }

    @Test func everyStepKeepsItsOwnCatalog() {
        let result = Checker(target: .postgresql).check(script(
            createTable("t", col("a", integer)), alter("t", .addColumn(coldef("b", integer), ifNotExists: false)),
            dropTable("t")))
        let steps = result.plan.steps
        #expect(steps[0].before.tables.isEmpty)
        #expect(steps[0].after.table("t")?.columns.map(\.name) == ["a"])
        #expect(steps[1].before.table("t")?.columns.map(\.name) == ["a"])
        #expect(steps[1].after.table("t")?.columns.map(\.name) == ["a", "b"])
        #expect(steps[2].before.table("t") != nil && steps[2].after.tables.isEmpty)
    }

    @Test func equalityIgnoresHowTheCatalogGotThere() {
        // Ordinals differ (one table was dropped on the way), the contents and order do not.
        var a = Catalog(target: .postgresql, tables: [table("x"), table("gone"), table("y")])
        a.removeTable(named: "gone")
        let b = Catalog(target: .postgresql, tables: [table("x"), table("y")])
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        let reordered = Catalog(target: .postgresql, tables: [table("y"), table("x")])
        #expect(a != reordered)
    }

    @Test func namespacesFollowChanges() {
        var c = Catalog(target: .postgresql, tables: [table("p", "id"), table("c", "p_id")])
        let pkey = Constraint(name: "p_pkey", postgresName: "p_pkey", isNameGenerated: true, kind: .primaryKey(columns: ["id"]))
        let fkey = Constraint(name: "c_p_id_fkey", postgresName: "c_p_id_fkey", isNameGenerated: true,
                              kind: .foreignKey(ForeignKey(columns: ["p_id"], referencedTable: "p", referencedColumns: ["id"])))
        c.updateTable("p") { $0.constraints.append(pkey) }
        c.updateTable("c") {
            $0.constraints.append(fkey)
            $0.indexes.append(TableIndex(name: "c_idx", keys: [IndexKey(.column("p_id"))]))
        }
        #expect(c.isPostgresRelationName("p_pkey") && c.isPostgresRelationName("c_idx") && c.isPostgresRelationName("p"))
        #expect(!c.isPostgresRelationName("c_p_id_fkey") && c.isPostgresConstraintName("c_p_id_fkey"))
        #expect(c.postgresRelationNames == ["p", "c", "p_pkey", "c_idx"])
        #expect(c.postgresConstraintNames == ["p_pkey", "c_p_id_fkey"])
        #expect(c.index("c_idx")?.table.name == "c")
        #expect(c.foreignKeys(referencing: "p").map(\.table.name) == ["c"])
        #expect(c.tables(withKeyConstraintNamed: "p_pkey").map(\.name) == ["p"])

        c.updateTable("c") { $0.name = "child" }
        #expect(c.index("c_idx")?.table.name == "child")
        #expect(c.foreignKeys(referencing: "p").map(\.table.name) == ["child"])
        c.updateTable("child") { $0.indexes.removeAll() }
        #expect(c.index("c_idx") == nil && !c.isPostgresRelationName("c_idx"))
        c.removeTable(named: "child")
        #expect(c.foreignKeys(referencing: "p").isEmpty && !c.isPostgresConstraintName("c_p_id_fkey"))

        // Replacing `tables` wholesale rebuilds the namespaces.
        c.tables = [table("only")]
        #expect(c.postgresRelationNames == ["only"] && c.postgresConstraintNames.isEmpty)
        #expect(c.tables(foldedName: "ONLY").map(\.name) == ["only"])
    }

    @Test func sequencesAndViewsKeepOrderAndOwners() {
        var c = Catalog(target: .postgresql, tables: [table("t", "id")],
                        views: [View(name: "v1", sql: "", dependencies: []), View(name: "v2", sql: "", dependencies: [])])
        c.addSequence(CatalogSequence(name: "s2", ownedBy: .init(table: "t", column: "id")))
        c.addSequence(CatalogSequence(name: "s1"))
        c.sequences.append(CatalogSequence(name: "s0", ownedBy: .init(table: "t", column: "id")))
        #expect(c.sequences.map(\.name) == ["s2", "s1", "s0"])
        #expect(c.sequences(ownedBy: "t").map(\.name) == ["s2", "s0"])
        c.updateSequence("s2") { $0.ownedBy = nil }
        #expect(c.sequences(ownedBy: "t").map(\.name) == ["s0"])
        let removedSequence = c.removeSequence(CatalogSequence(name: "s1"))
        #expect(removedSequence)
        #expect(c.sequences.map(\.name) == ["s2", "s0"])
        c.views.append(View(name: "v0", sql: "", dependencies: []))
        let removedView = c.removeView(View(name: "v1", sql: "", dependencies: []))
        #expect(removedView)
        #expect(c.views.map(\.name) == ["v2", "v0"])
        #expect(c.isPostgresRelationName("v0") && c.isPostgresRelationName("s0") && !c.isPostgresRelationName("s1"))
    }

    @Test func duplicateNamesFromALoaderAreKept() {
        var c = Catalog(target: .postgresql, tables: [table("t", "a"), table("t", "b")])
        #expect(c.tables.count == 2)
        #expect(c.table("t")?.columns.map(\.name) == ["a"])
        c.removeTable(named: "t")
        #expect(c.table("t")?.columns.map(\.name) == ["b"])
    }

    @Test func columnsKeepOrderThroughChanges() {
        var t = table("t", "a", "b", "c")
        t.appendColumn(Column(name: "d", type: ColumnType(integer)))
        #expect(t.columns.map(\.name) == ["a", "b", "c", "d"] && t.columnCount == 4)
        #expect(t.removeColumn(named: "b")?.name == "b")
        t.updateColumn(named: "c") { $0.name = "z" }
        #expect(t.columns.map(\.name) == ["a", "z", "d"])
        #expect(t.columnIndex("d") == 2 && t.column("c") == nil && t.column("z") != nil)
        let missing = t.updateColumn(named: "nope") { $0.isNotNull = true }
        #expect(!missing)
    }

    @Test func writingColumnsKeepsWhatIsUnchanged() {
        var t = table("t", "a", "b", "c")
        let snapshot = t
        t.columns[1].isNotNull = true
        t.columns.append(Column(name: "d", type: ColumnType(integer)))
        t.columns.remove(at: 0)
        #expect(t.columns.map(\.name) == ["b", "c", "d"])
        #expect(t.column("b")?.isNotNull == true)
        #expect(snapshot.columns.map(\.name) == ["a", "b", "c"] && snapshot.column("b")?.isNotNull == false)
        // A new source range is kept although `==` ignores ranges.
        t.columns[0].definedAt = SourceRange(file: FileID(0), start: 5, end: 6)
        #expect(t.column("b")?.definedAt == SourceRange(file: FileID(0), start: 5, end: 6))
        #expect(t == Table(name: "t", columns: t.columns))
        #expect(t != snapshot)
    }
}
