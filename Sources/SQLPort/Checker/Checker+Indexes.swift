/// `CREATE INDEX`, `DROP INDEX`, `ALTER INDEX ... RENAME TO`.
///
/// Index names follow PostgreSQL's rule (one namespace with tables, views and sequences) in
/// every target, since the migration is written in its terms; MySQL's per-table index names
/// are checked on top.
extension CheckRun {
    mutating func createIndex(_ s: CreateIndex, range: SourceRange?) -> StepResolution {
        let name = s.name.value
        guard let table = resolveTable(s.table) else { return .invalid }
        if let (kind, definedAt) = relationUsing(name) ?? keyHoldingIndexName(name, in: table) {
            if s.ifNotExists { return skip("\(kind) `\(name)` already exists, skipping", at: s.name.range) }
            report(.error(.duplicateIndex, "\(kind) `\(name)` already exists", at: s.name.range, label: "name in use",
                          notes: [DiagnosticNote("\(kind) `\(name)` was defined here", at: definedAt)],
                          help: "choose another index name, or write `CREATE INDEX IF NOT EXISTS`"))
            return .invalid
        }
        // Also under IF NOT EXISTS: PostgreSQL creates the index, MariaDB would skip it with a note.
        guard checkTargetName(name, kind: .index, table: table, at: s.name.range) else { return .invalid }
        let errors = errorCount
        var keys: [IndexKey] = []
        for element in s.elements {
            switch element.target {
            case .column(let c):
                if let column = resolveColumn(c, in: table), let opclass = element.opclass {
                    checkOperatorClass(opclass, of: column)
                }
                keys.append(IndexKey(.column(c.value), opclass: element.opclass?.value, ordering: element.ordering, nulls: element.nulls))
            case .expression(let e):
                checkColumnReferences(e, in: table)
                keys.append(IndexKey(.expression(.portable(e)), opclass: element.opclass?.value, ordering: element.ordering, nulls: element.nulls))
            }
        }
        if let p = s.predicate { checkColumnReferences(p, in: table) }
        guard errorCount == errors else { return .invalid }

        let index = TableIndex(name: name, isUnique: s.unique, keys: keys, predicate: s.predicate.map(CatalogExpression.portable),
                               method: s.method?.value, origin: .explicit, definedAt: range)
        let leading = Array(keys.prefix { $0.column != nil }.compactMap(\.column))
        var removed: [TableIndex] = []
        catalog.updateTable(table.name) { t in
            removed = s.predicate == nil ? Self.removeCoveredSupportIndexes(in: &t, by: leading) : []
            t.indexes.append(index)
        }
        return .createIndex(table: table.name, index: index, removedSupportIndexes: removed)
    }

    /// S336: the pattern operator classes take only the string types PostgreSQL measured
    /// (`varchar_pattern_ops` / `text_pattern_ops`: text and varchar; `bpchar_pattern_ops`: those
    /// and char); other classes are PostgreSQL's (or an extension's) to check.
    private mutating func checkOperatorClass(_ opclass: Identifier, of column: Column) {
        guard column.type.declaredIn == .portable, column.type.arrayDimensions == 0, let kind = column.type.portable else { return }
        let accepts: Bool
        switch opclass.value.lowercased() {
        case "varchar_pattern_ops", "text_pattern_ops":
            if case .varchar = kind { accepts = true } else { accepts = kind == .text }
        case "bpchar_pattern_ops":
            switch kind {
            case .char, .varchar, .text: accepts = true
            default: accepts = false
            }
        default: return
        }
        guard !accepts else { return }
        let suggestion: String
        if case .char = kind { suggestion = "use `bpchar_pattern_ops` for a CHAR(n) column" } else {
            suggestion = "remove the operator class: it serves LIKE on string columns only"
        }
        report(.error(.operatorClassType, "operator class `\(opclass.value)` does not accept data type `\(column.type.declared)`",
                      at: opclass.range, label: "column `\(column.name)` is `\(column.type.declared)`",
                      notes: [DiagnosticNote("column `\(column.name)` was defined here", at: column.definedAt)], help: suggestion))
    }

    /// Where keys are indexes (MySQL), an index name must also be free among the table's keys (`PRIMARY`, unique keys).
    private func keyHoldingIndexName(_ name: String, in table: Table) -> (kind: String, range: SourceRange?)? {
        guard dialect.keysShareTableIndexNames else { return nil }
        if let c = table.constraints.first(where: { $0.name == name }) { return ("key", c.definedAt) }
        return nil
    }

