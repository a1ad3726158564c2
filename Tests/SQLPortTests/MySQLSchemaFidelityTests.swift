import Testing
@testable import SQLPort

/// Schema details the corpus review found lost or refused by the engine: collations, key
/// lengths, MariaDB's column checks on MODIFY, column order of several conversions, re-runs
/// past a dropped table, the client character set.
@Suite("MySQL schema fidelity")
struct MySQLSchemaFidelityTests {
    @Test func collationCIsBinary() {
        let create = "CREATE TABLE k (login VARCHAR(20) COLLATE \"C\");"
        let mysql = compileMySQL(create)
        #expect(mysql.statements == "CREATE TABLE k (\n    login VARCHAR(20) COLLATE utf8mb4_bin\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;")
        #expect(mysql.codes == ["D424"])
        let maria = compileMySQL(create, flavor: .mariadb)
        #expect(maria.statements == "CREATE TABLE IF NOT EXISTS k (\n    login VARCHAR(20) COLLATE utf8mb4_nopad_bin\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;")
        #expect(maria.codes == [])
        let unknown = compileMySQL("CREATE TABLE k (login VARCHAR(20) COLLATE \"en_US\");")
        #expect(unknown.errors.map(\.message) == ["collation `en_US` of column `login` has no MySQL equivalent"])
        #expect(MySQLTypes.collation("utf8mb4_unicode_ci", flavor: .mysql) == "utf8mb4_unicode_ci")
        // PostgreSQL's "default" is the database's collation: no COLLATE clause.
        #expect(compileMySQL("CREATE TABLE k (login VARCHAR(20) COLLATE \"default\");").statements == "CREATE TABLE k (\n    login VARCHAR(20)\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;")
    }

    @Test func keysLongerThanInnoDBAllowsAreRefused() {
        let c = compileMySQL("CREATE TABLE k (a VARCHAR(500), b VARCHAR(300), UNIQUE (a, b));")
        #expect(c.errors.map(\.message) == ["a key on `a`, `b` of table `k` would take up to 3200 bytes in utf8mb4"])
        #expect(compileMySQL("CREATE TABLE k (a VARCHAR(768) PRIMARY KEY);").codes == [])
    }

    @Test func mariadbRestatesColumnChecksOnModify() {
        let schema = "CREATE TABLE acct (id INT PRIMARY KEY, balance INTEGER NOT NULL DEFAULT 0 CHECK (balance > -1000));"
        #expect(compileMySQL("ALTER TABLE acct ALTER COLUMN balance TYPE BIGINT;", schema: schema, flavor: .mariadb).statements
                == "ALTER TABLE acct MODIFY COLUMN IF EXISTS balance BIGINT NOT NULL DEFAULT 0 CHECK (balance > (-1000));")
        // MySQL keeps checks at table level: nothing to restate.
        #expect(compileMySQL("ALTER TABLE acct ALTER COLUMN balance TYPE BIGINT;", schema: schema).statements
                == "ALTER TABLE acct MODIFY COLUMN balance BIGINT NOT NULL DEFAULT 0;")
    }

    @Test func twoConversionsPlaceTheirColumnsInOrder() {
        let c = compileMySQL("""
            ALTER TABLE u ALTER COLUMN score TYPE INTEGER USING score::INTEGER;
            ALTER TABLE u ALTER COLUMN age TYPE TEXT USING to_char(age, 'FM000');
            """, schema: "CREATE TABLE u (id INT PRIMARY KEY, name TEXT, age INTEGER, score TEXT, at DATE);")
        #expect(c.statements.hasSuffix("""
            ALTER TABLE u
                DROP COLUMN score,
                CHANGE COLUMN age_sqlport age LONGTEXT AFTER name,
                DROP COLUMN age,
                CHANGE COLUMN score_sqlport score INT AFTER age;
            """))
    }

    @Test func mariadbAltersOfATableDroppedLaterUseIfExists() {
        let c = compileMySQL("ALTER TABLE a ADD COLUMN n INT;\nDROP TABLE a;\nALTER TABLE b ADD COLUMN n INT;",
                             schema: "CREATE TABLE a (id INT); CREATE TABLE b (id INT);", flavor: .mariadb)
        #expect(c.statements == """
            ALTER TABLE IF EXISTS a ADD COLUMN IF NOT EXISTS n INT;
            DROP TABLE IF EXISTS a;
            ALTER TABLE b ADD COLUMN IF NOT EXISTS n INT;
            """)
    }

    /// Whatever the text: a file of ASCII only still compares and hashes its literals in the
    /// session's character set, and creates tables in utf8mb4 whatever the server's default.
    @Test func everyScriptSetsTheClientCharacterSetAndTablesSayUtf8mb4() {
        let schema = "CREATE TABLE t (id INT, s VARCHAR(9));"
        for text in ["INSERT INTO t VALUES (1, 'café');", "INSERT INTO t VALUES (1, 'cafe');"] {
            let lines = compileMySQL(text, schema: schema).text.split(separator: "\n").filter { !$0.hasPrefix("--") }
            #expect(lines.prefix(2).last == "SET NAMES utf8mb4 COLLATE utf8mb4_unicode_520_ci;")
        }
        #expect(compileMySQL("CREATE TABLE u (id INT);", flavor: .mariadb).statements
                == "CREATE TABLE IF NOT EXISTS u (\n    id INT\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;")
    }
}

extension MySQLSchemaFidelityTests {
    @Test func indexRenamedOrDroppedInTheBatchThatAddsItIsFolded() {
        let schema = "CREATE TABLE m (a INT, b INT); CREATE INDEX m_b ON m (b);"
        // MySQL resolves RENAME / DROP INDEX against the table before the statement.
        #expect(compileMySQL("CREATE INDEX m_a ON m (a);\nALTER INDEX m_a RENAME TO m_a2;", schema: schema).statements
                == "ALTER TABLE m ADD INDEX m_a2 (a);")
        #expect(compileMySQL("ALTER INDEX m_b RENAME TO m_b2;\nDROP INDEX m_b2;", schema: schema).statements
                == "ALTER TABLE m DROP INDEX m_b;")
        #expect(compileMySQL("CREATE INDEX m_a ON m (a);\nALTER INDEX m_a RENAME TO m_a2;\nDROP INDEX m_a2;", schema: schema).statements == "")
    }
}
