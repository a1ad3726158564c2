/// SQLite output: native `ALTER TABLE` where the target version allows it, otherwise one
/// rebuild per run of consecutive changes to a table, all inside one transaction that checks
/// itself before it commits (`SQLiteScriptFrame`).
public enum SQLiteLowering {
    /// The lowered plan, the rebuilds it holds as steps (for tests), and the diagnostics.
    public struct Lowered: Sendable {
        public var plan: LoweredPlan
        /// Each rebuild, in output order.
        public var rebuilds: [SQLiteRebuildPlan]
        public var diagnostics: [Diagnostic]

        /// Every SQL statement of the file in order, framing included.
        public var statements: [String] {
            plan.opening.map(\.sql) + plan.units.flatMap(\.statements) + plan.closing.map(\.sql)
        }
    }

    /// Lowers a checked plan for SQLite `version`.
    public static func lowerStatements(_ plan: CheckedPlan, sources: SourceMap, version: SQLiteVersion) -> Lowered {
        var run = SQLiteLoweringRun(capabilities: SQLiteCapabilities(version), sources: sources, names: SQLiteNameAllocator(plan: plan))
        run.lower(plan)
        let header = LoweredHeader(transactions: .selfCheckingTransaction(oldest: version), rebuilds: run.rebuildReasons,
                                   needsNoStatement: run.needNothing, droppedTransactionControl: run.droppedTransactionControl)
        let lowered = LoweredPlan(sourceName: LoweringInputs.sourceName(plan, sources), dialect: .sqlite, header: header,
                                  opening: run.opening.map { FramingStatement($0) }, units: run.units,
                                  closing: run.closing.map { FramingStatement($0) })
        return Lowered(plan: lowered, rebuilds: run.rebuilds, diagnostics: run.writer.diagnostics)
    }

    /// Lowers a checked plan for SQLite `version`; no plan when an error stops it.
    public static func lower(_ plan: CheckedPlan, sources: SourceMap, version: SQLiteVersion) -> LoweringResult {
        let lowered = lowerStatements(plan, sources: sources, version: version)
        return LoweringResult(plan: lowered.diagnostics.hasErrors ? nil : lowered.plan, diagnostics: lowered.diagnostics)
    }
}

/// The lowering's working state.
struct SQLiteLoweringRun {
    let capabilities: SQLiteCapabilities
    let sources: SourceMap
    var writer: SQLiteWriter
    var opening: [String] = []
    var units: [LoweredUnit] = []
    var closing: [String] = []
    /// The input statement the next statement written is tied to, unless it names its own:
    /// the first statement a step writes carries the step's line.
    var pendingOrigin: SourceRange?
    var rebuilds: [SQLiteRebuildPlan] = []
    var rebuildReasons: [RebuildReason] = []
    var droppedTransactionControl: [DroppedTransactionControl] = []
    /// Input statements that need no statement here (`SET CONSTRAINTS`), said in the header.
    var needNothing: [NoStatement] = []
    /// Tables whose final shape the closing checks verify; names that must be gone.
    var touched: [String] = []
    var dropped: [String] = []
    /// The text each table and index the script writes must have at the end.
    var expected = SQLiteExpectedSchema()
    /// AUTOINCREMENT tables rebuilt, whose counters the final check compares.
    var counters: [String] = []

    /// Names free for what the script invents, and the frame using some of them.
    var names: SQLiteNameAllocator
    let frame: SQLiteScriptFrame

    init(capabilities: SQLiteCapabilities, sources: SourceMap, names: SQLiteNameAllocator) {
        self.capabilities = capabilities
        self.sources = sources
        self.names = names
        self.frame = SQLiteScriptFrame(names: &self.names, capabilities: capabilities)
        self.writer = SQLiteWriter(capabilities: capabilities, frame: frame)
    }

