/// `ALTER TABLE` actions as MySQL clauses, resolved by the checker: constraints go by role,
/// column changes restate the column as the catalog holds it after the change.
extension MySQLLowerer {
    mutating func alterAction(_ resolved: ResolvedAction, table: String, step: CheckedStep, index: Int) {
        let range = resolved.action.range ?? step.statement.range
        let after = step.after.table(table)
        switch resolved.effect {
        case .skipped, .invalid:
            return
        case .addColumn(let column, let constraints, _, _, let ifNotExists):
            checkHolderNameFree(column.name, table: table, in: step.before, at: range)
            checkType(column.type, column: column.name, at: range)
            checkCollation(of: column, at: range, introduced: true)
            let w = writer(for: after)
            checkDefault(of: column, columns: w.spelling.columns, at: range)
            checkGeneratedColumn(column, writer: w, at: range)
            // The column's MariaDB column check goes in its definition; the rest are table constraints.
            addClause(.addColumn(column, ifNotExists: ifNotExists), table: table, step: step, index: index)
            for k in constraints where MySQLWriter.holdingColumn(of: k) != column.name {
                if let t = after { checkKeyPrefix(k.keyColumns, in: t, at: range) }
                addClause(.addConstraint(k), table: table, step: step, index: index)
            }
        case .dropColumn(let column, let cascaded):
            var clauses: [MySQLClause] = []
            for object in cascaded {
                switch object {
                case .constraint(let t, let c) where t == table:
                    switch c.role {
                    case .foreignKey: if let n = c.name { clauses.append(.dropForeignKey(n)) }
                    case .check: if let clause = dropClause(for: c, table: table, after: step.after) { clauses.append(clause) }
                    // A multi-column key would lose just this column in MySQL; PostgreSQL drops it.
                    case .primaryKey: if c.keyColumns.count > 1 { clauses.append(.dropPrimaryKey) }
                    case .unique: if c.keyColumns.count > 1, let n = c.name { clauses.append(.dropIndex(n)) }
                    }
                case .index(let t, let i) where t == table:
                    let held = holders(of: i, table: t)
                    if i.keys.count > 1 || !held.isEmpty { clauses.append(.dropIndex(i.name)) }
                    clauses += held.map { .dropColumn($0) }
                    keyHolders.remove(table: t, index: i.name)
                case .constraint, .index, .view, .trigger, .sequence:
                    dropOutside(object, step: step, index: index)
                }
            }
            for c in clauses { addClause(c, table: table, step: step, index: index) }
            addClause(.dropColumn(column.name), table: table, step: step, index: index)
        case .alterColumnType(let before, let afterColumn, let conversion):
            checkHeldColumnKept(before.name, table: table, change: "this changes the type of", at: range)
            alterColumnType(before: before, after: afterColumn, conversion: conversion, table: table, step: step,
                            index: index, range: range)
        case .setDefault(let before, let afterColumn):
            flushIfAddedWithDefault(afterColumn.name, table: table)
            let w = writer(for: after)
            checkDefault(of: afterColumn, columns: w.spelling.columns, at: range)
            let literal = afterColumn.defaultValue.map { w.defaultText($0, for: afterColumn).first != "(" } ?? true
            let restate = before.generator != afterColumn.generator || !literal || batchDefines(afterColumn.name, table: table)
            addClause(restate ? .modifyColumn(afterColumn) : .setDefault(column: afterColumn), table: table, step: step, index: index)
        case .dropDefault(let before, let afterColumn):
            flushIfAddedWithDefault(afterColumn.name, table: table)
            // Dropping a serial column's default ends its AUTO_INCREMENT: only MODIFY can say so.
            let restate = before.generator != afterColumn.generator || batchDefines(afterColumn.name, table: table)
            // A nullable column's missing default is NULL in PostgreSQL; MySQL's DROP DEFAULT can
            // leave it with none (then an INSERT without it fails in strict mode): say NULL.
            let clause: MySQLClause = restate ? .modifyColumn(afterColumn)
                : afterColumn.isNotNull ? .dropDefault(afterColumn.name) : .setDefault(column: afterColumn)
            addClause(clause, table: table, step: step, index: index)
        case .setNotNull(_, let afterColumn), .dropNotNull(_, let afterColumn):
            addClause(.modifyColumn(afterColumn), table: table, step: step, index: index)
        case .addConstraint(let c, _, let removed):
            if let t = after { checkKeyPrefix(c.keyColumns, in: t, at: range) }
            if case .check(let e) = c.kind, let x = e.expression {
                report(MySQLExpressions.check(x, columns: writer(for: after).spelling.columns, fallback: range))
            }
            addClause(.addConstraint(c), table: table, step: step, index: index)
            let uncertain = uncertainSupportIndexes(removed, table: table)
            pendingWarnings += removed.filter { !uncertain.contains($0) }.map { .innoDBDropsSupportIndex(removed: $0.name, coveredBy: nil) }
            dropIfStillThere(uncertain, table: table, step: index)
        case .dropConstraint(let c, _, let cascaded):
            for object in cascaded { dropOutside(object, step: step, index: index) }
            addSupportIndexes(supportIndexesCreated(table: table, step: step, within: resolved.action.range), table: table, step: step, index: index)
            if let clause = dropClause(for: c, table: table, after: step.after) { addClause(clause, table: table, step: step, index: index) }
        case .renameColumn(let before, let to):
            checkHeldColumnKept(before.name, table: table, change: "this renames", at: range)
            checkHolderNameFree(to, table: table, in: step.before, at: range)
            addClause(.renameColumn(before.name, to: to), table: table, step: step, index: index)
        case .renameConstraint(let c, _, let to):
            switch c.role {
            case .primaryKey: return  // always PRIMARY in MySQL
            case .unique: if let n = c.name { addClause(.renameIndex(n, to: to), table: table, step: step, index: index) }
            case .foreignKey, .check:
                // MySQL cannot rename these: drop and add under the new name in one statement.
                guard let renamed = after?.constraint(to) else { return }
                if let clause = dropClause(for: c, table: table, after: step.after) { addClause(clause, table: table, step: step, index: index) }
                addClause(.addConstraint(renamed), table: table, step: step, index: index)
            }
        case .renameTable(let from, let to):
            keyHolders.renameTable(from: from, to: to)
            flush()
            let w = writer(for: nil)
            emit("RENAME TABLE " + (flavor == .mariadb ? "IF EXISTS " : "") + w.name(from) + " TO " + w.name(to) + ";",
                 step: index, rerunnable: flavor == .mariadb && !createdNames.contains(from))
        }
    }

