/// SQLite's rules for native `ALTER TABLE`, and the statements lowered one by one.
enum SQLiteNativeRules {
    /// `ADD COLUMN` as SQLite allows it: no PRIMARY KEY / UNIQUE, a constant default, NOT NULL
    /// only with a non-NULL default, no numbering; a foreign key only with a NULL default; a
    /// CHECK with a non-NULL default only where SQLite tests existing rows (3.37+).
    static func canAddColumn(_ column: Column, constraints: [Constraint], _ capabilities: SQLiteCapabilities) -> Bool {
        if column.generator != nil { return false }
        // SQLite's ADD COLUMN cannot add a STORED generated column ("cannot add a STORED column").
        if column.generated?.storage == .stored { return false }
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
                 .cast, .caseWhen, .subquery, .exists, .inQuery: return false
            }
        case .special, .column, .binary, .isNull, .inList, .between, .like, .call, .cast, .caseWhen,
             .subquery, .exists, .inQuery: return false
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
        // A label is its text; the column's CHECK refuses any other, as PostgreSQL's cast does.
        case .enumType?:
            if case .enumType? = from.portable { return from.portable == target }
            return from.portable.map { TypeConversionRules.category($0) == .string } ?? false
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
        case .data(let table, let written, let reads):
            writer.table = table
            var dates = DateTimeLiteralRewrite(targetName: "SQLite")
            let change = dates.rewriting(written.withoutPublicSchema(), table: table)
            for d in dates.diagnostics { writer.report(d) }
            let scope = reads.isEmpty ? [QueryTable(exposedName: table.name, table: table)] : reads
            // SQLite compares table names and aliases ignoring ASCII case: `a` and `"A"` would be
            // one name (ambiguous, or an inner one hiding an outer one), where PostgreSQL has two.
            var byFolded: [String: String] = [:]
            for r in reads {
                let folded = NameFolding.asciiLower(r.exposedName)
                if let other = byFolded[folded], other != r.exposedName {
                    writer.report(.error(.sqliteTableNameCase, "tables are read as `\(other)` and `\(r.exposedName)`, one name to SQLite",
                                         at: step.statement.range, label: "SQLite compares table names and aliases ignoring ASCII case",
                                         help: "give one of them an alias that differs in more than case"))
                    break
                }
                byFolded[folded] = r.exposedName
            }
            for e in change.expressions {
                for d in Subqueries.orderChecks(e, scope: scope, database: "SQLite", fallback: step.statement.range) { writer.report(d) }
            }
            if case .insert(let s) = change, let q = s.query {
                for statement in insertSelect(s, q, table: table, reads: reads, range: step.statement.range) { emit(statement, origin: nil) }
            } else {
                if !reads.isEmpty { writer.scope = reads }
                let single = SQLiteUpdateFrom.singleTable(change).mappingExpressions { e in
                    Subqueries.mapping(e) { SQLiteUpdateFrom.nullsOrdered($0, scope: scope) }
                }
                if case .update(let u) = single, let d = SQLiteUpdateFrom.perRowReads(u, table: table, fallback: step.statement.range) {
                    writer.report(d)
                }
                // From 3.33 SQLite writes UPDATE ... FROM itself (one joined row for all the
                // assignments, as PostgreSQL); the guard counts the rows the correlated form names.
                if capabilities.hasUpdateFrom, case .update(let written) = change, written.from != nil,
                   case .update(let ordered) = DataChange.update(written).mappingExpressions({ e in
                       Subqueries.mapping(e) { SQLiteUpdateFrom.nullsOrdered($0, scope: scope) }
                   }) {
                    let sql = dataStatement(.update(ordered), table: table, from: ordered.from)
                    for statement in checkedData(sql, single, table: table, range: step.statement.range) { emit(statement, origin: nil) }
                } else {
                    let sql = dataStatement(single, table: table)
                    for statement in checkedData(sql, single, table: table, range: step.statement.range) { emit(statement, origin: nil) }
                }
                writer.scope = nil
            }
            writer.table = nil
        case .transaction(let control):
            droppedTransactionControl.append(LoweringInputs.dropped(control, at: origin, sources))
        case .setConstraints:
            // With foreign_keys off, SQLite checks no key during the script; the frame's
            // PRAGMA foreign_key_check before COMMIT checks every key, deferred or not. That is
            // PostgreSQL's result whenever PostgreSQL commits: a deferred key is checked at
            // COMMIT there too, and IMMEDIATE only moves a failure earlier. PRAGMA
            // defer_foreign_keys would change nothing while enforcement is off.
            needNothing.append(NoStatement(line: sources.line(of: origin), reason: .foreignKeysCheckedAtEnd))
        case .createView(let view, let replacing, let reads):
            createView(view, replacing: replacing, reads: reads, step: step)
        case .dropView(let views, _):
            for v in views { emitDrop(.view(v), origin: nil) }
        case .setSequence(let setting):
            setSequence(setting, step: step)
        case .createSequence:
            writer.report(SQLiteLoweringRun.noSequences(step))
        case .createEnumType, .dropType:
            needNothing.append(NoStatement(line: sources.line(of: origin), reason: .enumTypeIsSQLiteCheck))
        case .privileges:
            needNothing.append(NoStatement(line: sources.line(of: origin), reason: .sqliteHasNoPrivileges))
        case .extensions:
            needNothing.append(NoStatement(line: sources.line(of: origin), reason: .extensionNotNeeded))
        case .comment:
            needNothing.append(NoStatement(line: sources.line(of: origin), reason: .sqliteKeepsNoComments))
        case .alterEnumType(_, let after, let change, let tables):
            alterEnumType(after, change: change, tables: tables, step: step)
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