    mutating func lower(_ plan: CheckedPlan) {
        let steps = plan.steps
        for step in steps { checkRowidDefaults(step) }
        for step in steps {
            guard case .alterTable(let table, _) = step.resolution else { continue }
            for (a, column) in IdentityStart.added(step) {
                writer.report(IdentityStart.warning(table: table, column: column.name, database: "SQLite", at: a.action.range ?? step.statement.range))
            }
        }
        opening = frame.opening
        var i = 0
        while i < steps.count {
            if let table = runTable(steps[i]) {
                var j = i + 1
                while j < steps.count, runTable(steps[j]) == table { j += 1 }
                lowerRun(Array(steps[i..<j]), table: table)
                i = j
            } else {
                lowerSingle(steps[i])
                i += 1
            }
        }
        var seen = Set<String>()
        var checks = touched.filter { seen.insert($0).inserted }
            .compactMap { plan.final.table($0) }.map(frame.tableCheck)
        let finalTriggers = Set(plan.final.tablesWithTriggers.flatMap { $0.triggers.map(\.name) })
        let gone = dropped.filter { name in
            plan.final.table(name) == nil && plan.final.view(name) == nil && plan.final.index(name) == nil
                && !finalTriggers.contains(name)
        }
        if !gone.isEmpty { checks.append(SQLiteScriptFrame.absenceCheck(gone)) }
        checks += expected.checks(in: plan.final)
        checks += counters.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .filter { plan.final.table($0) != nil }.map(frame.counterCheck)
        closing = frame.closing(schemaChecks: checks)
    }

    // MARK: Runs

    /// The table a statement changes if it can join a run of changes to that table: `ALTER
    /// TABLE` (renames stand alone: a rebuild keeps the name), and index statements.
    func runTable(_ step: CheckedStep) -> String? {
        switch step.resolution {
        case .alterTable(let table, let actions):
            for a in actions {
                switch a.effect {
                case .renameTable: return nil
                case .renameColumn: if capabilities.canRenameColumnNatively { return nil }
                case .addColumn, .dropColumn, .alterColumnType, .setDefault, .dropDefault, .setNotNull, .dropNotNull,
                     .addConstraint, .dropConstraint, .renameConstraint, .skipped, .invalid: break
                }
            }
            return table
        case .createIndex(let table, _, _): return table
        case .dropIndex(let dropped):
            let tables = Set(dropped.map(\.table))
            return tables.count == 1 ? tables.first : nil
        case .renameIndex(let table, _, _, _): return table
        case .createTable, .dropTable, .data, .transaction, .setConstraints, .createView, .dropView, .setSequence, .createSequence, .skipped, .invalid: return nil
        case .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges: return nil
        }
    }

    mutating func lowerRun(_ run: [CheckedStep], table: String) {
        guard run.contains(where: needsRebuild), let before = run[0].before.table(table),
              let after = run[run.count - 1].after.table(table) else {
            for step in run { lowerSingle(step) }
            return
        }
        var values = SQLiteColumnValues(before)
        var outsideDrops: [DroppedObject] = []
        for step in run {
            guard case .alterTable(_, let actions) = step.resolution else { continue }
            for a in actions {
                checkRenameKeepsDependents(a, table: table, catalog: step.before)
                replay(a, into: &values, outsideDrops: &outsideDrops)
            }
        }
        let first = run[0].statement.range
        for object in outsideDrops { emitDrop(object, origin: first) }

        let reason = RebuildReason.changed(table: table, lines: run.compactMap { sources.line(of: $0.statement.range) })
        rebuildReasons.append(reason)
        let catalog = run[run.count - 1].after
        let plan = SQLiteRebuildPlanner.plan(before: before, after: after, values: valueMap(values, after),
                                             scratch: names.scratchTable(for: table))
        emitRebuild(plan, source: before, origin: first, reason: reason)

        // Tables the run changed through their foreign keys (a cascade dropped them, a renamed
        // key column renamed their references) are rebuilt after it. Only the tables the run's
        // statements touched can differ: comparing every table per run would be O(n²).
        let touchedTables = catalog.tablesChanged(since: run[0].before).map { catalog.tables(named: Set($0)) }
        for other in touchedTables ?? catalog.tables where other.name != table {
            if let old = run[0].before.table(other.name), old != other {
                rebuildUnchangedColumns(old, other, catalog, origin: first, reason: .follows(table: other.name, changed: table))
            }
        }
    }

