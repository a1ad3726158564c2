import Testing
@testable import SQLPort

/// The columns a dumped view or trigger depends on, which decide what a drop or a rename must
/// cascade to (S310) or refuse (D437).
@Suite("Loader: view and trigger dependencies")
struct LoaderDependencyTests {
    @Test func onlyASelectListStarMeansEveryColumn() throws {
        let r = loadBaseline("""
            CREATE TABLE ballot (id INTEGER PRIMARY KEY, voter TEXT, rank INT);
            CREATE VIEW counted AS SELECT count(*) AS n FROM ballot;
            CREATE VIEW doubled AS SELECT rank * 2 AS r FROM ballot;
            CREATE VIEW everything AS SELECT * FROM ballot;
            CREATE VIEW qualified AS SELECT b.* FROM ballot b;
            CREATE VIEW listed AS SELECT DISTINCT voter, * FROM ballot;
            CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE ballot SET rank = rank * 1 WHERE id = NEW.id; END;
            """, target: .sqlite)
        #expect(!r.diagnostics.hasErrors)
        let all = ["id", "voter", "rank"]
        #expect(r.catalog.views.map { $0.dependencies.map(\.columns) } == [[[]], [["rank"]], [all], [all], [all]])
        #expect(r.catalog.table("ballot")?.triggers.map { $0.dependencies.map(\.columns) } == [[["id", "rank"]]])
        #expect(r.catalog.views(using: "ballot", column: "voter").map(\.name) == ["everything", "qualified", "listed"])
    }
}
