/// One `ALTER TABLE` clause, before rendering. Clauses of consecutive statements on one table
/// collect in a batch and go out as one `ALTER TABLE` (MySQL copies the table per statement).
enum MySQLClause: Equatable {
    /// Written with the column's MariaDB column check as the batch leaves it (see `restatedColumn`).
    case addColumn(Column, ifNotExists: Bool)
    case dropColumn(String)
    /// `MODIFY COLUMN` with the complete definition.
    case modifyColumn(Column)
    /// `CHANGE COLUMN old new-definition [FIRST | AFTER x]`.
    case changeColumn(from: String, Column, position: MySQLColumnPosition?)
    case setDefault(column: Column)
    case dropDefault(String)
    case addConstraint(Constraint)
    case dropPrimaryKey
    case dropForeignKey(String)
    case dropIndex(String)
    case dropCheck(String)
    case addIndex(TableIndex)
    case renameColumn(String, to: String)
    case renameIndex(String, to: String)

    /// Column names the clause refers to by name (before or after it).
    var columnNames: [String] {
        switch self {
        case .addColumn(let c, _), .modifyColumn(let c), .setDefault(let c): [c.name]
        case .dropColumn(let c), .dropDefault(let c): [c]
        case .changeColumn(let from, let c, _): [from, c.name]
        case .renameColumn(let a, let b): [a, b]
        case .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex, .dropCheck, .addIndex, .renameIndex: []
        }
    }
}

enum MySQLColumnPosition: Equatable {
    case first
    case after(String)
}

/// A run of clauses for one table, merged so each column is defined once.
struct MySQLAlterBatch {
    var table: String
    var clauses: [MySQLClause] = []
    /// Plan step indices whose clauses are in the batch.
    var steps: [Int] = []
    /// Every name a clause of the batch has named (a superset once folds remove clauses): a
    /// clause naming none of them appends, and can break no rule (see `accepts`).
    private var mentioned = Set<MySQLStatementRules.Name>()

    init(table: String) { self.table = table }

    /// The clause that (re)defines `column` in this batch, if any.
    private func definingClause(of column: String) -> Int? {
        clauses.lastIndex { clause in
            switch clause {
            case .addColumn(let c, _), .modifyColumn(let c): c.name == column
            case .changeColumn(_, let c, _): c.name == column
            case .dropColumn, .setDefault, .dropDefault, .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex,
                 .dropCheck, .addIndex, .renameColumn, .renameIndex: false
            }
        }
    }

    /// Whether the clauses can join the batch, folded in as `add` does, and the whole still be
    /// one statement MySQL runs with the meaning of the statements in sequence
    /// (`MySQLStatementRules`). `tableAfter`: the table after the clauses; a key
    /// whose column a fold took away (added, indexed, then dropped) needs a boundary too.
    func accepts(_ new: [MySQLClause], tableAfter: Table? = nil) -> Bool {
        // The common case, in O(1): one clause on names the batch has not named (a run of
        // ADD COLUMNs, say). It cannot fold, nor break a rule against the batch; the keys
        // already in the batch were checked when they joined, and it changes none of their columns.
        if new.count == 1, !mentioned.contains(MySQLStatementRules.anyColumn) {
            let names = MySQLStatementRules.mentionedNames(of: new[0])
            if !names.contains(where: mentioned.contains) {
                let used = MySQLStatementRules.effect(of: new[0]).keyColumns
                return tableAfter.map { after in used.allSatisfy { after.column($0) != nil } } ?? true
            }
        }
        var merged = self
        for c in new { merged.add(c) }
        if MySQLStatementRules.firstConflict(merged.clauses) != nil { return false }
        guard let tableAfter else { return true }
        return merged.clauses.allSatisfy { c in
            switch c {
            case .addIndex, .addConstraint:
                let used = MySQLStatementRules.effect(of: c).keyColumns
                return used.allSatisfy { tableAfter.column($0) != nil }
            case .addColumn, .dropColumn, .modifyColumn, .changeColumn, .setDefault, .dropDefault, .dropPrimaryKey,
                 .dropForeignKey, .dropIndex, .dropCheck, .renameColumn, .renameIndex:
                return true
            }
        }
    }

