/// The portable types in MySQL 8.0+ / MariaDB 10.5+: one table, read top to bottom.
///
/// | portable                    | mysql                  | mariadb          | why                                            |
/// |-----------------------------|------------------------|------------------|------------------------------------------------|
/// | SMALLINT / INTEGER / BIGINT | SMALLINT / INT / BIGINT| same             | same sizes, signed                             |
/// | SMALLSERIAL/SERIAL/BIGSERIAL| SMALLINT/INT/BIGINT + `AUTO_INCREMENT` | same | not MySQL's SERIAL (BIGINT UNSIGNED): INT FKs must still match |
/// | NUMERIC(p[,s]), p <= 65     | DECIMAL(p,s)           | same             | bare NUMERIC is unbounded in PostgreSQL: D410  |
/// | REAL / DOUBLE PRECISION     | FLOAT / DOUBLE         | same             | MySQL's REAL is DOUBLE                         |
/// | FLOAT(p)                    | FLOAT (p <= 24) / DOUBLE | same           | PostgreSQL's rule                              |
/// | BOOLEAN                     | TINYINT(1)             | BOOLEAN          | both are TINYINT(1) in the server              |
/// | CHAR(n), n <= 255           | CHAR(n)                | same             | bare CHAR is CHAR(1) in both                   |
/// | VARCHAR(n), n <= 16383      | VARCHAR(n)             | same             | 16383 utf8mb4 characters fit a row             |
/// | VARCHAR / TEXT              | LONGTEXT               | same             | PostgreSQL's text holds up to 1 GB; TEXT 64 KB |
/// | BYTEA                       | LONGBLOB               | same             | as above; a baseline's BLOB is kept verbatim   |
/// | DATE                        | DATE                   | same             |                                                |
/// | TIME(p)                     | TIME(p), default 6     | same             | PostgreSQL keeps microseconds by default       |
/// | TIMESTAMP(p)                | DATETIME(p), default 6 | same             | wall-clock time, like TIMESTAMP WITHOUT TIME ZONE |
/// | TIMESTAMPTZ(p)              | DATETIME(p) in UTC + D448 | same          | an instant, stored as its UTC wall-clock time (below) |
/// | TIMETZ                      | D410                   | D410             | a time of day with an offset has no MySQL form |
/// | INTERVAL                    | D410                   | D410             | no interval type                               |
/// | UUID                        | CHAR(36) + D419 warning| same             | MariaDB's UUID type needs 10.7                 |
/// | JSON / JSONB                | JSON                   | same             |                                                |
/// | any array                   | D410                   | D410             | no arrays: JSON or a child table               |
///
/// **TIMESTAMPTZ is `DATETIME(p)` holding UTC.** PostgreSQL's `timestamptz` is an instant: it
/// stores UTC and converts on input and output by the session's `TimeZone`, over years 4713 BC
/// to 294276 AD. MySQL's `TIMESTAMP` also converts by the session's `time_zone`, but holds only
/// 1970-01-01 to 2038-01-19 UTC (MySQL 8.0, MariaDB 10.11), so a date of birth or an expiry
/// in 2040 would fail. `DATETIME(p)` holds years 1000 to 9999 and
/// converts nothing, so it keeps an instant exactly when everybody writes and reads UTC: the
/// script sets its session's `time_zone` to `'+00:00'` (restored at the end), so every
/// `CURRENT_TIMESTAMP(p)` / `NOW(6)` it evaluates (defaults of added columns, data statements)
/// stores UTC, and D448 (once per script) tells the application to do the same: connect with
/// `time_zone = '+00:00'` and send and read UTC values (as Django does with `USE_TZ = True`,
/// storing UTC in MySQL's `DATETIME`). sqlport assumes the
/// PostgreSQL session's `TimeZone` is UTC too, the default of the official images and what
/// Django sets: then `timestamp` <-> `timestamptz` changes no stored value, and the
/// `DATETIME(p)` -> `DATETIME(p)` restatement is exact. A literal with an offset
/// (`'2020-01-01 10:00+02'`) is not converted by MariaDB: it is PostgreSQL's text to keep out.
///
/// `--mysql-timestamptz timestamp` writes `TIMESTAMP(p)` instead: an instant converted by the
/// session's `time_zone`, as PostgreSQL converts by `TimeZone`, so the application may use any
/// zone; but only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC (D488, measured on MariaDB
/// 10.11: `'2038-01-19 03:14:08'` is error 1292). The script still runs in `'+00:00'`, so
/// conversions from `timestamp` keep PostgreSQL's (UTC session) values, and sets
/// `explicit_defaults_for_timestamp` so a TIMESTAMP column gets no implicit default or
/// `ON UPDATE` (MariaDB before 10.10 and old MySQL defaults).
enum MySQLTypes {
    /// A type's MySQL spelling, or why there is none.
    enum Rule: Equatable {
        case spelled(mysql: String, mariadb: String)
        case unsupported(reason: String, help: String)

