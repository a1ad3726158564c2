/// InnoDB drops the index it made for a foreign key once another index starts with the key's
/// columns — but only an index it made itself: one written as `KEY` in `CREATE TABLE` (as a
/// restored dump writes every index) stays. A baseline cannot tell the two apart (a dump or a
/// server shows both the same way; portable DDL says nothing of how the server made it), so
/// after the covering index is added the output drops the old one if it is still there: the
/// schema is the predicted one either way, and the old index was only a shorter copy of the
/// new one's leading columns.
extension MySQLLowerer {
    /// Support indexes `removed` that came from the baseline, whose origin is a guess.
    func uncertainSupportIndexes(_ removed: [TableIndex], table: String) -> [TableIndex] {
        guard let base = plan.baseline.table(table) else { return [] }
        return removed.filter { r in base.indexes.contains { $0.name == r.name } }
    }

    /// After the statement that adds the covering index: drop `index` of `table` if it exists.
    mutating func dropIfStillThere(_ indexes: [TableIndex], table: String, step: Int) {
        guard !indexes.isEmpty else { return }
        flush()
        let w = writer(for: nil)
        for index in indexes {
            let sql: String
            switch flavor {
            case .mariadb:
                sql = w.alterTableHead(table) + " DROP INDEX IF EXISTS " + w.name(index.name) + ";"
            default:  // .mysql
                // MySQL 8.0 has no DROP INDEX IF EXISTS: a prepared statement picks the drop or a no-op.
                let s = w.spelling
                let exists = "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                    + " AND table_name = " + s.stringLiteral(table) + " AND index_name = " + s.stringLiteral(index.name)
                let drop = w.alterTableHead(table) + " DROP INDEX " + w.name(index.name)
                let v = MySQLSessionNames.ddlVariable
                sql = "SET @" + v + " = IF((" + exists + ") > 0, " + s.stringLiteral(drop) + ", 'DO 0');\n"
                    + "PREPARE " + v + " FROM @" + v + ";\nEXECUTE " + v + ";\nDEALLOCATE PREPARE " + v + ";"
            }
            emit(sql, step: step, rerunnable: true, warnings: [.supportIndexDroppedIfPresent(index: index.name)])
        }
    }
}

/// The index InnoDB needs for a foreign key that a drop would leave without one (error 1553):
/// the checker put it in the catalog (S376); it is added in the statement that drops the old
/// one, before the drop (measured on MariaDB 10.11: `ADD INDEX k (a), DROP INDEX k_ab` in one
/// statement passes where the drop alone fails).
extension MySQLLowerer {
    /// The indexes the checker created for the drop at `range` of this step: explicit, in the
    /// table after the step, not before, defined at the dropped name.
    func supportIndexesCreated(table: String, step: CheckedStep, within range: SourceRange?) -> [TableIndex] {
        guard let after = step.after.table(table) else { return [] }
        let before = Set((step.before.table(table)?.indexes ?? []).map(\.name))
        return after.indexes.filter { i in
            guard i.origin == .explicit, !before.contains(i.name), let at = i.definedAt else { return false }
            guard let range else { return true }
            return at.file == range.file && at.start >= range.start && at.end <= range.end
        }
    }

    /// Starts the drop's own statement with the support indexes: an earlier statement would
    /// not do (the old index may be added in it, or InnoDB may take the new one for a key).
    mutating func addSupportIndexes(_ indexes: [TableIndex], table: String, step: CheckedStep, index: Int) {
        guard !indexes.isEmpty else { return }
        flush()
        for support in indexes { addClause(.addIndex(support), table: table, step: step, index: index) }
    }
}
