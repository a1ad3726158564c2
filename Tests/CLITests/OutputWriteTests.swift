import Foundation
import Testing

/// Defect 9 of issue 9: a write that fails is an error (exit 1, one line on stderr), `-o` is
/// all or nothing, and `-o` naming an input is a usage error before anything is read.
@Suite struct OutputWriteTests {
    static let migration = "CREATE TABLE t (id INTEGER);\n"
    static let baseline = "CREATE TABLE b (id INTEGER);\n"
    /// A pg_dump setting sqlport ignores with a B500 note: a diagnostic from `check` that is not an error.
    static let dumpWithNote = "--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\nCREATE TABLE public.k (id integer);\n"
    static let full = "No space left on device"

    @Test(arguments: [
        ["compile", "--dialect", "postgresql", "m.sql"],
        ["compile", "--dialect", "sqlite", "--schema", "before.sql", "m.sql"],
        ["schema", "--schema", "before.sql"],
        ["schema", "--dialect", "mysql", "m.sql"],
        ["dialects"],
        ["--help"],
        ["--version"],
        ["compile", "--help"],
    ])
    func standardOutputOnAFullDevice(_ arguments: [String]) throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(arguments, in: folder.url, stdoutPath: "/dev/full")
        #expect(run == .init(status: 1, stdout: "", stderr: "error: cannot write to standard output: \(Self.full)\n"))
    }

    @Test(arguments: [
        ["compile", "--dialect", "mariadb", "m.sql", "-o", "/dev/full"],
        ["compile", "--dialect", "postgresql", "--output", "/dev/full", "m.sql"],
        ["schema", "--schema", "before.sql", "-o", "/dev/full"],
    ])
    func outputFileOnAFullDevice(_ arguments: [String]) throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(arguments, in: folder.url)
        #expect(run == .init(status: 1, stdout: "", stderr: "error: cannot write `/dev/full`: \(Self.full)\n"))
    }

    /// `check` writes only diagnostics; when they cannot be written the status says so.
    @Test func checkDiagnosticsOnAFullDevice() throws {
        let folder = try Self.folder()
        try folder.write("dump.sql", Self.dumpWithNote)
        let shown = try SQLPortBinary.run(["check", "--schema-dialect", "postgresql", "--schema", "dump.sql", "m.sql"], in: folder.url)
        #expect(shown.status == 0 && shown.stderr.hasPrefix("note[B500]"), "\(shown)")
        let lost = try SQLPortBinary.run(["check", "--schema-dialect", "postgresql", "--schema", "dump.sql", "m.sql"], in: folder.url, stderrPath: "/dev/full")
        #expect(lost.status == 1)
        let clean = try SQLPortBinary.run(["check", "m.sql"], in: folder.url, stderrPath: "/dev/full")
        #expect(clean.status == 0, "nothing to write, nothing lost")
    }

    /// Every spelling of an input as `-o`: the same path, `./`, an absolute path, `..`, a
    /// symlink, a hard link; the migration or a `--schema` file. Nothing is written.
    @Test(arguments: [
        (["compile", "--dialect", "postgresql", "m.sql", "-o", "m.sql"], "m.sql", "m.sql"),
        (["compile", "--dialect", "postgresql", "m.sql", "-o", "./m.sql"], "./m.sql", "m.sql"),
        (["compile", "--dialect", "postgresql", "./m.sql", "-o", "sub/../m.sql"], "sub/../m.sql", "./m.sql"),
        (["compile", "--dialect", "postgresql", "m.sql", "-o", "link.sql"], "link.sql", "m.sql"),
        (["compile", "--dialect", "postgresql", "link.sql", "-o", "m.sql"], "m.sql", "link.sql"),
        (["compile", "--dialect", "postgresql", "m.sql", "-o", "hard.sql"], "hard.sql", "m.sql"),
        (["compile", "--dialect", "postgresql", "--schema", "before.sql", "m.sql", "-o", "before.sql"], "before.sql", "before.sql"),
        (["schema", "--schema", "before.sql", "-o", "./before.sql"], "./before.sql", "before.sql"),
        (["schema", "m.sql", "--output", "link.sql"], "link.sql", "m.sql"),
    ])
    func outputNamingAnInput(_ arguments: [String], output: String, input: String) throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(arguments, in: folder.url)
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("Error: --output `\(output)` is the input `\(input)`, which writing would destroy; write the SQL to another file\nUsage: sqlport \(arguments[0]) "), "\(run)")
        #expect(try folder.read("m.sql") == Self.migration)
        #expect(try folder.read("before.sql") == Self.baseline)
    }

    /// A SQLite `--database` file is an input too.
    @Test func outputNamingTheLiveSQLiteDatabase() throws {
        let folder = try Self.folder()
        let database = folder.url.appendingPathComponent("app.db").path
        let created = try SQLPortBinary.run(executable: "/usr/bin/sqlite3", [database, "CREATE TABLE b (id INTEGER);"])
        #expect(created.status == 0, "\(created)")
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        for arguments in [["compile", "--dialect", "sqlite", "--database", "sqlite:app.db", "m.sql", "-o", "./app.db"],
                          ["schema", "--database", "sqlite:./app.db", "-o", "app.db"]] {
            let run = try SQLPortBinary.run(arguments, in: folder.url)
            #expect(run.status == 64, "\(run)")
            #expect(run.stderr.hasPrefix("Error: --output `\(arguments.last!)` is the input `"), "\(run)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test func absolutePathToTheInput() throws {
        let folder = try Self.folder()
        let absolute = folder.url.appendingPathComponent("m.sql").path
        let run = try SQLPortBinary.run(["compile", "--dialect", "sqlite", "m.sql", "-o", absolute], in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --output `\(absolute)` is the input `m.sql`"), "\(run)")
        #expect(try folder.read("m.sql") == Self.migration)
    }

    /// A write cut short (here by a file size limit, as a full disk would) leaves the old file
    /// exactly as it was — content and mode — and no temporary file behind.
    @Test func failedWriteKeepsTheOldFile() throws {
        let folder = try Self.folder()
        try folder.write("big.sql", (1...60).map { "CREATE TABLE table_number_\($0) (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n" }.joined())
        try folder.write("out.sql", "-- the previous output\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder.url.appendingPathComponent("out.sql").path)
        let before = try folder.names()
        // `ulimit -f 1`: writes past 1 KiB fail with EFBIG; SIGXFSZ ignored so write() reports it.
        let run = try SQLPortBinary.run(executable: "/bin/sh",
            ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", SQLPortBinary.path, "compile", "--dialect", "postgresql", "big.sql", "-o", "out.sql"],
            in: folder.url)
        #expect(run == .init(status: 1, stdout: "", stderr: "error: cannot write `out.sql`: File too large\n"))
        #expect(try folder.read("out.sql") == "-- the previous output\n")
        #expect(try folder.names() == before)
        let good = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "big.sql", "-o", "out.sql"], in: folder.url)
        #expect(good.status == 0)
        #expect(try folder.read("out.sql").hasPrefix("-- Generated by sqlport"))
        #expect(try Self.permissions(folder, "out.sql") == 0o640, "the replaced file keeps its mode")
        #expect(try folder.names() == before)
    }

    /// `-o` through a symlink replaces the file it points to and keeps the link.
    @Test func outputThroughASymlink() throws {
        let folder = try Self.folder()
        try folder.write("target.sql", "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("out.sql").path, withDestinationPath: "target.sql")
        let run = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "m.sql", "-o", "out.sql"], in: folder.url)
        #expect(run.status == 0, "\(run)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.url.appendingPathComponent("out.sql").path) == "target.sql")
        #expect(try folder.read("target.sql").hasPrefix("-- Generated by sqlport"))
    }

    @Test func newFileAndDevices() throws {
        let folder = try Self.folder()
        let created = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "m.sql", "-o", "new.sql"], in: folder.url)
        #expect(created.status == 0 && created.stdout == "" && created.stderr == "")
        let umask = try SQLPortBinary.run(executable: "/bin/sh", ["-c", "umask"]).stdout
        #expect(try Self.permissions(folder, "new.sql") == 0o666 & ~(Int(umask.trimmingCharacters(in: .whitespacesAndNewlines), radix: 8) ?? 0))
        let null = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "m.sql", "-o", "/dev/null"], in: folder.url)
        #expect(null == .init(status: 0, stdout: "", stderr: ""))
        let missing = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "m.sql", "-o", "no/such/dir.sql"], in: folder.url)
        #expect(missing == .init(status: 1, stdout: "", stderr: "error: cannot write `no/such/dir.sql`: No such file or directory\n"))
        let directory = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "m.sql", "-o", "sub"], in: folder.url)
        #expect(directory == .init(status: 1, stdout: "", stderr: "error: cannot write `sub`: it is a directory\n"))
        #expect(try folder.names() == ["before.sql", "hard.sql", "link.sql", "m.sql", "new.sql", "sub"])
    }

    /// A migration with errors writes nothing, so an old output stays.
    @Test func errorsWriteNothing() throws {
        let folder = try Self.folder()
        try folder.write("bad.sql", "CREATE TABLE t (id DATETIME);\n")
        try folder.write("out.sql", "old\n")
        let run = try SQLPortBinary.run(["compile", "--dialect", "postgresql", "bad.sql", "-o", "out.sql"], in: folder.url)
        #expect(run.status == 1 && run.stderr.hasPrefix("error[P"), "\(run)")
        #expect(try folder.read("out.sql") == "old\n")
    }

    /// `m.sql` (a migration), `before.sql` (a baseline), `link.sql` -> `m.sql`, `hard.sql`
    /// (a hard link to `m.sql`) and an empty folder `sub`.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let m = try folder.write("m.sql", migration)
        try folder.write("before.sql", baseline)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.sql").path, withDestinationPath: "m.sql")
        try FileManager.default.linkItem(at: m, to: folder.url.appendingPathComponent("hard.sql"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: false)
        return folder
    }

    static func permissions(_ folder: TemporaryFolder, _ name: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent(name).path)[.posixPermissions] as? Int ?? -1
    }
}
