/// What one MySQL `ALTER TABLE` can hold: the rule the batch keeps when it merges the clauses
/// of several statements (or of one PostgreSQL statement) into one.
///
/// Measured on MariaDB 10.11, pair by pair (`MySQLStatementRulesTests` lists them):
///
/// 1. A clause that names an existing column or key (MODIFY, CHANGE, DROP, RENAME,
///    ALTER ... DEFAULT, DROP INDEX / FOREIGN KEY / CONSTRAINT, RENAME INDEX) resolves it
///    against the table *before* the statement: it may not name what another clause of the
///    statement adds, renames (either name) or drops (`ADD COLUMN d, RENAME COLUMN d TO e`,
///    `MODIFY a, RENAME COLUMN a TO b`, `RENAME COLUMN a TO x, RENAME COLUMN x TO y`: 1054).
/// 2. A key the statement adds (index, primary key, unique, foreign key, check) is built on
///    the columns as they stand *after* it: a clause after it may not drop, rename or change
///    the name of a column it uses (`ADD INDEX (author), RENAME COLUMN author TO writer`: 1072;
///    a CHECK: 1054). (A key *after* the rename that uses the new name is fine.)
/// 3. A name freed and taken again in one statement: fine for an index or the primary key
///    (`DROP INDEX i, ADD INDEX i (...)`), a check, and a column renamed onto a dropped
///    column's name (`DROP COLUMN c, CHANGE COLUMN c_sqlport c ...`); not after dropping a
///    foreign key (`DROP FOREIGN KEY fk, ADD CONSTRAINT fk ...`: errno 121; a check named so:
///    1826), and not a column dropped and added again (MariaDB keeps the old column's indexes
///    on the new one, silently).
///
/// Names compare without case, as MySQL compares them. What breaks a rule needs a statement
/// boundary: the batch is written out and the clause starts the next one.
enum MySQLStatementRules {
    enum Space: Hashable { case column, index, constraint }

    /// A name in one of a table's namespaces (foreign keys and checks share one: MySQL 8
    /// keeps both per schema, MariaDB refuses a check named like a dropped foreign key).
    struct Name: Hashable {
        var space: Space
        var key: String
        init(_ space: Space, _ name: String) { self.space = space; key = name.uppercased() }
    }

    /// What a clause does to names.
    struct Effect {
        /// Named as existing before the statement (what a drop or rename removes included).
        var refers: [Name] = []
        /// Removed by the clause: dropped, or the old side of a rename.
        var frees: [Name] = []
        /// Created by the clause, and whether a freed name may be reused by it (rule 3).
        var takes: [(name: Name, mayReuse: Bool)] = []
        /// Columns of a key the clause adds (rule 2).
        var keyColumns: [String] = []
        /// It drops a foreign key: its name cannot be taken again in the statement.
        var dropsForeignKey = false
    }

    /// Stands for every column, for a check whose text is not portable (it may read any).
    static let anyColumn = Name(.column, "\u{0}*")

    /// Every name the clause names, in any role (key columns as columns).
    static func mentionedNames(of clause: MySQLClause) -> [Name] {
        let e = effect(of: clause)
        return e.refers + e.frees + e.takes.map(\.name) + e.keyColumns.map { $0 == "\u{0}*" ? anyColumn : Name(.column, $0) }
    }

