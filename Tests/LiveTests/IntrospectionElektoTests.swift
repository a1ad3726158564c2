import TestSupport
import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Done-when (1): each Elekto 0.5 schema loads; `sqlport schema` prints it; applied to a fresh
/// real database it reads back (live) as the same schema; and printing what was read back and
/// applying that again reads back *exactly* the same catalog (a fixpoint).
@Suite("Introspection: Elekto round trip", .enabled(if: LiveEnvironment.isEnabled))
struct IntrospectionElektoTests {
    static let cases: [(file: String, dialect: Dialect)] = [
        ("schema-0.5.postgresql.sql", .postgresql), ("schema-0.5.mysql.sql", .mariadb), ("schema-0.5.sqlite.sql", .sqlite),
    ]

    @Test(arguments: 0..<3)
    func printedSchemaReadsBackTheSame(_ index: Int) throws {
        let (file, dialect) = Self.cases[index]
        let text = try String(contentsOf: URL(fileURLWithPath: ElektoReference.path(file)), encoding: .utf8)
        let original = try #require(Routes.catalog([InputFile(name: file, text: text)], dialect))
        let printed = Compiler.schema(schemas: [InputFile(name: file, text: text)], dialect: dialect)
        let ddl = try #require(printed.sql, "\(printed.renderedDiagnostics())")

        let first = try Routes.withDatabase(dialect, label: "elekto_rt1") { url, db in
            try db.execute(ddl)
            return try Routes.live(url, dialect)
        }
        let readBack = try #require(first)
        #expect(Routes.shape(readBack) == Routes.shape(original))

        let reprinted = try #require(CatalogPrinter.print(readBack, dialect: dialect).sql as String?)
        let second = try Routes.withDatabase(dialect, label: "elekto_rt2") { url, db in
            try db.execute(reprinted)
            return try Routes.live(url, dialect)
        }
        #expect(second == readBack)
    }
}
