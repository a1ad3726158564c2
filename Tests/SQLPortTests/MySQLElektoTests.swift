import Testing
@testable import SQLPort

/// Elekto 0.5 -> 0.6 for MySQL and MariaDB, from the golden corpus case (`corpus/elekto/`):
/// its expected outputs hold the exact statements; these tests pin what the Elekto upgrade
/// needs of them.
@Suite("MySQL Elekto")
struct MySQLElektoTests {
    static func corpusFile(_ name: String) throws -> String {
        try String(contentsOf: CorpusCase.root.appendingPathComponent("elekto/\(name)"), encoding: .utf8)
    }

    static func compile(_ flavor: MySQLFlavor) throws -> MySQLCompilation {
        compileMySQL(try corpusFile("migration.sql"), schema: try corpusFile("migration.schema.sql"), flavor: flavor)
    }

    @Test func mysql() throws {
        let c = try Self.compile(.mysql)
        #expect(c.result.diagnostics.isEmpty)
        #expect(c.statements == MySQLCompilation.statements(of: try Self.corpusFile("migration.mysql.sql")))
        // Lines 5 and 6 wait for the conversion's last statement: the table is copied once.
        #expect(c.text.contains("""
            -- migrate.sql:5
            -- with lines 6, 7, 8, 9, 10: one ALTER TABLE, one copy of the table
            -- When this has run: lines 1-9 applied; line 10 in part.
            """))
        // A baseline cannot say whether InnoDB made `election_id` (then it drops it itself) or
        // a person did (then it stays): the output makes sure it is gone either way.
        #expect(c.text.contains("-- InnoDB drops `election_id` only if it made it for a foreign key, which the baseline cannot tell; dropped here if still there: the new index covers its columns.\n-- When this has run: lines 1-10 applied.\n"))
        #expect(c.text.contains("-- When this has run: lines 1-4 applied; line 7 in part (temporary column `ballot.id_sqlport` added (empty)).\n"))
    }

    @Test func mariadbIsGuardedForReRuns() throws {
        let c = try Self.compile(.mariadb)
        #expect(c.statements == MySQLCompilation.statements(of: try Self.corpusFile("migration.mariadb.sql")))
        // The conversion runs only while `ballot.id` is still an integer: a re-run skips it.
        #expect(c.statements.contains("EXECUTE IMMEDIATE IF(@sqlport_ballot_id = 'int',"))
        #expect(c.text.contains("-- Re-runnable: if it stops, running the whole file again completes the migration.\n"))
    }
}
