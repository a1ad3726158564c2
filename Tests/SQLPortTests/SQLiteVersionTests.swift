import Testing
import SQLPort

/// Version-dependent SQLite output through `Compiler.compile`, as `--sqlite-version` selects it
/// (corpus cases choose a version with `-- sqlport-options:`; corpus/sqlite/*-before-3-*).
@Suite("SQLite output per version")
struct SQLiteVersionTests {
    /// SQLite's own DDL (the portable language has no GROUP BY, so the file is read as SQLite's).
    static let baseline = InputFile(name: "b.sql", text: """
        CREATE TABLE ballot (id INTEGER NOT NULL, voter TEXT, PRIMARY KEY (id));
        CREATE VIEW voters AS SELECT voter FROM ballot GROUP BY voter;
        """)

    static func compile(_ migration: String, _ version: SQLiteVersion) -> CompilationResult {
        Compiler.compile(InputFile(name: "m.sql", text: migration), schemas: [baseline], dialect: .sqlite,
                         options: CompileOptions(sqliteVersion: version))
    }

    /// Before 3.25 a rename is a rebuild, which would leave the view naming the old column (D437);
    /// from 3.25 RENAME COLUMN rewrites the view itself.
    @Test func renameOfAColumnAViewUses() throws {
        let old = Self.compile("ALTER TABLE ballot RENAME COLUMN voter TO name;\n", SQLiteVersion(3, 24, 0))
        #expect(old.sql == nil)
        #expect(old.diagnostics.map(\.code) == [.sqliteDependentText])
        #expect(old.diagnostics.first?.message == "view `voters` names column `voter`, which a rebuild would rename to `name` under it")
        let new = Self.compile("ALTER TABLE ballot RENAME COLUMN voter TO name;\n", SQLiteVersion(3, 25, 0))
        #expect(new.diagnostics.isEmpty)
        #expect(try #require(new.sql).contains("\nALTER TABLE ballot RENAME COLUMN voter TO name;\n"))
    }

    /// A column no view or trigger names is renamed by the rebuild on old versions too.
    @Test func renameOfAnUnusedColumnRebuildsBefore325() throws {
        let old = Self.compile("ALTER TABLE ballot RENAME COLUMN id TO ballot_id;\n", SQLiteVersion(3, 24, 0))
        #expect(old.diagnostics.isEmpty)
        let sql = try #require(old.sql)
        #expect(sql.contains("INSERT INTO sqlport_new_ballot (ballot_id, voter)\n    SELECT id, voter FROM ballot;"))
    }

    /// The guard lists columns with `pragma_table_xinfo` (generated columns included) from 3.26,
    /// where it exists; `pragma_table_info` before.
    @Test func columnChecksUseTheNewestColumnPragma() throws {
        for (version, pragma) in [(SQLiteVersion(3, 25, 0), "pragma_table_info"), (SQLiteVersion(3, 26, 0), "pragma_table_xinfo")] {
            let sql = try #require(Self.compile("ALTER TABLE ballot ALTER COLUMN voter SET NOT NULL;\n", version).sql)
            #expect(sql.components(separatedBy: "SELECT group_concat(name, ',') FROM \(pragma)('ballot')").count == 3, "\(version)")
        }
    }
}
