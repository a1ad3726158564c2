import Testing
@testable import SQLPort

/// `TIMESTAMP WITH TIME ZONE` on MySQL / MariaDB: `DATETIME(p)` holding UTC, the script's
/// session in UTC (set and restored), D448 once per script.
@Suite("MySQL TIMESTAMPTZ")
struct MySQLTimestampTZTests {
    @Test func isDatetimeWithItsPrecisionAndNowDefaults() {
        let c = compileMySQL("""
            CREATE TABLE e (a TIMESTAMPTZ DEFAULT now(), b TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, c TIMESTAMPTZ(0) DEFAULT transaction_timestamp());
            """, flavor: .mariadb)
        #expect(c.statements == """
            SET @sqlport_time_zone = @@SESSION.time_zone, SESSION time_zone = '+00:00';
            CREATE TABLE IF NOT EXISTS e (
                a DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
                b DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                c DATETIME(0) DEFAULT CURRENT_TIMESTAMP(0)
            ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
            SET SESSION time_zone = @sqlport_time_zone;
            """)
    }

    @Test func warnsOncePerScriptWithWhatTheApplicationMustDo() {
        let c = compileMySQL("""
            CREATE TABLE e (a TIMESTAMPTZ, b TIMESTAMPTZ);
            ALTER TABLE e ADD COLUMN c TIMESTAMP WITH TIME ZONE;
            """)
        #expect(c.codes == ["D448"])
        let d = c.result.diagnostics[0]
        #expect(d.severity == .warning)
        #expect(d.message == "column `a` is `TIMESTAMPTZ`, written `DATETIME(6)` holding UTC")
        #expect(d.help == "connect with `SET time_zone = '+00:00'` and write and read UTC values (every `TIMESTAMP WITH TIME ZONE` column of this script is the same)")
    }

    @Test func retypingBetweenTimestampAndTimestamptzKeepsStoredValues() {
        let c = compileMySQL("ALTER TABLE e ALTER COLUMN a TYPE TIMESTAMPTZ USING a::TIMESTAMPTZ, ALTER COLUMN b TYPE TIMESTAMP;",
                             schema: "CREATE TABLE e (a TIMESTAMP(3), b TIMESTAMPTZ);")
        #expect(c.codes == ["D448"])
        #expect(c.statements == """
            SET @sqlport_time_zone = @@SESSION.time_zone, SESSION time_zone = '+00:00';
            ALTER TABLE e
                MODIFY COLUMN a DATETIME(6),
                MODIFY COLUMN b DATETIME(6);
            SET SESSION time_zone = @sqlport_time_zone;
            """)
    }

    @Test func aScriptWithoutTimestamptzKeepsTheSessionTimeZone() {
        let c = compileMySQL("CREATE TABLE e (a TIMESTAMP DEFAULT now());")
        #expect(c.codes == [])
        #expect(!c.text.contains("time_zone"))
    }

    @Test func aBaselineTimestamptzColumnPutsTheScriptInUTC() {
        let c = compileMySQL("UPDATE e SET a = now();", schema: "CREATE TABLE e (a TIMESTAMPTZ);")
        #expect(c.codes == [])
        #expect(c.statements == """
            SET @sqlport_time_zone = @@SESSION.time_zone, SESSION time_zone = '+00:00';
            UPDATE e SET a = NOW(6);
            SET SESSION time_zone = @sqlport_time_zone;
            """)
    }

    @Test func timeWithTimeZoneIsStillRefused() {
        let c = compileMySQL("CREATE TABLE e (a TIMETZ);")
        #expect(c.codes == ["D410"])
        #expect(c.errors[0].help == "use `TIME` and keep times in one agreed zone (UTC)")
    }

    /// Django's AddField: the default fills the rows, then is dropped. Folding the drop into the
    /// added column would leave the rows without a value.
    @Test func anAddedColumnsDefaultFillsTheRowsBeforeItIsDropped() {
        let c = compileMySQL("""
            ALTER TABLE e ADD COLUMN meta JSONB DEFAULT '{}'::jsonb NOT NULL;
            ALTER TABLE e ALTER COLUMN meta DROP DEFAULT;
            """, schema: "CREATE TABLE e (id INT PRIMARY KEY);")
        #expect(c.codes == [])
        #expect(c.statements == """
            ALTER TABLE e ADD COLUMN meta JSON NOT NULL DEFAULT ('{}');
            ALTER TABLE e ALTER COLUMN meta DROP DEFAULT;
            """)
    }

    @Test func anInstantConstantIsItsUTCTime() {
        let c = compileMySQL("ALTER TABLE e ADD COLUMN at TIMESTAMPTZ DEFAULT '2024-03-01 01:30:00+02'::timestamptz;",
                             schema: "CREATE TABLE e (id INT PRIMARY KEY);")
        #expect(c.statements.contains("ALTER TABLE e ADD COLUMN at DATETIME(6) DEFAULT '2024-02-29 23:30:00';"))
    }
}
