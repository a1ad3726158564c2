/// Adding constraints (with the target's names) and finding them again by name or role.
extension CheckRun {
    struct AddedConstraint {
        var constraint: Constraint
        var supportIndex: TableIndex?
        var removedSupportIndexes: [TableIndex]
    }

    /// Validates `p`, names it as the target would and adds it to `toTable`. Nil on error.
    mutating func addConstraint(_ p: PendingConstraint, toTable tableName: String) -> AddedConstraint? {
        guard let table = catalog.table(tableName) else { return nil }
        let errors = errorCount
        if let requested = p.name { checkNewConstraintName(requested, kind: p.kind, in: table) }

        var request = ConstraintNamingRequest(role: .check, level: p.level, requestedName: p.name?.value)
        let kind: Constraint.Kind
        switch p.kind {
        case .primaryKey(let columns):
            request.role = .primaryKey
            request.columns = columns.map(\.value)
            columns.forEach { _ = resolveColumn($0, in: table) }
            if let existing = table.primaryKey {
                report(.error(.secondPrimaryKey, "table `\(table.name)` already has a primary key", at: p.range,
                              label: "second primary key",
                              notes: [DiagnosticNote("primary key `\(existing.displayName)` was defined here", at: existing.definedAt)],
                              help: "drop the existing primary key first: `ALTER TABLE \(table.name) DROP CONSTRAINT \(existing.postgresName)`"))
            }
            kind = .primaryKey(columns: columns.map(\.value))
        case .unique(let columns):
            request.role = .unique
            request.columns = columns.map(\.value)
            columns.forEach { _ = resolveColumn($0, in: table) }
            kind = .unique(columns: columns.map(\.value))
        case .foreignKey(let columns, let reference):
            request.role = .foreignKey
            request.columns = columns.map(\.value)
            guard let key = resolveForeignKey(columns: columns, reference: reference, in: table, range: p.range) else {
                return nil
            }
            kind = .foreignKey(key)
        case .check(let e):
            checkColumnReferences(e, in: table)
            request.checkColumns = e.referencedColumnNames
            kind = .check(.portable(e))
        }
        guard errorCount == errors else { return nil }

        let postgresName = p.name?.value
            ?? PostgreSQLNaming.generatedName(for: request, table: table.name, catalog: catalog)
        request.level = naming.level(for: request, table: table)
        let name = naming.constraintName(for: request, table: table, catalog: catalog)
        if let name, !checkTargetName(name, kind: .constraint(request.role), table: table, at: p.name?.range ?? p.range,
                                      generated: p.name == nil) {
            return nil
        }
        let constraint = Constraint(name: name, postgresName: postgresName, isNameGenerated: p.name == nil,
                                    kind: kind, level: request.level, definedAt: p.range)
        var added = AddedConstraint(constraint: constraint, supportIndex: nil, removedSupportIndexes: [])
        let naming = self.naming
        catalog.updateTable(tableName) { t in
            t.constraints.append(constraint)
            if case .primaryKey(let columns) = kind {
                // A primary key makes its columns NOT NULL (PostgreSQL sets attnotnull).
                for column in columns { t.updateColumn(named: column) { $0.isNotNull = true } }
            }
            if constraint.role == .primaryKey || constraint.role == .unique {
                added.removedSupportIndexes = Self.removeCoveredSupportIndexes(in: &t, by: constraint.keyColumns)
            }
            if case .foreignKey(let key) = kind,
               let index = naming.foreignKeySupportIndex(for: key, constraintName: name, requestedName: p.name?.value, table: t) {
                t.indexes.append(index)
                added.supportIndex = index
            }
        }
        return added
    }

    /// InnoDB drops the index it made for a foreign key once another index starts with the
    /// key's columns (PITFALLS: "creating an index on a foreign-key column made MariaDB drop
    /// the index it had created").
    static func removeCoveredSupportIndexes(in table: inout Table, by keyColumns: [String]) -> [TableIndex] {
        var removed: [TableIndex] = []
        table.indexes.removeAll { index in
            guard case .foreignKeySupport = index.origin, keyStarts(with: index.columns, keyColumns) else { return false }
            removed.append(index)
            return true
        }
        return removed
    }

