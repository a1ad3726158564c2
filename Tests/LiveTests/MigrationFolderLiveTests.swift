import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// `examples/migrations`, a folder of six migrations, compiled for every dialect with each file
/// over the schema the ones before it leave, then applied in order on the real engine: every
/// file runs, and the database ends as sqlport predicts for the six compiled as one file,
/// with the same rows.
@Suite(.enabled(if: LiveEnvironment.isEnabled))
struct MigrationFolderLiveTests {
    static let folder = Corpus.packageRoot.appendingPathComponent("examples/migrations")

    static func migrations() throws -> [InputFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let entries = names.map { name in
            let isFolder = !name.contains(".")
            return MigrationFolder.Entry(name: name, isFolder: isFolder,
                                         hasUp: isFolder && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + "/up.sql").path))
        }
        return try MigrationFolder.order(entries).map { entry in
            InputFile(name: entry.migrationPath, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(entry.migrationPath))))
        }
    }

    @Test func theFolderHasSixMigrationsInOrder() throws {
        #expect(try Self.migrations().map(\.name) == ["001_create_customer.sql", "002_create_order.sql", "003_seed_rows.sql",
                                                       "004_order_status.sql", "005_rename_name.sql", "20240601120000_customer_summary/up.sql"])
    }

    @Test(arguments: Compiler.supportedDialects)
    func appliedInOrderItEndsAsOneFileWould(_ dialect: Dialect) throws {
        let files = try Self.migrations()
        let results = Compiler.compile(sequence: files, dialect: dialect)
        #expect(results.count == files.count)
        #expect(results.allSatisfy { !$0.hasErrors }, "\(results.map { $0.renderedDiagnostics() })")
        let whole = InputFile(name: "all.sql", bytes: files.flatMap { $0.bytes + Array("\n".utf8) })
        let predicted = try #require(Compiler.predictedCatalog(whole, schemas: [], dialect: dialect, onMariaDB: dialect == .mysql))
        let scratch = try ScratchDatabase(on: try LiveCorpus.server(dialect), label: "folder_\(dialect.rawValue)")
        defer { try? scratch.drop() }
        let db = try scratch.connect()
        if dialect == .sqlite { try db.execute("PRAGMA foreign_keys=ON") }
        for (file, result) in zip(files, results) {
            let sql = try #require(result.sql, "\(file.name) [\(dialect.rawValue)] did not compile")
            do { try db.execute(sql) } catch { Issue.record("\(file.name) [\(dialect.rawValue)]: \(error)"); return }
        }
        let live = try #require(try Routes.live(scratch.url, dialect))
        #expect(Routes.shape(live) == Routes.shape(predicted))
        let rows = try db.query("SELECT count(*) FROM customer_summary").first?.first ?? nil
        #expect(rows == "2")
        let placed = try db.query("SELECT count(*) FROM shop_order WHERE status = 'placed'").first?.first ?? nil
        #expect(placed == "1")
        let labels = try db.query("SELECT label FROM customer_summary ORDER BY customer_id").map { $0.first ?? nil }
        #expect(labels == ["Ann <ann@example.com>", "Bob <bob@example.com>"])
    }
}
