/// `CREATE TABLE`, and the column / constraint building `ALTER TABLE ADD` shares with it.
extension CheckRun {
    /// A constraint waiting to be added: from a column definition or a table element.
    struct PendingConstraint {
        var kind: TableConstraint.Kind
        var name: Identifier?
        var level: Constraint.Level
        var range: SourceRange?

        /// PostgreSQL's order of naming within one statement: index-backed keys are named
        /// when their indexes are built, checks next, foreign keys last.
        var phase: Int {
            switch kind {
            case .primaryKey, .unique: 0
            case .check: 1
            case .foreignKey: 2
            }
        }
    }

    mutating func createTable(_ s: CreateTable, range: SourceRange?) -> StepResolution {
        let name = s.name.name.value
        if let (kind, definedAt) = relationUsing(name) {
            if s.ifNotExists {
                return skip("\(kind) `\(name)` already exists, skipping", at: s.name.range)
            }
            report(.error(.duplicateTable, "\(kind) `\(name)` already exists", at: s.name.range,
                          label: "name in use", notes: [DiagnosticNote("\(kind) `\(name)` was defined here", at: definedAt)],
                          help: "choose another name, or write `CREATE TABLE IF NOT EXISTS` to keep the existing one"))
            return .invalid
        }
        if let type = catalog.enumType(name) {
            report(.error(.duplicateType, "type `\(name)` already exists", at: s.name.range,
                          label: "a table's row type would take the enum type's name", notes: [typeDefinedNote(type)],
                          help: "choose a name that no type has"))
            return .invalid
        }
        guard checkTargetName(name, kind: .table, table: nil, at: s.name.range) else { return .invalid }

        var table = Table(name: name, definedAt: range)
        var pending: [PendingConstraint] = []
        var serialColumns: [(column: String, identityAlways: Bool?)] = []
        for def in s.columns {
            guard table.columnCount < Self.maxColumns else {
                reportTooManyColumns(def, table: name)
                return .invalid
            }
            if let first = table.column(def.name.value) {
                report(.error(.duplicateColumn, "column `\(def.name.value)` specified more than once", at: def.name.range,
                              label: "duplicate column", notes: [DiagnosticNote("column `\(first.name)` was defined here", at: first.definedAt)]))
                continue
            }
            guard checkTargetName(def.name.value, kind: .column, table: table, at: def.name.range) else { continue }
            let built = buildColumn(def)
            table.appendColumn(built.column)
            pending += built.constraints
            if let serial = built.serial { serialColumns.append((def.name.value, serial)) }
        }
        for c in s.constraints {
            pending.append(PendingConstraint(kind: c.kind, name: c.name, level: .table, range: c.range))
        }
        checkGeneratedReads(table, columns: table.columns)
        catalog.addTable(table)

        // Numbering first: PostgreSQL picks serial sequence names while reading the columns.
        let primaryKeys = pending.compactMap { p -> [Identifier]? in
            if case .primaryKey(let cols) = p.kind { return cols }
            return nil
        }
        var sequences: [CatalogSequence] = []
        for (column, identityAlways) in serialColumns {
            let rowidCandidate = primaryKeys.count == 1 && primaryKeys[0].map(\.value) == [column]
            let sequence = assignGenerator(table: name, column: column, identityAlways: identityAlways,
                                           rowidCandidate: rowidCandidate, range: range)
            if let sequence { sequences.append(sequence) }
        }
        for p in pending.enumerated().sorted(by: { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }) {
            _ = addConstraint(p.element, toTable: name)
        }
        return .createTable(catalog.table(name) ?? table, sequences: sequences,
                            identityAlways: serialColumns.filter { $0.identityAlways == true }.map(\.column))
    }

