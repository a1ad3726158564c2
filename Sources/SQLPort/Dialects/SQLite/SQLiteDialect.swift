/// SQLite at `version`, the oldest release the output must run on (native `ALTER TABLE`
/// forms depend on it; `SQLiteCapabilities`).
public struct SQLiteDialect: TargetDialect, Hashable {
    public var version: SQLiteVersion

    public init(version: SQLiteVersion = .conservativeDefault) { self.version = version }

    public var dialect: Dialect { .sqlite }
    public var naming: any ConstraintNaming { SQLiteNaming() }

    public var namesArePostgreSQLNames: Bool { false }

    public var primaryKeyNameIsFixed: Bool { false }
    public var keysShareTableIndexNames: Bool { false }
    public var foreignKeysNeedAnIndex: Bool { false }
    /// sqlport writes `UUID` as `CHAR(36)`: TEXT affinity, compared with BINARY. A baseline
    /// column of TEXT affinity (`TEXT`, `CHAR(36)`, `VARCHAR(36)`: a declared type holding CHAR,
    /// CLOB or TEXT and no INT) without another collation holds the same text and compares it
    /// alike; a BLOB (16 bytes) does not, nor does `COLLATE NOCASE` (upper case would match).
    public func storesUUIDAsWritten(_ column: Column, in table: Table) -> Bool {
        guard column.type.declaredIn == .targetDatabase, column.type.arrayDimensions == 0 else { return false }
        let d = column.type.declared.uppercased()
        let textAffinity = !d.contains("INT") && (d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT"))
        return textAffinity && (column.collation == nil || column.collation?.uppercased() == "BINARY")
    }

    public var dumpFamily: Dialect { .sqlite }
    public var takesUnreadableBaselinesForOwnDDL: Bool { true }
    public func database(writing dump: [UInt8]) -> Dialect { .sqlite }

    /// `sqlite3 .schema`: the statements as written, with any of the quotings SQLite accepts.
    public var dumpSyntax: DumpSyntax {
        var s = DumpSyntax()
        s.quotesIdentifiersWithBacktick = true
        s.quotesIdentifiersWithBrackets = true
        s.keepsDeclaredTypeVerbatim = true
        s.hasRowidTables = true
        s.hasGeneratedColumns = true
        s.internalTablePrefix = "sqlite_"
        return s
    }

    /// What the portable parser reads, plus `DATETIME` (TIMESTAMP) and `BLOB` (BYTEA), which
    /// have the same affinity.
    public func portableType(declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        switch declared.uppercased() {
        case "DATETIME": (.timestamp(precision: nil, withTimeZone: false), 0)
        case "BLOB": (.bytea, 0)
        default: ForeignTypes.parsed(declared)
        }
    }

    public var dependsOnTargetVersion: Bool { true }

    public func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult {
        SQLiteLowering.lower(plan, sources: sources, version: version)
    }

    public func printSchema(_ catalog: Catalog) -> CatalogPrinter.Output { CatalogPrinter.sqlite(catalog) }

    public var storesJSONAsCheckedText: Bool { false }

    /// Types as `SQLiteTypes` spells them (`BIGSERIAL` key -> `INTEGER`); a table-level key of
    /// an AUTOINCREMENT column on the column, where SQLite takes (and reports) it.
    public func readBack(_ t: inout Table, jsonAsCheckedText: Bool) {
        // SQLite has no operator classes: the lowering writes the key alone.
        for i in t.indexes.indices { t.indexes[i].keys = t.indexes[i].keys.map { var k = $0; k.opclass = nil; return k } }
        let table = t
        TargetReadBack.retype(&t, reader: self, spelling: { SQLiteTypes.spelling(of: $0, in: table) },
                              collation: SQLiteTypes.collation)
        // SQLite stores no comments.
        t.comment = nil
        for c in table.columns where c.comment != nil { _ = t.updateColumn(named: c.name) { $0.comment = nil } }
        // An enum column is TEXT with a CHECK of its labels, which SQLite reads back as a constraint.
        for c in table.columns {
            if let labels = c.type.enumLabels, c.type.arrayDimensions == 0 {
                t.constraints.append(SQLiteEnumTypes.constraint(column: c.name, labels: labels))
            }
        }
        Self.autoincrementKey(in: &t)
    }

    static func autoincrementKey(in t: inout Table) {
        guard let k = t.constraints.firstIndex(where: { $0.role == .primaryKey }), t.constraints[k].keyColumns.count == 1,
              let column = t.column(t.constraints[k].keyColumns[0]), column.generator == .rowid(autoincrement: true) else { return }
        t.constraints[k].level = .column(column.name)
    }
}
