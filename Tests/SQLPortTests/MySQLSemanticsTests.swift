import Testing
@testable import SQLPort

/// Expressions MySQL would evaluate differently from PostgreSQL, found in the corpus review:
/// UPDATE assignment order, LIKE / ILIKE under MySQL's collations, concat and NULL, the
/// precision of the current time, text of booleans and times.
@Suite("MySQL expression semantics")
struct MySQLSemanticsTests {
    let schema = "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT, s VARCHAR(20), flag BOOLEAN, at TIMESTAMP);"

    @Test func assignmentsThatReadAnotherAssignedColumnGoFirst() {
        // MySQL: `SET a = a + 1, b = a` gives b the new a. Written b first, b gets the old a.
        #expect(compileMySQL("UPDATE t SET a = a + 1, b = a;", schema: schema).statements
                == "UPDATE t SET b = a, a = a + 1;")
        #expect(compileMySQL("UPDATE t SET s = 'x', c = length(s), a = b, b = c;", schema: schema).statements
                == "UPDATE t SET a = b, b = c, c = CHAR_LENGTH(s), s = 'x';")
        // Independent assignments keep their order.
        #expect(MySQLUpdateOrder.order(assignments("a = 1, b = 2, c = a")).map(names) == ["c", "a", "b"])
        #expect(MySQLUpdateOrder.order(assignments("a = a + 1, b = b + 1")).map(names) == ["a", "b"])
    }

    @Test func assignmentCycleIsRefused() {
        let c = compileMySQL("UPDATE t SET a = b, b = a;", schema: schema)
        #expect(c.codes == ["D411"])
        #expect(c.errors.first?.message == "the assignments of this UPDATE read each other's columns in a cycle")
    }

    @Test func mariadbAssignsSimultaneouslyInWrittenOrder() {
        let c = compileMySQL("UPDATE t SET a = b, b = a;", schema: schema, flavor: .mariadb)
        #expect(c.codes == [])
        #expect(c.text.contains("NO_ENGINE_SUBSTITUTION,SIMULTANEOUS_ASSIGNMENT';\n"))
        #expect(c.statements == "UPDATE t SET a = b, b = a;")
    }

    @Test func likeComparesCodePointsAndIlikeLowerCase() {
        #expect(compileMySQL("DELETE FROM t WHERE s LIKE 'caf_' OR s NOT ILIKE 'É%';", schema: schema).statements.hasSuffix(
            "DELETE FROM t WHERE (CONVERT(s USING utf8mb4) COLLATE utf8mb4_bin LIKE CONVERT('caf_' USING utf8mb4)) OR (LOWER(CONVERT(s USING utf8mb4)) COLLATE utf8mb4_bin NOT LIKE LOWER(CONVERT('É%' USING utf8mb4)));"))
    }

    @Test func concatSkipsNullsAndTimesKeepMicroseconds() {
        #expect(compileMySQL("UPDATE t SET s = concat(s, b, 'x'), at = now();", schema: schema).statements
                == "UPDATE t SET s = CONCAT_WS('', s, b, 'x'), at = NOW(6);")
        #expect(compileMySQL("UPDATE t SET at = CURRENT_TIMESTAMP;", schema: schema).statements
                == "UPDATE t SET at = CURRENT_TIMESTAMP(6);")
        #expect(compileMySQL("ALTER TABLE t ADD COLUMN seen TIMESTAMP(3) DEFAULT now();", schema: schema).statements
                == "ALTER TABLE t ADD COLUMN seen DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3);")
    }

    @Test func valuesWhoseTextDiffersAreRefusedWhereTheyBecomeText() {
        let c = compileMySQL("UPDATE t SET s = 'on: ' || flag, s = concat(at), s = CAST(a > 1 AS TEXT);", schema: schema)
        #expect(c.result.diagnostics.map(\.message) == [
            "boolean column `flag` becomes different text in MySQL",
            "time column `at` becomes different text in MySQL",
            "a boolean becomes different text in MySQL",
        ])
        #expect(compileMySQL("UPDATE t SET s = 'n' || a || CAST(b AS TEXT) || CURRENT_DATE;", schema: schema).codes == [])
    }

    @Test func byteaStringsAreDecodedAsPostgreSQLReadsThem() {
        let schema = "CREATE TABLE d (id INT, b BYTEA, s TEXT);"
        let c = compileMySQL("INSERT INTO d VALUES (1, '\\x4142', '\\x'); UPDATE d SET b = 'a\\\\b\\001', s = 'raw';", schema: schema)
        #expect(c.statements == "INSERT INTO d VALUES (1, unhex('4142'), '\\\\x');\nUPDATE d SET b = unhex('615C6201'), s = 'raw';")
        #expect(compileMySQL("UPDATE d SET b = '\\xZZ';", schema: schema).result.diagnostics.map(\.message)
                == ["string for BYTEA column `b` is not valid bytea input"])
        #expect(MySQLBytea.decode("\\x") == [])
        #expect(MySQLBytea.decode("\\4") == nil)
        #expect(MySQLBytea.decode("é") == [0xC3, 0xA9])
    }

    @Test func stringComparisonsWarnOncePerExpression() {
        let c = compileMySQL("DELETE FROM t WHERE s = 'a' OR s IN ('b', 'c');", schema: schema)
        #expect(c.codes == ["D425"])
        #expect(c.result.diagnostics.first?.range?.start == 20)
        #expect(compileMySQL("DELETE FROM t WHERE a = 1 AND s LIKE 'x%';", schema: schema).codes == [])
        #expect(compileMySQL("ALTER TABLE t ADD CONSTRAINT t_s CHECK (s BETWEEN 'a' AND 'z');", schema: schema).codes == ["D425"])
    }

    func assignments(_ text: String) -> [Assignment] {
        var sources = SourceMap()
        let id = sources.add(name: "u.sql", text: "UPDATE t SET \(text);")
        guard case .update(let u)? = Parser.parse(sources[id]).script.statements.first?.kind else { return [] }
        return u.assignments
    }

    func names(_ a: [Assignment]) -> [String] { a.map(\.column.value) }
}
