import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Every corpus/mysql case that compiles, applied to MariaDB 10.11 over its baseline (itself
/// compiled by the same lowering, tables empty: the Elekto tests cover rows), for both flavors; the MariaDB output must also run a second
/// time to completion.
@Suite("corpus/mysql on MariaDB", .enabled(if: LiveEnvironment.isEnabled))
struct MySQLCorpusLiveTests {
    static let directory = Corpus.directory.appendingPathComponent("mysql")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".sql") && !$0.contains(".schema.") && !$0.contains(".mysql.") && !$0.contains(".mariadb.") }
            .sorted()
    }

    /// The output statements for `migration` over `schema`, or nil when the lowering refuses.
    static func compile(_ migration: String, schema: String, flavor: MySQLFlavor) -> (schema: [String], migration: [String])? {
        var sources = SourceMap()
        let m = sources.add(name: "m.sql", text: migration)
        let s = sources.add(name: "s.sql", text: schema)
        let target: TargetDatabase = flavor == .mysql ? .mysql : .mariadb
        let schemaScript = Parser.parse(sources[s]).script
        let schemaPlan = Checker(target: target).check(schemaScript).plan
        let checked = Checker(target: target, baseline: schemaPlan.final).check(Parser.parse(sources[m]).script)
        guard !checked.diagnostics.hasErrors,
              let a = MySQLLowering.lower(schemaPlan, sources: sources, flavor: flavor).output,
              let b = MySQLLowering.lower(checked.plan, sources: sources, flavor: flavor).output else { return nil }
        func statements(_ o: OutputScript) -> [String] { o.items.compactMap { if case .statement(let x) = $0 { x.sql } else { nil } } }
        return (statements(a), statements(b))
    }

    @Test(arguments: cases, MySQLFlavor.allCases)
    func applies(_ name: String, _ flavor: MySQLFlavor) throws {
        let migration = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        let schemaURL = Self.directory.appendingPathComponent(name.replacingOccurrences(of: ".sql", with: ".schema.sql"))
        let schema = (try? String(contentsOf: schemaURL, encoding: .utf8)) ?? ""
        guard let compiled = Self.compile(migration, schema: schema, flavor: flavor) else { return }  // refused: a D4xx case
        try withScratchDatabase(on: LiveEnvironment.mariadbURL(), label: "corpus_my") { db in
            for sql in compiled.schema { try db.execute(sql) }
            for sql in compiled.migration { try db.execute(sql) }
            let once = try MariaDBSnapshot.take(db)
            if flavor == .mariadb, !compiled.migration.joined().contains("Not re-runnable") {
                try db.execute("SET SESSION sql_mode = DEFAULT")
                for sql in compiled.migration where !sql.hasPrefix("INSERT") && !sql.hasPrefix("UPDATE") { try db.execute(sql) }
                #expect(try MariaDBSnapshot.take(db).difference(from: once) == [], "\(name) re-run")
            }
        }
    }
}
