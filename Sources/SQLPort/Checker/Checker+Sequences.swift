/// `SELECT setval(...)`, `ALTER SEQUENCE ... RESTART` and `CREATE SEQUENCE`. A sequence a
/// serial or identity column owns is, on MySQL and SQLite, the column's own counter
/// (AUTO_INCREMENT, the rowid): the checker resolves which column a setval numbers and what
/// it makes the next id, as PostgreSQL computes it, for the lowerings to set that counter.
extension CheckRun {
    mutating func setSequenceValue(_ s: SetSequenceValue) -> StepResolution {
        guard let owner = resolveSequence(s.target, at: s.targetRange) else { return .invalid }
        guard let table = owner.table, let column = owner.column else {
            // A sequence no column owns: PostgreSQL runs the statement as written.
            return .setSequence(SequenceSetting(sequence: owner.sequence, table: nil, column: nil, next: nil))
        }
        guard let next = nextValue(s, sequence: owner.sequence, table: table, column: column) else { return .invalid }
        return .setSequence(SequenceSetting(sequence: owner.sequence, table: table, column: column.name, next: next))
    }

    mutating func alterSequenceRestart(_ s: AlterSequenceRestart) -> StepResolution {
        let name = s.name.name.value
        guard let owner = sequenceOwner(named: name) else {
            if s.ifExists { return skip("sequence `\(name)` does not exist, skipping", at: s.name.range) }
            reportUnknownSequence(name, at: s.name.range)
            return .invalid
        }
        guard let table = owner.table, let column = owner.column else {
            return .setSequence(SequenceSetting(sequence: owner.sequence, table: nil, column: nil, next: nil))
        }
        // Without WITH: the start value, 1 for every sequence a serial or identity column
        // makes (the portable language has no START WITH for them).
        guard let value = s.value.map({ Self.integerConstant($0) }) ?? 1 else {
            report(.error(.setvalNotCompiled, "the value of RESTART WITH must be an integer constant", at: s.value?.range,
                          label: "not a constant", help: "write the number: `RESTART WITH 1000`"))
            return .invalid
        }
        guard value >= 1 else {
            reportOutOfBounds(value, sequence: owner.sequence, at: s.value?.range)
            return .invalid
        }
        return .setSequence(SequenceSetting(sequence: owner.sequence, table: table, column: column.name, next: .value(value)))
    }

    mutating func createSequence(_ s: CreateSequence) -> StepResolution {
        let name = s.name.name.value
        if let (kind, definedAt) = relationUsing(name) {
            if s.ifNotExists { return skip("\(kind) `\(name)` already exists, skipping", at: s.name.range) }
            report(.error(.duplicateTable, "\(kind) `\(name)` already exists", at: s.name.range,
                          label: "name in use", notes: [DiagnosticNote("\(kind) `\(name)` was defined here", at: definedAt)],
                          help: "choose another name, or write `CREATE SEQUENCE IF NOT EXISTS`"))
            return .invalid
        }
        let sequence = CatalogSequence(name: name, definedAt: s.name.range)
        if naming.hasSequences { catalog.addSequence(sequence) }
        return .createSequence(sequence, options: s.options)
    }

    // MARK: Which column

    /// The sequence a setval names and the column it numbers (none for a sequence no column owns).
    mutating func resolveSequence(_ named: SetSequenceValue.Target, at range: SourceRange?)
        -> (sequence: String, table: Table?, column: Column?)? {
        switch named {
        case .name(let text, _):
            guard let name = Self.regclassName(text) else {
                report(.error(.unknownSequence, "`\(text)` is not a sequence name", at: range, label: "not a name",
                              help: "write the sequence's name, `'table_id_seq'`"))
                return nil
            }
            guard let owner = sequenceOwner(named: name) else {
                reportUnknownSequence(name, at: range)
                return nil
            }
            return owner
        case .serialSequence(let tableText, let columnName):
            guard let tableName = Self.regclassName(tableText), let table = catalog.table(tableName) else {
                report(.error(.unknownTable, "table `\(tableText)` does not exist", at: range, label: "no such table",
                              help: similarTableHelp(Self.regclassName(tableText) ?? tableText)))
                return nil
            }
            guard let column = table.column(columnName) else {
                reportUnknownColumn(columnName, range: range, in: table)
                return nil
            }
            guard column.generator != nil else {
                report(.error(.columnHasNoSequence, "column `\(column.name)` of table `\(table.name)` has no sequence",
                              at: range, label: "not a serial or identity column",
                              notes: [tableDefinedNote(table)],
                              help: "PostgreSQL's pg_get_serial_sequence gives NULL here and setval then does nothing: remove the statement"))
                return nil
            }
            let sequence = column.generator?.sequence
                ?? PostgreSQLNaming.sequenceName(table: table.name, column: column.name, catalog: catalog)
            return (sequence, table, column)
        }
    }