        static func same(_ s: String) -> Rule { .spelled(mysql: s, mariadb: s) }
    }

    static let maxCharLength = 255
    static let maxVarcharLength = 16383
    static let maxDecimalPrecision = 65
    static let maxDecimalScale = 30

    static func rule(_ kind: TypeKind, arrayDimensions: Int = 0) -> Rule {
        if arrayDimensions > 0 {
            return .unsupported(reason: "MySQL and MariaDB have no array types",
                                help: "store the values in a JSON column, or in a child table with one row per element")
        }
        func fraction(_ p: Int?) -> String { "(\(min(p ?? 6, 6)))" }
        switch kind {
        case .smallint, .smallserial: return .same("SMALLINT")
        case .integer, .serial: return .same("INT")
        case .bigint, .bigserial: return .same("BIGINT")
        case .numeric(let precision, let scale):
            guard let precision else {
                return .unsupported(reason: "`NUMERIC` without a precision is unbounded in PostgreSQL; MySQL's `DECIMAL` means `DECIMAL(10,0)`",
                                    help: "give the precision and scale the values need, e.g. `NUMERIC(20, 4)`")
            }
            guard precision <= maxDecimalPrecision, (scale ?? 0) <= maxDecimalScale else {
                return .unsupported(reason: "MySQL's `DECIMAL` holds at most \(maxDecimalPrecision) digits, \(maxDecimalScale) after the point",
                                    help: "use `NUMERIC(\(maxDecimalPrecision), \(min(scale ?? 0, maxDecimalScale)))` or less, or `DOUBLE PRECISION` if approximate values do")
            }
            return .same("DECIMAL(\(precision),\(scale ?? 0))")
        case .real: return .same("FLOAT")
        case .doublePrecision: return .same("DOUBLE")
        case .float(let precision): return .same(precision.map { $0 <= 24 } == true ? "FLOAT" : "DOUBLE")
        case .boolean: return .spelled(mysql: "TINYINT(1)", mariadb: "BOOLEAN")
        case .enumType(_, let labels): return .same(MySQLEnumTypes.spelling(labels))
        case .char(let length):
            let n = length ?? 1
            guard n <= maxCharLength else {
                return .unsupported(reason: "MySQL's `CHAR` holds at most \(maxCharLength) characters",
                                    help: "use `VARCHAR(\(n))` (no blank padding) or `TEXT`")
            }
            return .same("CHAR(\(n))")
        case .varchar(let length):
            guard let n = length else { return .same("LONGTEXT") }
            guard n <= maxVarcharLength else {
                return .unsupported(reason: "`VARCHAR(\(n))` does not fit a MySQL row in utf8mb4 (at most \(maxVarcharLength) characters)",
                                    help: "use `TEXT`, which becomes `LONGTEXT`")
            }
            return .same("VARCHAR(\(n))")
        case .text: return .same("LONGTEXT")
        case .bytea: return .same("LONGBLOB")
        case .date: return .same("DATE")
        case .time(let precision, let withTimeZone):
            guard !withTimeZone else {
                return .unsupported(reason: "MySQL's `TIME` has no time zone",
                                    help: "use `TIME` and keep times in one agreed zone (UTC)")
            }
            return .same("TIME" + fraction(precision))
        case .timestamp(let precision, _):
            // With a time zone: UTC in a DATETIME (see the table above).
            return .same("DATETIME" + fraction(precision))
        case .interval:
            return .unsupported(reason: "MySQL and MariaDB have no interval type",
                                help: "store a number of seconds (`BIGINT`) or of months and seconds in two columns")
        case .uuid: return .same("CHAR(36)")
        case .json, .jsonb: return .same("JSON")
        }
    }