    /// S307 / S308 for an explicit constraint name already in use.
    mutating func checkNewConstraintName(_ name: Identifier, kind: TableConstraint.Kind, in table: Table) {
        if let existing = table.constraints.first(where: { $0.name == name.value || $0.postgresName == name.value }) {
            report(.error(.duplicateConstraint, "constraint `\(name.value)` for table `\(table.name)` already exists",
                          at: name.range, label: "name in use",
                          notes: [DiagnosticNote("constraint `\(existing.displayName)` was defined here", at: existing.definedAt)],
                          help: "choose another name, or drop the existing constraint first"))
            return
        }
        switch kind {
        case .primaryKey, .unique:
            // Its index takes the same name, in the namespace tables and indexes share.
            if let (what, definedAt) = relationUsing(name.value) {
                report(.error(.duplicateIndex, "\(what) `\(name.value)` already exists", at: name.range,
                              label: "the constraint's index needs this name",
                              notes: [DiagnosticNote("\(what) `\(name.value)` was defined here", at: definedAt)],
                              help: "choose another constraint name"))
            } else if dialect.keysShareTableIndexNames, let index = table.index(name.value) {
                report(.error(.duplicateIndex, "index `\(name.value)` already exists on table `\(table.name)`",
                              at: name.range, label: "the constraint's index needs this name",
                              notes: [DiagnosticNote("index `\(index.name)` was defined here", at: index.definedAt)],
                              help: "choose another constraint name"))
            }
        case .foreignKey, .check:
            break
        }
    }

    /// Resolves `REFERENCES` to explicit columns and checks they form a key of the referenced
    /// table (PostgreSQL: "there is no unique constraint matching given keys").
    mutating func resolveForeignKey(columns: [Identifier], reference: ForeignKeyReference, in table: Table,
                                    range: SourceRange?) -> ForeignKey? {
        let errors = errorCount
        let referencing = columns.compactMap { resolveColumn($0, in: table) }
        guard let parent = resolveTable(reference.table) else { return nil }
        var referenced = reference.columns.map(\.value)
        if referenced.isEmpty {
            referenced = parent.primaryKeyColumns
            if referenced.isEmpty {
                report(.error(.invalidForeignKey, "there is no primary key for referenced table `\(parent.name)`",
                              at: reference.table.range, label: "no primary key to reference", notes: [tableDefinedNote(parent)],
                              help: "name the referenced columns: `REFERENCES \(parent.name) (column)`"))
                return nil
            }
        } else {
            reference.columns.forEach { _ = resolveColumn($0, in: parent) }
        }
        guard errorCount == errors else { return nil }
        if referenced.count != columns.count {
            report(.error(.invalidForeignKey, "number of referencing and referenced columns for foreign key disagree",
                          at: range, label: "\(columns.count) referencing, \(referenced.count) referenced"))
            return nil
        }
        let keys = parent.constraints.filter { $0.role == .primaryKey || $0.role == .unique }.map(\.keyColumns)
            + parent.indexes.filter { $0.isUnique && $0.predicate == nil && $0.columns.count == $0.keys.count }.map(\.columns)
        if !keys.contains(where: { Set($0) == Set(referenced) && $0.count == referenced.count }) {
            report(.error(.invalidForeignKey,
                          "there is no unique constraint matching the referenced columns (\(referenced.map { "`\($0)`" }.joined(separator: ", "))) of table `\(parent.name)`",
                          at: reference.table.range, label: "not a key of `\(parent.name)`", notes: [tableDefinedNote(parent)],
                          help: "reference the primary key, or add a unique constraint on these columns first"))
            return nil
        }
        for (child, parentColumn) in zip(referencing, referenced) {
            if let p = parent.column(parentColumn), !keyTypesMatch(child, in: table, p, in: parent) {
                let uuid = child.type.portable == .uuid || p.type.portable == .uuid
                report(.error(.invalidForeignKey,
                              "foreign key column `\(child.name)` (`\(child.type.declared)`) cannot reference `\(parent.name).\(p.name)` (`\(p.type.declared)`)",
                              at: range, label: "incompatible types",
                              notes: [DiagnosticNote("column `\(p.name)` was defined here", at: p.definedAt)],
                              help: uuid ? "sqlport writes `UUID` as `CHAR(36)` text in \(target.displayName): a key matches only a column stored the same way (same type and collation), not `BINARY(16)`, `CHAR(32)` or a BLOB; declare both columns alike" : nil))
                return nil
            }
        }
        return ForeignKey(columns: columns.map(\.value), referencedTable: parent.name, referencedColumns: referenced,
                          onDelete: reference.onDelete, onUpdate: reference.onUpdate,
                          deferrable: reference.timing.isDeferrable, initiallyDeferred: reference.timing.isInitiallyDeferred)
    }

