import Testing
@testable import SQLPort

@Suite struct PrinterTypeNameTests {
    static let cases: [(TypeKind, Int, String)] = [
        (.smallint, 0, "SMALLINT"),
        (.integer, 0, "INTEGER"),
        (.bigint, 0, "BIGINT"),
        (.smallserial, 0, "SMALLSERIAL"),
        (.serial, 0, "SERIAL"),
        (.bigserial, 0, "BIGSERIAL"),
        (.numeric(precision: nil, scale: nil), 0, "NUMERIC"),
        (.numeric(precision: 10, scale: nil), 0, "NUMERIC(10)"),
        (.numeric(precision: 10, scale: 2), 0, "NUMERIC(10,2)"),
        (.numeric(precision: 5, scale: 0), 0, "NUMERIC(5,0)"),
        (.real, 0, "REAL"),
        (.doublePrecision, 0, "DOUBLE PRECISION"),
        (.float(precision: nil), 0, "FLOAT"),
        (.float(precision: 53), 0, "FLOAT(53)"),
        (.boolean, 0, "BOOLEAN"),
        (.char(length: nil), 0, "CHAR"),
        (.char(length: 32), 0, "CHAR(32)"),
        (.varchar(length: nil), 0, "VARCHAR"),
        (.varchar(length: 255), 0, "VARCHAR(255)"),
        (.text, 0, "TEXT"),
        (.bytea, 0, "BYTEA"),
        (.date, 0, "DATE"),
        (.time(precision: nil, withTimeZone: false), 0, "TIME"),
        (.time(precision: 3, withTimeZone: false), 0, "TIME(3)"),
        (.time(precision: nil, withTimeZone: true), 0, "TIME WITH TIME ZONE"),
        (.time(precision: 6, withTimeZone: true), 0, "TIME(6) WITH TIME ZONE"),
        (.timestamp(precision: nil, withTimeZone: false), 0, "TIMESTAMP"),
        (.timestamp(precision: 0, withTimeZone: false), 0, "TIMESTAMP(0)"),
        (.timestamp(precision: nil, withTimeZone: true), 0, "TIMESTAMP WITH TIME ZONE"),
        (.timestamp(precision: 3, withTimeZone: true), 0, "TIMESTAMP(3) WITH TIME ZONE"),
        (.interval, 0, "INTERVAL"),
        (.uuid, 0, "UUID"),
        (.json, 0, "JSON"),
        (.jsonb, 0, "JSONB"),
        (.text, 1, "TEXT[]"),
        (.integer, 2, "INTEGER[][]"),
        (.varchar(length: 8), 1, "VARCHAR(8)[]"),
        (.timestamp(precision: nil, withTimeZone: true), 1, "TIMESTAMP WITH TIME ZONE[]"),
    ]

    @Test(arguments: cases.indices)
    func canonicalSpelling(_ i: Int) {
        let (kind, dimensions, expected) = Self.cases[i]
        #expect(SQLPrinter().print(TypeName(kind, arrayDimensions: dimensions)) == expected)
    }

    @Test func spellingAsWrittenDoesNotLeak() {
        // `spelling` is for messages; the printer always writes the canonical name.
        let type = TypeName(.timestamp(precision: nil, withTimeZone: true), spelling: "timestamptz")
        #expect(SQLPrinter().print(type) == "TIMESTAMP WITH TIME ZONE")
        #expect(SQLPrinter().print(TypeName(.integer, spelling: "int4")) == "INTEGER")
    }
}