    /// `INSERT ... SELECT`, its query written against the tables it reads, checked by the guard
    /// to insert as many rows as the query gives just before (counted the same way). ORDER BY
    /// keys that can be NULL say PostgreSQL's placement (`NULLS LAST` ascending): SQLite puts
    /// NULLs first ascending.
    mutating func insertSelect(_ s: Insert, _ q: Query, table: Table, reads: [QueryTable], range: SourceRange?) -> [String] {
        let q0 = SQLiteSpelling.quote
        for (item, column) in zip(q.items, QueryOrdering.targetColumns(s, into: table)) where QueryOrdering.holdsText(column) {
            if Self.isBoolean(item.expression, scope: reads) {
                writer.report(.error(.sqliteUnsupportedExpression, "a boolean becomes different text in SQLite", at: item.expression.range ?? range,
                                     label: "PostgreSQL stores `true` / `false` in text column `\(column?.name ?? "")`, SQLite 1 / 0",
                                     help: "write the text explicitly, e.g. `CASE WHEN flag THEN 'true' ELSE 'false' END`"))
            }
        }
        for d in QueryOrdering.check(s, q, into: table, scope: reads, database: "SQLite", fallback: range) { writer.report(d) }
        // SQLite has no OFFSET without LIMIT; a negative LIMIT means none.
        let query = SQLiteUpdateFrom.nullsOrdered(q.mappingExpressions { e in
            Subqueries.mapping(e) { SQLiteUpdateFrom.nullsOrdered($0, scope: reads) }
        }, scope: reads)
        writer.scope = reads
        defer { writer.scope = nil }
        // Select-list text for a BYTEA column becomes a blob literal, as VALUES' does.
        let names = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
        var parts: [String] = []
        for (k, item) in query.items.enumerated() {
            let text = value(item.expression, for: k < names.count ? table.column(names[k]) : nil)
            parts.append(text + (item.alias.map { " AS " + q0($0.value) } ?? ""))
        }
        for e in query.expressions.dropFirst(query.items.count) { _ = writer.write(e) }  // D43x for the rest
        let printer = writer.printer
        var withoutItems = query
        withoutItems.items = [SelectItem(Expression(.null))]
        let rest = printer.print(withoutItems).dropFirst(("SELECT " + (query.distinct ? "DISTINCT " : "") + "NULL").count)
        let select = "SELECT " + (query.distinct ? "DISTINCT " : "") + parts.joined(separator: ", ") + rest
        // Without a list SQLite's columns skip generated ones, PostgreSQL's do not: name them.
        let columns = !s.columns.isEmpty ? s.columns.map(\.value)
            : table.generatedColumns.isEmpty ? [] : Array(names.prefix(query.items.count))
        let sql = "INSERT INTO " + q0(table.name) + (columns.isEmpty ? "" : " (" + columns.map(q0).joined(separator: ", ") + ")")
            + " " + select + ";"
        return frame.checked(sql, countOf: select)
    }

