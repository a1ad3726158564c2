/// Where a declared type's spelling comes from, which decides what a lowering may do with it.
public enum TypeSpellingSource: String, Hashable, Sendable {
    /// Written in the portable language: a lowering translates `portable` into its dialect.
    case portable
    /// Read from the target database (a dump or a live schema): a lowering that restates the
    /// column (MySQL `MODIFY`, a SQLite rebuild) must reproduce `declared` verbatim, because
    /// e.g. SQLite's `DATETIME` or MySQL's `TINYINT(1)` carry meaning no `TypeKind` has.
    case targetDatabase
}

/// A column's declared type: its portable meaning, when it has one, and its original spelling.
///
/// `portable` is nil for types the portable language cannot name (`DATETIME`, `TINYINT`,
/// `LONGBLOB`, a typeless SQLite column). PostgreSQL's `SERIAL` family is not a type: it is
/// stored as its integer type plus a `ValueGenerator.serial` on the column, as PostgreSQL does.
public struct ColumnType: Hashable, Sendable, CustomStringConvertible {
    public var portable: TypeKind?
    /// Number of `[]` suffixes; 0 for a scalar.
    public var arrayDimensions: Int
    /// The type as written (`CHAR(32)`, `DATETIME`, `""` for a typeless SQLite column).
    public var declared: String
    public var declaredIn: TypeSpellingSource

    public init(portable: TypeKind?, arrayDimensions: Int = 0, declared: String,
                declaredIn: TypeSpellingSource = .portable) {
        self.portable = portable
        self.arrayDimensions = arrayDimensions
        self.declared = declared
        self.declaredIn = declaredIn
    }

    /// A portable type as written in the migration. Serial kinds become their integer type;
    /// the caller records the generator.
    public init(_ name: TypeName) {
        let spelling = name.spelling.isEmpty
            ? ColumnType.canonicalSpelling(name.kind) + String(repeating: "[]", count: name.arrayDimensions)
            : name.spelling
        self.init(portable: ColumnType.storageKind(of: name.kind), arrayDimensions: name.arrayDimensions,
                  declared: spelling, declaredIn: .portable)
    }

    /// A type read from a target database's schema, kept verbatim.
    public static func foreign(_ declared: String, portable: TypeKind? = nil) -> ColumnType {
        ColumnType(portable: portable, declared: declared, declaredIn: .targetDatabase)
    }

    /// `SERIAL` is `INTEGER` plus a sequence, and so on; other kinds are themselves.
    public static func storageKind(of kind: TypeKind) -> TypeKind {
        switch kind {
        case .smallserial: .smallint
        case .serial: .integer
        case .bigserial: .bigint
        case .smallint, .integer, .bigint, .numeric, .real, .doublePrecision, .float, .boolean,
             .char, .varchar, .text, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            kind
        }
    }

    /// True for `SMALLSERIAL`, `SERIAL`, `BIGSERIAL`.
    public static func isSerial(_ kind: TypeKind) -> Bool {
        switch kind {
        case .smallserial, .serial, .bigserial: true
        case .smallint, .integer, .bigint, .numeric, .real, .doublePrecision, .float, .boolean,
             .char, .varchar, .text, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            false
        }
    }

    /// The type the way PostgreSQL's `format_type` prints it, for messages (`character(32)`).
    public var postgresName: String {
        guard let kind = portable else { return declared }
        return ColumnType.postgresName(kind) + String(repeating: "[]", count: arrayDimensions)
    }

    public var description: String { declared }

    /// PostgreSQL's own name of a portable type, as in its error messages.
    public static func postgresName(_ kind: TypeKind) -> String {
        func p(_ base: String, _ n: Int?) -> String { n.map { "\(base)(\($0))" } ?? base }
        switch kind {
        case .smallint, .smallserial: return "smallint"
        case .integer, .serial: return "integer"
        case .bigint, .bigserial: return "bigint"
        case .numeric(let precision, let scale):
            guard let precision else { return "numeric" }
            return "numeric(\(precision),\(scale ?? 0))"
        case .real: return "real"
        case .doublePrecision: return "double precision"
        case .float(let precision):
            // PostgreSQL maps FLOAT(1..24) to real and anything else to double precision.
            if let precision, precision <= 24 { return "real" }
            return "double precision"
        case .boolean: return "boolean"
        case .char(let length): return "character(\(length ?? 1))"
        case .varchar(let length): return p("character varying", length)
        case .text: return "text"
        case .bytea: return "bytea"
        case .date: return "date"
        case .time(let precision, let tz):
            return p("time", precision) + (tz ? " with time zone" : " without time zone")
        case .timestamp(let precision, let tz):
            return p("timestamp", precision) + (tz ? " with time zone" : " without time zone")
        case .interval: return "interval"
        case .uuid: return "uuid"
        case .json: return "json"
        case .jsonb: return "jsonb"
        case .enumType(let name, _): return name
        }
    }

    /// The portable language's canonical spelling, used when a `TypeName` carries none.
    public static func canonicalSpelling(_ kind: TypeKind) -> String {
        func p(_ base: String, _ n: Int?) -> String { n.map { "\(base)(\($0))" } ?? base }
        switch kind {
        case .smallint: return "SMALLINT"
        case .integer: return "INTEGER"
        case .bigint: return "BIGINT"
        case .smallserial: return "SMALLSERIAL"
        case .serial: return "SERIAL"
        case .bigserial: return "BIGSERIAL"
        case .numeric(let precision, let scale):
            guard let precision else { return "NUMERIC" }
            return scale.map { "NUMERIC(\(precision), \($0))" } ?? "NUMERIC(\(precision))"
        case .real: return "REAL"
        case .doublePrecision: return "DOUBLE PRECISION"
        case .float(let precision): return p("FLOAT", precision)
        case .boolean: return "BOOLEAN"
        case .char(let length): return p("CHAR", length)
        case .varchar(let length): return p("VARCHAR", length)
        case .text: return "TEXT"
        case .bytea: return "BYTEA"
        case .date: return "DATE"
        case .time(let precision, let tz): return p("TIME", precision) + (tz ? " WITH TIME ZONE" : "")
        case .timestamp(let precision, let tz): return p("TIMESTAMP", precision) + (tz ? " WITH TIME ZONE" : "")
        case .interval: return "INTERVAL"
        case .uuid: return "UUID"
        case .json: return "JSON"
        case .jsonb: return "JSONB"
        case .enumType(let name, _): return PostgreSQLSpelling().quoteIdentifier(name)
        }
    }
}
