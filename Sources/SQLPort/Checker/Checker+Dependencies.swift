/// Drops and renames, and what depends on what.
///
/// PostgreSQL semantics: dropping a column silently drops the indexes and constraints *of its
/// own table* that use it (and the sequence it owns); anything outside the table — a foreign
/// key of another table that relies on a key using the column, a view, a trigger — needs
/// `CASCADE`. The checker reports the silent drops as a warning (S317), because on MySQL and
/// SQLite they have to be spelled out, and the outside dependents as an error (S310).
extension CheckRun {
    /// What dropping `column` of `table` takes with it.
    func dependents(ofColumn column: String, in table: Table) -> (own: [DroppedObject], outside: [DroppedObject]) {
        var own: [DroppedObject] = [], outside: [DroppedObject] = []
        var droppedKeys: [Constraint] = []
        for c in table.constraints {
            let uses: Bool
            switch c.kind {
            case .primaryKey(let cols), .unique(let cols): uses = cols.contains(column)
            case .foreignKey(let fk): uses = fk.columns.contains(column)
                || (fk.referencedTable == table.name && fk.referencedColumns.contains(column))
            case .check(let e): uses = e.referencedColumnNames.contains(column)
            }
            if uses {
                own.append(.constraint(table: table.name, c))
                if c.role == .primaryKey || c.role == .unique { droppedKeys.append(c) }
            }
        }
        for index in table.indexes where Self.index(index, uses: column) { own.append(.index(table: table.name, index)) }
        for s in catalog.sequences(ownedBy: table.name) where s.ownedBy == .init(table: table.name, column: column) {
            own.append(.sequence(s))
        }
        for key in droppedKeys {
            outside += foreignKeys(relyingOn: key, of: table.name).filter { !own.contains($0) }
        }
        outside += catalog.views(using: table.name, column: column).map(DroppedObject.view)
        outside += triggers(using: table.name, column: column).map(DroppedObject.trigger)
        return (own, outside)
    }

    /// Foreign keys (of any table) whose referenced columns are exactly `key`'s columns.
    func foreignKeys(relyingOn key: Constraint, of table: String) -> [DroppedObject] {
        catalog.foreignKeys(referencing: table)
            .filter { Set($0.key.referencedColumns) == Set(key.keyColumns) && $0.constraint != key }
            .map { .constraint(table: $0.table.name, $0.constraint) }
    }

    func triggers(using table: String, column: String?) -> [Trigger] {
        catalog.tablesWithTriggers.flatMap(\.triggers).filter { t in
            t.dependencies.contains { d in d.table == table && (column.map { d.columns.contains($0) } ?? true) }
        }
    }

    static func index(_ index: TableIndex, uses column: String) -> Bool {
        index.keys.contains { key in
            switch key.target {
            case .column(let c): c == column
            case .expression(let e): e.referencedColumnNames.contains(column)
            }
        } || (index.predicate?.referencedColumnNames.contains(column) ?? false)
    }

    /// Removes dropped objects from the catalog.
    mutating func remove(_ objects: [DroppedObject]) {
        for object in objects {
            switch object {
            case .constraint(let table, let c):
                catalog.updateTable(table) { $0.constraints.removeAll { $0 == c } }
            case .index(let table, let i):
                catalog.updateTable(table) { $0.indexes.removeAll { $0 == i } }
            case .view(let v):
                while catalog.removeView(v) {}
            case .trigger(let tr):
                catalog.updateTable(tr.table) { $0.triggers.removeAll { $0 == tr } }
            case .sequence(let s):
                while catalog.removeSequence(s) {}
            }
        }
    }

    static func describe(_ object: DroppedObject) -> (text: String, range: SourceRange?) {
        switch object {
        case .constraint(let table, let c):
            return ("\(c.role.rawValue) `\(c.displayName)` on table `\(table)`", c.definedAt)
        case .index(let table, let i): return ("index `\(i.name)` on table `\(table)`", i.definedAt)
        case .view(let v): return ("view `\(v.name)`", v.definedAt)
        case .trigger(let t): return ("trigger `\(t.name)` on table `\(t.table)`", t.definedAt)
        case .sequence(let s): return ("sequence `\(s.name)`", s.definedAt)
        }
    }

