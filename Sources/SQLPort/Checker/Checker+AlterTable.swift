/// `ALTER TABLE`: each action resolved against the table as the earlier actions left it.
extension CheckRun {
    mutating func alterTable(_ s: AlterTable) -> StepResolution {
        let name = s.name.name.value
        if catalog.table(name) == nil {
            if s.ifExists, catalog.view(name) == nil {
                return skip("table `\(name)` does not exist, skipping", at: s.name.range)
            }
            _ = resolveTable(s.name)
            return .invalid
        }
        var current = name
        var actions: [ResolvedAction] = []
        for action in s.actions {
            let errors = errorCount
            let before = catalog
            var effect = applyAction(action, table: &current)
            if errorCount > errors {
                catalog = before
                effect = .invalid
            }
            actions.append(ResolvedAction(action: action, effect: effect))
        }
        return .alterTable(table: name, actions: actions)
    }

    private mutating func applyAction(_ action: AlterTableAction, table name: inout String) -> ActionEffect {
        guard let table = catalog.table(name), checkGeneratedColumns(action, in: table) else { return .invalid }
        switch action.kind {
        case .addColumn(let def, let ifNotExists):
            return addColumn(def, ifNotExists: ifNotExists, to: table)
        case .dropColumn(let column, let ifExists, let behavior):
            return dropColumn(column, ifExists: ifExists, cascade: behavior == .cascade, from: table)
        case .alterColumnType(let column, let type, let collate, let using):
            return alterColumnType(column, to: type, collate: collate, using: using, in: table)
        case .setDefault(let column, let e):
            guard let before = resolveColumn(column, in: table), checkNotIdentity(before, column, in: table) else { return .invalid }
            checkDefaultExpression(e)
            let after = updateColumn(before.name, in: table.name) { c in
                c.defaultValue = Self.storedDefault(e)
                if Self.isDefaultGenerator(c.generator) { c.generator = nil }
            }
            checkEnumDefault(after)
            return .setDefault(before: before, after: after)
        case .dropDefault(let column):
            guard let before = resolveColumn(column, in: table), checkNotIdentity(before, column, in: table) else { return .invalid }
            let after = updateColumn(before.name, in: table.name) { c in
                c.defaultValue = nil
                // SERIAL's nextval and AUTO_INCREMENT are the column's default; the sequence stays.
                if Self.isDefaultGenerator(c.generator) { c.generator = nil }
            }
            return .dropDefault(before: before, after: after)
        case .setNotNull(let column):
            guard let before = resolveColumn(column, in: table) else { return .invalid }
            let after = updateColumn(before.name, in: table.name) { $0.isNotNull = true }
            return .setNotNull(before: before, after: after)
        case .dropNotNull(let column):
            guard let before = resolveColumn(column, in: table) else { return .invalid }
            if let pk = table.primaryKey, pk.keyColumns.contains(before.name) {
                report(.error(.primaryKeyNullable, "column `\(before.name)` is in a primary key", at: column.range,
                              label: "primary key columns are NOT NULL",
                              notes: [DiagnosticNote("primary key `\(pk.displayName)` was defined here", at: pk.definedAt)],
                              help: "drop the primary key first: `ALTER TABLE \(table.name) DROP CONSTRAINT \(pk.postgresName)`"))
                return .invalid
            }
            let after = updateColumn(before.name, in: table.name) { $0.isNotNull = false }
            return .dropNotNull(before: before, after: after)
        case .addConstraint(let c):
            let pending = PendingConstraint(kind: c.kind, name: c.name, level: .table, range: c.range ?? action.range)
            guard let added = addConstraint(pending, toTable: table.name) else { return .invalid }
            return .addConstraint(added.constraint, supportIndex: added.supportIndex,
                                  removedSupportIndexes: added.removedSupportIndexes)
        case .dropConstraint(let constraint, let ifExists, let behavior):
            return dropConstraint(constraint, ifExists: ifExists, cascade: behavior == .cascade, from: table)
        case .renameColumn(let old, let new):
            guard let before = resolveColumn(old, in: table) else { return .invalid }
            if let existing = table.column(new.value) {
                report(.error(.duplicateColumn, "column `\(new.value)` of table `\(table.name)` already exists", at: new.range,
                              label: "name in use", notes: [DiagnosticNote("column `\(existing.name)` was defined here", at: existing.definedAt)]))
                return .invalid
            }
            guard checkTargetName(new.value, kind: .column, table: table, at: new.range, except: before.name) else { return .invalid }
            renameColumnEverywhere(table: table.name, from: before.name, to: new.value)
            return .renameColumn(before: before, to: new.value)
        case .renameConstraint(let old, let new):
            guard case .some(.some(let found)) = resolveConstraint(old, in: table, ifExists: false) else { return .invalid }
            let errors = errorCount
            checkNewConstraintName(new, kind: Self.tableConstraintKind(of: found.constraint), in: table)
            guard errorCount == errors else { return .invalid }
            guard checkTargetName(new.value, kind: .constraint(found.constraint.role), table: table, at: new.range,
                                  except: found.constraint.name) else { return .invalid }
            let primaryKeyNameIsFixed = dialect.primaryKeyNameIsFixed
            let naming = self.naming
            catalog.updateTable(table.name) { t in
                guard let i = t.constraints.firstIndex(of: found.constraint) else { return }
                // MySQL's primary key is PRIMARY whatever it is called elsewhere.
                if !(found.constraint.role == .primaryKey && primaryKeyNameIsFixed) {
                    t.constraints[i].name = new.value
                }
                t.constraints[i].postgresName = new.value
                t.constraints[i].isNameGenerated = false
                // Now named as if written so (MySQL renames by drop and add): MariaDB keeps it at table level.
                let renamed = ConstraintNamingRequest(role: found.constraint.role, level: found.constraint.level,
                                                      requestedName: new.value)
                t.constraints[i].level = naming.level(for: renamed, table: t)
            }
            return .renameConstraint(found.constraint, matchedBy: found.matchedBy, to: new.value)
        case .addIdentity(let column, let always):
            return addIdentity(column, always: always, in: table)
        case .dropIdentity(let column, let ifExists):
            return dropIdentity(column, ifExists: ifExists, in: table)
        case .renameTable(let new):
            if let (kind, definedAt) = relationUsing(new.value) {
                report(.error(.duplicateTable, "\(kind) `\(new.value)` already exists", at: new.range, label: "name in use",
                              notes: [DiagnosticNote("\(kind) `\(new.value)` was defined here", at: definedAt)]))
                return .invalid
            }
            guard checkTargetName(new.value, kind: .table, table: nil, at: new.range, except: table.name) else { return .invalid }
            renameTableEverywhere(from: table.name, to: new.value)
            name = new.value
            return .renameTable(from: table.name, to: new.value)
        }
    }

