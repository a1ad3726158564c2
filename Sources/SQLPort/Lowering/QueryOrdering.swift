/// What PostgreSQL's `ORDER BY` in an `INSERT ... SELECT` means, for the lowerings whose
/// databases order otherwise: NULLs sort as larger than every value in PostgreSQL (last
/// ascending, first descending), first ascending in MySQL and SQLite; text sorts by the
/// database's collation, which no other engine shares.
enum QueryOrdering {
    /// The query with each ORDER BY key written as the expression it stands for: `ORDER BY 2`
    /// and `ORDER BY alias` name a select-list item, which a rewritten key (`x IS NULL`) cannot.
    static func resolvingKeys(_ q: Query) -> Query {
        var out = q
        out.orderBy = q.orderBy.map { o in
            var item = o
            switch o.expression.kind {
            case .integer(let digits):
                if let n = Int(digits), (1...q.items.count).contains(n) { item.expression = q.items[n - 1].expression }
            case .column(nil, let name):
                if let aliased = q.items.first(where: { $0.alias?.value == name.value }) { item.expression = aliased.expression }
            default: break
            }
            return item
        }
        return out
    }

    /// Whether `e` can be NULL: literals and NOT NULL columns of tables every row has cannot.
    static func mayBeNull(_ e: Expression, in q: Query, scope: [QueryTable]) -> Bool {
        switch e.kind {
        case .integer, .numeric, .string, .boolean, .special: return false
        case .column(let qualifier, let name):
            guard let column = scope.column(qualifier?.value, name.value), column.isNotNull else { return true }
            // A LEFT JOIN's table gives NULL columns to the rows it has no match for.
            let outer = Set(q.from?.joins.filter { $0.kind == .left }.map(\.table.exposedName.value) ?? [])
            let owner = qualifier?.value ?? scope.first { $0.table.column(name.value) != nil }?.exposedName
            return owner.map(outer.contains) ?? true
        default: return true
        }
    }

    /// Whether `e` may be text, which each database sorts by its own collation. Conservative:
    /// only numbers, times, booleans and casts to them are not.
    static func mayBeText(_ e: Expression, scope: [QueryTable]) -> Bool {
        switch e.kind {
        case .integer, .numeric, .boolean, .null, .special, .isNull, .inList, .between, .like, .exists, .inQuery: return false
        case .subquery(let q): return q.items.first.map { mayBeText($0.expression, scope: scope) } ?? true
        case .unary(let op, let inner): return op == .not ? false : mayBeText(inner, scope: scope)
        case .column(let qualifier, let name):
            guard let type = scope.column(qualifier?.value, name.value)?.type, let kind = type.portable,
                  type.arrayDimensions == 0 else { return true }
            return !isOrderedAlike(kind)
        case .binary(let op, _, _): return op == .concat
        case .cast(_, let type, _): return type.arrayDimensions > 0 || !isOrderedAlike(type.kind)
        case .string, .call, .caseWhen: return true
        }
    }

    /// Types every engine orders by value: numbers, booleans, and times (written as ISO text in SQLite, which sorts alike).
    static func isOrderedAlike(_ kind: TypeKind) -> Bool {
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float,
             .boolean, .date, .time, .timestamp:
            return true
        // An enum orders by its labels' order: MySQL's ENUM does too, SQLite's TEXT by the text.
        case .char, .varchar, .text, .bytea, .interval, .uuid, .json, .jsonb, .enumType:
            return false
        }
    }

    /// The target column of each select-list item, by position (the INSERT's list, or the table's columns).
    static func targetColumns(_ s: Insert, into table: Table) -> [Column?] {
        let names = s.columns.isEmpty ? table.columns.map(\.name) : s.columns.map(\.value)
        return (0..<(s.rowWidths.first ?? 0)).map { $0 < names.count ? table.column(names[$0]) : nil }
    }

    /// Whether `column` holds text: PostgreSQL turns any value assigned to it into its text
    /// form (`true`, `1.5`, `2024-01-01 12:00:00`), which another engine may write otherwise.
    static func holdsText(_ column: Column?) -> Bool {
        guard let type = column?.type, let kind = type.portable, type.arrayDimensions == 0 else { return false }
        switch kind {
        case .char, .varchar, .text: return true
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float,
             .boolean, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            return false
        }
    }

    /// Whether the inserted rows take numbers from a generator (serial, identity) in the order
    /// the query gives them: a generated column the INSERT gives no value.
    static func numbersRows(_ s: Insert, into table: Table) -> Bool {
        let given = Set(s.columns.isEmpty ? table.columns.prefix(s.rowWidths.first ?? 0).map(\.name) : s.columns.map(\.value))
        return table.columns.contains { $0.generator != nil && !given.contains($0.name) }
    }

    /// Only where the order decides something: D452 when LIMIT / OFFSET keeps the rows a text
    /// ORDER BY key puts first (another collation puts other rows first, so other rows would be
    /// copied); D453 when the order numbers the new rows (they would get other numbers).
    static func check(_ s: Insert, _ q: Query, into table: Table, scope: [QueryTable], database: String,
                      fallback: SourceRange?) -> [Diagnostic] {
        let picks = q.limit != nil || q.offset != nil
        guard picks || numbersRows(s, into: table) else { return [] }
        let resolved = resolvingKeys(q)
        for (written, o) in zip(q.orderBy, resolved.orderBy) where mayBeText(o.expression, scope: scope) {
            let message = "this ORDER BY sorts text, which \(database) orders by another collation than PostgreSQL"
            let range = written.expression.range ?? fallback
            if picks {
                return [.error(.textOrderPicksRows, message, at: range, label: "with LIMIT / OFFSET, other rows would be copied",
                               help: "order by a numeric, date or time column (a key, for instance), or select the rows with WHERE")]
            }
            return [.error(.textOrderNumbersRows, message, at: range,
                           label: "the rows would get other numbers from `\(table.name)`'s generated key",
                           help: "order by a numeric, date or time column (a key, for instance), or leave ORDER BY out if the numbers do not matter")]
        }
        return []
    }
}
