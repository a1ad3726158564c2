import SQLPort

/// Seed rows for a corpus baseline, written as portable `INSERT`s so that sqlport itself
/// translates them for each engine. Values depend only on the column's type and the row
/// number, so a foreign key's columns hold the same values as the key they reference.
enum CorpusSeeder {
    static let rowsPerTable = 3

    /// One `INSERT` per table, parents before children; empty when no table can be seeded.
    /// `minimal` fills only the columns an `INSERT` must name (NOT NULL without default).
    static func seed(_ catalog: Catalog, minimal: Bool = false) -> [String] {
        orderedByForeignKeys(catalog.tables).compactMap { table in
            let columns = table.columns.filter { seeded($0, minimal: minimal) }
            guard !columns.isEmpty else { return nil }
            let rows = (1...rowsPerTable).map { row in
                "(" + columns.map { value(for: $0, row: row) }.joined(separator: ", ") + ")"
            }
            return "INSERT INTO \(quote(table.name)) (\(columns.map { quote($0.name) }.joined(separator: ", "))) VALUES "
                + rows.joined(separator: ", ") + ";"
        }
    }

    /// Numbered columns keep their generator (and GENERATED ALWAYS refuses values), SQLite
    /// computes generated columns and refuses to write them; arrays
    /// and intervals have no portable literal every engine reads the same way.
    private static func seeded(_ column: Column, minimal: Bool) -> Bool {
        if column.generator != nil || column.generated != nil { return false }
        guard let kind = column.type.portable, column.type.arrayDimensions == 0 else { return false }
        if case .interval = kind { return false }
        return !minimal || (column.isNotNull && !column.hasDefaultOrGenerator)
    }

    /// A literal for `row` that fits the type, distinct per row (unique keys hold).
    static func value(for column: Column, row: Int) -> String {
        guard let kind = column.type.portable else { return "NULL" }
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial: return "\(row)"
        case .numeric, .real, .doublePrecision, .float: return "\(row).5"
        case .boolean: return row % 2 == 1 ? "TRUE" : "FALSE"
        case .char(let length), .varchar(let length): return "'" + String("v\(row)".prefix(max(1, length ?? 10))) + "'"
        case .text: return "'v\(row)'"
        case .bytea: return "'\\x0\(row)'"
        case .date: return "'2024-01-0\(row)'"
        case .time: return "'12:00:0\(row)'"
        case .timestamp: return "'2024-01-0\(row) 12:00:00'"
        case .interval: return "NULL"
        case .uuid: return "'00000000-0000-0000-0000-00000000000\(row)'"
        case .json, .jsonb: return "'{\"k\": \(row)}'"
        case .enumType(_, let labels):
            guard !labels.isEmpty else { return "NULL" }
            return "'" + labels[(row - 1) % labels.count].replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    /// Tables whose foreign keys point only at tables already listed come first;
    /// self-references and cycles do not hold a table back.
    private static func orderedByForeignKeys(_ tables: [Table]) -> [Table] {
        var ordered: [Table] = []
        var remaining = tables
        while !remaining.isEmpty {
            let placed = Set(ordered.map(\.name))
            let waiting = Set(remaining.map(\.name))
            let ready = remaining.filter { table in
                parents(of: table).allSatisfy { $0 == table.name || placed.contains($0) || !waiting.contains($0) }
            }
            let next = ready.isEmpty ? [remaining[0]] : ready
            ordered += next
            let nextNames = Set(next.map(\.name))
            remaining.removeAll { nextNames.contains($0.name) }
        }
        return ordered
    }

    private static func parents(of table: Table) -> [String] {
        table.constraints.compactMap {
            if case .foreignKey(let key) = $0.kind { key.referencedTable } else { nil }
        }
    }

    /// Portable-language quoting: everything quoted, so reserved words and case are safe.
    static func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
