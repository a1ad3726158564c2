import Foundation
import Testing

/// `--mysql-timestamptz`: TIMESTAMPTZ as TIMESTAMP(6) on MySQL / MariaDB when asked, refused
/// for the other dialects, and a value other than `datetime` / `timestamp` is a usage error.
@Suite("--mysql-timestamptz")
struct TimestampTZOptionTests {
    @Test func choosesTheMapping() throws {
        let folder = try TemporaryFolder()
        try folder.write("m.sql", "CREATE TABLE t (at TIMESTAMPTZ);\n")
        let timestamp = try SQLPortBinary.run(["compile", "--dialect", "mysql", "--mysql-timestamptz", "timestamp", "m.sql"], in: folder.url)
        #expect(timestamp.status == 0 && timestamp.stdout.contains("    at TIMESTAMP(6)\n") && timestamp.stderr.hasPrefix("warning[D488]"), "\(timestamp)")
        let datetime = try SQLPortBinary.run(["compile", "--dialect", "mariadb", "--mysql-timestamptz", "datetime", "m.sql"], in: folder.url)
        #expect(datetime.status == 0 && datetime.stdout.contains("    at DATETIME(6)\n") && datetime.stderr.hasPrefix("warning[D448]"), "\(datetime)")
        let sqlite = try SQLPortBinary.run(["compile", "--dialect", "sqlite", "--mysql-timestamptz", "timestamp", "m.sql"], in: folder.url)
        #expect(sqlite.status == 64 && sqlite.stdout.isEmpty
                && sqlite.stderr.hasPrefix("Error: --mysql-timestamptz applies only to --dialect mysql or mariadb\n"), "\(sqlite)")
        let bad = try SQLPortBinary.run(["compile", "--dialect", "mysql", "--mysql-timestamptz", "utc", "m.sql"], in: folder.url)
        #expect(bad.status == 64 && bad.stdout.isEmpty, "\(bad)")
    }
}
