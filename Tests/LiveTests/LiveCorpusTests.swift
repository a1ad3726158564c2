import Foundation
import SQLPortDatabase
import Testing

/// Every expected PostgreSQL output in the corpus must run on a real PostgreSQL 15, starting
/// from the case's baseline schema. (MariaDB and SQLite outputs join as the corpus grows them.)
@Suite("Corpus on live databases", .enabled(if: LiveEnvironment.isEnabled))
struct LiveCorpusTests {
    @Test(arguments: Corpus.expectedOutputs(dialect: "postgresql"))
    func postgresqlOutputApplies(_ file: String) throws {
        do {
            try LiveApply.applyCase(expected: Corpus.packageRoot.appendingPathComponent(file),
                                    dialect: "postgresql", server: LiveEnvironment.postgresURL())
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func corpusHasPostgresqlOutputs() {
        #expect(!Corpus.expectedOutputs(dialect: "postgresql").isEmpty)
    }

    /// The check above can fail: an output that does not apply is reported with its file and
    /// the server's message. The schema runs first, so the error is about the column, not the table.
    @Test func failingOutputIsReported() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("bad.schema.sql")
        let expected = directory.appendingPathComponent("bad.postgresql.sql")
        try "CREATE TABLE t (id integer);\n".write(to: schema, atomically: true, encoding: .utf8)
        try "BEGIN;\nALTER TABLE t DROP COLUMN nope;\nCOMMIT;\n".write(to: expected, atomically: true, encoding: .utf8)

        let failure = try #require(throws: ApplyFailure.self) {
            try LiveApply.applyCase(expected: expected, dialect: "postgresql", server: LiveEnvironment.postgresURL())
        }
        #expect(failure.description ==
            "\(expected.path): postgresql error 42703 in statement 2: column \"nope\" of relation \"t\" does not exist")
    }

    @Test func failingSchemaIsReportedAsTheSchemaFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("bad.schema.sql")
        let expected = directory.appendingPathComponent("bad.postgresql.sql")
        try "CREATE TABL t (id integer);\n".write(to: schema, atomically: true, encoding: .utf8)
        try "SELECT 1;\n".write(to: expected, atomically: true, encoding: .utf8)

        let failure = try #require(throws: ApplyFailure.self) {
            try LiveApply.applyCase(expected: expected, dialect: "postgresql", server: LiveEnvironment.postgresURL())
        }
        #expect(failure.description == "\(schema.path): postgresql error 42601 at line 1: syntax error at or near \"TABL\"")
    }
}
