/// `ALTER COLUMN ... TYPE t [USING e]`.
///
/// When MySQL's own conversion gives what PostgreSQL's does, a `MODIFY COLUMN`. Otherwise:
///
///     ALTER TABLE t ADD COLUMN c_sqlport T;          -- instant: added last, no rebuild
///     UPDATE t SET c_sqlport = <e in MySQL>;
///     ALTER TABLE t DROP COLUMN c, CHANGE COLUMN c_sqlport c <full definition> AFTER x, ...;
///
/// The earlier clauses of the table's batch move into that last statement when the UPDATE
/// does not read what they change, so the table is copied once. With `--dialect mariadb` the
/// three statements run only while `c` still has its old type, so a re-run skips them.
extension MySQLLowerer {
    mutating func alterColumnType(before: Column, after: Column, conversion: TypeConversion, table: String,
                                  step: CheckedStep, index: Int, range: SourceRange?) {
        checkType(after.type, column: after.name, at: range)
        checkCollation(of: after, at: range, introduced: after.collation != before.collation)
        if let u = before.onUpdate, after.onUpdate == nil {
            report(.warning(.mysqlOnUpdateEnds, "column `\(after.name)` loses `ON UPDATE \(writer(for: nil).catalogExpression(u))`",
                            at: range, label: "MySQL allows ON UPDATE only on DATETIME / TIMESTAMP",
                            help: "set the column in your UPDATE statements from now on, or keep a timestamp type"))
        }
        switch conversion {
        case .none:
            addClause(.modifyColumn(after), table: table, step: step, index: index)
        case .automatic, .unknown:
            guard Self.castsAlike(before.type, after.type) else {
                report(.error(.mysqlUnsupportedExpression,
                              "MySQL converts `\(before.type.declared)` to `\(after.type.declared)` differently from PostgreSQL",
                              at: range, label: "column `\(before.name)` would get other values",
                              help: "say how to convert with `USING`, e.g. a CASE or to_char you can check"))
                return
            }
            addClause(.modifyColumn(after), table: table, step: step, index: index)
        case .using(let e):
            if Self.isPlainCast(e, of: before.name, to: after.type), Self.castsAlike(before.type, after.type) {
                addClause(.modifyColumn(after), table: table, step: step, index: index)
            } else {
                convert(before: before, after: after, using: e, table: table, step: step, index: index, range: range)
            }
        }
    }

    /// Whether MySQL's implicit conversion (what `MODIFY` does) gives PostgreSQL's values.
    static func castsAlike(_ from: ColumnType, _ to: ColumnType) -> Bool {
        guard from.arrayDimensions == 0, to.arrayDimensions == 0 else { return false }
        guard let f = from.portable, let t = to.portable else {
            let d = from.declared.uppercased()
            return to.portable.map { TypeConversionRules.category($0) == .string } == true
                && (d.contains("CHAR") || d.contains("TEXT") || MySQLTypes.integerDigits(from) != nil)
        }
        let source = TypeConversionRules.category(f), target = TypeConversionRules.category(t)
        let isFloat: Bool
        switch f {
        case .real, .doublePrecision, .float: isFloat = true
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .boolean, .char, .varchar, .text,
             .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType: isFloat = false
        }
        switch (source, target) {
        // Integers and decimals print the same digits; floats print and round differently.
        case (.numeric, .string): return !isFloat
        case (.string, .string), (.uuid, .string): return true
        // MODIFY to JSON fails on a value that is not JSON, as PostgreSQL's cast does: MySQL's
        // JSON type refuses it, MariaDB's added CHECK (json_valid) too (error 4025, measured).
        case (.string, .json): return true
        // An ENUM's value is its label's text (measured on MariaDB: MODIFY to TEXT gives the
        // labels, MODIFY to ENUM takes a text that names a label and, strict, refuses any other).
        case (.enumeration, .string), (.string, .enumeration): return true
        case (.enumeration(let a), .enumeration(let b)): return a == b
        case (.numeric, .numeric): return !isFloat || MySQLTypes.integerDigits(to) == nil && !(t == .numeric(precision: nil, scale: nil))
        case (.date, .date), (.timestamp, .timestamp), (.time, .time), (.json, .json), (.bytea, .bytea), (.boolean, .boolean),
             (.uuid, .uuid), (.date, .timestamp), (.timestamp, .date):
            return true
        default:
            return false
        }
    }

    /// `c`, `c::t` or `CAST(c AS t)` with t the new type: what MODIFY does anyway.
    static func isPlainCast(_ e: Expression, of column: String, to type: ColumnType) -> Bool {
        switch e.kind {
        case .column(_, let name): return name.value == column
        case .cast(let inner, let t, _):
            guard case .column(_, let name) = inner.kind, name.value == column else { return false }
            // An enum type is named in the cast; its labels are the catalog's.
            if case .enumType(let cast, _) = t.kind { return cast == type.enumTypeName && t.arrayDimensions == type.arrayDimensions }
            return ColumnType.storageKind(of: t.kind) == type.portable && t.arrayDimensions == type.arrayDimensions
        case .integer, .numeric, .string, .boolean, .null, .special, .unary, .binary, .isNull, .inList, .between,
             .like, .call, .caseWhen, .subquery, .exists, .inQuery:
            return false
        }
    }