    /// A boolean column, literal or condition: SQLite's are the integers 1 and 0.
    static func isBoolean(_ e: Expression, scope: [QueryTable]) -> Bool {
        switch e.kind {
        case .boolean, .isNull, .inList, .between, .like, .exists, .inQuery: return true
        case .subquery(let q): return q.items.first.map { isBoolean($0.expression, scope: scope) } ?? false
        case .unary(.not, _): return true
        case .binary(let op, _, _):
            switch op {
            case .or, .and, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
            case .concat, .add, .subtract, .multiply, .divide, .modulo, .power: return false
            }
        case .column(let q, let name): return scope.column(q?.value, name.value)?.type.portable == .boolean
        case .integer, .numeric, .string, .null, .special, .unary, .call, .cast, .caseWhen: return false
        }
    }

    /// The data statement with the guard's check that it ran and changed the rows it should.
    mutating func checkedData(_ sql: String, _ change: DataChange, table: Table, range: SourceRange? = nil) -> [String] {
        switch change {
        case .insert(let s):
            guard let conflict = s.onConflict else { return frame.checked(sql, rows: s.rows.count) }
            switch upsertCheck(s, conflict, table: table, range: range) {
            case .rows(let n)?: return frame.checked(sql, rows: n)
            case .countOf(let query)?: return frame.checked(sql, countOf: query)
            case nil: return [sql]
            }
        case .update(let s):
            return frame.checked(sql, table: table.name, alias: s.alias?.value, predicate: s.predicate.map { writer.write($0) })
        case .delete(let s):
            return frame.checked(sql, table: table.name, alias: s.alias?.value, predicate: s.predicate.map { writer.write($0) })
        }
    }

    /// INSERT / UPDATE / DELETE with SQLite's expressions; text written for a BYTEA column as
    /// PostgreSQL's hex form (`'\xDEAD'`) becomes a blob literal.
    mutating func dataStatement(_ change: DataChange, table: Table, from: FromClause? = nil) -> String {
        let q = SQLiteSpelling.quote
        switch change {
        case .insert(let s):
            var columns = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
            // Without a list SQLite's values skip generated columns, PostgreSQL's do not: name them.
            let named = !s.columns.isEmpty || !table.generatedColumns.isEmpty
            if s.columns.isEmpty, named { columns = Array(columns.prefix(s.rows.map(\.count).max() ?? 0)) }
            let rows = s.rows.map { row in
                "(" + row.enumerated().map { k, e in value(e, for: k < columns.count ? table.column(columns[k]) : nil) }
                    .joined(separator: ", ") + ")"
            }
            let conflict: String = s.onConflict.map { conflictClause($0, table: table) } ?? ""
            let head: String = "INSERT INTO " + q(table.name) + (named ? " (" + columns.map(q).joined(separator: ", ") + ")" : "")
            return head + " VALUES " + rows.joined(separator: ", ") + conflict + ";"
        case .update(let s):
            let sets = s.assignments.map { q($0.column.value) + " = " + value($0.value, for: table.column($0.column.value)) }
            return "UPDATE " + q(table.name) + (s.alias.map { " AS " + q($0.value) } ?? "") + " SET " + sets.joined(separator: ", ")
                + (from.map { " FROM " + writer.printer.print($0) } ?? "")
                + (s.predicate.map { " WHERE " + writer.write($0) } ?? "") + ";"
        case .delete(let s):
            return "DELETE FROM " + q(table.name) + (s.alias.map { " AS " + q($0.value) } ?? "") + (s.predicate.map { " WHERE " + writer.write($0) } ?? "") + ";"
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
