/// SQLite's rules for native `ALTER TABLE`, and the statements lowered one by one.
enum SQLiteNativeRules {
    /// `ADD COLUMN` as SQLite allows it: no PRIMARY KEY / UNIQUE, a constant default, NOT NULL
    /// only with a non-NULL default, no numbering; a foreign key only with a NULL default; a
    /// CHECK with a non-NULL default only where SQLite tests existing rows (3.37+).
    static func canAddColumn(_ column: Column, constraints: [Constraint], _ capabilities: SQLiteCapabilities) -> Bool {
        if column.generator != nil { return false }
        let nonNullDefault: Bool
        switch column.defaultValue {
        case nil: nonNullDefault = false
        case .verbatim?: return false
        case .portable(let e)?:
            guard isConstant(SQLiteWriter.normalized(e)) else { return false }
            if case .null = e.kind { nonNullDefault = false } else { nonNullDefault = true }
        }
        if column.isNotNull && !nonNullDefault { return false }
        for c in constraints {
            switch c.role {
            case .primaryKey, .unique: return false
            case .foreignKey: if nonNullDefault { return false }
            case .check: if nonNullDefault && !capabilities.addColumnChecksExistingRows { return false }
            }
        }
        return true
    }

    /// Literals and signed numbers: what SQLite's `ADD COLUMN` accepts as a default.
    static func isConstant(_ e: Expression) -> Bool {
        switch e.kind {
        case .integer, .numeric, .string, .null, .boolean: return true
        case .unary(let op, let x):
            guard op != .not else { return false }
            switch x.kind {
            case .integer, .numeric: return true
            case .string, .null, .boolean, .unary, .special, .column, .binary, .isNull, .inList, .between, .like, .call,
                 .cast, .caseWhen: return false
            }
        case .special, .column, .binary, .isNull, .inList, .between, .like, .call, .cast, .caseWhen: return false
        }
    }

    /// Whether copying the value into a column of the new type (SQLite's affinity conversion)
    /// gives what PostgreSQL's cast gives.
    static func plainCopyConverts(from: ColumnType, to: ColumnType) -> Bool {
        guard from.arrayDimensions == 0, to.arrayDimensions == 0 else { return false }
        let target = to.portable
        switch target {
        case .char?, .varchar?, .text?:
            return from.portable == nil ? true : SQLiteTypes.storesPostgresText(from.portable)
        case .smallint?, .integer?, .bigint?:
            return SQLiteTypes.isIntegerKind(from.portable)
        case .real?, .doublePrecision?, .float?:
            return SQLiteTypes.isIntegerKind(from.portable)
        case .timestamp(_, let tz)?:
            if case .timestamp(_, let fromTz)? = from.portable { return tz == fromTz }
            return false
        case .json?, .jsonb?, .boolean?, .bytea?, .uuid?, .date?, .time?, .numeric?, .interval?, .smallserial?, .serial?,
             .bigserial?, nil:
            return from.portable == target
        }
    }
}

extension SQLiteLoweringRun {
    /// Writes a statement. One tied to an input statement (its own `origin`, or the step's
    /// first) or rebuilding a table starts a unit; any other follows in the unit before it.
    mutating func emit(_ sql: String, origin: SourceRange?, rebuild: RebuildReason? = nil) {
        let origin = origin ?? pendingOrigin
        pendingOrigin = nil
        if origin != nil || rebuild != nil || units.isEmpty {
            units.append(LoweredUnit(inputs: origin.map { [InputStatement(range: $0, in: sources)] } ?? [],
                                     statements: [sql], rebuild: rebuild))
        } else {
            units[units.count - 1].statements.append(sql)
        }
    }

