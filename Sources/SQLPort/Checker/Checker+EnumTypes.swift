/// `CREATE TYPE ... AS ENUM`, `ALTER TYPE`, `DROP TYPE` and columns of enum types, checked as
/// PostgreSQL 15 does (measured): a type shares its name with every table's row type; labels
/// are unique and at most 63 bytes (`''` and an empty list are allowed); `ADD VALUE` of an
/// existing label is an error unless `IF NOT EXISTS`; `BEFORE` / `AFTER` and `RENAME VALUE` need
/// an existing label; `DROP TYPE` fails while a column has the type (CASCADE would drop them).
extension CheckRun {
    static let maxLabelBytes = 63

    mutating func createEnumType(_ s: CreateEnumType, range: SourceRange?) -> StepResolution {
        let name = s.name.name.value
        if let existing = catalog.enumType(name) {
            report(.error(.duplicateType, "type `\(name)` already exists", at: s.name.range, label: "already a type",
                          notes: [DiagnosticNote("type `\(name)` was defined here", at: existing.definedAt)],
                          help: "choose another name, or `DROP TYPE \(name)` first"))
            return .invalid
        }
        if let table = catalog.table(name) {
            report(.error(.duplicateType, "type `\(name)` already exists", at: s.name.range,
                          label: "table `\(name)` has a row type of this name", notes: [tableDefinedNote(table)],
                          help: "choose a name no table has"))
            return .invalid
        }
        var labels: [String] = []
        for label in s.labels {
            guard checkLabel(label) else { continue }
            if labels.contains(label.value) {
                report(.error(.duplicateEnumLabel, "enum label `\(label.value)` is written twice", at: label.range,
                              label: "already a label of `\(name)`", help: "write each label once"))
            }
            labels.append(label.value)
        }
        let type = CatalogEnumType(name: name, labels: labels, definedAt: range)
        catalog.enumTypes.append(type)
        return .createEnumType(type)
    }

    /// A label PostgreSQL can store: at most 63 bytes.
    mutating func checkLabel(_ label: StringLiteral) -> Bool {
        guard label.value.utf8.count > Self.maxLabelBytes else { return true }
        report(.error(.invalidEnumLabel, "enum label is longer than PostgreSQL's \(Self.maxLabelBytes) bytes", at: label.range,
                      label: "\(label.value.utf8.count) bytes", help: "choose a label of at most \(Self.maxLabelBytes) bytes"))
        return false
    }

    mutating func resolveEnumType(_ name: QualifiedName) -> CatalogEnumType? {
        if let t = catalog.enumType(name.name.value) { return t }
        reportUnknownEnumType(name.name.value, at: name.range)
        return nil
    }

    mutating func reportUnknownEnumType(_ name: String, at range: SourceRange?) {
        let similar = catalog.enumTypes.map(\.name).first { $0.lowercased() == name.lowercased() }
        report(.error(.unknownEnumType, "type `\(name)` does not exist", at: range, label: "no such type",
                      help: similar.map { "the type is named `\($0)`: write the name as it was created" }
                          ?? "create it first (`CREATE TYPE \(name) AS ENUM (...)`), or use a built-in type: \(Parser.State.supportedTypes)"))
    }

    mutating func alterEnumType(_ s: AlterEnumType) -> StepResolution {
        guard let before = resolveEnumType(s.name) else { return .invalid }
        var labels = before.labels
        let change: EnumTypeChange
        switch s.action {
        case .addValue(let label, let ifNotExists, let placement):
            guard checkLabel(label) else { return .invalid }
            if labels.contains(label.value) {
                if ifNotExists {
                    report(Diagnostic(.skipped, .note, "enum label `\(label.value)` already exists, skipping", at: label.range, label: "skipped"))
                    return .skipped(reason: "the label exists")
                }
                report(.error(.duplicateEnumLabel, "enum label `\(label.value)` already exists", at: label.range,
                              label: "already a label of `\(before.name)`", notes: [typeDefinedNote(before)],
                              help: "write `ADD VALUE IF NOT EXISTS` to skip it when present"))
                return .invalid
            }
            switch placement {
            case nil: labels.append(label.value)
            case .before(let other)?, .after(let other)?:
                guard let at = existingLabel(other, of: before) else { return .invalid }
                if case .after? = placement { labels.insert(label.value, at: at + 1) } else { labels.insert(label.value, at: at) }
            }
            change = .added(label.value)
        case .renameValue(let from, let to):
            guard let at = existingLabel(from, of: before), checkLabel(to) else { return .invalid }
            if labels.contains(to.value) {
                report(.error(.duplicateEnumLabel, "enum label `\(to.value)` already exists", at: to.range,
                              label: "already a label of `\(before.name)`", notes: [typeDefinedNote(before)],
                              help: "choose a label the type does not have"))
                return .invalid
            }
            labels[at] = to.value
            change = .renamed(from: from.value, to: to.value)
        }
        let tables = catalog.columns(usingEnumType: before.name).map(\.table.name)
            .reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        if case .renamed(let from, let to) = change {
            catalog.relabelEnumType(before.name, labels: labels, renamed: (from, to))
        } else {
            catalog.relabelEnumType(before.name, labels: labels)
        }
        return .alterEnumType(before: before, after: catalog.enumType(before.name) ?? before, change: change, tables: tables)
    }

