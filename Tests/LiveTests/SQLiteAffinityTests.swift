import Foundation
@testable import SQLPort
import SQLPortDatabase
import Testing

/// Every declared type the SQLite lowering writes, checked on SQLite itself: a column of that
/// type keeps PostgreSQL's values. The dangerous ones are text that looks like a number (a
/// digits-only UUID, the JSON document `1e5`), which NUMERIC or INTEGER affinity converts.
@Suite("SQLite affinity of every written type")
struct SQLiteAffinityTests {
    /// One PostgreSQL value as SQL text, and how SQLite must hold it: storage class and text.
    struct Sample: CustomStringConvertible {
        var kind: TypeKind
        var literal: String
        var storage: String
        var readBack: String
        var description: String { "\(kind) \(literal)" }
    }

    static let kinds: [TypeKind] = [
        .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric(precision: 10, scale: 2),
        .numeric(precision: nil, scale: nil), .real, .doublePrecision, .float(precision: nil), .float(precision: 24), .boolean,
        .char(length: 32), .char(length: nil), .varchar(length: 40), .varchar(length: nil), .text, .bytea, .date,
        .time(precision: nil, withTimeZone: false), .time(precision: 3, withTimeZone: true),
        .timestamp(precision: nil, withTimeZone: false), .timestamp(precision: 6, withTimeZone: true), .interval, .uuid, .json, .jsonb,
        .enumType(name: "mood", labels: ["0012", "1e5"]),
    ]

    /// Values that would change under the wrong affinity; nil for a type SQLite refuses.
    /// The switch has no `default`: a new type must say what it stores.
    static func samples(_ kind: TypeKind) -> [Sample]? {
        func s(_ literal: String, _ storage: String, _ readBack: String) -> Sample { Sample(kind: kind, literal: literal, storage: storage, readBack: readBack) }
        switch kind {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial:
            return [s("12", "integer", "12"), s("-9223372036854775808", "integer", "-9223372036854775808")]
        case .numeric:
            return [s("12.25", "real", "12.25"), s("7", "integer", "7")]
        case .real, .doublePrecision, .float:
            return [s("1.5", "real", "1.5"), s("2", "real", "2.0")]
        case .boolean:
            return [s("TRUE", "integer", "1"), s("FALSE", "integer", "0")]
        case .char, .varchar, .text, .enumType:
            return [s("'0012'", "text", "0012"), s("'1e5'", "text", "1e5")]
        case .bytea:
            return [s("X'00FF'", "blob", "00FF")]
        case .date:
            return [s("'2024-01-02'", "text", "2024-01-02")]
        case .time:
            return [s("'10:11:12'", "text", "10:11:12")]
        case .timestamp:
            return [s("'2024-01-02 10:11:12'", "text", "2024-01-02 10:11:12")]
        case .uuid:
            return [s("'12345678123456781234567812345678'", "text", "12345678123456781234567812345678"),
                    s("'00000000000000000000000000001e10'", "text", "00000000000000000000000000001e10"),
                    s("'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "text", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")]
        case .json, .jsonb:
            return [s("'1e5'", "text", "1e5"), s("'123'", "text", "123"), s("'{\"a\": 1}'", "text", "{\"a\": 1}")]
        case .interval:
            return nil
        }
    }

    @Test(arguments: kinds)
    func writtenTypeKeepsPostgresValues(_ kind: TypeKind) throws {
        let declared = SQLiteTypes.declaredType(kind)
        guard let samples = Self.samples(kind) else {
            #expect(declared == nil, "SQLite must refuse \(kind)")
            return
        }
        let type = try #require(declared)
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE TABLE t (v \(type))")
        for sample in samples {
            try db.execute("DELETE FROM t; INSERT INTO t VALUES (\(sample.literal))")
            let row = try db.query(sample.storage == "blob" ? "SELECT typeof(v), hex(v) FROM t" : "SELECT typeof(v), v FROM t")
            #expect(row == [[sample.storage, sample.readBack]], "\(type): \(sample.literal)")
        }
    }

    /// The same through the lowering: a table sqlport creates with every type, its values
    /// inserted by the compiled migration, read back from SQLite.
    @Test func compiledTableKeepsDigitOnlyUUIDsAndNumericLookingText() throws {
        let migration = """
            CREATE TABLE doc (id SERIAL PRIMARY KEY, token UUID, body JSONB, code VARCHAR(8));
            INSERT INTO doc (token, body, code) VALUES ('12345678123456781234567812345678', '1e5', '0012');
            """
        let result = Compiler.compile(InputFile(name: "m.sql", bytes: Array(migration.utf8)), dialect: .sqlite)
        let sql = try #require(result.sql, "\(result.renderedDiagnostics())")
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute(sql)
        #expect(try db.query("SELECT typeof(token), token, typeof(body), body, typeof(code), code FROM doc")
            == [["text", "12345678123456781234567812345678", "text", "1e5", "text", "0012"]])
    }
}
