/// A partial unique index (`CREATE UNIQUE INDEX ... ON t (a, b) WHERE p`, Django's conditional
/// `UniqueConstraint`, a soft-delete key) on MySQL / MariaDB, which index every row.
///
/// Its last key is held by an invisible generated column, `CASE WHEN p THEN b END`, and the
/// index is a unique index on `(a, that column)`. Rows the WHERE excludes hold NULL there, and a
/// unique index never finds NULLs equal; rows it keeps compare `(a, b)` as PostgreSQL does. So
/// exactly the same rows are unique. One column is enough: a single NULL key part keeps a row
/// from colliding (measured on MariaDB 10.11 with two-key indexes). The column is `VIRTUAL` (no
/// table rewrite; InnoDB indexes virtual columns) and `INVISIBLE` (MariaDB 10.3+, MySQL 8.0.23+),
/// so `SELECT *` and an `INSERT` without a column list do not see it. MySQL 8.0.13+ could write
/// the same key as a functional key part, which MariaDB refuses: this form runs on both.
///
/// Its name is the index's with `_key`, free of every column the table has in any catalog of the
/// plan, case ignored, within 64 characters (`MySQLNameSet`). Dropping the index drops the
/// column; dropping a column the holder reads drops both first (PostgreSQL drops the index with
/// the column); renaming or retyping such a column is D485, since the holder's expression and
/// type are written once.
struct MySQLKeyHolderTable {
    struct Entry: Equatable {
        /// The hidden columns, in key order.
        var holders: [String]
        /// The table's columns their expressions read.
        var reads: Set<String>
    }

    /// Table -> index -> entry.
    private var byTable: [String: [String: Entry]] = [:]

    func entry(table: String, index: String) -> Entry? { byTable[table]?[index] }

    mutating func set(_ e: Entry, table: String, index: String) { byTable[table, default: [:]][index] = e }

    mutating func remove(table: String, index: String) { byTable[table]?[index] = nil }

    mutating func renameIndex(table: String, from: String, to: String) {
        guard let e = byTable[table]?[from] else { return }
        byTable[table]?[from] = nil
        byTable[table]?[to] = e
    }

    mutating func renameTable(from: String, to: String) {
        guard let t = byTable.removeValue(forKey: from) else { return }
        byTable[to] = t
    }

    /// Every holder of `table`, for names still to choose.
    func holders(of table: String) -> [String] { (byTable[table] ?? [:]).values.flatMap(\.holders) }

    /// The indexes of `table` whose holders read `column`, by name.
    func indexes(reading column: String, table: String) -> [String] {
        (byTable[table] ?? [:]).filter { $0.value.reads.contains(column) }.map(\.key).sorted()
    }
}

extension MySQLLowerer {
    /// The holders of `index` of `table`: written by this script, or read from a MySQL baseline.
    func holders(of index: TableIndex, table: String) -> [String] {
        keyHolders.entry(table: table, index: index.name)?.holders ?? index.keys.compactMap(\.holder)
    }

