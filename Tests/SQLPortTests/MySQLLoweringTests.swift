import Testing
@testable import SQLPort

/// Exact MySQL / MariaDB text for each feature of the lowering.
@Suite("MySQL lowering")
struct MySQLLoweringTests {
    @Test func serialIsSignedIntAutoIncrementAndForeignKeysMatch() {
        let c = compileMySQL("""
            CREATE TABLE parent (id SERIAL PRIMARY KEY, big BIGINT);
            CREATE TABLE child (id BIGSERIAL PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
            """)
        #expect(c.statements == """
            CREATE TABLE parent (
                id INT NOT NULL AUTO_INCREMENT,
                big BIGINT,
                PRIMARY KEY (id)
            ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
            CREATE TABLE child (
                id BIGINT NOT NULL AUTO_INCREMENT,
                parent_id INT,
                PRIMARY KEY (id),
                FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
            ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
            """)
    }

    @Test func typeTableByFlavor() {
        let sql = "CREATE TABLE t (a BOOLEAN, b BYTEA, c JSONB, d TEXT, e VARCHAR, f TIMESTAMP, g NUMERIC(5, 2), h REAL, i CHAR);"
        #expect(compileMySQL(sql).statements.contains("a TINYINT(1),\n    b LONGBLOB,\n    c JSON,\n    d LONGTEXT,\n    e LONGTEXT,\n    f DATETIME(6),\n    g DECIMAL(5,2),\n    h FLOAT,\n    i CHAR(1)"))
        #expect(compileMySQL(sql, flavor: .mariadb).statements.contains("a BOOLEAN,"))
    }

    @Test func typesWithoutFaithfulFormAreRefused() {
        let c = compileMySQL("CREATE TABLE t (a TEXT[], b TIME WITH TIME ZONE, c INTERVAL, d NUMERIC, e CHAR(300));")
        #expect(c.result.plan == nil)
        #expect(c.codes == ["D410", "D410", "D410", "D410", "D410"])
        #expect(c.errors[0].message == "type `TEXT[]` of column `a` has no faithful MySQL form")
        #expect(c.errors[0].help == "store the values in a JSON column, or in a child table with one row per element")
    }

    @Test func reservedWordsAndOddNamesAreQuoted() {
        let c = compileMySQL(#"INSERT INTO "user" (key, rank, "offset", "a`b", "Up", plain) VALUES ('C:\path', 'it''s', 1, 2, 3, 4);"#,
                             schema: #"CREATE TABLE "user" (key TEXT, rank TEXT, "offset" INT, "a`b" INT, "Up" INT, plain INT);"#)
        #expect(c.statements == #"INSERT INTO user (`key`, `rank`, `offset`, `a``b`, `Up`, plain) VALUES ('C:\\path', 'it''s', 1, 2, 3, 4);"#)
    }

    @Test func stringEscapes() {
        let s = MySQLSpelling(flavor: .mysql)
        #expect(s.stringLiteral("a\\b'c\n\0\u{1A}") == #"'a\\b''c\n\0\Z'"#)
        #expect(MySQLKeywords.reserved.isSuperset(of: ["key", "rank", "lateral", "offset", "returning", "window"]))
        #expect(!MySQLKeywords.reserved.contains("user"))
    }

    @Test func consecutiveActionsOnATableShareOneAlter() {
        let c = compileMySQL("""
            ALTER TABLE t ADD COLUMN a INT;
            ALTER TABLE t ADD COLUMN b INT DEFAULT 2;
            CREATE INDEX t_a ON t (a);
            ALTER TABLE u ADD COLUMN c INT;
            """, schema: "CREATE TABLE t (id SERIAL PRIMARY KEY); CREATE TABLE u (id SERIAL PRIMARY KEY);")
        #expect(c.statements == """
            ALTER TABLE t
                ADD COLUMN a INT,
                ADD COLUMN b INT DEFAULT 2,
                ADD INDEX t_a (a);
            ALTER TABLE u ADD COLUMN c INT;
            """)
    }

    @Test func modifyRestatesTheWholeColumn() {
        let c = compileMySQL("""
            ALTER TABLE item ALTER COLUMN qty TYPE BIGINT;
            ALTER TABLE item ALTER COLUMN note SET NOT NULL;
            ALTER TABLE item ALTER COLUMN note DROP NOT NULL;
            """, schema: "CREATE TABLE item (id SERIAL PRIMARY KEY, qty INT NOT NULL DEFAULT 1, note VARCHAR(9) COLLATE \"utf8mb4_bin\" DEFAULT 'x');")
        #expect(c.statements == """
            ALTER TABLE item
                MODIFY COLUMN qty BIGINT NOT NULL DEFAULT 1,
                MODIFY COLUMN note VARCHAR(9) COLLATE utf8mb4_bin DEFAULT 'x';
            """)
    }

    @Test func defaultsUseAlterColumnOrRestateAutoIncrement() {
        let schema = "CREATE TABLE t (id SERIAL PRIMARY KEY, n INT, s TEXT);"
        #expect(compileMySQL("ALTER TABLE t ALTER COLUMN n SET DEFAULT 5;", schema: schema).statements
                == "ALTER TABLE t ALTER COLUMN n SET DEFAULT 5;")
        // A nullable column's missing default is NULL, said explicitly (MySQL's DROP DEFAULT leaves none).
        #expect(compileMySQL("ALTER TABLE t ALTER COLUMN n DROP DEFAULT;", schema: schema).statements
                == "ALTER TABLE t ALTER COLUMN n SET DEFAULT NULL;")
        #expect(compileMySQL("ALTER TABLE t ALTER COLUMN n SET NOT NULL, ALTER COLUMN n DROP DEFAULT;", schema: schema).statements
                == "ALTER TABLE t MODIFY COLUMN n INT NOT NULL;")
        // TEXT defaults must be expressions in MySQL 8.0: restated with DEFAULT (...).
        #expect(compileMySQL("ALTER TABLE t ALTER COLUMN s SET DEFAULT 'x';", schema: schema).statements
                == "ALTER TABLE t MODIFY COLUMN s LONGTEXT DEFAULT ('x');")
    }

    @Test func constraintsDropByRole() {
        let c = compileMySQL("""
            ALTER TABLE m DROP CONSTRAINT m_team_id_fkey, DROP CONSTRAINT m_email_key, DROP CONSTRAINT m_age_check;
            """, schema: """
            CREATE TABLE team (id SERIAL PRIMARY KEY);
            CREATE TABLE m (id SERIAL PRIMARY KEY, team_id INT REFERENCES team (id), age INT CHECK (age > 0), email VARCHAR(9) UNIQUE);
            """)
        #expect(c.statements == """
            ALTER TABLE m
                DROP FOREIGN KEY m_ibfk_1,
                DROP INDEX email,
                DROP CONSTRAINT m_chk_1;
            """)
        let m = compileMySQL("ALTER TABLE m DROP CONSTRAINT m_age_check;", schema: """
            CREATE TABLE m (id SERIAL PRIMARY KEY, age INT CHECK (age > 0));
            """, flavor: .mariadb)
        // MariaDB finds no constraint `age` to drop (its column holds it): MODIFY restates the column without it.
        #expect(m.statements == "ALTER TABLE m MODIFY COLUMN IF EXISTS age INT;")
    }

    @Test func mariadbColumnChecksGoWithTheirColumnDefinition() {
        // A check on `lo` reading `hi` would stop DROP COLUMN hi (error 1054): `lo` is restated first.
        #expect(compileMySQL("ALTER TABLE m DROP COLUMN hi;", schema: "CREATE TABLE m (lo INT CHECK (lo < hi), hi INT);",
                             flavor: .mariadb).statements
                == "ALTER TABLE m\n    MODIFY COLUMN IF EXISTS lo INT,\n    DROP COLUMN IF EXISTS hi;")
        // The second check of `n` is a table check, dropped by MariaDB's name for it.
        let schema = "CREATE TABLE m (id INT PRIMARY KEY, n INT CHECK (n > 0) CHECK (n <> id));"
        #expect(compileMySQL("ALTER TABLE m DROP CONSTRAINT m_check;", schema: schema, flavor: .mariadb).statements
                == "ALTER TABLE m DROP CONSTRAINT IF EXISTS `CONSTRAINT_1`;")
        // A column added and its column check dropped in one batch: added without it.
        #expect(compileMySQL("ALTER TABLE m ADD COLUMN k INT CHECK (k > 0) CHECK (k <> id); ALTER TABLE m DROP CONSTRAINT m_k_check;",
                             schema: "CREATE TABLE m (id INT PRIMARY KEY);", flavor: .mariadb).statements
                == "ALTER TABLE m\n    ADD COLUMN IF NOT EXISTS k INT,\n    ADD CONSTRAINT IF NOT EXISTS `CONSTRAINT_1` CHECK (k <> id);")
    }

    @Test func aCheckAddedAndDroppedInOneBatchIsLeftOut() {
        // One statement cannot drop what it adds (error 1091): the pair cancels out.
        let c = compileMySQL("ALTER TABLE m ADD CONSTRAINT x CHECK (a > 0); ALTER TABLE m DROP CONSTRAINT x; ALTER TABLE m ADD COLUMN b INT;",
                             schema: "CREATE TABLE m (a INT);")
        #expect(c.statements == "ALTER TABLE m ADD COLUMN b INT;")
    }

    @Test func droppingASerialPrimaryKeyRemovesAutoIncrementInTheSameStatement() {
        let c = compileMySQL("ALTER TABLE log DROP CONSTRAINT log_pkey; ALTER TABLE log ALTER COLUMN id DROP DEFAULT;",
                             schema: "CREATE TABLE log (id SERIAL PRIMARY KEY);")
        #expect(c.statements == "ALTER TABLE log\n    DROP PRIMARY KEY,\n    MODIFY COLUMN id INT NOT NULL;")
        let kept = compileMySQL("ALTER TABLE log DROP CONSTRAINT log_pkey;", schema: "CREATE TABLE log (id SERIAL PRIMARY KEY);")
        #expect(kept.codes == ["D416"])
        #expect(kept.result.plan == nil)
    }

    @Test func replacingThePrimaryKeyDropsFirst() {
        let c = compileMySQL("ALTER TABLE p DROP CONSTRAINT p_pkey; ALTER TABLE p ADD PRIMARY KEY (a, b);",
                             schema: "CREATE TABLE p (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a));", flavor: .mariadb)
        // IF [NOT] EXISTS would be checked against the old table and skip the add: plain forms.
        #expect(c.statements == "ALTER TABLE p\n    DROP PRIMARY KEY,\n    ADD PRIMARY KEY (a, b);")
        #expect(c.text.contains("-- Not re-runnable: if the script stops after this statement, do not run it again.\nALTER TABLE p\n"))
    }

    @Test func dropIndexNamesItsTable() {
        let c = compileMySQL("DROP INDEX page_slug;", schema: "CREATE TABLE page (slug VARCHAR(9)); CREATE INDEX page_slug ON page (slug);")
        #expect(c.statements == "ALTER TABLE page DROP INDEX page_slug;")
    }

    @Test func indexRestrictions() {
        let schema = "CREATE TABLE d (id SERIAL PRIMARY KEY, body TEXT, n INT, v VARCHAR(20));"
        let prefix = compileMySQL("CREATE INDEX d_body ON d (body, n);", schema: schema)
        #expect(prefix.codes == ["D446"])
        #expect(prefix.statements == "ALTER TABLE d ADD INDEX d_body (body(767), n);")
        #expect(compileMySQL("CREATE UNIQUE INDEX d_body ON d (body);", schema: schema).codes == ["D413"])
        let whole = compileMySQL("CREATE INDEX d_n ON d (n) WHERE n > 0;", schema: schema)
        #expect(whole.codes == ["D447"])
        #expect(whole.statements == "ALTER TABLE d ADD INDEX d_n (n);")
        let held = compileMySQL("CREATE UNIQUE INDEX d_n ON d (n) WHERE n > 0;", schema: schema)
        #expect(held.codes == ["D484"])
        #expect(held.statements == "ALTER TABLE d\n    ADD COLUMN d_n_key INT GENERATED ALWAYS AS (CASE WHEN n > 0 THEN n END) VIRTUAL INVISIBLE,\n    ADD UNIQUE INDEX d_n (d_n_key);")
        // A generated column may not read an AUTO_INCREMENT column (error 3109 / 1901).
        #expect(compileMySQL("CREATE UNIQUE INDEX d_id ON d (v) WHERE id > 0;", schema: schema).codes == ["D414"])
        let like = compileMySQL("CREATE INDEX d_v ON d USING btree (v text_pattern_ops);", schema: schema)
        #expect(like.codes == ["D444"])
        #expect(like.statements == "ALTER TABLE d ADD INDEX d_v (v);")
        #expect(compileMySQL("CREATE INDEX d_n ON d ((n + 1));", schema: schema).codes == ["D422"])
        let lower = compileMySQL("CREATE INDEX d_v ON d ((lower(v)));", schema: schema)
        #expect(lower.codes == ["D484"])
        #expect(lower.statements == "ALTER TABLE d\n    ADD COLUMN d_v_key VARCHAR(20) GENERATED ALWAYS AS (LOWER(v)) VIRTUAL INVISIBLE,\n    ADD INDEX d_v (d_v_key);")
        // Unique: compared byte by byte as PostgreSQL compares the computed values.
        let unique = compileMySQL("CREATE UNIQUE INDEX d_v ON d ((lower(v)));", schema: schema)
        #expect(unique.codes == ["D486", "D487", "D484"])
        #expect(unique.statements.contains("d_v_key VARCHAR(20) COLLATE utf8mb4_bin GENERATED ALWAYS AS (LOWER(v))"))
        let nulls = compileMySQL("CREATE INDEX d_n ON d (n DESC NULLS LAST);", schema: schema)
        #expect(nulls.codes == ["D415"])
        #expect(nulls.statements == "ALTER TABLE d ADD INDEX d_n (n DESC);")
    }

    @Test func foreignKeyIndexReplacementIsExplained() {
        let schema = "CREATE TABLE acc (id SERIAL PRIMARY KEY); CREATE TABLE pay (id SERIAL PRIMARY KEY, acc_id INT REFERENCES acc (id));"
        // Made by this script's foreign key: InnoDB's own, it goes by itself.
        let own = compileMySQL("ALTER TABLE pay ADD COLUMN acc2 INT REFERENCES acc (id); CREATE INDEX pay_acc2 ON pay (acc2);", schema: schema)
        #expect(own.text.contains("-- InnoDB drops index `acc2`, which it made for a foreign key: `pay_acc2` now serves it.\n"))
        #expect(own.statements == """
            ALTER TABLE pay
                ADD COLUMN acc2 INT,
                ADD FOREIGN KEY (acc2) REFERENCES acc (id),
                ADD INDEX pay_acc2 (acc2);
            """)
        // From the baseline: who made it is unknown, so it is dropped if InnoDB kept it.
        let baseline = compileMySQL("CREATE INDEX pay_acc ON pay (acc_id);", schema: schema, flavor: .mariadb)
        #expect(baseline.statements == """
            ALTER TABLE pay ADD INDEX IF NOT EXISTS pay_acc (acc_id);
            ALTER TABLE pay DROP INDEX IF EXISTS acc_id;
            """)
    }

    @Test func expressionsAreTranslatedOrRefused() {
        let schema = "CREATE TABLE t (a INT, b INT, s VARCHAR(9));"
        #expect(compileMySQL("UPDATE t SET a = a / b, s = s || 'x' WHERE s ILIKE 'A%' AND NOT (a = 1 OR b = 2);", schema: schema).statements
                == "UPDATE t SET a = a DIV b, s = CONCAT(s, 'x') WHERE (LOWER(CONVERT(s USING utf8mb4)) COLLATE utf8mb4_bin LIKE LOWER(CONVERT('A%' USING utf8mb4))) AND (NOT ((a = 1) OR (b = 2)));")
        let refused = compileMySQL("UPDATE t SET s = initcap(s) WHERE s LIKE 'a_b';", schema: schema)
        #expect(refused.codes == ["D411"])
        // The range is the offending sub-expression: `initcap(s)` starts at byte 17.
        #expect(refused.errors[0].range?.start == 17)
    }

    @Test func headerAndProgressComments() {
        let c = compileMySQL("ALTER TABLE t ADD COLUMN a INT;\nUPDATE t SET a = 1;", schema: "CREATE TABLE t (id INT);")
        #expect(c.text.contains("-- DDL is not transactional here: each statement commits on its own"))
        #expect(c.text.contains("-- migrate.sql:2\n-- When this has run: lines 1-2 applied.\nUPDATE t SET a = 1;"))
        let m = compileMySQL("ALTER TABLE t ADD COLUMN a INT;\nUPDATE t SET a = 1;", schema: "CREATE TABLE t (id INT);", flavor: .mariadb)
        #expect(m.text.contains("-- Re-runnable except the statements from line 2\n"))
    }
}

extension MySQLLoweringTests {
    @Test func toCharFormats() {
        #expect(MySQLToChar.format("FM000").map { [$0.fillMode ? 1 : 0, $0.zeros] } == [1, 3])
        #expect(MySQLToChar.format("fm00").map { [$0.fillMode ? 1 : 0, $0.zeros] } == [1, 2])
        #expect(MySQLToChar.format("0000").map { [$0.fillMode ? 1 : 0, $0.zeros] } == [0, 4])
        // PostgreSQL prints `Fm` literally, and 9 / . / , are not translated.
        for f in ["Fm000", "FM", "999", "FM00.0", ""] { #expect(MySQLToChar.format(f) == nil, "\(f)") }
        let c = compileMySQL("UPDATE t SET s = to_char(n, '000');", schema: "CREATE TABLE t (n SMALLINT, s TEXT);")
        #expect(c.statements == "UPDATE t SET s = CONCAT(IF(n < 0, '-', ' '), IF(n NOT BETWEEN -999 AND 999, '###', LPAD(TRIM(LEADING '-' FROM CAST(n AS CHAR)), 3, '0')));")
    }
}