    /// S310 when `outside` is not empty and there is no CASCADE; true when the drop may proceed.
    mutating func checkDependents(_ outside: [DroppedObject], cascade: Bool, what: String, range: SourceRange?,
                                  help: String) -> Bool {
        guard !outside.isEmpty, !cascade else { return true }
        report(.error(.dependentObjects, "cannot drop \(what) because other objects depend on it", at: range,
                      label: "still in use",
                      notes: outside.map { let d = Self.describe($0); return DiagnosticNote("\(d.text) depends on it", at: d.range) },
                      help: help))
        return false
    }

    mutating func dropColumn(_ name: Identifier, ifExists: Bool, cascade: Bool, from table: Table) -> ActionEffect {
        guard let column = table.column(name.value) else {
            if ifExists {
                let reason = "column `\(name.value)` of table `\(table.name)` does not exist, skipping"
                report(Diagnostic(.skipped, .note, reason, at: name.range, label: "skipped"))
                return .skipped(reason: reason)
            }
            reportUnknownColumn(name.value, range: name.range, in: table)
            return .invalid
        }
        let (own, outside) = dependents(ofColumn: column.name, in: table)
        guard checkDependents(outside, cascade: cascade, what: "column `\(column.name)` of table `\(table.name)`",
                              range: name.range,
                              help: "drop the dependent objects first, or write `DROP COLUMN \(column.name) CASCADE` to drop them too")
        else { return .invalid }
        let visible = own.filter { if case .sequence = $0 { false } else { true } }
        if !visible.isEmpty {
            report(.warning(.implicitlyDropped,
                            "dropping column `\(column.name)` also drops \(visible.map { Self.describe($0).text }.joined(separator: ", "))",
                            at: name.range, label: "dropped with the column",
                            notes: visible.map { let d = Self.describe($0); return DiagnosticNote("\(d.text) was defined here", at: d.range) },
                            help: "drop them explicitly before the column to make the intent visible"))
        }
        let cascaded = own + (cascade ? outside : [])
        remove(cascaded)
        catalog.updateTable(table.name) { t in
            while t.removeColumn(named: column.name) != nil {}
        }
        return .dropColumn(column, cascaded: cascaded)
    }

    mutating func dropConstraint(_ name: Identifier, ifExists: Bool, cascade: Bool, from table: Table) -> ActionEffect {
        guard let resolved = resolveConstraint(name, in: table, ifExists: ifExists) else {
            let reason = "constraint `\(name.value)` of table `\(table.name)` does not exist, skipping"
            report(Diagnostic(.skipped, .note, reason, at: name.range, label: "skipped"))
            return .skipped(reason: reason)
        }
        guard let (constraint, matchedBy) = resolved else { return .invalid }
        var outside: [DroppedObject] = []
        if constraint.role == .primaryKey || constraint.role == .unique {
            outside = foreignKeys(relyingOn: constraint, of: table.name)
        }
        guard checkDependents(outside, cascade: cascade,
                              what: "\(constraint.role.rawValue) `\(constraint.displayName)` of table `\(table.name)`",
                              range: name.range,
                              help: "drop the foreign keys first, or write `DROP CONSTRAINT \(name.value) CASCADE` to drop them too")
        else { return .invalid }
        let cascaded = cascade ? outside : []
        remove([.constraint(table: table.name, constraint)] + cascaded)
        if constraint.role == .primaryKey {
            // Without its primary key a SQLite column is no longer the rowid. A rowid that stands
            // for a SERIAL of the portable schema keeps PostgreSQL's serial default until DROP
            // DEFAULT (SQLite lowering: D431); one read from a SQLite schema had no default to keep.
            let catalogNow = catalog
            catalog.updateTable(table.name) { t in
                for c in t.columns {
                    guard case .rowid? = c.generator else { continue }
                    let generator: ValueGenerator? = c.type.declaredIn == .portable
                        ? .serial(sequence: PostgreSQLNaming.sequenceName(table: t.name, column: c.name, catalog: catalogNow))
                        : nil
                    t.updateColumn(named: c.name) { $0.generator = generator }
                }
            }
        }
        checkForeignKeysKeepIndexes(table.name, droppedName: constraint.displayName, at: name.range)
        return .dropConstraint(constraint, matchedBy: matchedBy, cascaded: cascaded)
    }

