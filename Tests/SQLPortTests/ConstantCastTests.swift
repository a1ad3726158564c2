import Testing
@testable import SQLPort

/// `'literal'::type` judged as PostgreSQL 15's input functions judge it.
@Suite("Constant casts")
struct ConstantCastTests {
    @Test func integersInRangeFoldAndOthersAreErrors() {
        #expect(ConstantCast.of("42", as: .bigint) == .folded(.integer("42")))
        #expect(ConstantCast.of(" +007\n", as: .integer) == .folded(.integer("7")))
        #expect(ConstantCast.of("-0", as: .integer) == .folded(.integer("0")))
        #expect(ConstantCast.of("-32768", as: .smallint) == .folded(.unary(.minus, Expression(.integer("32768")))))
        #expect(ConstantCast.of("32768", as: .smallint) == .invalid("value \"32768\" is out of range for type smallint"))
        #expect(ConstantCast.of("9223372036854775807", as: .bigserial) == .folded(.integer("9223372036854775807")))
        #expect(ConstantCast.of("-9223372036854775809", as: .bigint) == .invalid("value \"-9223372036854775809\" is out of range for type bigint"))
        #expect(ConstantCast.of("4.2", as: .integer) == .invalid("invalid input syntax for type integer: \"4.2\""))
        #expect(ConstantCast.of("", as: .integer) == .invalid("invalid input syntax for type integer: \"\""))
        // PostgreSQL 16 reads these; 15 does not: not judged.
        #expect(ConstantCast.of("1_000", as: .integer) == nil)
        #expect(ConstantCast.of("0x1F", as: .integer) == nil)
    }

    @Test func textDatesAndJSON() {
        #expect(ConstantCast.of("x", as: .text) == .folded(.string("x")))
        #expect(ConstantCast.of("abcdef", as: .varchar(length: 3)) == .folded(.string("abc")))
        #expect(ConstantCast.of("ab", as: .char(length: 4)) == nil)  // blank-padded: not judged
        #expect(ConstantCast.of("2024-02-29", as: .date) == .folded(.string("2024-02-29")))
        #expect(ConstantCast.of("2023-02-29", as: .date) == .invalid("date/time field value out of range: \"2023-02-29\""))
        #expect(ConstantCast.of("today", as: .date) == nil)
        #expect(ConstantCast.of("[]", as: .jsonb) == .folded(.string("[]")))
        #expect(ConstantCast.of("{}", as: .json) == .folded(.string("{}")))
        #expect(ConstantCast.of("\"a\"", as: .jsonb) == .folded(.string("\"a\"")))
        #expect(ConstantCast.of("{a: 1}", as: .jsonb) == .invalid("invalid input syntax for type jsonb"))
        #expect(ConstantCast.of("\"\\u0000\"", as: .jsonb) == nil)
        #expect(ConstantCast.of("1", as: .uuid) == nil)
    }

    @Test func instantsWithAnOffsetAreTheirUTCTime() {
        let tz = TypeKind.timestamp(precision: nil, withTimeZone: true)
        #expect(ConstantCast.of("2026-12-04T20:04:45.566776+00:00", as: tz) == .folded(.string("2026-12-04 20:04:45.566776")))
        #expect(ConstantCast.of("2024-03-01 01:30:00+02", as: tz) == .folded(.string("2024-02-29 23:30:00")))
        #expect(ConstantCast.of("2023-12-31 22:00:00-05:30", as: tz) == .folded(.string("2024-01-01 03:30:00")))
        #expect(ConstantCast.of("2020-01-01T00:00:00Z", as: tz) == .folded(.string("2020-01-01 00:00:00")))
        #expect(ConstantCast.of("2020-01-01 10:00:00", as: tz) == nil)  // the session's TimeZone decides
        #expect(ConstantCast.of("2020-01-01 10:00:00.1234567+00", as: tz) == nil)
        #expect(ConstantCast.of("2020-02-30 10:00:00+00", as: tz) == .invalid("date/time field value out of range: \"2020-02-30 10:00:00+00\""))
        #expect(ConstantCast.of("2020-01-01 10:00:00+00", as: .timestamp(precision: nil, withTimeZone: false)) == nil)
    }

    @Test func foldingKeepsDatesAndJSONInsideExpressionsAsCasts() {
        let date = Expression(.cast(str("2020-01-01"), TypeName(.date), style: .colonColon))
        #expect(date.foldingConstantCasts() == str("2020-01-01"))
        let sum = Expression(.binary(.add, date, int("1")))
        #expect(sum.foldingConstantCasts() == sum)
        let n = Expression(.binary(.add, Expression(.cast(str("41"), TypeName(.integer), style: .function)), int("1")))
        #expect(n.foldingConstantCasts() == Expression(.binary(.add, int("41"), int("1"))))
    }

    @Test func anInvalidConstantIsPostgreSQLsErrorOnEveryTarget() {
        for target in [Dialect.postgresql, .mysql, .sqlite] {
            let result = Checker(target: target).check(Parser.parse(SourceFile(id: FileID(0), name: "m.sql", text: "CREATE TABLE t (a BIGINT DEFAULT 'abc'::bigint, b JSONB DEFAULT '[1,'::jsonb);")).script)
            #expect(result.diagnostics.map(\.code) == [.invalidConstantCast, .invalidConstantCast])
            #expect(result.diagnostics.map(\.message) == ["`'abc'` is not a valid `bigint`", "`'[1,'` is not a valid `jsonb`"])
            #expect(result.diagnostics.first?.label == "PostgreSQL: invalid input syntax for type bigint: \"abc\"")
        }
    }
}
