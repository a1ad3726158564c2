/// How portable types are stored in SQLite: the one table (data) the lowering and the docs use.
///
/// SQLite's declared type only picks a column affinity (sqlite.org/datatype3.html §3.1, in
/// this order: contains `INT` → INTEGER; `CHAR`, `CLOB` or `TEXT` → TEXT; `BLOB` or no type →
/// BLOB; `REAL`, `FLOA` or `DOUB` → REAL; else NUMERIC). NUMERIC and INTEGER affinity turn any
/// text that looks like a number into one, so every type whose PostgreSQL values are text that
/// may look like a number must have TEXT affinity. Each spelling below was chosen for the
/// affinity that keeps PostgreSQL's values (`SQLiteAffinityTests` checks each on SQLite):
///
/// | portable                    | SQLite declared type     | affinity | values stored as                          |
/// |-----------------------------|--------------------------|----------|-------------------------------------------|
/// | SMALLINT / INTEGER / BIGINT | SMALLINT / INT(EGER) / BIGINT | INTEGER | 64-bit integers                       |
/// | SERIAL family, identity     | INTEGER PRIMARY KEY AUTOINCREMENT | INTEGER | the rowid (only as the single-column key); never reused, like a sequence |
/// | NUMERIC(p,s) / DECIMAL      | NUMERIC(p,s)             | NUMERIC  | integer or 8-byte float (precision lost past 15 digits) |
/// | REAL / DOUBLE PRECISION / FLOAT | REAL / DOUBLE PRECISION / FLOAT | REAL | 8-byte float                   |
/// | BOOLEAN                     | BOOLEAN                  | NUMERIC  | 1 / 0 (`TRUE` / `FALSE` since 3.23)       |
/// | CHAR(n) / VARCHAR(n) / TEXT | CHAR(n) / VARCHAR(n) / TEXT | TEXT  | text; SQLite never enforces `n`           |
/// | BYTEA                       | BLOB                     | BLOB     | bytes                                     |
/// | DATE / TIME / TIMESTAMP[TZ] | DATE / TIME / TIMESTAMP / TIMESTAMPTZ | NUMERIC | ISO-8601 text, which always holds `-` or `:` and so never reads as a number (`CURRENT_TIMESTAMP` is UTC `YYYY-MM-DD HH:MM:SS`) |
/// | UUID                        | CHAR(36)                 | TEXT     | text (`UUID` would be NUMERIC: a digits-only UUID became a float) |
/// | JSON / JSONB                | TEXT                     | TEXT     | text as written (`JSON` would be NUMERIC: the document `1e5` became 100000.0; JSONB is not normalised) |
/// | INTERVAL, arrays            | —                        |          | refused (D430)                            |
///
/// A type read from a SQLite schema (`declaredIn == .targetDatabase`) is reproduced verbatim.
public enum SQLiteTypes {
    /// The SQLite spelling of a portable type, or nil when SQLite cannot hold it (D430).
    public static func declaredType(_ kind: TypeKind) -> String? {
        func n(_ base: String, _ length: Int?) -> String { length.map { "\(base)(\($0))" } ?? base }
        switch kind {
        case .smallint, .smallserial: return "SMALLINT"
        case .integer, .serial: return "INTEGER"
        case .bigint, .bigserial: return "BIGINT"
        case .numeric(let precision, let scale):
            guard let precision else { return "NUMERIC" }
            return "NUMERIC(\(precision)" + (scale.map { ",\($0)" } ?? "") + ")"
        case .real: return "REAL"
        case .doublePrecision: return "DOUBLE PRECISION"
        case .float(let precision): return n("FLOAT", precision)
        case .boolean: return "BOOLEAN"
        case .char(let length): return "CHAR(\(length ?? 1))"
        case .varchar(let length): return n("VARCHAR", length)
        case .text: return "TEXT"
        case .bytea: return "BLOB"
        case .date: return "DATE"
        case .time(_, let tz): return tz ? "TIMETZ" : "TIME"
        case .timestamp(_, let tz): return tz ? "TIMESTAMPTZ" : "TIMESTAMP"
        case .uuid: return "CHAR(36)"
        case .json, .jsonb: return "TEXT"
        case .enumType: return "TEXT"  // with a CHECK of its labels (`SQLiteEnumTypes`)
        case .interval: return nil  // "INTERVAL" contains INT: SQLite would make '5' the integer 5
        }
    }

    /// The declared type the lowering writes for `column` of `t`, nil when SQLite cannot hold it.
    /// A rowid key is `INTEGER` (only that spelling aliases the rowid); an `INTEGER` key that
    /// must not alias it is `INT`; a type read from a SQLite schema is kept verbatim.
    public static func spelling(of column: Column, in t: Table) -> String? {
        switch column.generator {
        case .rowid?: return column.type.declaredIn == .targetDatabase ? column.type.declared : "INTEGER"
        case .serial?, .identity?, .autoIncrement?: return "INTEGER"
        case nil: break
        }
        if column.type.declaredIn == .targetDatabase { return column.type.declared }
        guard let kind = column.type.portable, column.type.arrayDimensions == 0,
              let spelled = t.strict ? strictType(kind) : declaredType(kind) else { return nil }
        if spelled == "INTEGER", t.primaryKeyColumns == [column.name], !t.withoutRowid { return "INT" }
        return spelled
    }

