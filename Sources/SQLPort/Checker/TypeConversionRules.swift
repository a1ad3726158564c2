/// Which column type changes PostgreSQL performs without `USING`.
///
/// `ALTER COLUMN ... TYPE` without `USING` needs an implicit or assignment cast (PostgreSQL 15,
/// `pg_cast` contexts `i` / `a`): otherwise "column cannot be cast automatically". The rules:
/// - anything converts to a string type (`text`, `varchar`, `char`): the automatic I/O
///   conversion *to* string types counts as an assignment cast;
/// - nothing converts *from* a string type to a non-string one: that I/O cast is explicit only;
/// - numbers (`smallint` ... `double precision`, `numeric`) convert among themselves;
/// - `boolean` and the integers do not (`int4 -> bool` is explicit only);
/// - `date -> timestamp[tz]`, `timestamp <-> timestamptz`, `timestamp[tz] -> date | time`,
///   `time <-> interval`, `time -> timetz`: yes; `date <-> time`, `time -> timestamp`: no;
/// - `json <-> jsonb`: yes; `bytea`, `uuid`, `json[b]` to other non-string types: no;
/// - array dimensions must match (then the element rule applies), except towards a string.
enum TypeConversionRules {
    enum Category: Equatable {
        case numeric, string, boolean, date, time, timestamp, interval, bytea, uuid, json
        /// An enum type, by name: it converts only to itself (and, as anything does, to text).
        case enumeration(String)
    }

    static func category(_ kind: TypeKind) -> Category {
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real,
             .doublePrecision, .float: .numeric
        case .char, .varchar, .text: .string
        case .boolean: .boolean
        case .date: .date
        case .time: .time
        case .timestamp: .timestamp
        case .interval: .interval
        case .bytea: .bytea
        case .uuid: .uuid
        case .json, .jsonb: .json
        case .enumType(let name, _): .enumeration(name)
        }
    }

    /// Whether PostgreSQL converts `from` to `to` on its own (implicit or assignment cast);
    /// nil when a side has no portable meaning.
    static func isAutomatic(from: ColumnType, to: ColumnType) -> Bool? {
        // Any type's text form fits a string column: true even when the source type is foreign.
        if let t = to.portable, category(t) == .string, to.arrayDimensions == 0 { return true }
        guard let f = from.portable, let t = to.portable else { return nil }
        guard from.arrayDimensions == to.arrayDimensions else { return false }
        return isAutomatic(from: f, to: t)
    }

    static func isAutomatic(from f: TypeKind, to t: TypeKind) -> Bool {
        let source = category(f), destination = category(t)
        if destination == .string { return true }
        switch (source, destination) {
        case (.numeric, .numeric), (.boolean, .boolean), (.date, .date), (.bytea, .bytea), (.uuid, .uuid),
             (.json, .json), (.interval, .interval), (.timestamp, .timestamp):
            return true
        case (.enumeration(let a), .enumeration(let b)):
            return a == b
        case (.date, .timestamp), (.timestamp, .date), (.timestamp, .time), (.time, .interval), (.interval, .time):
            return true
        case (.time, .time):
            // time -> timetz is implicit; timetz -> time is an assignment cast.
            return true
        default:
            return false
        }
    }

    /// Whether two types can sit on the two ends of a foreign key (PostgreSQL needs an
    /// equality operator between them: in practice the same category).
    static func areComparable(_ a: ColumnType, _ b: ColumnType) -> Bool {
        guard let x = a.portable, let y = b.portable else { return true }
        return category(x) == category(y) && a.arrayDimensions == b.arrayDimensions
    }

    /// The type of a default expression, when evident; nil when unknown. Quoted literals are
    /// PostgreSQL's `unknown` type and convert to anything, so they report nil too.
    static func typeOf(_ e: Expression) -> TypeKind? {
        switch e.kind {
        case .integer(let digits): return digits.count > 9 ? .bigint : .integer
        case .numeric: return .numeric(precision: nil, scale: nil)
        case .boolean: return .boolean
        case .special(let s):
            switch s {
            case .currentTimestamp: return .timestamp(precision: nil, withTimeZone: true)
            case .currentDate: return .date
            case .currentTime: return .time(precision: nil, withTimeZone: true)
            }
        case .cast(_, let type, _): return ColumnType.storageKind(of: type.kind)
        case .unary(let op, let inner):
            switch op {
            case .minus, .plus: return typeOf(inner)
            case .not: return .boolean
            }
        case .string, .null, .column, .binary, .isNull, .inList, .between, .like, .call, .caseWhen, .subquery, .exists, .inQuery:
            return nil
        }
    }
}
