/// MySQL 8.0+ / MariaDB 10.5+ output from a checked plan.
///
/// Statements of one table in a row become one `ALTER TABLE`; column changes restate the
/// column from the catalog; `USING` becomes a temporary column, an `UPDATE` and a rename;
/// constraint drops go by role. MySQL's DDL commits statement by statement, so the header
/// says so and each statement's comment says what has been applied once it has run.
public enum MySQLLowering {
    public static func lower(_ plan: CheckedPlan, sources: SourceMap, flavor: MySQLFlavor) -> LoweringResult {
        var lowerer = MySQLLowerer(plan: plan, flavor: flavor)
        lowerer.run()
        guard !lowerer.diagnostics.hasErrors else { return LoweringResult(plan: nil, diagnostics: lowerer.diagnostics) }
        let lowered = MySQLOutput(plan: plan, sources: sources, flavor: flavor, lowerer: lowerer).lowered()
        return LoweringResult(plan: lowered, diagnostics: lowerer.diagnostics)
    }
}

/// One output statement and what it carries out.
struct MySQLUnit {
    var sql: String
    /// Plan steps (input statements) this statement carries out, whole or in part.
    var steps: [Int]
    /// What is half done after it, for the progress comment (`temporary column ... added`).
    var partial: PartialState? = nil
    /// Running it again after it (and everything after it) ran leaves the same database.
    var rerunnable: Bool
    var warnings: [UnitWarning] = []
}

/// A `mariadb` guard: run only while a column still has its old type (read from
/// information_schema into a user variable first).
struct MySQLGuard: Equatable {
    var variable: String
    var dataType: String
}

struct MySQLLowerer {
    let plan: CheckedPlan
    let flavor: MySQLFlavor
    var diagnostics: [Diagnostic] = []
    var units: [MySQLUnit] = []
    var batch: MySQLAlterBatch?
    /// The table as the catalog holds it after the last step that joined the batch.
    var batchTable: Table?
    var batchGuard: MySQLGuard?
    var droppedTransactionControl: [(step: Int, control: TransactionControl)] = []
    /// Steps that need no statement on this server, and why (said in the header).
    var needNothing: [(step: Int, why: NoStatementReason)] = []
    /// Warnings for the statement the open batch becomes (InnoDB side effects).
    var pendingWarnings: [UnitWarning] = []
    /// The script's user variables, each chosen once.
    var sessionNames = MySQLSessionNames()
    /// D448 is said once per script.
    var warnedTimestampTZ = false
    /// The hidden columns holding keys of indexes this script writes (`MySQLKeyHolders`).
    var keyHolders = MySQLKeyHolderTable()
    /// Each enum type's labels are judged once (D464), whatever number of columns has them.
    var checkedEnumLabels = Set<[String]>()
    /// A table of the plan holds `TIMESTAMP WITH TIME ZONE`: the script runs in UTC.
    let holdsTimestampTZ: Bool
    /// The first step that creates a table of each name: found once, not by a walk over the
    /// steps before each INSERT (which made a script of many INSERTs O(n²)).
    let firstCreation: [String: Int]

    /// Tables a later statement drops or renames away: a `mariadb` re-run must find their
    /// `ALTER TABLE`s harmless once they are gone (`ALTER TABLE IF EXISTS`).
    let vanishingTables: Set<String>
    /// Tables and indexes the script creates: on a re-run they exist again under their first
    /// name, so renaming them again would collide with the renamed one (not re-runnable).
    let createdNames: Set<String>