    /// Adds a clause, folding it into an earlier one for the same column where MySQL would
    /// otherwise see the column twice.
    mutating func add(_ clause: MySQLClause) {
        mentioned.formUnion(MySQLStatementRules.mentionedNames(of: clause))
        switch clause {
        case .modifyColumn(let c), .setDefault(let c):
            if let i = definingClause(of: c.name) {
                replaceDefinition(at: i, with: c)
                return
            }
            clauses.removeAll { if case .setDefault(let x) = $0 { x.name == c.name } else if case .dropDefault(let n) = $0 { n == c.name } else { false } }
            clauses.append(clause)
        case .dropDefault(let name):
            if definingClause(of: name) != nil { return }  // the caller restates the column instead
            clauses.removeAll { if case .setDefault(let x) = $0 { x.name == name } else { false } }
            clauses.append(clause)
        case .dropColumn(let name):
            let added = clauses.contains { if case .addColumn(let c, _) = $0 { c.name == name } else { false } }
            clauses.removeAll { c in
                switch c {
                case .addColumn(let x, _), .modifyColumn(let x), .setDefault(let x): x.name == name
                case .dropDefault(let n): n == name
                case .dropColumn, .changeColumn, .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex, .dropCheck,
                     .addIndex, .renameColumn, .renameIndex: false
                }
            }
            if !added { clauses.append(clause) }
        case .dropIndex(let name):
            // MySQL resolves index names against the table before the statement: an index this
            // batch adds or renames cannot be dropped by its new name in the same statement.
            if let i = clauses.firstIndex(where: { if case .addIndex(let x) = $0 { x.name == name } else { false } }) {
                clauses.remove(at: i)
            } else if let i = clauses.firstIndex(where: { if case .renameIndex(_, let to) = $0 { to == name } else { false } }),
                      case .renameIndex(let from, _) = clauses[i] {
                clauses[i] = .dropIndex(from)
            } else {
                clauses.append(clause)
            }
        case .dropCheck(let name):
            // A check this batch adds is not there yet for the statement to drop (error 1091).
            if let i = clauses.lastIndex(where: { if case .addConstraint(let k) = $0 { k.role == .check && k.name == name } else { false } }) {
                clauses.remove(at: i)
            } else {
                clauses.append(clause)
            }
        case .renameIndex(let from, let to):
            if let i = clauses.firstIndex(where: { if case .addIndex(let x) = $0 { x.name == from } else { false } }),
               case .addIndex(var index) = clauses[i] {
                index.name = to
                clauses[i] = .addIndex(index)
            } else if let i = clauses.firstIndex(where: { if case .renameIndex(_, let x) = $0 { x == from } else { false } }),
                      case .renameIndex(let first, _) = clauses[i] {
                clauses[i] = .renameIndex(first, to: to)
            } else {
                clauses.append(clause)
            }
        case .addColumn, .changeColumn, .addConstraint, .dropPrimaryKey, .dropForeignKey, .addIndex, .renameColumn:
            clauses.append(clause)
        }
    }

    /// A later definition of a column replaces an earlier one in place: the column as the
    /// catalog holds it after both.
    mutating func restate(_ column: Column) {
        if let i = definingClause(of: column.name) { replaceDefinition(at: i, with: column) }
    }

    private mutating func replaceDefinition(at i: Int, with c: Column) {
        switch clauses[i] {
        case .addColumn(_, let ine): clauses[i] = .addColumn(c, ifNotExists: ine)
        case .modifyColumn: clauses[i] = .modifyColumn(c)
        case .changeColumn(let from, _, let position): clauses[i] = .changeColumn(from: from, c, position: position)
        case .dropColumn, .setDefault, .dropDefault, .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex,
             .dropCheck, .addIndex, .renameColumn, .renameIndex:
            break
        }
    }

    var isEmpty: Bool { clauses.isEmpty }

    /// Puts each `CHANGE COLUMN` after the column that precedes it in `table` (the table as the
    /// batch leaves it), and orders those clauses by that final place. MySQL places positioned
    /// columns in clause order, resolving `AFTER x` among the columns placed so far: with two
    /// converted columns, the later one's `AFTER` may name the earlier (error 1054 in MySQL,
    /// a column at the end in MariaDB) unless the earlier comes first.
    mutating func placeChangedColumns(in table: Table) {
        let slots = clauses.indices.filter { if case .changeColumn = clauses[$0] { true } else { false } }
        var changes: [(index: Int, clause: MySQLClause)] = []
        for i in slots {
            guard case .changeColumn(let from, let column, let position) = clauses[i] else { continue }
            guard let place = table.columnIndex(column.name) else {
                changes.append((Int.max, .changeColumn(from: from, column, position: position)))
                continue
            }
            let after: MySQLColumnPosition = place == 0 ? .first : .after(table.columns[place - 1].name)
            changes.append((place, .changeColumn(from: from, column, position: after)))
        }
        let sorted = changes.enumerated().sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }.map(\.element.clause)
        for (slot, clause) in zip(slots, sorted) { clauses[slot] = clause }
    }
}