    mutating func convert(before: Column, after: Column, using e: Expression, table: String, step: CheckedStep,
                          index: Int, range: SourceRange?) {
        guard let old = step.before.table(table), let new = step.after.table(table) else { return }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let w = writer(for: old)
        report(MySQLExpressions.check(e, columns: w.spelling.columns, fallback: range))
        checkConversionDependents(of: before.name, in: old, catalog: step.before, at: range)
        guard diagnostics.filter({ $0.severity == .error }).count == errors else { return }

        // Free among the columns before and after (MySQL compares column names without case:
        // a `Score_sqlport` of the user's would be overwritten and then dropped).
        let temp = MySQLNameSet(old.columns.map(\.name) + new.columns.map(\.name)).free(before.name, suffix: "_sqlport")
        let position: MySQLColumnPosition = {
            guard let i = new.columnIndex(after.name), i > 0 else { return .first }
            return .after(new.columns[i - 1].name)
        }()

        // Earlier clauses wait for the last statement unless the UPDATE reads what they change.
        let reads = Set(e.referencedColumnNames + [before.name])
        let finish: [MySQLClause] = [.dropColumn(before.name), .changeColumn(from: temp, after, position: position)]
        if let b = batch, b.table != table || !Self.canDefer(b.clauses, reading: reads, convertedType: before.type) || batchGuard != nil
            || !b.accepts(finish) {
            flush()
        }
        var guardValue: MySQLGuard?
        if flavor == .mariadb, let oldType = MySQLWriter.dataType(before.type, flavor: flavor),
           let newType = MySQLWriter.dataType(after.type, flavor: flavor), oldType != newType {
            let g = MySQLGuard(variable: sessionNames.variable("sqlport_" + table + "_" + before.name), dataType: oldType)
            guardValue = g
            emit("SET @" + g.variable + " = (SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = "
                 + w.spelling.stringLiteral(table) + " AND COLUMN_NAME = " + w.spelling.stringLiteral(before.name) + ");",
                 step: index, rerunnable: true,
                 warnings: [.runsWhileColumnType(table: table, column: before.name, type: oldType)])
        }
        let tempColumn = Column(name: temp, type: after.type)
        let add = writer(for: old).alterTable(table, [.addColumn(tempColumn, ifNotExists: false)])
        let update = "UPDATE " + w.name(table) + " SET " + w.name(temp) + " = " + w.expression(e) + ";"
        func wrap(_ sql: String) -> String { guardValue.map { MySQLWriter.guarded(sql, by: $0, flavor: flavor) } ?? sql }
        emit(wrap(add), step: index, rerunnable: guardValue != nil || flavor == .mariadb,
             partial: .temporaryColumnAdded(table: table, column: temp))
        emit(wrap(update), step: index, rerunnable: guardValue != nil,
             partial: .temporaryColumnFilled(table: table, column: temp, original: before.name))
        if batch == nil { batch = MySQLAlterBatch(table: table) }
        batchGuard = guardValue
        for clause in finish { batch!.add(clause) }
        if batch!.steps.last != index { batch!.steps.append(index) }
        batchTable = new
    }

    /// Clauses that may run after the UPDATE: none touches a column it reads, except changes
    /// that keep the converted column's values (its default, nullability, AUTO_INCREMENT).
    static func canDefer(_ clauses: [MySQLClause], reading: Set<String>, convertedType: ColumnType) -> Bool {
        clauses.allSatisfy { c in
            switch c {
            case .modifyColumn(let x): return !reading.contains(x.name) || x.type == convertedType
            case .setDefault, .dropDefault, .addConstraint, .dropPrimaryKey, .dropForeignKey, .dropIndex, .dropCheck,
                 .addIndex, .renameIndex:
                return true
            case .addColumn, .dropColumn, .changeColumn: return !c.columnNames.contains(where: reading.contains)
            case .renameColumn: return false
            }
        }
    }

    /// D420: dropping and re-adding the column would take keys, indexes, foreign keys and
    /// checks on it along; they must be dropped before the change and added after it.
    mutating func checkConversionDependents(of column: String, in table: Table, catalog: Catalog, at range: SourceRange?) {
        var users: [String] = []
        for c in table.constraints {
            let uses: Bool
            switch c.kind {
            case .primaryKey(let cols), .unique(let cols): uses = cols.contains(column)
            case .foreignKey(let fk): uses = fk.columns.contains(column)
            case .check(let e): uses = e.expression?.referencedColumnNames.contains(column) ?? true
            }
            if uses { users.append("\(c.role.rawValue) `\(c.displayName)`") }
        }
        for i in table.indexes where i.columns.contains(column) { users.append("index `\(i.name)`") }
        for (child, c, key) in catalog.foreignKeys(referencing: table.name) where key.referencedColumns.contains(column) {
            users.append("foreign key `\(c.displayName)` of table `\(child.name)`")
        }
        guard !users.isEmpty else { return }
        report(.error(.mysqlConversionDependents,
                      "column `\(column)` of table `\(table.name)` is converted through a new column, and \(users.joined(separator: ", ")) use\(users.count == 1 ? "s" : "") it",
                      at: range, label: "MySQL would drop or refuse them with the old column",
                      help: "drop \(users.count == 1 ? "it" : "them") before the type change and add \(users.count == 1 ? "it" : "them") again after it"))
    }
}

extension MySQLWriter {
    /// `information_schema.COLUMNS.DATA_TYPE` of a column of this type (`int`, `char`, ...).
    static func dataType(_ type: ColumnType, flavor: MySQLFlavor) -> String? {
        guard let spelled = MySQLTypes.spelling(of: type, flavor: flavor) else { return nil }
        let word = spelled.lowercased().prefix { $0.isLetter }
        switch word {
        case "integer": return "int"
        case "boolean", "bool": return "tinyint"
        case "numeric", "dec": return "decimal"
        case "json": return flavor == .mariadb ? "longtext" : "json"
        default: return String(word)
        }
    }
}