    /// The type of a column in a `STRICT` table (INT, INTEGER, REAL, TEXT, BLOB or ANY only),
    /// holding the values the ordinary spelling would; nil when none does (NUMERIC affinity's
    /// integer-or-float: REAL makes 3 a float, TEXT and ANY keep '1.50' as text).
    static func strictType(_ kind: TypeKind) -> String? {
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .boolean: return "INTEGER"
        case .real, .doublePrecision, .float: return "REAL"
        case .char, .varchar, .text, .date, .time, .timestamp, .uuid, .json, .jsonb, .enumType: return "TEXT"
        case .bytea: return "BLOB"
        case .numeric, .interval: return nil
        }
    }

    /// The SQLite collation for a PostgreSQL one: byte order is BINARY; SQLite's own names stay.
    static func collation(_ name: String) -> String? {
        if ["C", "POSIX", "ucs_basic"].contains(name) { return "BINARY" }
        if ["BINARY", "NOCASE", "RTRIM"].contains(name.uppercased()) { return name.uppercased() }
        return nil
    }

    /// The type a `CAST` of an integer converts to exactly as PostgreSQL's cast does, or nil.
    /// (A string literal cast to one of the `TEXT` targets is the literal itself.)
    static func castTarget(_ kind: TypeKind) -> String? {
        switch kind {
        case .smallint, .integer, .bigint: return "INTEGER"
        // PostgreSQL's cast to VARCHAR(n) / CHAR(n) cuts (and CHAR pads) the text; SQLite's never does.
        case .text, .varchar(nil): return "TEXT"
        case .varchar: return "TEXT"  // cut to the length by `SQLiteSpelling` where it can be reached
        case .real, .doublePrecision, .float: return "REAL"
        case .enumType: return "TEXT"  // the label's text; a column's CHECK refuses any other
        case .char, .smallserial, .serial, .bigserial, .numeric, .boolean, .bytea, .date, .time, .timestamp, .interval,
             .uuid, .json, .jsonb:
            return nil
        }
    }

    /// The value of `'literal'::kind` in PostgreSQL when it is a string SQLite can write as a
    /// literal: the literal itself, cut to a VARCHAR(n)'s n characters; nil for other types
    /// (CHAR(n) pads, and its padding's meaning depends on the use).
    static func castLiteral(_ kind: TypeKind, _ literal: String) -> String? {
        switch kind {
        case .text, .varchar(nil), .enumType: return literal
        case .varchar(let n?):
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: literal.unicodeScalars.prefix(n))
            return String(scalars)
        case .char, .smallint, .integer, .bigint, .real, .doublePrecision, .float, .smallserial, .serial, .bigserial,
             .numeric, .boolean, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb:
            return nil
        }
    }

    /// Why a portable type is refused, for D430's help.
    static func refusalHelp(_ kind: TypeKind) -> String {
        switch kind {
        case .interval:
            return "SQLite has no interval type; store a number of seconds (`BIGINT`) or ISO-8601 text (`TEXT`)"
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision,
             .float, .boolean, .char, .varchar, .text, .bytea, .date, .time, .timestamp, .uuid, .json, .jsonb, .enumType:
            return "use a type SQLite can store"
        }
    }

    /// True when the type is one of SQLite's integer spellings (INTEGER affinity, whole numbers).
    static func isIntegerKind(_ kind: TypeKind?) -> Bool {
        switch kind {
        case .smallint?, .integer?, .bigint?, .smallserial?, .serial?, .bigserial?: return true
        case .numeric?, .real?, .doublePrecision?, .float?, .boolean?, .char?, .varchar?, .text?, .bytea?, .date?,
             .time?, .timestamp?, .interval?, .uuid?, .json?, .jsonb?, .enumType?, nil: return false
        }
    }

    /// Whether a cast of a value of `from` to `to` leaves it as it is in SQLite: `varchar` /
    /// `text` to `text` (PostgreSQL's only other work is a length check, which `text` has
    /// not). `CHAR(n)` is not: PostgreSQL strips its blanks.
    static func castIsIdentity(from: ColumnType?, to: TypeKind) -> Bool {
        guard let from, from.arrayDimensions == 0 else { return false }
        switch (from.portable, to) {
        case (.varchar?, .text), (.varchar?, .varchar(nil)), (.text?, .text), (.text?, .varchar(nil)): return true
        default: return false
        }
    }

    /// True for the types whose SQLite values are the very text PostgreSQL prints for them, so
    /// a conversion to a string type is a plain copy.
    static func storesPostgresText(_ kind: TypeKind?) -> Bool {
        switch kind {
        case .smallint?, .integer?, .bigint?, .smallserial?, .serial?, .bigserial?, .char?, .varchar?, .text?,
             .date?, .time?, .timestamp?, .uuid?, .json?, .enumType?:
            return true
        // Floats print differently (15 vs 17 significant digits), booleans as 1/0, NUMERIC(p,s)
        // loses trailing zeros, bytes are not `\x...`, JSONB is normalised by PostgreSQL.
        case .numeric?, .real?, .doublePrecision?, .float?, .boolean?, .bytea?, .interval?, .jsonb?, nil:
            return false
        }
    }
}
