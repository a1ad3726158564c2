import Foundation
import Testing

/// A folder of migrations on the command line: one output per input, `--dialect all` one
/// subfolder per database, all or nothing, and the orders and outputs it refuses.
@Suite struct FolderCLITests {
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("m/20240101000000_email"), withIntermediateDirectories: true)
        try folder.write("m/001_init.sql", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL);\n")
        try folder.write("m/20240101000000_email/up.sql", "ALTER TABLE account ADD COLUMN email VARCHAR(200);\n")
        try folder.write("m/20240101000000_email/down.sql", "ALTER TABLE account DROP COLUMN email;\n")
        try folder.write("m/README.md", "not a migration\n")
        return folder
    }

    static func files(_ folder: TemporaryFolder, under path: String) -> [String] {
        let root = folder.url.appendingPathComponent(path)
        let all = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return all.filter { !$0.hasSuffix("_email") && !["postgresql", "mysql", "mariadb", "sqlite"].contains($0) }.sorted()
    }

    @Test func everyDialectIntoItsSubfolder() throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(["compile", "--dialect", "all", "m", "-o", "out"], in: folder.url)
        #expect(run == .init(status: 0, stdout: "", stderr: ""))
        #expect(Self.files(folder, under: "out") == ["mariadb/001_init.sql", "mariadb/20240101000000_email/up.sql",
                                                     "mysql/001_init.sql", "mysql/20240101000000_email/up.sql",
                                                     "postgresql/001_init.sql", "postgresql/20240101000000_email/up.sql",
                                                     "sqlite/001_init.sql", "sqlite/20240101000000_email/up.sql"])
        // The second file is compiled over the schema the first leaves.
        #expect(try folder.read("out/postgresql/20240101000000_email/up.sql").contains("ALTER TABLE account ADD COLUMN email VARCHAR(200);"))
    }

    @Test func oneDialectAsJSON() throws {
        let folder = try Self.folder()
        let run = try SQLPortBinary.run(["compile", "--dialect", "sqlite", "--format", "json", "m", "-o", "out"], in: folder.url)
        #expect(run.status == 0, "\(run)")
        #expect(Self.files(folder, under: "out") == ["001_init.json", "20240101000000_email/up.json"])
    }

    @Test func anErrorWritesNothing() throws {
        let folder = try Self.folder()
        try folder.write("m/002_bad.sql", "ALTER TABLE account DROP COLUMN nope;\n")
        let run = try SQLPortBinary.run(["compile", "--dialect", "all", "m", "-o", "out"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[S301]: column `nope` does not exist in table `account`"), "\(run)")
        #expect(run.stderr.contains("error: sqlite: not compiled, because a migration before them failed: 20240101000000_email/up.sql"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path))
        let check = try SQLPortBinary.run(["check", "m"], in: folder.url)
        #expect(check.status == 1 && check.stderr.hasSuffix("error: not checked, because a migration before them failed: 20240101000000_email/up.sql\n"), "\(check)")
    }

    @Test func refusals() throws {
        let folder = try Self.folder()
        let noOutput = try SQLPortBinary.run(["compile", "--dialect", "mysql", "m"], in: folder.url)
        #expect(noOutput.status == 64 && noOutput.stderr.contains("a folder of migrations writes a folder of outputs: name it with --output DIR"), "\(noOutput)")
        let intoItself = try SQLPortBinary.run(["compile", "--dialect", "mysql", "m", "-o", "./m/"], in: folder.url)
        #expect(intoItself.status == 64 && intoItself.stderr.contains("is the folder of migrations"), "\(intoItself)")
        try folder.write("m/1_again.sql", "SELECT 1;\n")
        let ambiguous = try SQLPortBinary.run(["compile", "--dialect", "mysql", "m", "-o", "out"], in: folder.url)
        #expect(ambiguous == .init(status: 1, stdout: "", stderr: "error: m: `001_init.sql` and `1_again.sql` have the same version: rename one so the order is certain\n"))
    }
}
