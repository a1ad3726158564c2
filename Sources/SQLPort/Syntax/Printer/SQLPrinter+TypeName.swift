extension SQLPrinter {
    /// A data type in the dialect's spelling.
    public func print(_ type: TypeName) -> String {
        spelling.typeName(type)
    }

    /// The canonical spelling of a portable type: `INTEGER`, `NUMERIC(10,2)`,
    /// `DOUBLE PRECISION`, `TIMESTAMP(3) WITH TIME ZONE`, `CHAR(32)`, `TEXT[]`.
    /// Aliases are normalised (`INT` → `INTEGER`, `DECIMAL` → `NUMERIC`,
    /// `TIMESTAMPTZ` → `TIMESTAMP WITH TIME ZONE`) and `WITHOUT TIME ZONE`, the default,
    /// is left out.
    public static func canonicalTypeName(_ type: TypeName) -> String {
        canonicalScalarTypeName(type.kind) + String(repeating: "[]", count: max(0, type.arrayDimensions))
    }

    static func canonicalScalarTypeName(_ kind: TypeKind) -> String {
        switch kind {
        case .smallint: return "SMALLINT"
        case .integer: return "INTEGER"
        case .bigint: return "BIGINT"
        case .smallserial: return "SMALLSERIAL"
        case .serial: return "SERIAL"
        case .bigserial: return "BIGSERIAL"
        case .numeric(let precision, let scale):
            // A scale without a precision cannot be written; the parser never makes one.
            guard let precision else { return "NUMERIC" }
            return "NUMERIC(\(precision)" + (scale.map { ",\($0)" } ?? "") + ")"
        case .real: return "REAL"
        case .doublePrecision: return "DOUBLE PRECISION"
        case .float(let precision): return "FLOAT" + length(precision)
        case .boolean: return "BOOLEAN"
        case .char(let n): return "CHAR" + length(n)
        case .varchar(let n): return "VARCHAR" + length(n)
        case .text: return "TEXT"
        case .bytea: return "BYTEA"
        case .date: return "DATE"
        case .time(let precision, let withTimeZone):
            return "TIME" + length(precision) + (withTimeZone ? " WITH TIME ZONE" : "")
        case .timestamp(let precision, let withTimeZone):
            return "TIMESTAMP" + length(precision) + (withTimeZone ? " WITH TIME ZONE" : "")
        case .interval: return "INTERVAL"
        case .uuid: return "UUID"
        case .json: return "JSON"
        case .jsonb: return "JSONB"
        case .enumType(let name, _): return PostgreSQLSpelling().quoteIdentifier(name)
        }
    }

    private static func length(_ n: Int?) -> String { n.map { "(\($0))" } ?? "" }
}