    /// A column from its definition: NOT NULL, DEFAULT, COLLATE and identity go on the column,
    /// key / reference / check clauses come back as pending constraints. `serial` is non-nil
    /// for a serial (`.some(nil)`) or identity (`.some(always)`) column.
    mutating func buildColumn(_ def: ColumnDefinition) -> (column: Column, constraints: [PendingConstraint], serial: Bool??) {
        let name = def.name.value
        var column = Column(name: name, type: resolvedColumnType(def.type) ?? ColumnType(def.type), definedAt: def.range ?? def.name.range)
        column.takesTableCharset = false
        var constraints: [PendingConstraint] = []
        var serial: Bool?? = ColumnType.isSerial(def.type.kind) ? .some(nil) : nil
        if serial != nil { column.isNotNull = true }
        for c in def.constraints {
            let single = [def.name]
            switch c.kind {
            case .notNull: column.isNotNull = true
            case .null: column.isNotNull = false
            case .default(let e):
                checkDefaultExpression(e)
                column.defaultValue = Self.storedDefault(e)
            case .collate(let collation): column.collation = Self.storedCollation(collation)
            case .identity(let always):
                if !Self.isIntegerType(column.type) {
                    report(.error(.invalidColumnType,
                                  "identity column type must be `smallint`, `integer` or `bigint`, not `\(column.type.declared)`",
                                  at: c.range ?? def.type.range, label: "identity on a non-integer column",
                                  help: "declare the column `INTEGER` or `BIGINT`"))
                }
                column.isNotNull = true
                column.isIdentity = true
                serial = .some(always)
            case .primaryKey:
                constraints.append(PendingConstraint(kind: .primaryKey(single), name: c.name, level: .column(name), range: c.range))
            case .unique:
                constraints.append(PendingConstraint(kind: .unique(single), name: c.name, level: .column(name), range: c.range))
            case .references(let ref):
                constraints.append(PendingConstraint(kind: .foreignKey(columns: single, ref), name: c.name,
                                                     level: .column(name), range: c.range))
            case .check(let e):
                constraints.append(PendingConstraint(kind: .check(e), name: c.name, level: .column(name), range: c.range))
            case .generated(let e):
                column.generated = GeneratedColumn(expression: SQLPrinter().print(e), storage: .stored,
                                                   reads: e.referencedColumnNames, definition: e)
            }
        }
        if column.generated != nil { checkGenerationClauses(def, serial: serial) }
        checkEnumDefault(column)
        return (column, constraints, serial)
    }

    /// PostgreSQL refuses column references in a DEFAULT.
    mutating func checkDefaultExpression(_ e: Expression) {
        for ref in e.columnReferences {
            report(.error(.unknownColumn, "column `\(ref.value)` cannot be used in a default expression", at: ref.range,
                          label: "column reference in DEFAULT",
                          help: "a default must not depend on other columns; set the value with an UPDATE instead"))
        }
    }

    /// What a database keeps for `DEFAULT e`: a NULL constant (`NULL`, `NULL::t`,
    /// `CAST(NULL AS t)`) is no default at all — PostgreSQL stores none, and the engines
    /// read back no default for it — so the catalog holds none either.
    static func storedDefault(_ e: Expression) -> CatalogExpression? {
        var core = e
        while case .cast(let inner, _, _) = core.kind { core = inner }
        if case .null = core.kind { return nil }
        return .portable(e)
    }

    /// `COLLATE "default"` is the database's default: no collation of the column's own.
    static func storedCollation(_ name: Identifier?) -> String? {
        guard let name, name.value != "default" else { return nil }
        return name.value
    }

    static func isIntegerType(_ type: ColumnType) -> Bool {
        guard let kind = type.portable, type.arrayDimensions == 0 else { return false }
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial: return true
        case .numeric, .real, .doublePrecision, .float, .boolean, .char, .varchar, .text, .bytea, .date, .time,
             .timestamp, .interval, .uuid, .json, .jsonb, .enumType: return false
        }
    }

    /// Gives a serial / identity column the target's generator; returns the PostgreSQL sequence
    /// it created, if any.
    mutating func assignGenerator(table: String, column: String, identityAlways: Bool?, rowidCandidate: Bool,
                                  range: SourceRange?) -> CatalogSequence? {
        let generator = naming.generator(forSerial: table, column: column, identityAlways: identityAlways,
                                         isRowidCandidate: rowidCandidate, catalog: catalog)
        catalog.updateTable(table) { t in
            t.updateColumn(named: column) { $0.generator = generator }
        }
        guard naming.hasSequences, let name = generator.sequence else { return nil }
        let sequence = CatalogSequence(name: name, ownedBy: .init(table: table, column: column), definedAt: range)
        catalog.addSequence(sequence)
        return sequence
    }

    /// PostgreSQL's `MaxHeapAttributeNumber`. MySQL allows 4096 columns and SQLite 2000 by
    /// default, so the portable language keeps to the smallest; it also bounds the work the
    /// checker does per table.
    static let maxColumns = 1600

    /// S326 for the column that would be one too many.
    mutating func reportTooManyColumns(_ def: ColumnDefinition, table: String) {
        report(.error(.tooManyColumns, "tables can have at most \(Self.maxColumns) columns", at: def.name.range,
                      label: "column \(Self.maxColumns + 1) of table `\(table)`",
                      help: "split the table: move groups of columns to tables of their own that share its primary key"))
    }

    /// The resolution of a statement that `IF [NOT] EXISTS` turned into a no-op, with PostgreSQL's notice.
    mutating func skip(_ reason: String, at range: SourceRange?) -> StepResolution {
        report(Diagnostic(.skipped, .note, reason, at: range, label: "skipped"))
        return .skipped(reason: reason)
    }
}