    /// Writes `written` (operator classes left out; a non-unique index's WHERE already dropped,
    /// D447) with its expression keys, and a partial unique index's last key, held by hidden
    /// columns; false when it cannot be (the caller reports D414 / D422).
    mutating func createHeldIndex(_ written: TableIndex, table t: Table, step: CheckedStep, index stepIndex: Int,
                                  range: SourceRange?) -> Bool {
        var predicate: Expression?
        if let p = written.predicate {
            guard let e = p.expression else { return false }
            predicate = e
        }
        let w = writer(for: t)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if let predicate { report(MySQLExpressions.check(predicate, columns: w.spelling.columns, fallback: range)) }
        // Each key a holder holds: its value, and the column whose type and collation it takes.
        var held: [(position: Int, value: Expression, base: Column)] = []
        var reads = Set(predicate?.columnReferences.map(\.value) ?? [])
        for (i, key) in written.keys.enumerated() {
            let value: Expression
            switch key.target {
            case .column(let c):
                guard predicate != nil, i == written.keys.count - 1 else { continue }
                value = Expression(.column(table: nil, name: Identifier(c)))
            case .expression(let e):
                guard let x = e.expression else { return false }
                report(MySQLExpressions.check(x, columns: w.spelling.columns, fallback: range))
                value = x
            }
            guard let base = Self.heldType(value, in: t) else {
                report(.error(.mysqlExpressionIndex, "index `\(written.name)` is on an expression whose MySQL type sqlport cannot tell",
                              at: range, label: "MySQL and MariaDB index an expression through a generated column, which needs a type",
                              help: "index a column, or `lower(column)` / `upper(column)` of a string column"))
                return true
            }
            reads.formUnion(value.columnReferences.map(\.value))
            held.append((i, value, base))
        }
        guard !held.isEmpty else { return false }
        checkKeyPrefix(Array(Set(held.map(\.base.name) + written.keys.compactMap(\.column))).sorted(), in: t, at: range)
        if let numbered = t.columns.first(where: { reads.contains($0.name) && $0.generator != nil }) {
            report(.error(written.predicate != nil ? .mysqlPartialIndex : .mysqlExpressionIndex,
                          "index `\(written.name)` reads AUTO_INCREMENT column `\(numbered.name)`, which no generated column may read",
                          at: range, label: "MySQL error 3109, MariaDB error 1901",
                          help: written.predicate != nil ? "make it unique over all rows (drop the WHERE), or keep the index only on PostgreSQL"
                              : "index the column itself, or keep the index only on PostgreSQL"))
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errors else { return true }

        var taken = MySQLNameSet(keyHolders.holders(of: t.name))
        for c in plan.baseline.table(t.name)?.columns ?? [] { taken.insert(c.name) }
        for s in plan.steps { for c in s.after.table(t.name)?.columns ?? [] { taken.insert(c.name) } }
        let maria = flavor == .mariadb
        var index = written
        index.predicate = nil
        var definitions: [String] = []
        var holders: [String] = []
        var described: [String] = []
        for (n, h) in held.enumerated() {
            let name = taken.free(written.name, suffix: held.count == 1 ? "_key" : "_key\(n + 1)")
            taken.insert(name)
            holders.append(name)
            var column = Column(name: name, type: h.base.type, collation: h.base.collation)
            column.takesTableCharset = h.base.takesTableCharset
            var value = w.expression(h.value)
            if case .expression = written.keys[h.position].target {
                let partial = predicate != nil && h.position == written.keys.count - 1
                described.append("column `\(name)` holding `\(value)`" + (partial ? " where the WHERE holds" : ""))
                if written.isUnique, MySQLCharset.isCharacterType(MySQLTypes.spelling(of: h.base.type, flavor: flavor) ?? "") {
                    // PostgreSQL compares the values a key expression computes byte by byte; the
                    // binary collation does the same, where the column's would also equate case,
                    // accents or trailing spaces (MySQL's utf8mb4_bin still ignores trailing spaces).
                    column.collation = "C"
                    if !maria { reportTrailingSpaces(written.name, at: range) }
                    if case .call = h.value.kind { reportCaseMapping(written.name, at: range) }
                }
            } else {
                described.append("column `\(name)` holding `\(h.base.name)` where the WHERE holds")
            }
            if let predicate, h.position == written.keys.count - 1 {
                value = "CASE WHEN " + w.expression(predicate) + " THEN " + value + " END"
            }
            definitions.append("ADD COLUMN " + (maria ? "IF NOT EXISTS " : "") + w.columnDefinition(column)
                               + " GENERATED ALWAYS AS (" + value + ") VIRTUAL INVISIBLE")
            index.keys[h.position] = IndexKey(.column(name), ordering: written.keys[h.position].ordering)
        }
        report(Diagnostic(.mysqlHeldUniqueIndex, .note,
                          "\(written.isUnique ? "unique " : "")index `\(written.name)` is written on (\(index.keys.compactMap(\.column).map { "`\($0)`" }.joined(separator: ", "))), hidden \(described.joined(separator: ", "))",
                          at: range, label: written.predicate != nil ? "MySQL and MariaDB have no partial indexes" : "MySQL and MariaDB index expressions through generated columns",
                          help: written.predicate != nil
                              ? "the same rows are unique: rows the WHERE leaves out hold NULL, which a unique index never compares; the column is INVISIBLE (MySQL 8.0.23+, MariaDB 10.3+)"
                              : "the column is INVISIBLE (MySQL 8.0.23+, MariaDB 10.3+); MySQL uses the index for the same expression, MariaDB only where a query names the column"))
        flush()
        emit(w.alterTableHead(t.name) + "\n    " + (definitions + [w.clause(.addIndex(index))]).joined(separator: ",\n    ") + ";",
             step: stepIndex, rerunnable: maria)
        keyHolders.set(.init(holders: holders, reads: reads), table: t.name, index: written.name)
        return true
    }

    /// The column whose type and collation a held key takes: the column itself, or the string
    /// column `lower` / `upper` change the case of (same type, same length in characters).
    static func heldType(_ e: Expression, in t: Table) -> Column? {
        switch e.kind {
        case .column(nil, let name):
            return t.column(name.value)
        case .call(let f, let args, false) where f.schema == nil && args.count == 1
            && ["lower", "upper"].contains(f.name.value.lowercased()):
            guard case .column(nil, let name) = args[0].kind, let c = t.column(name.value) else { return nil }
            switch c.type.portable {
            case .varchar?, .char?, .text?: return c
            default: return nil
            }
        default:
            return nil
        }
    }

    /// D487: MySQL's LOWER / UPPER map every letter by Unicode (`Á` -> `á`, measured on MariaDB
    /// 10.11); PostgreSQL's follow the database's LC_CTYPE, and under `C` change ASCII letters only
    /// (measured on the test server: `lower('ÁNN')` is `Ánn`). Keys that differ only in such
    /// letters then collide in MySQL alone.
    mutating func reportCaseMapping(_ index: String, at range: SourceRange?) {
        report(.warning(.mysqlHeldKeyCaseMapping, "unique index `\(index)` changes case as MySQL does, for every Unicode letter",
                        at: range, label: "PostgreSQL changes case by its database's LC_CTYPE: under `C`, ASCII letters only",
                        help: "with a UTF-8 LC_CTYPE the keys are the same; under `C`, values that differ only in non-ASCII letters' case collide in MySQL alone"))
    }

    /// D486: MySQL's binary collation ignores trailing spaces (MariaDB's `utf8mb4_nopad_bin` does not).
    mutating func reportTrailingSpaces(_ index: String, at range: SourceRange?) {
        report(.warning(.mysqlHeldKeyTrailingSpaces, "unique index `\(index)` compares its expression with `utf8mb4_bin`, which ignores trailing spaces",
                        at: range, label: "`'a'` and `'a '` collide in MySQL, not in PostgreSQL",
                        help: "use `--dialect mariadb` (`utf8mb4_nopad_bin` is exact) if the server is MariaDB"))
    }

    /// `DROP INDEX` of an index with holders: the index and its columns, in one statement.
    mutating func dropHeldIndex(_ index: TableIndex, table: String, step: Int) -> Bool {
        let held = holders(of: index, table: table)
        guard !held.isEmpty else { return false }
        flush()
        emit(writer(for: nil).alterTable(table, [.dropIndex(index.name)] + held.map { .dropColumn($0) }),
             step: step, rerunnable: flavor == .mariadb)
        keyHolders.remove(table: table, index: index.name)
        return true
    }

    /// D489: a column named (case ignored) as a hidden column of `table` in `catalog` — one a
    /// MySQL baseline holds; the ones this script writes are chosen free of every column the plan
    /// gives the table.
    mutating func checkHolderNameFree(_ column: String, table: String, in catalog: Catalog, at range: SourceRange?) {
        guard let t = catalog.table(table) else { return }
        for index in t.indexes {
            for holder in holders(of: index, table: table) where MySQLNameSet([holder]).contains(column) {
                report(.error(.mysqlHolderNameTaken, "column `\(column)` takes the name of hidden column `\(holder)`, which holds a key of index `\(index.name)`",
                              at: range, label: "MySQL compares column names ignoring case",
                              help: "choose another column name, or drop index `\(index.name)` first (its hidden column goes with it)"))
            }
        }
    }

    /// D485: renaming or retyping a column a holder reads would leave the holder's expression
    /// or type behind.
    mutating func checkHeldColumnKept(_ column: String, table: String, change: String, at range: SourceRange?) {
        for index in keyHolders.indexes(reading: column, table: table) {
            report(.error(.mysqlHeldKeyColumnChanges,
                          "\(change) column `\(column)`, which the hidden column holding a key of index `\(index)` reads",
                          at: range, label: "the hidden column's expression and type are written once",
                          help: "drop index `\(index)` before this statement and create it again after"))
        }
    }
}
