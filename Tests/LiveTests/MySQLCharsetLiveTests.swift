import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Text in tables sqlport creates is utf8mb4 whatever the server's default (issue 9, defect 7):
/// the corpus case `mysql/utf8mb4-text` applied to a MariaDB database whose default character
/// set is latin1, through a session that starts as latin1 too (a client with that default).
@Suite("MySQL character set", .enabled(if: LiveEnvironment.isEnabled))
struct MySQLCharsetLiveTests {
    static let c = LiveCase(directory: Corpus.directory.appendingPathComponent("mysql"), name: "utf8mb4-text")

    @Test(arguments: [Dialect.mysql, .mariadb])
    func textHoldsAnyUnicodeOnALatin1Database(_ dialect: Dialect) throws {
        let output = try #require(Self.c.output(dialect))
        let postgres = try connect(LiveEnvironment.postgresURL())
        let expectedDigest = try #require(try postgres.scalar("SELECT md5('Ärger')"))
        #expect(expectedDigest == "36fd9a06f9d62c2c47a807cb1219f6c6")  // of the UTF-8 bytes

        let scratch = try ScratchDatabase(on: try LiveEnvironment.mariadbURL(), label: "latin1_\(dialect.rawValue)")
        defer { try? scratch.drop() }
        try {
            let db = try scratch.connect()
            try db.execute("ALTER DATABASE \(scratch.url.database) CHARACTER SET latin1 COLLATE latin1_swedish_ci")
            #expect(try db.scalar("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()") == "latin1")
            // The hostile setting is real: a table made without sqlport's options cannot hold 😀.
            try db.execute("SET NAMES utf8mb4; CREATE TABLE plain (s TEXT)")
            let refused = try #require(throws: DatabaseError.self) { try db.execute("INSERT INTO plain VALUES ('😀')") }
            #expect(refused.message.hasPrefix("Incorrect string value"))
            try db.execute("DROP TABLE plain; SET NAMES latin1")

            try db.execute(try String(contentsOf: output, encoding: .utf8))
            #expect(try db.query("SELECT id, body, digest FROM msg ORDER BY id") == [
                ["1", "😀", expectedDigest],
                ["2", "😁", expectedDigest],
            ])
            // The script's session compares and hashes its literals as PostgreSQL does.
            #expect(try db.scalar("SELECT md5('Ärger')") == expectedDigest)
            let columns = try db.query("""
                SELECT COLUMN_NAME, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'msg' AND CHARACTER_SET_NAME IS NOT NULL ORDER BY ORDINAL_POSITION
                """)
            #expect(columns == [
                ["body", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["tag", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["digest", "utf8mb4", "utf8mb4_unicode_520_ci"],
            ])
        }()
        // What the server reports is what sqlport predicted.
        try LiveCorpus.comparePrediction(Self.c, dialect, scratch.url)
    }

    static let baselineCase = LiveCase(directory: Corpus.directory.appendingPathComponent("mysql"), name: "baseline-table-charset")

    /// Columns sqlport adds or retypes on latin1 / utf8mb3 baseline tables hold 😀 (the script's
    /// own INSERT stores it in three of them); the columns it leaves alone, or only restates, keep
    /// their character set.
    @Test(arguments: [Dialect.mysql, .mariadb])
    func addedColumnsOfALatin1BaselineTableAreUTF8MB4(_ dialect: Dialect) throws {
        let c = Self.baselineCase
        let output = try #require(c.output(dialect))
        let baseline = try String(contentsOf: try #require(c.baseline), encoding: .utf8)
        let scratch = try ScratchDatabase(on: try LiveEnvironment.mariadbURL(), label: "tablecharset_\(dialect.rawValue)")
        defer { try? scratch.drop() }
        try {
            let db = try scratch.connect()
            try db.execute(baseline)
            try db.execute(try String(contentsOf: output, encoding: .utf8))
            #expect(try db.query("SELECT title, comment, `e``mail`, body, code FROM legacy") == [["a", "😀", "😀@x", "😀", nil]])
            try db.execute("INSERT INTO `old utf8` (id, label, tag) VALUES (1, '😀', '😀')")
            let columns = try db.query("""
                SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL ORDER BY TABLE_NAME, ORDINAL_POSITION
                """)
            #expect(columns == [
                ["fresh", "name", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["legacy", "title", "latin1", "latin1_swedish_ci"],
                ["legacy", "code", "latin1", "latin1_bin"],
                ["legacy", "note", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["legacy", "body", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["legacy", "comment", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["legacy", "e`mail", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["old utf8", "label", "utf8mb4", "utf8mb4_unicode_520_ci"],
                ["old utf8", "tag", "utf8mb4", "utf8mb4_unicode_520_ci"],
            ])
            // The untouched latin1 column still refuses what latin1 cannot hold.
            let refused = try #require(throws: DatabaseError.self) { try db.execute("UPDATE legacy SET title = '😀'") }
            #expect(refused.message.hasPrefix("Incorrect string value"))
        }()
        try LiveCorpus.comparePrediction(c, dialect, scratch.url)
    }
}