    init(plan: CheckedPlan, flavor: MySQLFlavor) {
        self.plan = plan
        self.flavor = flavor
        var vanishing = Set<String>(), created = Set<String>()
        for step in plan.steps {
            switch step.resolution {
            case .createTable(let t, _, _): created.insert(t.name)
            case .createIndex(_, let i, _): created.insert(i.name)
            case .invalid, .skipped, .transaction, .setConstraints, .alterTable, .dropTable, .dropIndex, .renameIndex, .data,
                 .createView, .dropView, .setSequence, .createSequence, .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges: break
            }
        }
        createdNames = created
        // Such a column is in the baseline, or written by a statement that creates or changes
        // its table: the tables each step leaves are enough to look at.
        func holds(_ t: Table?) -> Bool { t?.columns.contains { MySQLTypes.isTimestampWithTimeZone($0.type) } ?? false }
        var tz = plan.baseline.tables.contains(where: holds)
        for step in plan.steps where !tz {
            switch step.resolution {
            case .createTable(let t, _, _): tz = holds(t)
            case .alterTable(let name, _): tz = holds(step.after.table(name))
            case .invalid, .skipped, .transaction, .setConstraints, .dropTable, .createIndex, .dropIndex, .renameIndex, .data,
                 .createView, .dropView, .setSequence, .createSequence, .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges: break
            }
        }
        holdsTimestampTZ = tz
        var creations: [String: Int] = [:]
        for (i, step) in plan.steps.enumerated() {
            if case .createTable(let t, _, _) = step.resolution, creations[t.name] == nil { creations[t.name] = i }
        }
        firstCreation = creations
        if flavor == .mariadb {
            for step in plan.steps {
                switch step.resolution {
                case .dropTable(let dropped, _): vanishing.formUnion(dropped.map(\.table.name))
                case .alterTable(_, let actions):
                    for a in actions { if case .renameTable(let from, _) = a.effect { vanishing.insert(from) } }
                case .invalid, .skipped, .transaction, .setConstraints, .createTable, .createIndex, .dropIndex, .renameIndex, .data,
                     .createView, .dropView, .setSequence, .createSequence, .createEnumType, .alterEnumType, .dropType, .comment, .extensions, .privileges:
                    break
                }
            }
        }
        vanishingTables = vanishing
    }

    mutating func run() {
        warnDeferrableKeys()
        for (index, step) in plan.steps.enumerated() { lower(step, index: index) }
        flush()
    }

    func writer(for table: Table?) -> MySQLWriter {
        var w = MySQLWriter(flavor: flavor, table: table)
        w.vanishingTables = vanishingTables
        return w
    }

    mutating func report(_ d: Diagnostic) { diagnostics.append(d) }
    mutating func report(_ ds: [Diagnostic]) { diagnostics += ds }

    mutating func emit(_ sql: String, step: Int, rerunnable: Bool, partial: PartialState? = nil, warnings: [UnitWarning] = []) {
        units.append(MySQLUnit(sql: sql, steps: [step], partial: partial, rerunnable: rerunnable, warnings: warnings))
    }

    mutating func lower(_ step: CheckedStep, index: Int) {
        switch step.resolution {
        case .invalid, .skipped:
            return
        case .transaction(let control):
            droppedTransactionControl.append((index, control))
        case .createEnumType, .dropType:
            needNothing.append((index, .enumTypeIsMySQLColumnType))
        case .extensions:
            needNothing.append((index, .extensionNotNeeded))
        case .privileges(let kind, _):
            report(.error(.mysqlPrivileges, "`\(kind.rawValue)` is not written for MySQL", at: step.statement.range,
                          label: kind == .ownerTo ? "MySQL tables have no owner" : "MySQL grants to 'user'@'host' accounts, with its own privilege names",
                          help: kind == .ownerTo
                              ? "remove it from the migration; give the account the privileges it needs with a GRANT written for MySQL, by hand"
                              : "remove it from the migration and write the grant for MySQL's accounts by hand"))
        case .comment(let table, let column, let text):
            comment(table: table, column: column, text: text, step: step, index: index)
        case .alterEnumType(let before, let after, let change, let tables):
            alterEnumType(before: before, after: after, change: change, tables: tables, step: step, index: index)
        case .setConstraints(let deferred, let namesDeferrableKeys):
            setConstraints(deferred: deferred, namesDeferrableKeys: namesDeferrableKeys, step: step, index: index)
        case .createTable(let table, _, let identityAlways):
            flush()
            createTable(table, identityAlways: identityAlways, step: step, index: index)
        case .alterTable(let table, let actions):
            for resolved in actions { alterAction(resolved, table: table, step: step, index: index) }
            restateViewsAfterRenames(actions, step: step, index: index)
            checkIdentitiesAdded(step, table: table)
        case .dropTable(let dropped, let ifExists):
            flush()
            dropTables(dropped, ifExists: ifExists, step: step, index: index)
        case .createIndex(let table, let index_, let removed):
            createIndex(index_, table: table, removedSupport: removed, step: step, index: index)
        case .dropIndex(let dropped):
            var supported = Set<String>()
            for d in dropped {
                // The index a foreign key needs goes in first (S376), once per table.
                if supported.insert(d.table).inserted {
                    addSupportIndexes(supportIndexesCreated(table: d.table, step: step, within: nil), table: d.table, step: step, index: index)
                }
                if !dropHeldIndex(d.index, table: d.table, step: index) {
                    addClause(.dropIndex(d.index.name), table: d.table, step: step, index: index)
                }
            }
        case .renameIndex(let table, let from, let to, let constraint):
            // MySQL's primary key is PRIMARY whatever PostgreSQL calls it: nothing to rename.
            if constraint?.role == .primaryKey {
                needNothing.append((index, .primaryKeyAlwaysNamedPrimary))
                return
            }
            keyHolders.renameIndex(table: table, from: from, to: to)
            addClause(.renameIndex(from, to: to), table: table, step: step, index: index)
        case .data(let table, let change, let reads):
            flush()
            dataStatement(change, table: table, step: step, reads: reads, index: index)
        case .createView(let view, _, let reads):
            if let d = view.definition { checkViewQuery(d, reads: reads, range: step.statement.range) }
            createView(view, reads: reads, step: step, index: index)
        case .dropView(let views, let ifExists):
            dropViews(views, ifExists: ifExists, step: step, index: index)
        case .setSequence(let setting):
            flush()
            setSequence(setting, step: step, index: index)
        case .createSequence(let sequence, let options):
            flush()
            createSequence(sequence, options: options, step: step, index: index)
        }
    }

