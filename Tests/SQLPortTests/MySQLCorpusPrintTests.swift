import Foundation
import Testing
@testable import SQLPort

/// Prints every corpus/mysql case for both flavors when SQLPORT_PRINT_MYSQL=1 (to look at
/// the output; the driver's corpus runner owns expected files).
@Suite("MySQL corpus preview", .enabled(if: ProcessInfo.processInfo.environment["SQLPORT_PRINT_MYSQL"] == "1"))
struct MySQLCorpusPrintTests {
    @Test func preview() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/mysql")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") && !$0.contains(".schema.") }.sorted()
        for name in names {
            let migration = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let schemaURL = dir.appendingPathComponent(name.replacingOccurrences(of: ".sql", with: ".schema.sql"))
            let schema = (try? String(contentsOf: schemaURL, encoding: .utf8)) ?? ""
            for flavor in MySQLFlavor.allCases {
                var sources = SourceMap()
                let m = sources.add(name: name, text: migration)
                let s = sources.add(name: "schema.sql", text: schema)
                let target: Dialect = flavor == .mysql ? .mysql : .mariadb
                let (baseline, d1) = Catalog.replaying(Parser.parse(sources[s]).script, target: target)
                let checked = Checker(target: target, baseline: baseline).check(Parser.parse(sources[m]).script)
                let lowered = MySQLLowering.lower(checked.plan, sources: sources, flavor: flavor)
                print("=== \(name) [\(flavor)]")
                if d1.hasErrors || checked.diagnostics.hasErrors { print(DiagnosticRenderer(sources: sources).render(d1 + checked.diagnostics)) }
                print(lowered.render())
                print(DiagnosticRenderer(sources: sources).render(lowered.diagnostics))
            }
        }
    }
}
