import Foundation

/// A string literal cast to a type (`'[]'::jsonb`, `'42'::bigint`, `'2020-01-01'::date`):
/// PostgreSQL runs the type's input function on it when the statement is parsed, so the cast
/// is a constant, or the statement's error. A lowering writes the folded constant where the
/// target has no such cast or casts differently (SQLite's lenient CAST); the checker refuses
/// an invalid one on every target (S339), as PostgreSQL would.
///
/// Only spellings whose meaning is certain are judged: integers (`[+-]digits`, spaces around,
/// in range), text and `VARCHAR`, ISO dates `YYYY-MM-DD`, ISO instants with an offset as
/// `timestamptz`, JSON. Anything else PostgreSQL might
/// accept (`'today'`, `'Jan 1 2020'`, `'0x1F'` in 16+) is `nil`: left to the dialect as before.
enum ConstantCast: Equatable {
    /// The constant, as a literal of the target: `42`, `'2020-01-01'`, `'[]'`.
    case folded(Expression.Kind)
    /// PostgreSQL's error, in its words.
    case invalid(String)

    /// Whether the folded literal means the same as the cast wherever it stands. A date, an
    /// instant or a JSON value written as a string is only the same where it is stored (a default, an
    /// inserted or assigned value): `'2020-01-01' + 1` is not date arithmetic.
    static func foldsAnywhere(_ kind: TypeKind) -> Bool {
        switch ColumnType.storageKind(of: kind) {
        case .smallint, .integer, .bigint, .text, .varchar: true
        case .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float, .boolean, .char, .bytea,
             .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            false
        }
    }

    /// The constant of `e` when it is a string literal cast to a type judged here.
    static func of(_ e: Expression) -> ConstantCast? {
        guard case .cast(let inner, let type, _) = e.kind, type.arrayDimensions == 0,
              case .string(let literal) = inner.kind else { return nil }
        return of(literal, as: type.kind)
    }

    static func of(_ literal: String, as kind: TypeKind) -> ConstantCast? {
        switch ColumnType.storageKind(of: kind) {
        case .smallint: return integer(literal, bits: 16, type: "smallint")
        case .integer: return integer(literal, bits: 32, type: "integer")
        case .bigint: return integer(literal, bits: 64, type: "bigint")
        case .text, .varchar(nil): return .folded(.string(literal))
        case .varchar(let n?):
            // An explicit cast cuts to n characters, as PostgreSQL's does (no error).
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: literal.unicodeScalars.prefix(n))
            return .folded(.string(String(scalars)))
        case .date: return date(literal)
        case .json, .jsonb: return json(literal, type: kind == .json ? "json" : "jsonb")
        case .timestamp(_, true): return instant(literal)
        // A label is stored as its text; whether it is one of the type's is the checker's
        // question (it knows the labels: the AST names only the type).
        case .enumType(let name, let labels):
            if labels.isEmpty || labels.contains(literal) { return .folded(.string(literal)) }
            return .invalid("invalid input value for enum \(name): \"\(literal)\"")
        case .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float, .boolean, .char, .bytea,
             .time, .timestamp, .interval, .uuid:
            return nil
        }
    }

    /// PostgreSQL 15's int2in / int4in / int8in: spaces around, an optional sign, decimal digits.
    static func integer(_ literal: String, bits: Int, type: String) -> ConstantCast? {
        let trimmed = literal.trimmingCharacters(in: .init(charactersIn: " \t\n\r\u{b}\u{c}"))
        var digits = Substring(trimmed)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            // Underscores and 0x / 0o / 0b prefixes are PostgreSQL 16's: not judged here.
            if digits.contains("_") || digits.lowercased().hasPrefix("0x") || digits.lowercased().hasPrefix("0o")
                || digits.lowercased().hasPrefix("0b") { return nil }
            return .invalid("invalid input syntax for type \(type): \"\(literal)\"")
        }
        let stripped = String(digits.drop { $0 == "0" })
        let magnitude = stripped.isEmpty ? "0" : stripped
        let limit = negative ? String(UInt64(1) << UInt64(bits - 1)) : String((UInt64(1) << UInt64(bits - 1)) - 1)
        if magnitude.count > limit.count || (magnitude.count == limit.count && magnitude > limit) {
            return .invalid("value \"\(literal)\" is out of range for type \(type)")
        }
        return .folded(negative && magnitude != "0" ? .unary(.minus, Expression(.integer(magnitude))) : .integer(magnitude))
    }

    /// An ISO date `YYYY-MM-DD` (years 1 to 9999): the text every target stores and prints.
    static func date(_ literal: String) -> ConstantCast? {
        switch DateTimeLiteral.read(literal) {
        case .value(let v) where v.time == nil: return .folded(.string(v.dateText))
        case .outOfRange: return .invalid("date/time field value out of range: \"\(literal)\"")
        case .value, .unrecognised: return nil
        }
    }

    /// An ISO instant with its offset (`2026-12-04T20:04:45.566776+00:00`, as Django writes the
    /// one-off default of an added `auto_now_add` column): the UTC wall-clock time
    /// `YYYY-MM-DD HH:MM:SS[.ffffff]`, which is what sqlport's targets hold for `timestamptz`
    /// (MySQL's DATETIME in UTC, SQLite's UTC text like its CURRENT_TIMESTAMP). Without an
    /// offset the value would be read in the session's TimeZone: not judged, nor more than six
    /// fraction digits (PostgreSQL rounds them) or years outside 1000-9999.
    static func instant(_ literal: String) -> ConstantCast? {
        switch DateTimeLiteral.read(literal) {
        case .value(let v) where v.time != nil && v.offset != nil:
            return DateTimeLiteral.canonical(literal, for: .timestampWithTimeZone).map { .folded(.string($0)) }
        case .outOfRange: return .invalid("date/time field value out of range: \"\(literal)\"")
        case .value, .unrecognised: return nil
        }
    }

    /// A JSON text. `\u` escapes are not judged (jsonb refuses `\u0000`, json keeps it).
    static func json(_ literal: String, type: String) -> ConstantCast? {
        if literal.contains("\\u") { return nil }
        guard (try? JSONSerialization.jsonObject(with: Data(literal.utf8), options: [.fragmentsAllowed])) != nil else {
            return .invalid("invalid input syntax for type \(type)")
        }
        return .folded(.string(literal))
    }
}

