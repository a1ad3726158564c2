/// What each column of a table being rebuilt holds, as an expression over the columns of the
/// table as it was when the run of changes started. Replaying a run's actions in order keeps
/// this right across renames, drops, additions and `USING` conversions.
struct SQLiteColumnValues {
    private(set) var values: [String: Expression]
    /// The table the expressions read.
    let source: Table

    init(_ source: Table) {
        self.source = source
        values = Dictionary(uniqueKeysWithValues: source.columns.map {
            ($0.name, Expression(.column(table: nil, name: Identifier($0.name))))
        })
    }

    subscript(column: String) -> Expression? { values[column] }

    mutating func add(_ column: Column) {
        switch column.generator {
        case .rowid?:
            // A new rowid alias takes the rows' current rowids (PostgreSQL numbers existing rows).
            values[column.name] = source.withoutRowid ? nil : Expression(.column(table: nil, name: Identifier("rowid")))
        case .serial?, .identity?, .autoIncrement?, nil:
            // Existing rows get the default as it is now, even if a later action changes it.
            // A date/time string as the column definition writes it (which reports one it cannot).
            if case .portable(let e)? = column.defaultValue {
                values[column.name] = DateTimeLiteralRewrite.rewritten(e.foldingConstantCasts(), type: column.type.portable) ?? e
            } else { values[column.name] = nil }
        }
    }

    mutating func drop(_ column: String) { values[column] = nil }

    mutating func rename(_ old: String, to new: String) {
        values[new] = values[old]
        values[old] = nil
    }

    mutating func set(_ column: String, _ value: Expression) { values[column] = value }

    /// `e` (over the current columns) rewritten over the source table's columns.
    func substitute(_ e: Expression) -> Expression {
        func s(_ x: Expression) -> Expression { substitute(x) }
        var copy = e
        switch e.kind {
        case .integer, .numeric, .string, .boolean, .null, .special:
            return e
        case .column(_, let name):
            return values[name.value] ?? Expression(.null, range: e.range)
        case .unary(let op, let x): copy.kind = .unary(op, s(x))
        case .isNull(let x, let negated): copy.kind = .isNull(s(x), negated: negated)
        case .cast(let x, let type, let style): copy.kind = .cast(s(x), type, style: style)
        case .binary(let op, let l, let r): copy.kind = .binary(op, s(l), s(r))
        case .inList(let x, let list, let negated): copy.kind = .inList(s(x), list.map(s), negated: negated)
        case .between(let x, let low, let high, let negated):
            copy.kind = .between(s(x), low: s(low), high: s(high), negated: negated)
        case .like(let x, let pattern, let negated, let ci):
            copy.kind = .like(s(x), pattern: s(pattern), negated: negated, caseInsensitive: ci)
        case .call(let name, let arguments, let star): copy.kind = .call(name: name, arguments: arguments.map(s), star: star)
        case .caseWhen(let operand, let whens, let otherwise):
            copy.kind = .caseWhen(operand: operand.map(s),
                                  whens: whens.map { WhenClause(condition: s($0.condition), result: s($0.result)) },
                                  otherwise: otherwise.map(s))
        case .subquery, .exists, .inQuery:
            // Only data statements hold subqueries; a rebuild's values never do.
            return e
        }
        return copy
    }
}

/// Whether an expression is an integer in SQLite: integer literals, columns of INTEGER
/// affinity (declared type containing `INT`), and casts to integer types.
/// `scope`: the tables of an `INSERT ... SELECT`'s query, when `e` is one of its expressions.
func sqliteIsInteger(_ e: Expression, in table: Table?, scope: [QueryTable]? = nil) -> Bool {
    switch e.kind {
    case .integer: return true
    case .unary(let op, let x): return op != .not && sqliteIsInteger(x, in: table, scope: scope)
    case .column(let q, let name):
        if name.value == "rowid", scope == nil { return true }
        guard let column = scope.map({ $0.column(q?.value, name.value) }) ?? table?.column(name.value) else { return false }
        if column.type.declaredIn == .targetDatabase { return column.type.declared.uppercased().contains("INT") }
        return SQLiteTypes.isIntegerKind(column.type.portable)
    case .cast(_, let type, _): return SQLiteTypes.isIntegerKind(type.kind)
    case .subquery(let q):
        guard let item = q.items.first?.expression else { return false }
        if case .call(let name, _, true) = item.kind, name.name.value.lowercased() == "count" { return true }
        if case .call(let name, let args, false) = item.kind, ["max", "min", "sum", "count"].contains(name.name.value.lowercased()),
           args.count == 1 {
            return name.name.value.lowercased() == "count" || sqliteIsInteger(args[0], in: table, scope: scope)
        }
        return sqliteIsInteger(item, in: table, scope: scope)
    case .numeric, .string, .boolean, .null, .special, .binary, .isNull, .inList, .between, .like, .call, .caseWhen,
         .exists, .inQuery:
        return false
    }
}
