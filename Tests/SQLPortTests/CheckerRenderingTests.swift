import Testing
@testable import SQLPort

/// A checker diagnostic rendered against real source text, with its note in the baseline file.
@Suite("Checker rendering")
struct CheckerRenderingTests {
    @Test func unknownColumnPointsAtTheBaseline() {
        var sources = SourceMap()
        let before = sources.add(name: "before.sql", text: "-- schema\nCREATE TABLE ballot (id INTEGER);\n")
        let migrate = sources.add(name: "migrate.sql", text: "ALTER TABLE ballot DROP COLUMN created_at;\n")
        let table = Statement(.createTable(CreateTable(name: QualifiedName(Identifier("ballot", range: SourceRange(file: before, start: 23, end: 29))),
                                                       elements: [.column(ColumnDefinition(name: Identifier("id"), type: TypeName(.integer)))])),
                              range: SourceRange(file: before, start: 10, end: 43))
        let baseline = Catalog.replaying(Script(statements: [table]), target: .mysql).catalog
        let drop = Statement(.alterTable(AlterTable(name: QualifiedName(Identifier("ballot")), actions: [
            AlterTableAction(.dropColumn(Identifier("created_at", range: SourceRange(file: migrate, start: 31, end: 41)),
                                         ifExists: false, behavior: nil))])))
        let diagnostics = Checker(target: .mysql, baseline: baseline).check(Script(statements: [drop])).diagnostics
        #expect(DiagnosticRenderer(sources: sources).render(diagnostics) == """
            error[S301]: column `created_at` does not exist in table `ballot`
             --> migrate.sql:1:32
              |
            1 | ALTER TABLE ballot DROP COLUMN created_at;
              |                                ^^^^^^^^^^ no such column
              = note: table `ballot` was defined here (before.sql:2:1)

            """)
    }
}
