import TestSupport
import Testing
@testable import SQLPort

/// Compiles `migration` over `schema` (both portable SQL) for MySQL / MariaDB, from text:
/// parse, replay the schema for the target, check, lower.
struct MySQLCompilation {
    var result: LoweringResult
    var checkDiagnostics: [Diagnostic]

    var text: String { result.render() }
    var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }
    var codes: [String] { result.diagnostics.map(\.code.rawValue) }

    /// The SQL statements only (no comments, no blank lines), joined by newlines, without the
    /// session settings (`sql_mode`, `SET NAMES`) at the top and bottom.
    var statements: String { Self.statements(of: text) }

    static func statements(of script: String) -> String {
        script.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("--") && !$0.hasPrefix("SET @sqlport_sql_mode") && !$0.hasPrefix("SET SESSION sql_mode")
                && $0 != MySQLCharset.setNames }
            .joined(separator: "\n")
    }
}

func compileMySQL(_ migration: String, schema: String = "", flavor: MySQLFlavor = .mysql,
                  sourceLocation: SourceLocation = #_sourceLocation) -> MySQLCompilation {
    var sources = SourceMap()
    let migrationID = sources.add(name: "migrate.sql", text: migration)
    let schemaID = sources.add(name: "schema.sql", text: schema)
    let target: Dialect = flavor == .mysql ? .mysql : .mariadb
    let parsedSchema = Parser.parse(sources[schemaID])
    #expect(parsedSchema.diagnostics.isEmpty, "schema parse", sourceLocation: sourceLocation)
    let (baseline, replay) = Catalog.replaying(parsedSchema.script, target: target)
    #expect(!replay.hasErrors, "schema replay: \(replay)", sourceLocation: sourceLocation)
    let parsed = Parser.parse(sources[migrationID])
    #expect(parsed.diagnostics.isEmpty, "migration parse: \(parsed.diagnostics)", sourceLocation: sourceLocation)
    let checked = Checker(target: target, baseline: baseline).check(parsed.script)
    #expect(!checked.diagnostics.hasErrors, "check: \(checked.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    let result = MySQLLowering.lower(checked.plan, sources: sources, flavor: flavor)
    return MySQLCompilation(result: result, checkDiagnostics: checked.diagnostics)
}

enum ElektoText {
    static let root = ElektoReference.directory.path + "/"
}