    /// `SERIAL`'s nextval and MySQL's `AUTO_INCREMENT` live in the column default slot: replacing
    /// or dropping the default ends them. Identity and rowid aliasing are not defaults.
    static func isDefaultGenerator(_ g: ValueGenerator?) -> Bool {
        switch g {
        case .serial, .autoIncrement: true
        case .identity, .rowid, nil: false
        }
    }

    static func tableConstraintKind(of c: Constraint) -> TableConstraint.Kind {
        switch c.kind {
        case .primaryKey: .primaryKey([])
        case .unique: .unique([])
        case .foreignKey: .foreignKey(columns: [], ForeignKeyReference(table: QualifiedName(Identifier(""))))
        case .check: .check(Expression(.null))
        }
    }

    /// S320: PostgreSQL keeps an identity column's numbering out of reach of SET / DROP DEFAULT.
    private mutating func checkNotIdentity(_ column: Column, _ name: Identifier, in table: Table) -> Bool {
        if case .identity = column.generator {} else if !column.isIdentity { return true }
        report(.error(.identityDefault, "column `\(column.name)` of table `\(table.name)` is an identity column",
                      at: name.range, label: "its values come from the identity",
                      notes: [DiagnosticNote("column `\(column.name)` was defined here", at: column.definedAt)],
                      help: "an identity column has no default to change; recreate the column without `GENERATED ... AS IDENTITY` to use a default"))
        return false
    }

    /// Applies `body` to a column and returns it as it then is.
    @discardableResult
    mutating func updateColumn(_ column: String, in table: String, _ body: (inout Column) -> Void) -> Column {
        var result: Column?
        catalog.updateTable(table) { t in
            t.updateColumn(named: column) { c in
                body(&c)
                result = c
            }
        }
        return result!
    }

    private mutating func addColumn(_ def: ColumnDefinition, ifNotExists: Bool, to table: Table) -> ActionEffect {
        if let existing = table.column(def.name.value) {
            if ifNotExists {
                let reason = "column `\(existing.name)` of table `\(table.name)` already exists, skipping"
                report(Diagnostic(.skipped, .note, reason, at: def.name.range, label: "skipped"))
                return .skipped(reason: reason)
            }
            report(.error(.duplicateColumn, "column `\(existing.name)` of table `\(table.name)` already exists",
                          at: def.name.range, label: "name in use",
                          notes: [DiagnosticNote("column `\(existing.name)` was defined here", at: existing.definedAt)],
                          help: "write `ADD COLUMN IF NOT EXISTS` to keep the existing column"))
            return .invalid
        }
        // Also under IF NOT EXISTS: PostgreSQL adds the column, an engine that takes it for another would skip it.
        guard checkTargetName(def.name.value, kind: .column, table: table, at: def.name.range) else { return .invalid }
        guard table.columnCount < Self.maxColumns else {
            reportTooManyColumns(def, table: table.name)
            return .invalid
        }
        let built = buildColumn(def)
        checkGeneratedReads(table, columns: [built.column])
        catalog.updateTable(table.name) { $0.appendColumn(built.column) }
        var sequence: CatalogSequence?
        if let serial = built.serial {
            let rowid = built.constraints.contains { if case .primaryKey = $0.kind { true } else { false } }
            sequence = assignGenerator(table: table.name, column: built.column.name, identityAlways: serial,
                                       rowidCandidate: rowid, range: def.range)
        }
        var constraints: [Constraint] = [], indexes: [TableIndex] = []
        for p in built.constraints.enumerated().sorted(by: { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }) {
            guard let added = addConstraint(p.element, toTable: table.name) else { continue }
            constraints.append(added.constraint)
            if let index = added.supportIndex { indexes.append(index) }
        }
        let column = catalog.table(table.name)?.column(built.column.name) ?? built.column
        if column.isNotNull && !column.hasDefaultOrGenerator && column.generated == nil {
            report(.warning(.notNullWithoutDefault,
                            "NOT NULL column `\(column.name)` is added without a default: this fails if table `\(table.name)` has rows",
                            at: def.name.range, label: "existing rows would get NULL",
                            notes: [tableDefinedNote(table)],
                            help: "add a DEFAULT, or add the column without NOT NULL, fill it with UPDATE, then `ALTER COLUMN \(column.name) SET NOT NULL`"))
        }
        return .addColumn(column, constraints: constraints, indexes: indexes, sequence: sequence, ifNotExists: ifNotExists)
    }
}