    /// The column type as MySQL spells it; nil when it has no faithful form. A type read from
    /// the target database is reproduced as declared (a baseline's `BLOB`, `DATETIME`).
    static func spelling(of type: ColumnType, flavor: MySQLFlavor) -> String? {
        if type.declaredIn == .targetDatabase { return type.declared }
        guard let kind = type.portable else { return nil }
        if flavor.timestampTZ == .timestamp, type.arrayDimensions == 0, case .timestamp(let p, true) = kind {
            return "TIMESTAMP(\(min(p ?? 6, 6)))"
        }
        switch rule(kind, arrayDimensions: type.arrayDimensions) {
        case .spelled(let mysql, let mariadb): return flavor == .mysql ? mysql : mariadb
        case .unsupported: return nil
        }
    }

    /// D410 for a type the lowering must write, nil when it has a faithful form.
    static func diagnostic(for type: ColumnType, at range: SourceRange?, column: String) -> Diagnostic? {
        if type.declaredIn == .targetDatabase { return nil }
        guard let kind = type.portable else {
            return .error(.mysqlUnsupportedType, "column `\(column)` has type `\(type.declared)`, which has no MySQL spelling",
                          at: range, label: "unknown type")
        }
        guard case .unsupported(let reason, let help) = rule(kind, arrayDimensions: type.arrayDimensions) else { return nil }
        return .error(.mysqlUnsupportedType, "type `\(type.declared)` of column `\(column)` has no faithful MySQL form",
                      at: range, label: reason, help: help)
    }

    /// The `CAST(... AS t)` target for a portable type, when MySQL 8.0 and MariaDB have one
    /// that converts the same way.
    static func castTarget(_ type: TypeName) -> String? {
        guard type.arrayDimensions == 0 else { return nil }
        switch type.kind {
        case .smallint, .integer, .bigint: return "SIGNED"
        case .numeric(let p?, let s) where p <= maxDecimalPrecision: return "DECIMAL(\(p),\(s ?? 0))"
        case .char(let n): return "CHAR(\(n ?? 1))"
        case .varchar(let n?): return "CHAR(\(n))"
        case .varchar(nil), .text: return "CHAR"
        case .date: return "DATE"
        case .time(let p, false): return "TIME(\(min(p ?? 6, 6)))"
        case .timestamp(let p, false): return "DATETIME(\(min(p ?? 6, 6)))"
        case .bytea: return "BINARY"
        // The label's text, which an ENUM column takes on assignment (and refuses, strict, if no label).
        case .enumType: return "CHAR"
        case .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float, .boolean,
             .time, .timestamp, .interval, .uuid, .json, .jsonb:
            return nil
        }
    }

    /// Whether a portable type is `TIMESTAMP WITH TIME ZONE`, which MySQL holds as UTC in a
    /// `DATETIME` (the script runs in UTC and D448 says so).
    static func isTimestampWithTimeZone(_ type: ColumnType) -> Bool {
        guard type.declaredIn != .targetDatabase, type.arrayDimensions == 0 else { return false }
        if case .timestamp(_, true)? = type.portable { return true }
        return false
    }

