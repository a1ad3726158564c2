import Testing
@testable import SQLPort

/// The date/time strings sqlport rewrites for MySQL, MariaDB and SQLite, and the ones it must
/// leave to a refusal (nil). Expected values are PostgreSQL 15's, read back in a UTC session.
@Suite struct DateTimeLiteralTests {
    @Test(arguments: [
        ("2024-03-01 12:00:00+02", "2024-03-01 10:00:00"),
        ("2024-12-31T23:30:00.25-05:30", "2025-01-01 05:00:00.25"),
        ("2024-02-29 00:10Z", "2024-02-29 00:10:00"),
        ("2024-02-29t00:10:00z", "2024-02-29 00:10:00"),
        ("2000-01-01 00:00:00+0100", "1999-12-31 23:00:00"),
        ("2000-03-01 00:30:00+01", "2000-02-29 23:30:00"),
        ("2023-03-01 00:30:00+01", "2023-02-28 23:30:00"),
        ("1999-12-31 23:59:59-01", "2000-01-01 00:59:59"),
        ("2024-03-01 12:00:00 +15:59", "2024-02-29 20:01:00"),
        ("2024-03-01", "2024-03-01 00:00:00"),
        (" 2024-03-01 12:00:00.000001 ", "2024-03-01 12:00:00.000001"),
        ("1000-01-01 00:00:00", "1000-01-01 00:00:00"),
    ])
    func timestampWithTimeZoneBecomesUTC(_ text: String, _ expected: String) {
        #expect(DateTimeLiteral.canonical(text, for: .timestampWithTimeZone) == expected)
    }

    @Test func timestampWithoutTimeZoneIgnoresTheOffset() {
        #expect(DateTimeLiteral.canonical("2024-03-01 12:00:00+02", for: .timestamp) == "2024-03-01 12:00:00")
        #expect(DateTimeLiteral.canonical("2024-12-31T23:30:00.25-05:30", for: .timestamp) == "2024-12-31 23:30:00.25")
        #expect(DateTimeLiteral.canonical("2024-03-01 12:00", for: .timestamp) == "2024-03-01 12:00:00")
    }

    @Test func aDateTakesTheDateOfATimestamp() {
        #expect(DateTimeLiteral.canonical("2024-02-29T10:00:00+14", for: .date) == "2024-02-29")
        #expect(DateTimeLiteral.canonical("2024-12-31 23:30:00", for: .date) == "2024-12-31")
        #expect(DateTimeLiteral.canonical("2024-03-01", for: .date) == "2024-03-01")
    }

    @Test func outOfRangeFieldsArePostgreSQLErrors() {
        #expect(DateTimeLiteral.read("2023-02-29") == .outOfRange)
        #expect(DateTimeLiteral.read("0000-01-01") == .outOfRange)
        #expect(DateTimeLiteral.read("2024-03-01 10:60:00+00") == .outOfRange)
        #expect(DateTimeLiteral.read("2024-03-01 25:00") == .outOfRange)
        #expect(DateTimeLiteral.read("2024-03-01 24:00:00") == .unrecognised)
        #expect(DateTimeLiteral.read("2024-03-01 23:59:60") == .unrecognised)
        #expect(DateTimeLiteral.read("2024-03-01 12:00+02")
                == .value(DateTimeLiteral(year: 2024, month: 3, day: 1, time: (12, 0, 0, ""), offset: 7200)))
    }

    @Test func aDateAloneIsNoTimestampInADateColumn() {
        #expect(DateTimeLiteral.canonical("0001-01-01", for: .date) == "0001-01-01")
        #expect(DateTimeLiteral.canonical("0001-01-01", for: .timestamp) == nil)
    }

    @Test(arguments: [
        "now", "today", "infinity", "-infinity", "epoch", "allballs", "",
        "March 1, 2024", "2024-03-01 12:00:00 Europe/Berlin", "2024-03-01 12:00:00 UTC",
        "2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "0000-01-01",
        "2024-03-01 24:00:00", "2024-03-01 23:59:60", "2024-03-01 12:60",
        "2024-03-01 12:00:00.1234567", "2024-03-01 12:00:00.", "2024-03-01 12",
        "2024-03-01 12:00:00+16", "2024-03-01 12:00:00+01:60", "2024-03-01 12:00:00+1",
        "0999-12-31 23:00:00", "1000-01-01 00:30:00+01", "9999-12-31 23:30:00-01",
        "24-03-01", "2024-3-1", "20240301", "12024-03-01", "2024-03-01 BC", "2024-03-01 12:00:00 +02 x",
    ])
    func formsLeftToARefusal(_ text: String) {
        #expect(DateTimeLiteral.canonical(text, for: .timestampWithTimeZone) == nil)
    }
}
