import Testing
@testable import SQLPort

/// The order of a folder of migrations, from names alone, and what cannot be ordered.
@Suite struct MigrationFolderTests {
    func file(_ name: String) -> MigrationFolder.Entry { .init(name: name, isFolder: false) }
    func folder(_ name: String, up: Bool = true) -> MigrationFolder.Entry { .init(name: name, isFolder: true, hasUp: up) }

    @Test func leadingNumbersInNumericOrder() throws {
        let order = try MigrationFolder.order([file("010_c.sql"), file("2_b.sql"), file("001_a.sql"), file("README.md"), file("notes.txt")])
        #expect(order.map(\.name) == ["001_a.sql", "2_b.sql", "010_c.sql"])
    }

    @Test func flywayVersionsPartByPart() throws {
        let order = try MigrationFolder.order([file("V10__d.sql"), file("V2.1__b.sql"), file("V2__a.sql"), file("V2_2__c.sql"), file("v1__z.sql")])
        #expect(order.map(\.name) == ["v1__z.sql", "V2__a.sql", "V2.1__b.sql", "V2_2__c.sql", "V10__d.sql"])
    }

    @Test func foldersWithUpSQL() throws {
        let order = try MigrationFolder.order([folder("20240102000000_b"), folder("20240101000000_a"), folder("assets", up: false)])
        #expect(order.map(\.migrationPath) == ["20240101000000_a/up.sql", "20240102000000_b/up.sql"])
    }

    @Test func sameVersionIsAmbiguous() {
        #expect(throws: MigrationFolder.OrderingError.sameVersion(["001_a.sql", "1_b.sql"])) {
            try MigrationFolder.order([file("1_b.sql"), file("001_a.sql")])
        }
        #expect(throws: MigrationFolder.OrderingError.sameVersion(["V2_1__b.sql", "V2.1__a.sql"].sorted())) {
            try MigrationFolder.order([file("V2.1__a.sql"), file("V2_1__b.sql")])
        }
    }

    @Test func namesWithoutAVersionAreRefused() {
        #expect(throws: MigrationFolder.OrderingError.noVersion(["R__views.sql", "init.sql"])) {
            try MigrationFolder.order([file("001_a.sql"), file("init.sql"), file("R__views.sql")])
        }
        #expect(throws: MigrationFolder.OrderingError.noVersion(["V2_x__a.sql"])) { try MigrationFolder.order([file("V2_x__a.sql")]) }
        #expect(throws: MigrationFolder.OrderingError.empty) { try MigrationFolder.order([file("README.md")]) }
    }

    @Test func errorsSayWhatToDo() {
        #expect(MigrationFolder.OrderingError.sameVersion(["001_a.sql", "1_b.sql"]).description
                == "`001_a.sql` and `1_b.sql` have the same version: rename one so the order is certain")
    }
}