    /// Whether two columns can be the two ends of a foreign key. A portable `UUID` against a
    /// column of the target's own baseline matches only one that holds UUIDs the way the target
    /// writes them (`TargetDialect.storesUUIDAsWritten`: `CHAR(36)`, not `BINARY(16)`, whose
    /// type has no portable meaning and would otherwise pass); anything else by category.
    func keyTypesMatch(_ a: Column, in aTable: Table, _ b: Column, in bTable: Table) -> Bool {
        func isPortableUUID(_ c: Column) -> Bool { c.type.portable == .uuid && c.type.declaredIn == .portable && c.type.arrayDimensions == 0 }
        if isPortableUUID(a), b.type.declaredIn == .targetDatabase { return dialect.storesUUIDAsWritten(b, in: bTable) }
        if isPortableUUID(b), a.type.declaredIn == .targetDatabase { return dialect.storesUUIDAsWritten(a, in: aTable) }
        return TypeConversionRules.areComparable(a.type, b.type)
    }

    /// Finds constraint `name` on `table` as the target knows it: by the target's own name, else
    /// by the name PostgreSQL gives it (`ballot_pkey` is MySQL's `PRIMARY`, SQLite's unnamed key).
    /// Reports S313 when that name fits several constraints and S303 when it fits none
    /// (unless `ifExists`); returns nil then.
    mutating func resolveConstraint(_ name: Identifier, in table: Table, ifExists: Bool)
        -> (constraint: Constraint, matchedBy: ConstraintMatch)?? {
        if let c = table.constraint(name.value) { return .some((c, .targetName)) }
        // By role: PostgreSQL's name for it. Outside PostgreSQL the collision numbers of those
        // names (`t_a_check1`) are a guess — a SQLite or MySQL catalog cannot say which check on
        // `a` PostgreSQL would have numbered — so every constraint sharing the unnumbered name
        // is a candidate, and more than one is ambiguous.
        let base = Self.postgresBaseName(name.value)
        let candidates = table.constraints.filter { Self.postgresBaseName($0.postgresName) == base }
        if candidates.count == 1, candidates[0].postgresName == name.value || base == name.value {
            return .some((candidates[0], .postgresName))
        }
        if candidates.count > 1 {
            let named = candidates.compactMap(\.name)
            report(.error(.ambiguousName,
                          "constraint name `\(name.value)` matches \(candidates.count) constraints of table `\(table.name)` in \(target.displayName)",
                          at: name.range, label: "ambiguous",
                          notes: candidates.map { DiagnosticNote("\($0.role.rawValue) \(Self.describe($0)) was defined here", at: $0.definedAt) },
                          help: named.count == candidates.count
                              ? "name the constraint the way \(target.displayName) does: \(named.map { "`\($0)`" }.joined(separator: " or "))"
                              : "\(target.displayName) has no name for some of them; name the constraints in the schema, or drop and re-add them all"))
            return .some(nil)
        }
        if ifExists { return nil }
        let known = table.constraints.map { "`\($0.postgresName)`" }
        report(.error(.unknownConstraint, "constraint `\(name.value)` does not exist on table `\(table.name)`",
                      at: name.range, label: "no such constraint", notes: [tableDefinedNote(table)],
                      help: known.isEmpty ? "table `\(table.name)` has no constraints"
                          : "its constraints are \(known.joined(separator: ", "))"))
        return .some(nil)
    }

    /// `t_a_check1` -> `t_a_check`: the name without PostgreSQL's collision number.
    static func postgresBaseName(_ name: String) -> String {
        var s = Substring(name)
        while let last = s.last, last.isASCII, last.isNumber { s = s.dropLast() }
        return s.hasSuffix("_check") || s.hasSuffix("_key") || s.hasSuffix("_fkey") || s.hasSuffix("_pkey") ? String(s) : name
    }

    /// `` `name` `` or `(unnamed)` plus its columns / expression, for notes.
    static func describe(_ c: Constraint) -> String {
        let label = c.name.map { "`\($0)`" } ?? "(unnamed)"
        switch c.kind {
        case .primaryKey(let cols), .unique(let cols): return "\(label) on (\(cols.joined(separator: ", ")))"
        case .foreignKey(let fk): return "\(label) on (\(fk.columns.joined(separator: ", ")))"
        case .check(let e): return "\(label) on (\(e.referencedColumnNames.joined(separator: ", ")))"
        }
    }
}