    mutating func dropIndex(_ s: DropIndex) -> StepResolution {
        var dropped: [DroppedIndex] = []
        for qualified in s.names {
            let name = qualified.name.value
            let matches = catalog.indexes(named: name)
            if matches.count > 1 {
                report(.error(.ambiguousName, "index name `\(name)` matches indexes on \(matches.count) tables in \(target.displayName)",
                              at: qualified.range, label: "ambiguous",
                              notes: matches.map { DiagnosticNote("index `\(name)` on table `\($0.table.name)` was defined here", at: $0.index.definedAt) },
                              help: "rename one of the indexes first (`ALTER INDEX ... RENAME TO`)"))
                continue
            }
            guard let (table, index) = matches.first else {
                reportMissingIndex(qualified, ifExists: s.ifExists)
                continue
            }
            catalog.updateTable(table.name) { $0.indexes.removeAll { $0 == index } }
            checkForeignKeysKeepIndexes(table.name, droppedName: name, at: qualified.range)
            dropped.append(DroppedIndex(table: table.name, index: index))
        }
        if dropped.isEmpty && s.ifExists { return .skipped(reason: "no index to drop") }
        return .dropIndex(dropped)
    }

    /// S323 when the name is a key constraint's index, S325 when it is a table or view, S304
    /// (or a skip note under IF EXISTS) when it is nothing.
    private mutating func reportMissingIndex(_ qualified: QualifiedName, ifExists: Bool) {
        let name = qualified.name.value
        for t in catalog.tables(withKeyConstraintNamed: name) {
            if let c = t.constraints.first(where: { ($0.role == .primaryKey || $0.role == .unique)
                && ($0.name == name || $0.postgresName == name) }) {
                report(.error(.indexOwnedByConstraint,
                              "cannot drop index `\(name)` because \(c.role.rawValue) `\(c.displayName)` on table `\(t.name)` requires it",
                              at: qualified.range, label: "index of a constraint",
                              notes: [DiagnosticNote("\(c.role.rawValue) `\(c.displayName)` was defined here", at: c.definedAt)],
                              help: "drop the constraint instead: `ALTER TABLE \(t.name) DROP CONSTRAINT \(c.postgresName)`"))
                return
            }
        }
        if let (kind, definedAt) = relationUsing(name) {
            report(.error(.wrongObjectKind, "`\(name)` is a \(kind), not an index", at: qualified.range, label: "not an index",
                          notes: [DiagnosticNote("\(kind) `\(name)` was defined here", at: definedAt)]))
            return
        }
        if ifExists {
            report(Diagnostic(.skipped, .note, "index `\(name)` does not exist, skipping", at: qualified.range, label: "skipped"))
            return
        }
        report(.error(.unknownIndex, "index `\(name)` does not exist", at: qualified.range, label: "no such index"))
    }

    mutating func renameIndex(_ s: AlterIndexRename) -> StepResolution {
        let name = s.name.name.value, newName = s.newName.value
        let matches = catalog.indexes(named: name)
        var owner: (table: String, constraint: Constraint?)?
        if matches.count == 1 {
            owner = (matches[0].table.name, nil)
        } else if matches.isEmpty {
            // PostgreSQL renames a key constraint together with its index.
            for t in catalog.tables(withKeyConstraintNamed: name) {
                if let c = t.constraints.first(where: { ($0.role == .primaryKey || $0.role == .unique)
                    && ($0.name == name || $0.postgresName == name) }) { owner = (t.name, c) }
            }
        } else {
            report(.error(.ambiguousName, "index name `\(name)` matches indexes on \(matches.count) tables in \(target.displayName)",
                          at: s.name.range, label: "ambiguous"))
            return .invalid
        }
        guard let owner else {
            if s.ifExists { return skip("index `\(name)` does not exist, skipping", at: s.name.range) }
            report(.error(.unknownIndex, "index `\(name)` does not exist", at: s.name.range, label: "no such index"))
            return .invalid
        }
        if let (kind, definedAt) = relationUsing(newName) {
            report(.error(.duplicateIndex, "\(kind) `\(newName)` already exists", at: s.newName.range, label: "name in use",
                          notes: [DiagnosticNote("\(kind) `\(newName)` was defined here", at: definedAt)]))
            return .invalid
        }
        guard checkTargetName(newName, kind: .index, table: catalog.table(owner.table), at: s.newName.range,
                              except: owner.constraint?.name ?? name) else { return .invalid }
        let primaryKeyNameIsFixed = dialect.primaryKeyNameIsFixed
        catalog.updateTable(owner.table) { t in
            if let c = owner.constraint, let i = t.constraints.firstIndex(of: c) {
                if !(primaryKeyNameIsFixed && c.role == .primaryKey) { t.constraints[i].name = newName }
                t.constraints[i].postgresName = newName
                t.constraints[i].isNameGenerated = false
            } else if let i = t.indexPosition(name) {
                t.indexes[i].name = newName
            }
        }
        return .renameIndex(table: owner.table, from: name, to: newName, constraint: owner.constraint)
    }
}