    mutating func existingLabel(_ label: StringLiteral, of type: CatalogEnumType) -> Int? {
        if let i = type.labels.firstIndex(of: label.value) { return i }
        report(.error(.unknownEnumLabel, "`\(label.value)` is not a label of type `\(type.name)`", at: label.range,
                      label: "no such label", notes: [typeDefinedNote(type)],
                      help: "the labels are " + type.labels.map { "'\($0)'" }.joined(separator: ", ")))
        return nil
    }

    func typeDefinedNote(_ type: CatalogEnumType) -> DiagnosticNote {
        DiagnosticNote("type `\(type.name)` was defined here", at: type.definedAt)
    }

    mutating func dropType(_ s: DropType) -> StepResolution {
        var dropped: [CatalogEnumType] = []
        for name in s.names {
            guard let type = catalog.enumType(name.name.value) else {
                if s.ifExists {
                    report(Diagnostic(.skipped, .note, "type `\(name.name.value)` does not exist, skipping", at: name.range, label: "skipped"))
                } else {
                    reportUnknownEnumType(name.name.value, at: name.range)
                }
                continue
            }
            let users = catalog.columns(usingEnumType: type.name)
            if let (table, column) = users.first {
                let list = users.prefix(3).map { "`\($0.table.name).\($0.column.name)`" }.joined(separator: ", ")
                report(.error(.typeInUse, "cannot drop type `\(type.name)` because columns use it", at: name.range,
                              label: "used by \(list)\(users.count > 3 ? " and \(users.count - 3) more" : "")",
                              notes: [DiagnosticNote("column `\(column.name)` of table `\(table.name)` was defined here", at: column.definedAt)],
                              help: s.behavior == .cascade
                                  ? "sqlport does not drop columns by CASCADE: write `ALTER TABLE \(table.name) DROP COLUMN \(column.name)` (or change its type) first"
                                  : "drop the columns or change their type first"))
                continue
            }
            catalog.enumTypes.removeAll { $0.name == type.name }
            dropped.append(type)
        }
        if dropped.isEmpty && s.ifExists && errorCount == 0 { return .skipped(reason: "no type to drop") }
        return .dropType(dropped)
    }

    /// The column type a migration wrote, with an enum type's labels from the catalog (nil and
    /// S357 when no such type exists).
    mutating func resolvedColumnType(_ name: TypeName) -> ColumnType? {
        guard case .enumType(let typeName, _) = name.kind else { return ColumnType(name) }
        if typeName == "citext", catalog.enumType(typeName) == nil {
            report(.error(.citextColumn, "`citext` columns are not supported", at: name.range,
                          label: catalog.extensions.contains("citext") ? "the citext extension's type" : "the citext extension's type (not created)",
                          help: "use `TEXT` and compare `lower(...)` of both sides (a unique index on `(lower(col))` keeps it unique regardless of case)"))
            return nil
        }
        guard let type = catalog.enumType(typeName) else {
            reportUnknownEnumType(typeName, at: name.range)
            return nil
        }
        var resolved = name
        resolved.kind = type.kind
        return ColumnType(resolved)
    }

    /// S359: an enum column's default must be one of its labels (PostgreSQL converts it when
    /// the default is set).
    mutating func checkEnumDefault(_ column: Column) {
        guard let name = column.type.enumTypeName, let labels = catalog.enumType(name)?.labels, column.type.arrayDimensions == 0,
              let e = column.defaultValue?.expression else { return }
        var literal = e
        if case .cast(let inner, _, _) = e.kind { literal = inner }
        guard case .string(let value) = literal.kind, !labels.contains(value) else { return }
        report(.error(.unknownEnumLabel, "`\(value)` is not a label of type `\(column.type.enumTypeName ?? "")`", at: e.range,
                      label: "invalid input value for the enum",
                      help: "the labels are " + labels.map { "'\($0)'" }.joined(separator: ", ")))
    }
}