extension MySQLWriter {
    /// One clause's text. `mariadb` uses the `IF [NOT] EXISTS` forms so a re-run skips what is done.
    func clause(_ c: MySQLClause) -> String {
        let maria = flavor == .mariadb
        let ifExists = maria ? "IF EXISTS " : "", ifNotExists = maria ? "IF NOT EXISTS " : ""
        switch c {
        case .addColumn(let col, let ine):
            return "ADD COLUMN " + (ine || maria ? "IF NOT EXISTS " : "") + restatedColumn(col)
        case .dropColumn(let n): return "DROP COLUMN " + ifExists + name(n)
        case .modifyColumn(let col): return "MODIFY COLUMN " + ifExists + restatedColumn(col)
        case .changeColumn(let from, let col, let position):
            return "CHANGE COLUMN " + ifExists + name(from) + " " + restatedColumn(col) + self.position(position)
        case .setDefault(let col):
            return "ALTER COLUMN " + name(col.name) + " SET DEFAULT " + (col.defaultValue.map { defaultText($0, for: col) } ?? "NULL")
        case .dropDefault(let n): return "ALTER COLUMN " + name(n) + " DROP DEFAULT"
        case .addConstraint(let k):
            switch k.kind {
            case .primaryKey(let cols): return "ADD PRIMARY KEY " + ifNotExists + names(cols)
            case .unique(let cols):
                // The index is named as the server would name it, so IF NOT EXISTS can find it.
                guard maria, let n = k.name else { return "ADD " + constraint(k) }
                return "ADD UNIQUE INDEX IF NOT EXISTS " + name(n) + " " + names(cols)
            case .check(let e):
                // Named even when MariaDB would name it (`CONSTRAINT_<n>`): a drop in the same
                // statement frees a number MariaDB would reuse, and a re-run must find it.
                guard maria, let n = k.name else { return "ADD " + constraint(k) }
                return "ADD CONSTRAINT IF NOT EXISTS " + name(n) + " CHECK (" + catalogExpression(e) + ")"
            case .foreignKey(let fk):
                guard maria, let n = k.name, !k.isNameGenerated else { return "ADD " + constraint(k) }
                return "ADD CONSTRAINT " + name(n) + " FOREIGN KEY IF NOT EXISTS " + names(fk.columns) + " " + references(fk)
            }
        case .dropPrimaryKey: return maria ? "DROP INDEX IF EXISTS `PRIMARY`" : "DROP PRIMARY KEY"
        case .dropForeignKey(let n): return "DROP FOREIGN KEY " + ifExists + name(n)
        case .dropIndex(let n): return "DROP INDEX " + ifExists + name(n)
        // MySQL 8.0.19+ and MariaDB both take DROP CONSTRAINT for a check (MariaDB has no DROP CHECK).
        case .dropCheck(let n): return "DROP CONSTRAINT " + ifExists + name(n)
        case .addIndex(let i):
            return "ADD " + (i.isUnique ? "UNIQUE " : "") + "INDEX " + ifNotExists + name(i.name) + " " + indexKeys(i)
        case .renameColumn(let a, let b): return "RENAME COLUMN " + name(a) + " TO " + name(b)
        case .renameIndex(let a, let b): return "RENAME INDEX " + ifExists + name(a) + " TO " + name(b)
        }
    }

    func position(_ p: MySQLColumnPosition?) -> String {
        switch p {
        case .first?: " FIRST"
        case .after(let c)?: " AFTER " + name(c)
        case nil: ""
        }
    }

    /// `ALTER TABLE t clause;`, one clause per line when there are several.
    func alterTable(_ table: String, _ clauses: [MySQLClause]) -> String {
        let texts = clauses.map(clause)
        if texts.count == 1 { return alterTableHead(table) + " " + texts[0] + ";" }
        return alterTableHead(table) + "\n" + texts.map { "    " + $0 }.joined(separator: ",\n") + ";"
    }

    /// `ALTER TABLE t`, or `ALTER TABLE IF EXISTS t` for a table the script drops or renames later.
    func alterTableHead(_ table: String) -> String {
        "ALTER TABLE " + (vanishingTables.contains(table) ? "IF EXISTS " : "") + name(table)
    }
}