    static func effect(of clause: MySQLClause) -> Effect {
        var e = Effect()
        func renames(_ space: Space, _ from: String, _ to: String) {
            e.refers.append(Name(space, from))
            guard Name(space, from) != Name(space, to) else { return }  // a change of case only
            e.frees.append(Name(space, from))
            e.takes.append((Name(space, to), true))
        }
        switch clause {
        case .addColumn(let c, _): e.takes.append((Name(.column, c.name), false))
        case .dropColumn(let n):
            e.refers.append(Name(.column, n)); e.frees.append(Name(.column, n))
        case .modifyColumn(let c), .setDefault(let c): e.refers.append(Name(.column, c.name))
        case .dropDefault(let n): e.refers.append(Name(.column, n))
        case .changeColumn(let from, let c, _): renames(.column, from, c.name)
        case .renameColumn(let a, let b): renames(.column, a, b)
        case .renameIndex(let a, let b): renames(.index, a, b)
        case .dropPrimaryKey:
            e.refers.append(Name(.index, MySQLNaming.primaryKeyName)); e.frees.append(Name(.index, MySQLNaming.primaryKeyName))
        case .dropIndex(let n):
            e.refers.append(Name(.index, n)); e.frees.append(Name(.index, n))
        case .dropCheck(let n):
            e.refers.append(Name(.constraint, n)); e.frees.append(Name(.constraint, n))
        case .dropForeignKey(let n):
            e.refers.append(Name(.constraint, n)); e.frees.append(Name(.constraint, n))
            e.dropsForeignKey = true
        case .addIndex(let i):
            e.takes.append((Name(.index, i.name), true))
            e.keyColumns = i.columns
        case .addConstraint(let k):
            e.keyColumns = k.keyColumns
            switch k.kind {
            case .primaryKey: e.takes.append((Name(.index, MySQLNaming.primaryKeyName), true))
            case .unique: if let n = k.name { e.takes.append((Name(.index, n), true)) }
            case .foreignKey: if let n = k.name { e.takes.append((Name(.constraint, n), true)) }
            case .check(let x):
                if let n = k.name { e.takes.append((Name(.constraint, n), true)) }
                // A check whose text is not portable reads unknown columns: any may matter.
                e.keyColumns = x.expression?.referencedColumnNames ?? ["\u{0}*"]
            }
        }
        return e
    }

    /// The first clause that breaks a rule against an earlier one, as (earlier, later)
    /// indices; nil when all of them can share one statement.
    static func firstConflict(_ clauses: [MySQLClause]) -> (Int, Int)? {
        var touched: [Name: Int] = [:]          // freed or taken so far, by which clause
        var referred: [Name: Int] = [:]
        var freedByForeignKeyDrop: [Name: Int] = [:]
        var freed: [Name: Int] = [:]
        var keyUsers: [String: Int] = [:]       // column (upper case) -> a key clause using it
        var anyColumnKey: Int?                  // a check reading unknown columns
        for (i, clause) in clauses.enumerated() {
            let e = effect(of: clause)
            // Rule 1: what it names stands as before the statement.
            for n in e.refers { if let j = touched[n] { return (j, i) } }
            // A name it frees is named by no earlier clause (`MODIFY a, RENAME COLUMN a ...`).
            for n in e.frees { if let j = referred[n] { return (j, i) } }
            // Rule 2: the columns of keys added before it keep their names.
            for n in e.frees + e.takes.map(\.name) where n.space == .column {
                if let j = keyUsers[n.key] ?? anyColumnKey { return (j, i) }
            }
            // Rule 3: names taken again.
            for (n, mayReuse) in e.takes {
                if let j = freedByForeignKeyDrop[n] { return (j, i) }
                if let j = freed[n], !mayReuse { return (j, i) }
                if let j = touched[n], freed[n] == nil { return (j, i) }   // taken twice
                if let j = referred[n], freed[n] == nil { return (j, i) }  // exists already
            }
            for n in e.refers { referred[n] = referred[n] ?? i }
            for n in e.frees {
                touched[n] = i
                freed[n] = i
                if e.dropsForeignKey { freedByForeignKeyDrop[n] = i }
            }
            for (n, _) in e.takes { touched[n] = i; freed[n] = nil }
            for c in e.keyColumns {
                if c == "\u{0}*" { anyColumnKey = anyColumnKey ?? i } else { keyUsers[c.uppercased()] = keyUsers[c.uppercased()] ?? i }
            }
        }
        return nil
    }
}
