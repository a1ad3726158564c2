/// `ALTER COLUMN ... TYPE ... [USING ...]`: PostgreSQL's conversion rules decide what needs `USING`.
extension CheckRun {
    mutating func alterColumnType(_ name: Identifier, to typeName: TypeName, collate: Identifier?, using: Expression?,
                                  in table: Table) -> ActionEffect {
        guard let before = resolveColumn(name, in: table) else { return .invalid }
        let errors = errorCount
        if ColumnType.isSerial(typeName.kind) {
            let base = ColumnType.postgresName(typeName.kind)
            report(.error(.invalidColumnType, "type `\(typeName.spelling.isEmpty ? "serial" : typeName.spelling.lowercased())` does not exist",
                          at: typeName.range, label: "serial types exist only in CREATE TABLE and ADD COLUMN",
                          help: "change the type to `\(base)`; the column keeps its default"))
            return .invalid
        }
        guard let newType = resolvedColumnType(typeName) else { return .invalid }
        if case .identity = before.generator, !Self.isIntegerType(newType) {
            report(.error(.invalidColumnType,
                          "identity column type must be `smallint`, `integer` or `bigint`, not `\(newType.declared)`",
                          at: typeName.range, label: "column `\(before.name)` is an identity column",
                          notes: [DiagnosticNote("column `\(before.name)` was defined here", at: before.definedAt)]))
        }

        let conversion: TypeConversion
        if let using {
            checkColumnReferences(using, in: table)
            conversion = .using(using)
        } else {
            switch TypeConversionRules.isAutomatic(from: before.type, to: newType) {
            case nil: conversion = .unknown
            case true?:
                conversion = before.type.portable == newType.portable && before.type.arrayDimensions == newType.arrayDimensions
                    ? .none : .automatic
            case false?:
                conversion = .automatic
                report(.error(.typeChangeNeedsUsing,
                              "column `\(before.name)` cannot be cast automatically to type `\(newType.postgresName)`",
                              at: typeName.range, label: "PostgreSQL does not convert `\(before.type.postgresName)` to `\(newType.postgresName)` by itself",
                              notes: [DiagnosticNote("column `\(before.name)` was defined here as `\(before.type.declared)`", at: before.definedAt)],
                              help: "say how to convert the values: `USING \(before.name)::\(newType.declared)` or another expression"))
            }
        }
        checkDefaultConverts(before, to: newType, at: typeName.range)
        for view in catalog.views(using: table.name, column: before.name) {
            report(.error(.columnUsedByView, "cannot alter type of column `\(before.name)` because view `\(view.name)` uses it",
                          at: name.range, label: "used by a view",
                          notes: [DiagnosticNote("view `\(view.name)` was defined here", at: view.definedAt)],
                          help: "drop the view, change the type, then create the view again"))
        }
        checkForeignKeysStillMatch(table: table, column: before.name, newType: newType, at: typeName.range)
        guard errorCount == errors else { return .invalid }
        if let lost = before.collation, collate == nil {
            report(.warning(.collationReset, "changing the type of `\(before.name)` resets its collation `\(lost)` to the default",
                            at: typeName.range, label: "PostgreSQL gives the column the new type's default collation",
                            notes: [DiagnosticNote("column `\(before.name)` was defined here", at: before.definedAt)],
                            help: "to keep it, write `TYPE \(typeName.spelling.isEmpty ? newType.declared : typeName.spelling) COLLATE \"\(lost)\"`"))
        }

        let sequence = PostgreSQLNaming.sequenceName(table: table.name, column: before.name, catalog: catalog)
        let after = updateColumn(before.name, in: table.name) { c in
            c.type = newType
            // PostgreSQL: the collation is the one written, else the new type's default.
            c.collation = Self.storedCollation(collate)
            c.takesTableCharset = false  // and so the new type's character set, not the table's
            // MySQL's ON UPDATE exists only on DATETIME / TIMESTAMP columns.
            if case .timestamp? = newType.portable {} else { c.onUpdate = nil }
            // A rowid alias stays one (written INTEGER) through a change to another integer type;
            // any other type ends the aliasing but not the numbering, PostgreSQL's serial default
            // (a rowid read from a SQLite schema had no default: its numbering ends).
            if case .rowid = c.generator {
                switch newType.portable {
                case .smallint?, .integer?, .bigint?: break
                case .smallserial?, .serial?, .bigserial?, .numeric?, .real?, .doublePrecision?, .float?, .boolean?, .char?,
                     .varchar?, .text?, .bytea?, .date?, .time?, .timestamp?, .interval?, .uuid?, .json?, .jsonb?, .enumType?, nil:
                    c.generator = before.type.declaredIn == .portable ? .serial(sequence: sequence) : nil
                }
            }
        }
        return .alterColumnType(before: before, after: after, conversion: conversion)
    }

    /// PostgreSQL converts the existing default too — even when `USING` is given — and fails
    /// when that needs more than an assignment cast (e.g. `DEFAULT 0` to `boolean`).
    private mutating func checkDefaultConverts(_ column: Column, to newType: ColumnType, at range: SourceRange?) {
        let defaultType: TypeKind?
        switch column.generator {
        case .serial?: defaultType = .bigint  // nextval() returns bigint
        case .identity?, .autoIncrement?, .rowid?, nil:
            defaultType = column.defaultValue?.expression.flatMap(TypeConversionRules.typeOf)
        }
        guard let from = defaultType, let to = newType.portable, newType.arrayDimensions == 0,
              !TypeConversionRules.isAutomatic(from: from, to: to) else { return }
        report(.error(.defaultCannotBeCast,
                      "default for column `\(column.name)` cannot be cast automatically to type `\(newType.postgresName)`",
                      at: range, label: "the default is `\(ColumnType.postgresName(from))`",
                      notes: [DiagnosticNote("column `\(column.name)` was defined here", at: column.definedAt)],
                      help: "drop the default before the type change (`ALTER COLUMN \(column.name) DROP DEFAULT`) and set a new one after it"))
    }

    /// Both ends of a foreign key must stay comparable after the change.
    private mutating func checkForeignKeysStillMatch(table: Table, column: String, newType: ColumnType,
                                                    at range: SourceRange?) {
        var pairs: [(fk: Constraint, other: String, otherType: ColumnType)] = []
        for (c, key) in table.foreignKeys {
            for (mine, theirs) in zip(key.columns, key.referencedColumns) where mine == column {
                if let p = catalog.table(key.referencedTable)?.column(theirs) { pairs.append((c, "\(key.referencedTable).\(theirs)", p.type)) }
            }
        }
        for (child, c, key) in catalog.foreignKeys(referencing: table.name) {
            for (theirs, mine) in zip(key.columns, key.referencedColumns) where mine == column {
                if let p = child.column(theirs) { pairs.append((c, "\(child.name).\(theirs)", p.type)) }
            }
        }
        for (fk, other, otherType) in pairs where !TypeConversionRules.areComparable(newType, otherType) {
            report(.error(.invalidForeignKey,
                          "foreign key `\(fk.displayName)` cannot be kept: `\(column)` would be `\(newType.postgresName)` and `\(other)` is `\(otherType.postgresName)`",
                          at: range, label: "incompatible with the other end of the foreign key",
                          notes: [DiagnosticNote("foreign key `\(fk.displayName)` was defined here", at: fk.definedAt)],
                          help: "change both columns in the same migration, or drop the foreign key first"))
        }
    }
}
