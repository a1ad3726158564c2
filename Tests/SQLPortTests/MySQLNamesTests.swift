import Testing
@testable import SQLPort

/// The names the MySQL lowering invents are free by MySQL's rules: case ignored (non-ASCII
/// too), within 64 characters, and never one of the script's own variables.
@Suite("MySQL invented names")
struct MySQLNamesTests {
    @Test func caseIsIgnoredButAccentsAreNot() {
        let taken = MySQLNameSet(["Score_sqlport", "SCÖRE", "ſtraße"])
        #expect(taken.contains("score_SQLPORT"))
        #expect(taken.contains("scöre"))
        #expect(!taken.contains("score"))          // MariaDB keeps `scöre` and `score` apart
        #expect(taken.contains("STRASSE"))          // upper case: ſ is S, ß is SS (refuses more, never less)
    }

    @Test func firstAndSecondCandidatesTakenInOtherCase() {
        let taken = MySQLNameSet(["score", "Score_sqlport", "SCORE_SQLPORT2"])
        #expect(taken.free("score", suffix: "_sqlport") == "score_sqlport3")
        #expect(MySQLNameSet(["score"]).free("score", suffix: "_sqlport") == "score_sqlport")
    }

    @Test func theSuffixSurvivesTheLengthLimit() {
        let long = String(repeating: "x", count: 64)
        let first = MySQLNameSet([long]).free(long, suffix: "_sqlport")
        #expect(first == String(repeating: "x", count: 56) + "_sqlport")
        let second = MySQLNameSet([long, first.uppercased()]).free(long, suffix: "_sqlport")
        #expect(second == String(repeating: "x", count: 55) + "_sqlport2")
        #expect(second.count == 64)
    }

    @Test func variablesAreUniquePerScriptAndAvoidTheScriptsOwn() {
        var names = MySQLSessionNames()
        #expect(names.variable("sqlport_sql_mode") == "sqlport_sql_mode2")
        #expect(names.variable("sqlport_a_b_c") == "sqlport_a_b_c")
        #expect(names.variable("sqlport_A_B_C") == "sqlport_A_B_C2")
        #expect(names.variable("sqlport_é") == "sqlport__")
        #expect(names.variable("sqlport_DDL") == "sqlport_DDL2")
        #expect(names.variable("sqlport_" + String(repeating: "t", count: 80)).count == 64)
    }

    /// The reproducer of issue 9: the user's `Score_sqlport` is neither skipped into nor dropped.
    @Test func conversionLeavesAUserColumnNamedLikeTheTemporaryOne() {
        let c = compileMySQL("ALTER TABLE users ALTER COLUMN score TYPE INTEGER USING score::INTEGER;",
                             schema: #"CREATE TABLE users (id SERIAL PRIMARY KEY, score TEXT, "Score_sqlport" TEXT);"#, flavor: .mariadb)
        #expect(c.statements.contains("ADD COLUMN IF NOT EXISTS score_sqlport2 INT"))
        #expect(c.statements.contains("CHANGE COLUMN score_sqlport2 score INT AFTER id"))
        #expect(!c.statements.contains("score_sqlport "))
    }
}