    /// InnoDB needs an index starting with every foreign key's columns and refuses a drop that
    /// leaves one without (error 1553). As a careful DBA would, the index it needs is created
    /// first, in the same statement (S376): named as InnoDB names the index it makes for a key
    /// (the key's written name, else its first column's, free among the table's index names),
    /// and explicit, since InnoDB keeps an index it was given. PostgreSQL has no such index.
    mutating func checkForeignKeysKeepIndexes(_ tableName: String, droppedName: String, at range: SourceRange?) {
        guard dialect.foreignKeysNeedAnIndex, let table = catalog.table(tableName) else { return }
        var t = table
        for (c, key) in table.foreignKeys where !MySQLNaming.hasIndex(startingWith: key.columns, in: t) {
            let written = c.isNameGenerated ? nil : c.name
            let free = written.map { !MySQLNaming.indexNames(in: t).contains($0.uppercased()) } ?? false
            guard var index = naming.foreignKeySupportIndex(for: key, constraintName: c.name, requestedName: free ? written : nil, table: t)
            else { continue }
            index.origin = .explicit
            index.definedAt = range
            t.indexes.append(index)
            report(.warning(.supportIndexCreated,
                            "dropping `\(droppedName)` leaves foreign key `\(c.displayName)` without an index: index `\(index.name)` on (\(key.columns.joined(separator: ", "))) is created first",
                            at: range, label: "\(target.displayName) needs an index on a foreign key's columns (error 1553)",
                            notes: [DiagnosticNote("foreign key `\(c.displayName)` was defined here", at: c.definedAt)],
                            help: "PostgreSQL has no such index; drop the foreign key too if it is not wanted"))
        }
        if t.indexes.count != table.indexes.count { catalog.updateTable(tableName) { $0.indexes = t.indexes } }
    }

    mutating func dropTable(_ s: DropTable) -> StepResolution {
        var dropped: [DroppedTable] = []
        let names = Set(s.names.map(\.name.value))
        for name in s.names {
            guard catalog.table(name.name.value) != nil || !s.ifExists || catalog.view(name.name.value) != nil else {
                report(Diagnostic(.skipped, .note, "table `\(name.name.value)` does not exist, skipping", at: name.range, label: "skipped"))
                continue
            }
            guard let table = resolveTable(name) else { continue }
            var outside: [DroppedObject] = catalog.foreignKeys(referencing: table.name)
                .filter { !names.contains($0.table.name) }
                .map { .constraint(table: $0.table.name, $0.constraint) }
            outside += catalog.views(using: table.name).map(DroppedObject.view)
            outside += triggers(using: table.name, column: nil).filter { $0.table != table.name }.map(DroppedObject.trigger)
            let cascade = s.behavior == .cascade
            guard checkDependents(outside, cascade: cascade, what: "table `\(table.name)`", range: name.range,
                                  help: "drop the dependent objects first, or write `DROP TABLE \(table.name) CASCADE`")
            else { continue }
            let owned = catalog.sequences(ownedBy: table.name).map(DroppedObject.sequence)
            let cascaded = (cascade ? outside : []) + owned
            remove(cascaded)
            while catalog.removeTable(named: table.name) != nil {}
            dropped.append(DroppedTable(table: table, cascaded: cascaded))
        }
        if dropped.isEmpty && s.ifExists { return .skipped(reason: "no table to drop") }
        return .dropTable(dropped, ifExists: s.ifExists)
    }

