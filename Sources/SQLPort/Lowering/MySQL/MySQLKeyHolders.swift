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

    /// Writes partial unique `index` (its operator classes already left out in `written`) as a
    /// unique index on a hidden column; false when it cannot be (the caller reports D414).
    mutating func createHeldUniqueIndex(_ written: TableIndex, table t: Table, step: CheckedStep, index stepIndex: Int,
                                        range: SourceRange?) -> Bool {
        guard let predicate = written.predicate?.expression, let last = written.keys.last, let column = last.column.flatMap(t.column)
        else { return false }
        let w = writer(for: t)
        let errors = diagnostics.filter { $0.severity == .error }.count
        report(MySQLExpressions.check(predicate, columns: w.spelling.columns, fallback: range))
        checkKeyPrefix(written.keys.compactMap(\.column), in: t, at: range)
        let reads = Set(predicate.columnReferences.map(\.value) + [column.name])
        if let numbered = t.columns.first(where: { reads.contains($0.name) && $0.generator != nil }) {
            report(.error(.mysqlPartialIndex, "unique index `\(written.name)` reads AUTO_INCREMENT column `\(numbered.name)`, which no generated column may read",
                          at: range, label: "MySQL error 3109, MariaDB error 1901",
                          help: "make it unique over all rows (drop the WHERE), or keep the index only on PostgreSQL"))
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errors else { return true }

        var taken = MySQLNameSet(keyHolders.holders(of: t.name))
        for c in plan.baseline.table(t.name)?.columns ?? [] { taken.insert(c.name) }
        for s in plan.steps { for c in s.after.table(t.name)?.columns ?? [] { taken.insert(c.name) } }
        let holder = taken.free(written.name, suffix: "_key")

        var held = Column(name: holder, type: column.type, collation: column.collation)
        held.takesTableCharset = column.takesTableCharset
        let value = "CASE WHEN " + w.expression(predicate) + " THEN " + w.name(column.name) + " END"
        let maria = flavor == .mariadb
        let definition = "ADD COLUMN " + (maria ? "IF NOT EXISTS " : "") + w.columnDefinition(held)
            + " GENERATED ALWAYS AS (" + value + ") VIRTUAL INVISIBLE"
        var index = written
        index.predicate = nil
        index.keys[index.keys.count - 1] = IndexKey(.column(holder), ordering: last.ordering)
        report(Diagnostic(.mysqlHeldUniqueIndex, .note,
                          "unique index `\(written.name)` is written on (\((index.keys.compactMap(\.column)).map { "`\($0)`" }.joined(separator: ", "))), hidden column `\(holder)` holding `\(column.name)` where the WHERE holds",
                          at: range, label: "MySQL and MariaDB have no partial indexes",
                          help: "the same rows are unique: rows the WHERE leaves out hold NULL, which a unique index never compares; the column is INVISIBLE (MySQL 8.0.23+, MariaDB 10.3+)"))
        flush()
        emit(w.alterTableHead(t.name) + "\n    " + definition + ",\n    " + w.clause(.addIndex(index)) + ";",
             step: stepIndex, rerunnable: maria)
        keyHolders.set(.init(holders: [holder], reads: reads), table: t.name, index: written.name)
        return true
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

    /// D485: renaming or retyping a column a holder reads would leave the holder's expression
    /// or type behind.
    mutating func checkHeldColumnKept(_ column: String, table: String, change: String, at range: SourceRange?) {
        for index in keyHolders.indexes(reading: column, table: table) {
            report(.error(.mysqlHeldKeyColumnChanges,
                          "\(change) column `\(column)`, which the hidden column holding unique index `\(index)`'s key reads",
                          at: range, label: "the hidden column's expression and type are written once",
                          help: "drop index `\(index)` before this statement and create it again after"))
        }
    }
}