    // MARK: Batching

    /// Adds a clause to the open `ALTER TABLE` of `table`, flushing first when it is for
    /// another table or cannot share the statement.
    mutating func addClause(_ clause: MySQLClause, table: String, step: CheckedStep, index: Int) {
        switch clause {
        case .modifyColumn(let c), .changeColumn(_, let c, _):
            // Restating a column writes its type: one MySQL cannot spell (an array kept from a
            // portable baseline) is refused here, not copied through.
            checkType(c.type, column: c.name, at: step.statement.range)
            checkCollation(of: c, at: step.statement.range, introduced: false)
        case .addColumn, .dropColumn, .setDefault, .dropDefault, .addConstraint, .dropPrimaryKey, .dropForeignKey,
             .dropIndex, .dropCheck, .addIndex, .renameColumn, .renameIndex:
            break
        }
        if let b = batch, b.table != table || !b.accepts([clause], tableAfter: step.after.table(table)) { flush() }
        if batch == nil { batch = MySQLAlterBatch(table: table) }
        batch!.add(clause)
        if batch!.steps.last != index { batch!.steps.append(index) }
        batchTable = step.after.table(table) ?? batchTable
    }

    /// Writes the open batch as one `ALTER TABLE`, after checking what MySQL requires of the
    /// table it leaves (error 1075: an AUTO_INCREMENT column must lead an index).
    mutating func flush() {
        defer { batch = nil; batchTable = nil; batchGuard = nil; pendingWarnings = [] }
        guard var b = batch, !b.isEmpty else { return }
        if let table = batchTable {
            checkAutoIncrement(table, at: plan.steps[b.steps.last!].statement.range)
            b.placeChangedColumns(in: table)
        }
        let guarded = batchGuard
        // Inside a guard the statement runs once, so the plain forms are right; outside, a
        // drop and an add of the same key in one statement must be plain too: MariaDB checks
        // IF NOT EXISTS against the table as it was, and would skip the add.
        let replaced = Self.replacedKeys(b.clauses)
        let plainWriter = MySQLWriter(flavor: .mysql, table: batchTable, checksOf: flavor)
        let w = writer(for: batchTable)
        var texts: [String] = []
        for clause in b.clauses {
            let plain = guarded != nil || replaced.contains(Self.keyName(clause)?.uppercased() ?? "\u{0}")
            texts.append(plain ? plainWriter.clause(clause) : w.clause(clause))
        }
        // A guarded statement travels inside a string literal: keep it on one line.
        let head = w.alterTableHead(b.table)
        var sql = texts.count == 1 || guarded != nil ? head + " " + texts.joined(separator: ", ") + ";"
            : head + "\n" + texts.map { "    " + $0 }.joined(separator: ",\n") + ";"
        var rerunnable = flavor == .mariadb && replaced.isEmpty && b.clauses.allSatisfy(Self.isRerunnable)
            && !b.clauses.contains { if case .renameIndex(let from, _) = $0 { createdNames.contains(from) } else { false } }
        if let g = guarded {
            sql = MySQLWriter.guarded(sql, by: g, flavor: flavor)
            rerunnable = true
        }
        units.append(MySQLUnit(sql: sql, steps: b.steps, rerunnable: rerunnable, warnings: pendingWarnings))
    }