    /// `RENAME COLUMN`: keys, checks, index keys and predicates, foreign keys pointing here,
    /// views' and triggers' dependencies and the owned sequence follow the column.
    mutating func renameColumnEverywhere(table: String, from old: String, to new: String) {
        func rename(_ cols: [String]) -> [String] { cols.map { $0 == old ? new : $0 } }
        renameInViewDefinitions(table: table, column: (old, new), newTable: nil)
        catalog.updateTable(table) { t in
            t.updateColumn(named: old) { $0.name = new }
            for i in t.constraints.indices {
                switch t.constraints[i].kind {
                case .primaryKey(let cols): t.constraints[i].kind = .primaryKey(columns: rename(cols))
                case .unique(let cols): t.constraints[i].kind = .unique(columns: rename(cols))
                case .foreignKey(var fk):
                    fk.columns = rename(fk.columns)
                    t.constraints[i].kind = .foreignKey(fk)
                case .check(let e): t.constraints[i].kind = .check(e.renamingColumn(old, to: new))
                }
                if case .column(old) = t.constraints[i].level { t.constraints[i].level = .column(new) }
            }
            for i in t.indexes.indices {
                t.indexes[i].keys = t.indexes[i].keys.map { key in
                    var key = key
                    switch key.target {
                    case .column(let c): if c == old { key.target = .column(new) }
                    case .expression(let e): key.target = .expression(e.renamingColumn(old, to: new))
                    }
                    return key
                }
                t.indexes[i].predicate = t.indexes[i].predicate?.renamingColumn(old, to: new)
            }
        }
        for referencing in Self.uniqueNames(catalog.foreignKeys(referencing: table).map(\.table.name)) {
            catalog.updateTable(referencing) { t in
                for ci in t.constraints.indices {
                    guard case .foreignKey(var fk) = t.constraints[ci].kind, fk.referencedTable == table else { continue }
                    fk.referencedColumns = rename(fk.referencedColumns)
                    t.constraints[ci].kind = .foreignKey(fk)
                }
            }
        }
        updateDependencies(on: table) { TableDependency(table: table, columns: rename($0.columns)) }
        for s in catalog.sequences(ownedBy: table) where s.ownedBy == .init(table: table, column: old) {
            catalog.updateSequence(s.name) { $0.ownedBy = .init(table: table, column: new) }
        }
    }

    /// `names` without repeats, in order.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Rewrites every trigger's and view's dependency on `table` with `body`.
    private mutating func updateDependencies(on table: String, _ body: (TableDependency) -> TableDependency) {
        for withTriggers in catalog.tablesWithTriggers
        where withTriggers.triggers.contains(where: { $0.dependencies.contains { $0.table == table } }) {
            catalog.updateTable(withTriggers.name) { t in
                for ri in t.triggers.indices {
                    t.triggers[ri].dependencies = t.triggers[ri].dependencies.map { $0.table == table ? body($0) : $0 }
                }
            }
        }
        for view in catalog.views(using: table) {
            catalog.updateView(view.name) { v in
                v.dependencies = v.dependencies.map { $0.table == table ? body($0) : $0 }
            }
        }
    }

    /// `RENAME TO`: constraint and index names stay (PostgreSQL keeps `old_pkey`); references follow.
    mutating func renameTableEverywhere(from old: String, to new: String) {
        renameInViewDefinitions(table: old, column: nil, newTable: new)
        catalog.updateTable(old) { t in
            t.name = new
            for i in t.triggers.indices { t.triggers[i].table = new }
        }
        for referencing in Self.uniqueNames(catalog.foreignKeys(referencing: old).map(\.table.name)) {
            catalog.updateTable(referencing) { t in
                for ci in t.constraints.indices {
                    guard case .foreignKey(var fk) = t.constraints[ci].kind, fk.referencedTable == old else { continue }
                    fk.referencedTable = new
                    t.constraints[ci].kind = .foreignKey(fk)
                }
            }
        }
        updateDependencies(on: old) { TableDependency(table: new, columns: $0.columns) }
        for s in catalog.sequences(ownedBy: old) {
            catalog.updateSequence(s.name) { $0.ownedBy?.table = new }
        }
    }
}
