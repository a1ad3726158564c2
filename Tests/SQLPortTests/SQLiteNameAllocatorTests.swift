import Testing
@testable import SQLPort

@Suite("SQLite name allocator")
struct SQLiteNameAllocatorTests {
    static func catalog(tables: [String], index: String? = nil, trigger: String? = nil) -> Catalog {
        var c = Catalog(target: .sqlite)
        for name in tables {
            var t = Table(name: name, columns: [Column(name: "a", type: ColumnType(portable: .integer, declared: "INTEGER"))])
            if let index, name == tables[0] { t.indexes = [TableIndex(name: index, keys: [IndexKey(.column("a"))])] }
            if let trigger, name == tables[0] { t.triggers = [Trigger(name: trigger, table: name, sql: "CREATE TRIGGER x")] }
            c.addTable(t)
        }
        return c
    }

    @Test func foldsASCIIOnly() {
        #expect(SQLiteNameAllocator.fold("SQLPort_Ä_X") == "sqlport_Ä_x")
    }

    @Test func scratchSkipsNamesTakenInOtherCase() {
        let names = SQLiteNameAllocator(catalogs: [Self.catalog(tables: ["item", "SQLPORT_NEW_ITEM", "Sqlport_New2_Item"])])
        #expect(names.scratchTable(for: "item") == "sqlport_new3_item")
        // Non-ASCII letters do not fold in SQLite: `Ä` and `ä` are different names.
        let other = SQLiteNameAllocator(catalogs: [Self.catalog(tables: ["ä", "SQLPORT_NEW_Ä"])])
        #expect(other.scratchTable(for: "ä") == "sqlport_new_ä")
    }

    @Test func guardAndItsTriggerAreFreeAgainstIndexesAndTriggers() {
        var names = SQLiteNameAllocator(catalogs: [Self.catalog(tables: ["SQLPORT_GUARD"], index: "Sqlport_Guard2_Raise", trigger: "sqlport_guard3")])
        let frame = SQLiteScriptFrame(names: &names)
        #expect(frame.guardName == "sqlport_guard4")
        #expect(frame.triggerName == "sqlport_guard4_raise")
        // The guard's names are claimed: a scratch table never takes them.
        #expect(!names.isFree("SQLPORT_GUARD4_raise"))
    }
}
