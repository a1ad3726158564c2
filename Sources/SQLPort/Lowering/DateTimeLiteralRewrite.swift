/// Data statements with each string written into a `date`, `timestamp` or `timestamptz` column
/// put in the form the target reads as PostgreSQL does (`DateTimeLiteral`); a string in any
/// other form is refused (D494) rather than stored as the target happens to read it.
/// Used by the lowerings whose targets read date/time strings otherwise (MySQL, MariaDB, SQLite).
struct DateTimeLiteralRewrite {
    /// The target's name for messages: "MySQL", "MariaDB", "SQLite".
    let targetName: String
    private(set) var diagnostics: [Diagnostic] = []

    init(targetName: String) { self.targetName = targetName }

    mutating func rewriting(_ change: DataChange, table: Table) -> DataChange {
        change.mappingWrittenValues(in: table) { column, e in value(e, for: column, in: table) }
    }

    private mutating func value(_ e: Expression, for column: String, in table: Table) -> Expression {
        let type = table.column(column)?.type.portable
        guard let written = Self.rewritten(e, type: type) else {
            diagnostics.append(Self.unreadable(e, column: column, type: type, targetName: targetName))
            return e
        }
        return written
    }

    /// `e` with a date/time string in the targets' common form; `e` itself when it is no string
    /// or the type no date/time type; nil when the string is in a form sqlport does not read.
    static func rewritten(_ e: Expression, type: TypeKind?) -> Expression? {
        guard case .string(let text) = e.kind, let type else { return e }
        let kind: DateTimeLiteral.ColumnKind
        switch type {
        case .date: kind = .date
        case .timestamp(_, let withTimeZone): kind = withTimeZone ? .timestampWithTimeZone : .timestamp
        default: return e
        }
        guard let canonical = DateTimeLiteral.canonical(text, for: kind) else { return nil }
        return canonical == text ? e : Expression(.string(canonical), range: e.range)
    }

    /// D494 for `e`, a string `rewritten` could not read, given to `column`.
    static func unreadable(_ e: Expression, column: String, type: TypeKind?, targetName: String) -> Diagnostic {
        .error(.dateTimeLiteralUnreadable,
               "string for `\(type.map(ColumnType.postgresName) ?? "date/time")` column `\(column)` is not a date/time form sqlport can write for \(targetName)",
               at: e.range, label: "PostgreSQL reads this, but \(targetName) would read it otherwise or refuse it",
               help: "write it as 'YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]' (a year 1-9999, no names or special values; `CURRENT_TIMESTAMP` for now)")
    }
}
