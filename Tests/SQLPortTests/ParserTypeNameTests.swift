import Testing
@testable import SQLPort

/// Every type name and alias of the portable language.
@Suite struct ParserTypeNameTests {
    /// The type of the single column of `CREATE TABLE t (c <text>)`.
    func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> TypeName? {
        guard let s = statement("CREATE TABLE t (c \(text))", sourceLocation: sourceLocation),
              case .createTable(let t) = s.kind else { return nil }
        return t.columns.first?.type
    }

    static let cases: [(String, TypeKind)] = [
        ("SMALLINT", .smallint), ("int2", .smallint),
        ("INTEGER", .integer), ("INT", .integer), ("int4", .integer),
        ("BIGINT", .bigint), ("int8", .bigint),
        ("SMALLSERIAL", .smallserial), ("serial2", .smallserial),
        ("SERIAL", .serial), ("serial4", .serial),
        ("BIGSERIAL", .bigserial), ("serial8", .bigserial),
        ("NUMERIC", .numeric(precision: nil, scale: nil)), ("numeric(10)", .numeric(precision: 10, scale: nil)),
        ("NUMERIC(10, 2)", .numeric(precision: 10, scale: 2)), ("DECIMAL(5,-2)", .numeric(precision: 5, scale: -2)),
        ("decimal", .numeric(precision: nil, scale: nil)),
        ("REAL", .real), ("float4", .real),
        ("DOUBLE PRECISION", .doublePrecision), ("float8", .doublePrecision),
        ("FLOAT", .float(precision: nil)), ("float(24)", .float(precision: 24)),
        ("BOOLEAN", .boolean), ("bool", .boolean),
        ("CHAR", .char(length: nil)), ("char(3)", .char(length: 3)),
        ("CHARACTER", .char(length: nil)), ("character(2)", .char(length: 2)),
        ("VARCHAR", .varchar(length: nil)), ("varchar(255)", .varchar(length: 255)),
        ("CHARACTER VARYING", .varchar(length: nil)), ("character varying(10)", .varchar(length: 10)),
        ("TEXT", .text), ("BYTEA", .bytea), ("DATE", .date),
        ("TIME", .time(precision: nil, withTimeZone: false)), ("time(3)", .time(precision: 3, withTimeZone: false)),
        ("TIME WITH TIME ZONE", .time(precision: nil, withTimeZone: true)),
        ("time(2) without time zone", .time(precision: 2, withTimeZone: false)),
        ("TIMETZ", .time(precision: nil, withTimeZone: true)),
        ("TIMESTAMP", .timestamp(precision: nil, withTimeZone: false)),
        ("timestamp(6) WITH TIME ZONE", .timestamp(precision: 6, withTimeZone: true)),
        ("TIMESTAMP WITHOUT TIME ZONE", .timestamp(precision: nil, withTimeZone: false)),
        ("TIMESTAMPTZ", .timestamp(precision: nil, withTimeZone: true)),
        ("timestamptz(0)", .timestamp(precision: 0, withTimeZone: true)),
        ("INTERVAL", .interval), ("UUID", .uuid), ("JSON", .json), ("JSONB", .jsonb),
        ("pg_catalog.int4", .integer),
    ]

    @Test(arguments: cases)
    func typeNameAndSpelling(_ text: String, _ kind: TypeKind) {
        let t = type(text)
        #expect(t?.kind == kind)
        #expect(t?.arrayDimensions == 0)
        #expect(t?.spelling == text)
        #expect(t?.range == range(18, 18 + text.utf8.count))
    }

    @Test func arrays() {
        #expect(type("int[]") == ty(.integer, dims: 1))
        #expect(type("text[3][]") == ty(.text, dims: 2))
        #expect(type("varchar(5) ARRAY") == ty(.varchar(length: 5), dims: 1))
        #expect(type("int ARRAY[4]") == ty(.integer, dims: 1))
        #expect(type("timestamp with time zone []")?.spelling == "timestamp with time zone []")
    }

    @Test func timePrecisionAboveSixIsAWarningAndBecomesSix() {
        let r = parse("CREATE TABLE t (c timestamp(9))")
        #expect(r.diagnostics.map(render) == ["P205 28..29 `timestamp` precision 9 is reduced to 6 | PostgreSQL allows at most 6 | write 6 or less"])
        #expect(r.diagnostics.first?.severity == .warning)
        guard case .createTable(let t)? = r.script.statements.first?.kind else {
            Issue.record("no statement")
            return
        }
        #expect(t.columns.first?.type.kind == .timestamp(precision: 6, withTimeZone: false))
    }
}