    mutating func emitDrop(_ object: DroppedObject, origin: SourceRange?) {
        switch object {
        case .view(let v): expected.forget(v.name)
        case .trigger(let t): expected.forget(t.name)
        case .index(_, let i): expected.forget(i.name)
        case .constraint, .sequence: break
        }
        switch object {
        case .view(let v): emit("DROP VIEW " + SQLiteSpelling.quote(v.name) + ";", origin: nil); dropped.append(v.name)
        case .trigger(let t): emit("DROP TRIGGER " + SQLiteSpelling.quote(t.name) + ";", origin: nil); dropped.append(t.name)
        case .index(_, let i): emit("DROP INDEX " + SQLiteSpelling.quote(i.name) + ";", origin: nil); dropped.append(i.name)
        case .constraint, .sequence: break
        }
    }

    /// A statement that needs no rebuild of its own.
    mutating func lowerSingle(_ step: CheckedStep) {
        let origin = step.statement.range
        // The first statement of the step carries the input line.
        pendingOrigin = origin
        defer { pendingOrigin = nil }
        switch step.resolution {
        case .createTable(let table, _, _):
            touched.append(table.name)
            let sql = writer.createTable(table)
            expected.wrote("table", table.name, table: table.name, statement: sql)
            emit(sql, origin: origin)
        case .alterTable(let name, let actions):
            var current = name
            for a in actions { lowerNative(a, table: &current, step: step) }
            touched.append(current)
        case .createIndex(let table, let index, _):
            touched.append(table)
            let sql = writer.createIndex(index, on: table)
            expected.wrote("index", index.name, table: table, statement: sql)
            emit(sql, origin: origin)
        case .dropIndex(let list):
            for d in list { emitDrop(.index(table: d.table, d.index), origin: nil) }
        case .renameIndex(let table, let from, let to, _):
            touched.append(table)
            dropped.append(from)
            emit("DROP INDEX " + SQLiteSpelling.quote(from) + ";", origin: nil)
            expected.forget(from)
            if let index = step.after.table(table)?.index(to) {
                let sql = writer.createIndex(index, on: table)
                expected.wrote("index", to, table: table, statement: sql)
                emit(sql, origin: nil)
            }
        case .dropTable(let tables, _):
            // CASCADE drops other tables' foreign keys to the dropped ones, not their rows: SQLite
            // rebuilds each such table once, after the drops, from its new definition.
            var parents: [(child: String, of: [String])] = []
            for d in tables {
                for object in d.cascaded {
                    emitDrop(object, origin: nil)
                    guard case .constraint(let child, _) = object, child != d.table.name else { continue }
                    if let k = parents.firstIndex(where: { $0.child == child }) {
                        if !parents[k].of.contains(d.table.name) { parents[k].of.append(d.table.name) }
                    } else {
                        parents.append((child, [d.table.name]))
                    }
                }
                emit("DROP TABLE " + SQLiteSpelling.quote(d.table.name) + ";", origin: nil)
                dropped.append(d.table.name)
                expected.forgetTable(d.table.name)
            }
            for (child, of) in parents {
                if let old = step.before.table(child), let new = step.after.table(child) {
                    rebuildUnchangedColumns(old, new, step.after, origin: nil, reason: .foreignKeysDropped(table: child, referenced: of))
                }
            }
        case .data(let table):
            writer.table = table
            if let sql = dataStatement(step.statement, table: table) {
                for statement in checkedData(sql, step.statement, table: table) { emit(statement, origin: nil) }
            }
            writer.table = nil
        case .transaction(let control):
            droppedTransactionControl.append(LoweringInputs.dropped(control, at: origin, sources))
        case .skipped, .invalid:
            break
        }
    }

