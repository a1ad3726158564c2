import TestSupport
import Foundation
@testable import SQLPort

/// Loads schema text as a baseline for `target` (dialect detected unless given).
func loadBaseline(_ text: String, target: Dialect, dialect: SchemaDialect? = nil, name: String = "schema.sql")
    -> (catalog: Catalog, diagnostics: [Diagnostic], sources: SourceMap, dialect: SchemaDialect) {
    var sources = SourceMap()
    let id = sources.add(name: name, text: text)
    let r = BaselineLoader.load([(id, dialect)], sources: &sources, target: target)
    return (r.catalog, r.diagnostics, sources, r.dialects.first ?? .portable)
}

/// A file of Elekto's reference (the copy in reference/elekto).
func elektoReference(_ file: String) throws -> String {
    try String(contentsOfFile: ElektoReference.path(file), encoding: .utf8)
}

/// Rendered diagnostics, for failure messages.
func rendered(_ diagnostics: [Diagnostic], _ sources: SourceMap) -> String {
    DiagnosticRenderer(sources: sources).render(diagnostics)
}