    func valueMap(_ values: SQLiteColumnValues, _ after: Table) -> [String: Expression] {
        Dictionary(uniqueKeysWithValues: after.columns.compactMap { c in values[c.name].map { (c.name, $0) } })
    }

    mutating func rebuildUnchangedColumns(_ old: Table, _ new: Table, _ catalog: Catalog, origin: SourceRange?, reason: RebuildReason) {
        var values = SQLiteColumnValues(old)
        for c in old.columns where new.column(c.name) == nil { values.drop(c.name) }
        rebuildReasons.append(reason)
        let plan = SQLiteRebuildPlanner.plan(before: old, after: new, values: valueMap(values, new),
                                             scratch: names.scratchTable(for: new.name))
        emitRebuild(plan, source: old, origin: origin, reason: reason)
    }

    mutating func emitRebuild(_ plan: SQLiteRebuildPlan, source: Table, origin: SourceRange?, reason: RebuildReason) {
        rebuilds.append(plan)
        touched.append(plan.table)
        writer.table = source
        expected.forgetTable(plan.table)
        // The rebuild recreates what the catalog has: first make sure the database has no more.
        var sql = [frame.record(.unknownToBaseline, when: frame.sourceCheck(source, dropped: dropped))]
        for step in plan.steps {
            let rendered = writer.render(step)
            switch step {
            case .createTable(let scratch, _): rendered.first.map { expected.rebuilt(plan.table, scratch: scratch, statement: $0) }
            case .createIndex(let table, let index): rendered.first.map { expected.wrote("index", index.name, table: table, statement: $0) }
            case .carryAutoincrementCounter: counters.append(plan.table)
            case .copyRows, .checkRowCount, .dropTable, .renameTable, .createTrigger: break
            }
            sql += rendered
        }
        writer.table = nil
        for (k, statement) in sql.enumerated() {
            emit(statement, origin: k == 0 ? origin : nil, rebuild: k == 0 ? reason : nil)
        }
    }

    /// Does this statement need the table rebuilt on this SQLite version?
    func needsRebuild(_ step: CheckedStep) -> Bool {
        switch step.resolution {
        case .alterTable(_, let actions): return actions.contains { needsRebuild($0.effect) }
        case .renameIndex(_, _, _, let constraint): return constraint != nil
        case .createIndex, .dropIndex, .createTable, .dropTable, .data, .transaction, .setConstraints, .createView, .dropView,
             .setSequence, .createSequence, .skipped, .invalid: return false
        case .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges: return false
        }
    }

    func needsRebuild(_ effect: ActionEffect) -> Bool {
        switch effect {
        case .addColumn(let column, let constraints, _, _, _):
            return !SQLiteNativeRules.canAddColumn(column, constraints: constraints, capabilities)
        case .dropColumn(_, let cascaded):
            return !capabilities.canDropColumnNatively || cascaded.contains {
                if case .constraint = $0 { true } else { false }
            }
        case .renameColumn: return !capabilities.canRenameColumnNatively
        case .renameTable, .skipped, .invalid: return false
        case .setDefault(let b, let a), .dropDefault(let b, let a), .setNotNull(let b, let a), .dropNotNull(let b, let a):
            return b != a
        case .alterColumnType, .addConstraint, .dropConstraint, .renameConstraint: return true
        }
    }

    /// SQLite numbers an `INTEGER PRIMARY KEY` whatever its default says (a `DEFAULT 7` on it is
    /// never used), so PostgreSQL's SET / DROP DEFAULT on a serial key has no SQLite equivalent
    /// while the column is the key.
    mutating func checkRowidDefaults(_ step: CheckedStep) {
        guard case .alterTable(let table, let actions) = step.resolution else { return }
        for a in actions {
            let column: Column
            switch a.effect {
            case .setDefault(let before, _), .dropDefault(let before, _): column = before
            case .addColumn, .dropColumn, .renameColumn, .alterColumnType, .setNotNull, .dropNotNull, .addConstraint,
                 .dropConstraint, .renameConstraint, .renameTable, .skipped, .invalid:
                continue
            }
            guard case .rowid = column.generator else { continue }
            writer.report(.error(.sqliteNoSequences, "column `\(column.name)` of table `\(table)` is SQLite's rowid, numbered whatever its default says",
                                 at: a.action.range, label: "SQLite cannot \(a.effect.isSetDefault ? "give its INTEGER PRIMARY KEY a default" : "stop numbering its INTEGER PRIMARY KEY")",
                                 help: "leave the default as it is, or drop the primary key first (`DROP CONSTRAINT`), which makes it an ordinary column"))
        }
    }