extension Expression {
    /// The expression with its constant casts folded (`ConstantCast`): the whole expression
    /// when it is one (a default, a value inserted or assigned), anywhere inside it the casts
    /// whose literal means the same wherever it stands. Casts not judged, or invalid (S339
    /// has refused them), stay.
    func foldingConstantCasts(root: Bool = true) -> Expression {
        rewriting(isRoot: root) { e, isRoot in
            guard case .folded(let kind)? = ConstantCast.of(e), case .cast(_, let type, _) = e.kind,
                  isRoot || ConstantCast.foldsAnywhere(type.kind) else { return nil }
            return Expression(kind, range: e.range)
        }
    }

    /// `now()` and `transaction_timestamp()` as `CURRENT_TIMESTAMP`: in PostgreSQL they are one
    /// function, so a dialect that has only the keyword writes it for all three. With
    /// `statementTimestamp`, `statement_timestamp()` too (Django's `Now()`), for a dialect whose
    /// keyword is evaluated per statement (SQLite), which is what that function means.
    func nowAsCurrentTimestamp(statementTimestamp: Bool = false) -> Expression {
        let names: Set<String> = statementTimestamp ? ["now", "transaction_timestamp", "statement_timestamp"] : ["now", "transaction_timestamp"]
        return rewriting { e, _ in
            guard case .call(let name, let arguments, false) = e.kind, name.schema == nil, arguments.isEmpty,
                  names.contains(name.name.value.lowercased()) else { return nil }
            return Expression(.special(.currentTimestamp), range: e.range)
        }
    }
}

extension DataChange {
    /// The change with the constant casts of its values folded (each inserted or assigned
    /// value is a whole expression).
    func foldingConstantCasts() -> DataChange {
        switch self {
        case .insert(var s):
            s.rows = s.rows.map { $0.map { $0.foldingConstantCasts() } }
            return .insert(s)
        case .update(var u):
            u.assignments = u.assignments.map { var a = $0; a.value = a.value.foldingConstantCasts(); return a }
            u.predicate = u.predicate.map { $0.foldingConstantCasts() }
            return .update(u)
        case .delete(var d):
            d.predicate = d.predicate.map { $0.foldingConstantCasts() }
            return .delete(d)
        }
    }
}
