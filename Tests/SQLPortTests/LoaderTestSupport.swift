import Foundation
@testable import SQLPort

/// Loads schema text as a baseline for `target` (dialect detected unless given).
func loadBaseline(_ text: String, target: TargetDatabase, dialect: SchemaDialect? = nil, name: String = "schema.sql")
    -> (catalog: Catalog, diagnostics: [Diagnostic], sources: SourceMap, dialect: SchemaDialect) {
    var sources = SourceMap()
    let id = sources.add(name: name, text: text)
    let r = BaselineLoader.load([(id, dialect)], sources: &sources, target: target)
    return (r.catalog, r.diagnostics, sources, r.dialects.first ?? .portable)
}

/// A file of the shared Elekto reference.
func elektoReference(_ file: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidates = [root.appendingPathComponent("reference/elekto/\(file)"), URL(fileURLWithPath: "/work/shared/reference/elekto/\(file)")]
    for url in candidates where FileManager.default.fileExists(atPath: url.path) { return try String(contentsOf: url, encoding: .utf8) }
    throw CocoaError(.fileNoSuchFile)
}

/// Rendered diagnostics, for failure messages.
func rendered(_ diagnostics: [Diagnostic], _ sources: SourceMap) -> String {
    DiagnosticRenderer(sources: sources).render(diagnostics)
}
