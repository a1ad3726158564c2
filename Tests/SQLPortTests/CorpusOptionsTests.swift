import TestSupport
import Foundation
import SQLPort
import Testing

/// The corpus's per-case options line.
@Suite struct CorpusOptionsTests {
    @Test func optionsLineSetsTheSQLiteVersion() throws {
        let input = "-- RENAME COLUMN before 3.25\n-- sqlport-options: --sqlite-version 3.24\nALTER TABLE t RENAME COLUMN a TO b;\n"
        #expect(try CorpusOptions.parse(input).sqliteVersion == SQLiteVersion(3, 24, 0))
        #expect(try CorpusOptions.parse("-- sqlport-options: --sqlite-version 3.34.1\n").sqliteVersion == SQLiteVersion(3, 34, 1))
    }

    /// Without the line, or with it after the first statement, a case compiles with the defaults.
    @Test func onlyTheOpeningCommentsCount() throws {
        #expect(try CorpusOptions.parse("-- plain case\nSELECT 1;\n").sqliteVersion == .conservativeDefault)
        let late = "-- case\nDROP TABLE t;\n-- sqlport-options: --sqlite-version 3.24\n"
        #expect(try CorpusOptions.parse(late).sqliteVersion == .conservativeDefault)
    }

    @Test func optionsLineSetsTheMySQLTimestampTZMapping() throws {
        #expect(try CorpusOptions.parse("-- sqlport-options: --mysql-timestamptz timestamp\n").mysqlTimestampTZ == .timestamp)
        #expect(try CorpusOptions.parse("-- x\n").mysqlTimestampTZ == .datetime)
    }

    @Test func unknownOrMalformedOptionsAreErrors() {
        #expect(throws: CorpusOptions.Invalid.self) { try CorpusOptions.parse("-- sqlport-options: --dialect mysql\n") }
        #expect(throws: CorpusOptions.Invalid.self) { try CorpusOptions.parse("-- sqlport-options: --sqlite-version\n") }
        #expect(throws: CorpusOptions.Invalid.self) { try CorpusOptions.parse("-- sqlport-options: --sqlite-version 3.x\n") }
        #expect(throws: CorpusOptions.Invalid.self) { try CorpusOptions.parse("-- sqlport-options: --mysql-timestamptz utc\n") }
    }
}