    /// The clause that drops constraint `c` of `table`, given the catalog after the step. MariaDB
    /// finds no constraint to drop for a check its column definition holds (error 1091, a mere
    /// note with IF EXISTS): the column is restated without it instead, or nothing is needed
    /// when the column itself is gone.
    func dropClause(for c: Constraint, table: String, after: Catalog) -> MySQLClause? {
        guard let column = MySQLWriter.holdingColumn(of: c) else { return dropClause(for: c) }
        return after.table(table)?.column(column).map { .modifyColumn($0) }
    }

    /// MySQL's statement for dropping a constraint of this role.
    func dropClause(for c: Constraint) -> MySQLClause {
        switch c.role {
        case .primaryKey: .dropPrimaryKey
        case .foreignKey: .dropForeignKey(c.name ?? c.postgresName)
        case .unique: .dropIndex(c.name ?? c.postgresName)
        case .check: .dropCheck(c.name ?? c.postgresName)
        }
    }

    /// Something of another table that PostgreSQL's CASCADE takes along: MySQL needs it dropped
    /// first, in its own statement.
    mutating func dropOutside(_ object: DroppedObject, step: CheckedStep, index: Int) {
        let w = writer(for: nil)
        switch object {
        case .constraint(let t, let c):
            flush()
            emit(w.alterTable(t, [dropClause(for: c)]), step: index, rerunnable: flavor == .mariadb)
        case .index(let t, let i):
            flush()
            emit(w.alterTable(t, [.dropIndex(i.name)]), step: index, rerunnable: flavor == .mariadb)
        case .view(let v):
            flush()
            emit("DROP VIEW " + (flavor == .mariadb ? "IF EXISTS " : "") + w.name(v.name) + ";", step: index, rerunnable: flavor == .mariadb)
        case .trigger, .sequence:
            break  // a trigger goes with its column's table in MySQL; sequences do not exist there
        }
    }

    /// PostgreSQL's `ADD COLUMN ... DEFAULT d` fills the existing rows with `d`; a later change
    /// of that default (Django's AddField drops it at once) must not be folded into the added
    /// column's definition, or the rows get none (error 1364 / 22007 on NOT NULL, measured). So
    /// the `ADD COLUMN` is written first, as its own statement.
    mutating func flushIfAddedWithDefault(_ column: String, table: String) {
        guard let b = batch, b.table == table else { return }
        let added = b.clauses.contains { if case .addColumn(let x, _) = $0 { x.name == column && x.defaultValue != nil } else { false } }
        if added { flush() }
    }

    func batchDefines(_ column: String, table: String) -> Bool {
        guard let b = batch, b.table == table else { return false }
        return b.clauses.contains { c in
            switch c {
            case .addColumn(let x, _), .modifyColumn(let x): x.name == column
            case .changeColumn(_, let x, _): x.name == column
            case .dropColumn, .setDefault, .dropDefault, .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex,
                 .dropCheck, .addIndex, .renameColumn, .renameIndex: false
            }
        }
    }
}