    /// Key names both dropped and added in one batch (in upper case: MySQL ignores case).
    static func replacedKeys(_ clauses: [MySQLClause]) -> Set<String> {
        var dropped = Set<String>(), added = Set<String>()
        for c in clauses {
            switch c {
            case .dropPrimaryKey: dropped.insert("PRIMARY")
            case .dropIndex(let n), .dropForeignKey(let n), .dropCheck(let n): dropped.insert(n.uppercased())
            case .addConstraint(let k): added.insert(k.role == .primaryKey ? "PRIMARY" : (k.name ?? "").uppercased())
            case .addIndex(let i): added.insert(i.name.uppercased())
            case .addColumn, .dropColumn, .modifyColumn, .changeColumn, .setDefault, .dropDefault, .renameColumn, .renameIndex:
                break
            }
        }
        return dropped.intersection(added)
    }

    static func keyName(_ c: MySQLClause) -> String? {
        switch c {
        case .dropPrimaryKey: "PRIMARY"
        case .dropIndex(let n), .dropForeignKey(let n), .dropCheck(let n): n
        case .addConstraint(let k): k.role == .primaryKey ? "PRIMARY" : k.name
        case .addIndex(let i): i.name
        case .addColumn, .dropColumn, .modifyColumn, .changeColumn, .setDefault, .dropDefault, .renameColumn, .renameIndex: nil
        }
    }

    /// Whether the `mariadb` form of a clause is a no-op once applied.
    static func isRerunnable(_ c: MySQLClause) -> Bool {
        switch c {
        case .addColumn, .dropColumn, .modifyColumn, .setDefault, .dropDefault, .dropPrimaryKey, .dropForeignKey,
             .dropIndex, .dropCheck, .addIndex, .renameIndex:
            return true
        case .addConstraint(let k):
            // An unnamed foreign key gets a fresh generated name each time; a check is written named.
            switch k.role {
            case .primaryKey, .unique, .check: return true
            case .foreignKey: return !k.isNameGenerated
            }
        case .changeColumn, .renameColumn:
            return false
        }
    }

    /// D416 / D417: MySQL refuses an AUTO_INCREMENT column that leads no index, or two of them.
    mutating func checkAutoIncrement(_ table: Table, at range: SourceRange?) {
        let generated = table.columns.filter { if case .autoIncrement? = $0.generator { true } else { false } }
        if generated.count > 1 {
            report(.error(.mysqlSecondAutoIncrement,
                          "table `\(table.name)` would have \(generated.count) AUTO_INCREMENT columns (\(generated.map { "`\($0.name)`" }.joined(separator: ", ")))",
                          at: range, label: "MySQL allows one per table",
                          help: "keep one serial column; give the others a plain integer type and fill them yourself"))
        }
        for c in generated {
            let leads = table.constraints.contains { ($0.role == .primaryKey || $0.role == .unique) && $0.keyColumns.first == c.name }
                || table.indexes.contains { $0.keys.first?.column == c.name }
            if !leads || MySQLTypes.integerDigits(c.type) == nil {
                report(.error(.mysqlAutoIncrementNotKey,
                              "column `\(c.name)` of table `\(table.name)` would keep AUTO_INCREMENT \(leads ? "on a non-integer type" : "without an index leading with it")",
                              at: range, label: "MySQL error 1075 (incorrect table definition)",
                              notes: [DiagnosticNote("column `\(c.name)` was defined here", at: c.definedAt)],
                              help: "drop the column's default in the same run of statements (`ALTER COLUMN \(c.name) DROP DEFAULT`), or keep a key on it"))
            }
        }
    }
}

extension MySQLLowering {
    /// One portable expression in MySQL, given the types of the columns it reads (for tests and
    /// tools that evaluate translations on a server; nil-free: call only after `checkExpression`).
    public static func expressionText(_ e: Expression, columns: [String: ColumnType], flavor: MySQLFlavor) -> String {
        MySQLWriter(flavor: flavor, columns: MySQLColumnTypes(columns)).expression(e)
    }

    /// The D411 / D412 diagnostics for an expression MySQL would evaluate differently.
    public static func checkExpression(_ e: Expression, columns: [String: ColumnType]) -> [Diagnostic] {
        MySQLExpressions.check(e, columns: MySQLColumnTypes(columns), fallback: e.range)
    }
}