    mutating func lowerNative(_ action: ResolvedAction, table: inout String, step: CheckedStep) {
        let t = SQLiteSpelling.quote(table)
        switch action.effect {
        case .addColumn(let column, _, _, _, _):
            expected.forgetTable(table)  // SQLite splices the column into the table's text
            let definition = step.after.table(table) ?? Table(name: table)
            emit("ALTER TABLE " + t + " ADD COLUMN " + writer.columnDefinition(column, in: definition) + ";", origin: nil)
        case .dropColumn(let column, let cascaded):
            expected.forgetTable(table)
            for object in cascaded { emitDrop(object, origin: nil) }
            emit("ALTER TABLE " + t + " DROP COLUMN " + SQLiteSpelling.quote(column.name) + ";", origin: nil)
        case .renameColumn(let before, let to):
            expected.forgetAll()  // SQLite follows a rename into other objects' text (keys, indexes)
            emit("ALTER TABLE " + t + " RENAME COLUMN " + SQLiteSpelling.quote(before.name) + " TO " + SQLiteSpelling.quote(to) + ";", origin: nil)
        case .renameTable(let from, let to):
            expected.forgetAll()
            emit("ALTER TABLE " + SQLiteSpelling.quote(from) + " RENAME TO " + SQLiteSpelling.quote(to) + ";", origin: nil)
            dropped.append(from)
            table = to
        case .skipped, .invalid, .setDefault, .dropDefault, .setNotNull, .dropNotNull:
            break  // no-ops here: a real change to these needs a rebuild (see needsRebuild)
        case .alterColumnType, .addConstraint, .dropConstraint, .renameConstraint:
            break  // always in a rebuild run
        }
    }

    /// The data statement with the guard's check that it ran and changed the rows it should.
    mutating func checkedData(_ sql: String, _ statement: Statement, table: Table) -> [String] {
        switch statement.kind {
        case .insert(let s): return frame.checked(sql, rows: s.rows.count)
        case .update(let s): return frame.checked(sql, table: table.name, predicate: s.predicate.map { writer.write($0) })
        case .delete(let s): return frame.checked(sql, table: table.name, predicate: s.predicate.map { writer.write($0) })
        case .createTable, .alterTable, .dropTable, .createIndex, .dropIndex, .alterIndexRename, .transaction: return [sql]
        }
    }

    /// INSERT / UPDATE / DELETE with SQLite's expressions; text written for a BYTEA column as
    /// PostgreSQL's hex form (`'\xDEAD'`) becomes a blob literal.
    mutating func dataStatement(_ statement: Statement, table: Table) -> String? {
        let q = SQLiteSpelling.quote
        switch statement.kind {
        case .insert(let s):
            var columns = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
            // Without a list SQLite's values skip generated columns, PostgreSQL's do not: name them.
            let named = !s.columns.isEmpty || !table.generatedColumns.isEmpty
            if s.columns.isEmpty, named { columns = Array(columns.prefix(s.rows.map(\.count).max() ?? 0)) }
            let rows = s.rows.map { row in
                "(" + row.enumerated().map { k, e in value(e, for: k < columns.count ? table.column(columns[k]) : nil) }
                    .joined(separator: ", ") + ")"
            }
            return "INSERT INTO " + q(table.name) + (named ? " (" + columns.map(q).joined(separator: ", ") + ")" : "")
                + " VALUES " + rows.joined(separator: ", ") + ";"
        case .update(let s):
            let sets = s.assignments.map { q($0.column.value) + " = " + value($0.value, for: table.column($0.column.value)) }
            return "UPDATE " + q(table.name) + " SET " + sets.joined(separator: ", ")
                + (s.predicate.map { " WHERE " + writer.write($0) } ?? "") + ";"
        case .delete(let s):
            return "DELETE FROM " + q(table.name) + (s.predicate.map { " WHERE " + writer.write($0) } ?? "") + ";"
        case .createTable, .alterTable, .dropTable, .createIndex, .dropIndex, .alterIndexRename, .transaction:
            return nil
        }
    }

    mutating func value(_ e: Expression, for column: Column?) -> String {
        if column?.type.portable == .bytea, case .string(let text) = e.kind {
            if text.hasPrefix("\\x"), let hex = Optional(String(text.dropFirst(2))),
               hex.count % 2 == 0, hex.allSatisfy(\.isHexDigit) {
                return "X'" + hex + "'"
            }
            writer.report(.error(.sqliteUnsupportedValue, "text for a BYTEA column must be PostgreSQL's hex form here",
                                   at: e.range, label: "SQLite would store this as text, not bytes",
                                   help: "write the bytes as `'\\x...'`"))
        }
        return writer.write(e)
    }
}