    /// TEXT / BLOB family columns can only be indexed by a prefix (MySQL error 1170).
    static func needsIndexPrefix(_ type: ColumnType) -> Bool {
        if type.declaredIn == .targetDatabase {
            let d = type.declared.uppercased()
            return d.hasSuffix("TEXT") || d.hasSuffix("BLOB") || d == "JSON"
        }
        guard let kind = type.portable, type.arrayDimensions == 0 else { return false }
        switch kind {
        case .text, .bytea, .json, .jsonb, .varchar(nil): return true
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision,
             .float, .boolean, .char, .varchar, .date, .time, .timestamp, .interval, .uuid, .enumType:
            return false
        }
    }

    /// MySQL 8.0 refuses a literal DEFAULT on TEXT / BLOB / JSON columns; `DEFAULT (expr)` works on both servers.
    static func needsParenthesisedDefault(_ type: ColumnType) -> Bool { needsIndexPrefix(type) }

    /// Decimal digits of the largest value of an integer type; nil for other types.
    static func integerDigits(_ type: ColumnType) -> Int? {
        guard type.arrayDimensions == 0 else { return nil }
        if let kind = type.portable {
            switch kind {
            case .smallint, .smallserial: return 5
            case .integer, .serial: return 10
            case .bigint, .bigserial: return 19
            case .numeric, .real, .doublePrecision, .float, .boolean, .char, .varchar, .text, .bytea, .date, .time,
                 .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
                return nil
            }
        }
        let d = type.declared.uppercased()
        let unsigned = d.contains("UNSIGNED") ? 1 : 0
        for (prefix, digits) in [("TINYINT", 3), ("SMALLINT", 5), ("MEDIUMINT", 8), ("BIGINT", 19), ("INTEGER", 10), ("INT", 10)]
            where d.hasPrefix(prefix) {
            return digits + (prefix == "BIGINT" ? unsigned : 0)
        }
        return nil
    }

    /// A collation's MySQL name. PostgreSQL's `C` / `POSIX` / `ucs_basic` compare code points: MariaDB's
    /// `utf8mb4_nopad_bin` exactly, MySQL's `utf8mb4_bin` too except that it ignores trailing
    /// spaces (the `mysql` flavor's syntax must also run on MariaDB, which lacks
    /// `utf8mb4_0900_bin`). A name that is already a MySQL collation is kept; nil for any other.
    static func collation(_ name: String, flavor: MySQLFlavor) -> String? {
        switch name.lowercased() {
        case "c", "posix", "ucs_basic": return flavor == .mariadb ? "utf8mb4_nopad_bin" : "utf8mb4_bin"
        // The database's default, as a column without COLLATE has: "" writes no clause.
        case "default": return ""
        default:
            let lower = name.lowercased()
            let charsets = ["utf8mb4_", "utf8mb3_", "utf8_", "latin1_", "ascii_", "ucs2_", "utf16_", "utf32_"]
            guard name == lower, lower.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }),
                  charsets.contains(where: lower.hasPrefix) || lower == "binary" else { return nil }
            return name
        }
    }

    /// InnoDB's limit on one index entry (DYNAMIC rows, 16 KB pages), the MySQL 8.0 and MariaDB default.
    static let maxKeyBytes = 3072

    /// The most bytes a value of this type takes in an index entry: utf8mb4 counts 4 bytes a
    /// character. Types read from the target database count 0 (their character set is theirs).
    static func keyBytes(_ type: ColumnType) -> Int {
        guard type.declaredIn != .targetDatabase, let kind = type.portable, type.arrayDimensions == 0 else { return 0 }
        switch kind {
        case .char(let n): return 4 * (n ?? 1)
        case .varchar(let n?): return 4 * n
        case .uuid: return 4 * 36
        case .smallint, .smallserial: return 2
        case .integer, .serial, .real, .date: return 4
        case .bigint, .bigserial, .doublePrecision, .float, .time, .timestamp: return 8
        case .numeric: return 30
        case .boolean: return 1
        case .enumType: return 2  // an ENUM is stored as its label's number
        case .varchar(nil), .text, .bytea, .json, .jsonb, .interval: return 0  // refused by D413 / D410 instead
        }
    }
}