    /// PostgreSQL's sequence `name`: one in the catalog, or (a target without sequences) the
    /// one PostgreSQL would keep for a numbered column, `<table>_<column>_seq`.
    func sequenceOwner(named name: String) -> (sequence: String, table: Table?, column: Column?)? {
        if naming.hasSequences {
            guard let s = catalog.sequence(name) else { return nil }
            guard let owner = s.ownedBy, let table = catalog.table(owner.table), let column = table.column(owner.column) else {
                return (s.name, nil, nil)
            }
            return (s.name, table, column)
        }
        for table in catalog.tables {
            for column in table.columns where column.generator != nil {
                let sequence = column.generator?.sequence
                    ?? PostgreSQLNaming.sequenceName(table: table.name, column: column.name, catalog: catalog)
                if sequence == name { return (sequence, table, column) }
            }
        }
        return nil
    }

    /// A regclass text (`'name'`, `'"Name"'`, `'public.name'`) as PostgreSQL reads it: unquoted
    /// parts folded to lower case; `public.` is the one schema. Nil for anything else.
    static func regclassName(_ text: String) -> String? {
        var parts: [String] = [], current = "", quoted = false, wasQuoted = false
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { current.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" {
                quoted = true
                wasQuoted = true
            } else if c == "." {
                parts.append(current)
                current = ""
                wasQuoted = false
            } else if c == " " {
                return nil
            } else {
                current += wasQuoted ? String(c) : String(c).lowercased()
            }
        }
        guard !quoted else { return nil }
        parts.append(current)
        if parts.count == 2, parts[0] == "public" { parts.removeFirst() }
        guard parts.count == 1, !parts[0].isEmpty else { return nil }
        return parts[0]
    }

    mutating func reportUnknownSequence(_ name: String, at range: SourceRange?) {
        report(.error(.unknownSequence, "sequence `\(name)` does not exist", at: range, label: "no such sequence",
                      help: "a serial column's sequence is `<table>_<column>_seq`; or write `pg_get_serial_sequence('table', 'column')`"))
    }

    mutating func reportOutOfBounds(_ value: Int64, sequence: String, at range: SourceRange?) {
        report(.error(.sequenceValueOutOfBounds, "value \(value) is out of bounds for sequence `\(sequence)` (1..9223372036854775807)",
                      at: range, label: "PostgreSQL refuses it",
                      help: "give at least 1; `setval(s, coalesce(max(id), 1), max(id) IS NOT NULL)` sets an empty table's sequence to start at 1"))
    }

    // MARK: Which value

    /// What the value is in one of the two cases PostgreSQL's result depends on: the table has
    /// rows (the largest id is some M) or none (it is NULL).
    enum SymbolicValue: Equatable {
        case null
        case constant(Int64)
        /// M + n
        case largestPlus(Int64)
    }

    /// The next id after the statement, from the value and `is_called` in both cases; nil after S371 / S372.
    mutating func nextValue(_ s: SetSequenceValue, sequence: String, table: Table, column: Column) -> SequenceNext? {
        var aggregateTable: TableReference?
        let valueExpression: Expression
        switch s.value {
        case .expression(let e):
            valueExpression = e
            aggregateTable = s.from
        case .query(let q):
            guard s.from == nil, let from = q.from, from.joins.isEmpty, q.items.count == 1, q.predicate == nil,
                  q.orderBy.isEmpty, q.limit == nil, q.offset == nil, !q.distinct else {
                reportSetvalShape(s)
                return nil
            }
            valueExpression = q.items[0].expression
            aggregateTable = from.first
        }
        if let ref = aggregateTable {
            guard let read = resolveTable(ref.name) else { return nil }
            guard read.name == table.name else {
                report(.error(.setvalNotCompiled, "the value is read from table `\(read.name)`, but the sequence numbers `\(table.name)`",
                              at: ref.name.range, label: "another table",
                              help: "read the largest `\(column.name)` of `\(table.name)`: `FROM \(table.name)`"))
                return nil
            }
        }
        let exposed = aggregateTable?.exposedName.value
        func isLargest(_ e: Expression) -> Bool {
            guard exposed != nil, case .call(let name, let args, false) = e.kind, name.schema == nil, name.name.value == "max",
                  args.count == 1, case .column(let q, let c) = args[0].kind, c.value == column.name else { return false }
            return q == nil || q?.value == exposed
        }
        func value(_ e: Expression, rows: Bool) -> SymbolicValue? {
            if isLargest(e) { return rows ? .largestPlus(0) : .null }
            if let n = Self.integerConstant(e) { return .constant(n) }
            switch e.kind {
            case .null: return .null
            case .call(let name, let args, false) where name.name.value == "coalesce" && !args.isEmpty:
                for a in args {
                    guard let v = value(a, rows: rows) else { return nil }
                    if v != .null { return v }
                }
                return .null
            case .binary(let op, let l, let r) where op == .add || op == .subtract:
                guard let a = value(l, rows: rows), let b = value(r, rows: rows) else { return nil }
                let sign: Int64 = op == .add ? 1 : -1
                switch (a, b) {
                case (.null, _), (_, .null): return .null
                case (.constant(let x), .constant(let y)): return .constant(x + sign * y)
                case (.largestPlus(let x), .constant(let y)): return .largestPlus(x + sign * y)
                case (.constant(let x), .largestPlus(let y)) where op == .add: return .largestPlus(x + y)
                default: return nil
                }
            default: return nil
            }
        }
        func called(rows: Bool) -> Bool? {
            guard let e = s.isCalled else { return true }
            switch e.kind {
            case .boolean(let b): return b
            case .isNull(let inner, let negated) where isLargest(inner): return rows ? negated : !negated
            default: return nil
            }
        }
        guard let withRows = value(valueExpression, rows: true), let empty = value(valueExpression, rows: false),
              let calledWithRows = called(rows: true), let calledEmpty = called(rows: false) else {
            reportSetvalShape(s)
            return nil
        }
        func next(_ v: Int64, _ called: Bool) -> Int64 { called ? v + 1 : v }
        switch (withRows, empty) {
        case (.constant(let n), .constant) where aggregateTable == nil:
            guard n >= 1 else { reportOutOfBounds(n, sequence: sequence, at: valueExpression.range); return nil }
            return .value(next(n, calledWithRows))
        case (.largestPlus(let k), .null):
            return .afterLargest(plus: next(k, calledWithRows), whenEmpty: nil)
        case (.largestPlus(let k), .constant(let n)):
            guard n >= 1 else { reportOutOfBounds(n, sequence: sequence, at: valueExpression.range); return nil }
            return .afterLargest(plus: next(k, calledWithRows), whenEmpty: next(n, calledEmpty))
        default:
            reportSetvalShape(s)
            return nil
        }
    }

    mutating func reportSetvalShape(_ s: SetSequenceValue) {
        let range: SourceRange?
        switch s.value {
        case .expression(let e): range = e.range
        case .query: range = s.targetRange
        }
        report(.error(.setvalNotCompiled, "sqlport compiles setval to a constant or to the largest id of the column the sequence numbers",
                      at: range, label: "another value",
                      help: "write `setval(seq, coalesce(max(id), 1), max(id) IS NOT NULL) FROM t`, `setval(seq, (SELECT max(id) FROM t))` or `setval(seq, 1000)`"))
    }

    /// An integer literal, possibly negated.
    static func integerConstant(_ e: Expression) -> Int64? {
        switch e.kind {
        case .integer(let digits): Int64(digits)
        case .unary(.minus, let inner): integerConstant(inner).map { -$0 }
        case .unary(.plus, let inner): integerConstant(inner)
        default: nil
        }
    }
}