    /// A column renamed inside a rebuild (SQLite before 3.25 has no RENAME COLUMN) keeps views and
    /// triggers that name it as they were written: the rebuild restates them verbatim (the final
    /// RENAME TO does not re-parse them), so they would name a column that no longer exists.
    mutating func checkRenameKeepsDependents(_ action: ResolvedAction, table: String, catalog: Catalog) {
        guard case .renameColumn(let before, let to) = action.effect else { return }
        let views = catalog.views(using: table, column: before.name).map { "view `\($0.name)`" }
        let triggers = catalog.tablesWithTriggers.flatMap(\.triggers).filter { t in
            t.dependencies.contains { $0.table == table && $0.columns.contains(before.name) }
        }.map { "trigger `\($0.name)`" }
        guard let first = (views + triggers).first else { return }
        writer.report(.error(.sqliteDependentText,
                             "\(first) names column `\(before.name)`, which a rebuild would rename to `\(to)` under it",
                             at: action.action.range, label: "SQLite \(capabilities.version) renames a column only by a rebuild",
                             help: "target SQLite 3.25 or later (`--sqlite-version`), whose RENAME COLUMN rewrites views and triggers; or drop \((views + triggers).joined(separator: ", ")) first and create it again after the rename"))
    }

    /// Follows one action's effect on the values the rebuild copies.
    mutating func replay(_ action: ResolvedAction, into values: inout SQLiteColumnValues,
                         outsideDrops: inout [DroppedObject]) {
        switch action.effect {
        case .addColumn(let column, _, _, _, _): values.add(column)
        case .dropColumn(let column, let cascaded):
            values.drop(column.name)
            outsideDrops += cascaded.filter(Self.isOutsideObject)
        case .renameColumn(let before, let to): values.rename(before.name, to: to)
        case .alterColumnType(let before, let after, let conversion):
            guard let current = values[before.name] else { return }
            if let converted = convert(current, before: before, after: after, conversion, action: action, values: values) {
                values.set(after.name, converted)
            }
        case .dropConstraint(_, _, let cascaded): outsideDrops += cascaded.filter(Self.isOutsideObject)
        case .setDefault, .dropDefault, .setNotNull, .dropNotNull, .addConstraint, .renameConstraint, .renameTable,
             .skipped, .invalid:
            break
        }
    }

    /// Views and triggers go before the rebuild; constraints of other tables are handled by
    /// rebuilding those tables; this table's own objects are recreated from its new definition.
    static func isOutsideObject(_ o: DroppedObject) -> Bool {
        switch o {
        case .view, .trigger: true
        case .constraint, .index, .sequence: false
        }
    }

    /// The copied value after `ALTER COLUMN ... TYPE`: the user's `USING`, or a plain copy where
    /// SQLite's affinity conversion gives PostgreSQL's cast result; otherwise D434.
    mutating func convert(_ current: Expression, before: Column, after: Column, _ conversion: TypeConversion,
                          action: ResolvedAction, values: SQLiteColumnValues) -> Expression? {
        switch conversion {
        case .none: return current
        // USING reads the columns as they are at this action; rewrite it over the source table.
        case .using(let e): return values.substitute(e)
        case .automatic:
            if SQLiteNativeRules.plainCopyConverts(from: before.type, to: after.type) { return current }
        case .unknown: break
        }
        writer.report(.error(.sqliteUnsupportedConversion,
                               "SQLite cannot convert column `\(before.name)` from `\(before.type.declared)` to `\(after.type.declared)` as PostgreSQL does",
                               at: action.action.range, label: "no exact conversion in SQLite",
                               help: "write the conversion with `USING`, e.g. `USING CAST(\(before.name) AS ...)`"))
        return nil
    }
}

extension ActionEffect {
    fileprivate var isSetDefault: Bool {
        if case .setDefault = self { true } else { false }
    }
}
