import Foundation
import Testing

/// `--format json`, `--diagnostics-format json` and `--werror` as a user runs them: what reaches
/// stdout and stderr, and the exit status.
@Suite struct OutputFormatTests {
    static let migration = "CREATE TABLE event (id INTEGER PRIMARY KEY, at TIMESTAMP WITH TIME ZONE);\nINSERT INTO event VALUES (1, '2024-01-01 00:00:00+02');\n"

    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("m.sql", migration)
        try folder.write("bad.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY);\nALTER TABLE t DROP COLUMN nope;\n")
        return folder
    }

    @Test func planAsJSONOnStandardOutput() throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(["compile", "--dialect", "mariadb", "--format", "json", "m.sql"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("{\n  \"formatVersion\" : 1,\n  \"plan\" : {\n"), "\(run)")
        #expect(run.stdout.contains("\"INSERT INTO event (id, at)\\nSELECT 1, '2023-12-31 22:00:00' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM event WHERE id = 1);\""), "\(run)")
        #expect(run.stderr.hasPrefix("warning[D448]: "), "\(run)")
        let again = try SQLPortBinary.run(["compile", "--dialect", "mariadb", "--format", "json", "m.sql", "-o", "plan.json"], in: folder.url)
        #expect(again == .init(status: 0, stdout: "", stderr: run.stderr))
        #expect(try folder.read("plan.json") == run.stdout)
    }

    @Test func diagnosticsAsJSONOnStandardError() throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(["check", "--diagnostics-format", "json", "bad.sql"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("\"code\" : \"S301\""), "\(run)")
        #expect(run.stderr.contains("\"errors\" : 1"), "\(run)")
        #expect(run.stderr.contains("\"line\" : 2"), "\(run)")
        #expect(!run.stderr.contains("-->"), "\(run)")
        let clean = try SQLPortBinary.run(["check", "--diagnostics-format", "json", "m.sql"], in: folder.url)
        #expect(clean.status == 0)
        #expect(clean.stderr.contains("\"diagnostics\" : [\n\n  ],"), "\(clean)")
    }

    @Test func werrorMakesAWarningStopTheOutput() throws {
        let folder = try Self.folder()
        try folder.write("out.sql", "old\n")
        let run = try SQLPortBinary.run(["compile", "--dialect", "mysql", "--werror", "m.sql", "-o", "out.sql"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error[D448]: "), "\(run)")
        #expect(run.stderr.hasSuffix("error: stopped with 1 error\n"), "\(run)")
        #expect(try folder.read("out.sql") == "old\n")
        // PostgreSQL keeps the column as written: no warning, so --werror changes nothing.
        let postgres = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "--werror", "m.sql"], in: folder.url)
        #expect(postgres.status == 0 && postgres.stderr == "", "\(postgres)")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(["compile", "--dialect", "mysql", "--format", "yaml", "m.sql"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--format"), "\(run)")
    }
}
