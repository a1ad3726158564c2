import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// The data statements' cases move rows (`INSERT ... SELECT`, backfills): the rows every
/// engine holds afterwards must be PostgreSQL's, value for value, not just as many. Values
/// are compared in one text form per type (`t` and `1` are both true, `1.50` and `1.5` one
/// number, `12:00:00.250000` and `12:00:00.25` one time, PostgreSQL's UTC `+00` left out).
@Suite(.enabled(if: LiveEnvironment.isEnabled))
struct DataStatementRowsLiveTests {
    static func cases() -> [LiveCase] {
        LiveCase.all().filter { c in
            let area = c.directory.lastPathComponent
            let dataCases = ["insert-select", "subqueries", "subquery-same-table", "update-from", "update-from-order", "delete-using", "public-schema", "upsert", "alias-case", "subquery-in-limit", "datetime-literals", "datetime-defaults"]
            return (area == "frameworks" && (c.name.hasPrefix("data-") || c.name.hasPrefix("dml-")))
                || (area == "data" && dataCases.contains { c.name.hasPrefix($0) })
                || (area == "sqlite" && c.name.hasPrefix("update-from"))
                || (area == "frameworks" && c.name.hasPrefix("sch-data-")) || (area == "sequences" && (c.name.hasPrefix("setval-") || c.name.hasPrefix("alter-sequence")))
        }
    }

    @Test func thereAreCases() { #expect(Self.cases().count >= 6) }

    @Test(arguments: cases())
    func enginesHoldPostgreSQLsRows(_ c: LiveCase) throws {
        let (baseline, _) = try LiveCorpus.catalogs(c)
        let tables = try Self.finalTables(c)
        let seeds = CorpusSeeder.seed(baseline)
        guard let expected = try LiveCorpus.apply(c, .postgresql, seeds: seeds, read: { try Self.rows(tables, $0, .postgresql) }) else { return }
        #expect(expected.values.contains { !$0.isEmpty }, "\(c): the seeded case moves no rows")
        for dialect in [Dialect.mysql, .mariadb, .sqlite] {
            guard let rows = try LiveCorpus.apply(c, dialect, seeds: seeds, read: { try Self.rows(tables, $0, dialect) }) else { continue }
            for (table, want) in expected.sorted(by: { $0.key < $1.key }) {
                #expect(rows[table] == want, "\(c) [\(dialect.rawValue)] table \(table)")
            }
        }
    }

    /// The tables the migration leaves, with their columns, from the checker's final catalog.
    static func finalTables(_ c: LiveCase) throws -> [Table] {
        let schemas = try LiveCorpus.baselineInput(c).map { [$0] } ?? []
        let loaded = Compiler.baselineCatalog(schemas: schemas, target: .postgresql)
        guard let baseline = loaded.catalog else { return [] }
        var sources = SourceMap()
        let id = sources.add(name: c.input.lastPathComponent, bytes: Array(try Data(contentsOf: c.input)))
        return Checker(target: .postgresql, baseline: baseline).check(Parser.parse(sources[id]).script).plan.final.tables
    }

    /// Each table's rows, each as its values in one text form, sorted.
    static func rows(_ tables: [Table], _ db: any DatabaseConnection, _ dialect: Dialect) throws -> [String: [[String]]] {
        var out: [String: [[String]]] = [:]
        for t in tables {
            let columns = t.columns
            let list = columns.map { LiveCorpus.quote($0.name, dialect) }.joined(separator: ", ")
            let read = try db.query("SELECT \(list) FROM \(LiveCorpus.quote(t.name, dialect))")
            out[t.name] = read.map { row in zip(columns, row).map { normalized($1, $0.type.portable) } }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        return out
    }

    static func normalized(_ value: String?, _ kind: TypeKind?) -> String {
        guard let value else { return "NULL" }
        switch kind {
        case .boolean?: return ["t", "true", "1"].contains(value) ? "true" : "false"
        case .numeric?, .real?, .doublePrecision?, .float?: return Double(value).map { String($0) } ?? value
        case .timestamp?, .time?:
            // PostgreSQL prints a timestamptz in its UTC session with `+00`; the targets hold the UTC text.
            var text = Substring(value.hasSuffix("+00") ? String(value.dropLast(3)) : value)
            guard text.contains(".") else { return String(text) }
            while text.last == "0" { text = text.dropLast() }
            if text.last == "." { text = text.dropLast() }
            return String(text)
        default: return value
        }
    }
}
