import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Done-when (2): every portable corpus baseline, created on a real database from `sqlport
/// schema --dialect X`, reads back the same way by every route: the dump tool's output loaded
/// with `--schema` equals the live `--database` catalog exactly (catalog `==` ignores only
/// source ranges, which are `@NotCompared`), and both have the shape sqlport predicted.
@Suite("Baseline routes: dump, live and prediction agree", .enabled(if: LiveEnvironment.isEnabled))
struct BaselineRoutesTests {
    static let dialects: [Dialect] = [.postgresql, .mariadb, .sqlite]

    /// Corpus baselines in the portable language.
    static func portableBaselines() -> [String] {
        let root = Corpus.directory
        let areas = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var out: [String] = []
        for area in areas.sorted() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(area).path)) ?? []
            for f in files.sorted() where f.hasSuffix(".schema.sql") {
                let bytes = (try? Data(contentsOf: root.appendingPathComponent("\(area)/\(f)"))).map(Array.init) ?? []
                if SchemaDialectDetector.detect(SourceFile(id: FileID(0), name: f, bytes: bytes), target: .postgresql) == .portable {
                    out.append("\(area)/\(f)")
                }
            }
        }
        return out
    }

    @Test func corpusHasPortableBaselines() {
        #expect(Self.portableBaselines().count >= 20)
    }

    @Test(arguments: portableBaselines())
    func routesAgree(_ path: String) throws {
        let text = try String(contentsOf: Corpus.directory.appendingPathComponent(path), encoding: .utf8)
        let input = InputFile(name: path, text: text)
        for dialect in Self.dialects {
            // A baseline the dialect cannot hold (an array on MariaDB) has nothing to compare.
            let printed = Compiler.schema(schemas: [input], dialect: dialect)
            guard let ddl = printed.sql, Routes.catalog([input], dialect) != nil,
                  let predicted = Compiler.predictedCatalog(InputFile(name: "empty.sql", text: ""), schemas: [input], dialect: dialect) else { continue }
            // A portable baseline naming a collation only one database has (`utf8mb4_bin`) builds
            // nowhere else; that is the user's choice, not a route to compare.
            if predicted.tables.contains(where: { $0.columns.contains { $0.collation?.hasPrefix("utf8mb4") == true } }), dialect != .mariadb { continue }
            try Routes.withDatabase(dialect, label: "routes") { url, db in
                do { try db.execute(ddl) } catch {
                    Issue.record("\(path) as \(dialect): the printed schema does not apply: \(error)\n\(ddl)")
                    return
                }
                let dump = try Routes.dump(url)
                // The dialect is named (`--schema-dialect`): a small `.schema` output is also valid portable SQL.
                let fromDump = Routes.catalog([InputFile(name: "\(path) (\(dialect) dump)", text: dump, dialect: Introspector.dialect(of: url.kind))], dialect)
                let live = try Routes.live(url, dialect)
                #expect(fromDump == live, "\(path) as \(dialect): dump and live catalogs differ: \(Routes.difference(fromDump, live))")
                if let live {
                    let (a, b) = (Routes.shape(live), Routes.shape(predicted))
                    #expect(a == b, "\(path) as \(dialect): live \(a.filter { !b.contains($0) }) predicted \(b.filter { !a.contains($0) })")
                }
            }
        }
    }
}
