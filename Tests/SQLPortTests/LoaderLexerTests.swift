import Testing
@testable import SQLPort

/// The dump lexer and statement splitter: each dialect's quoting, comments and delimiters.
@Suite("Loader: dump lexer")
struct LoaderLexerTests {
    static func statements(_ text: String, _ dialect: SchemaDialect) -> [[String]] {
        var lexer = DumpLexer(bytes: Array(text.utf8), syntax: dialect.reader!.dumpSyntax)
        return DumpStatementSplitter.split(lexer.tokens()).map { $0.tokens.map(\.value) }
    }

    @Test func mysqlVersionCommentsAreCodeAndDelimiterSwitches() {
        let text = """
            /*M!999999\\- enable the sandbox mode */
            /*!40101 SET NAMES utf8mb4 */;
            DELIMITER ;;
            /*!50003 CREATE*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END */;;
            DELIMITER ;
            CREATE TABLE `a``b` (c varchar(3) DEFAULT 'it\\'s' /* x */); # done
            """
        #expect(Self.statements(text, .mysql) == [
            ["SET", "NAMES", "utf8mb4"],
            ["CREATE", "TRIGGER", "t", "BEFORE", "INSERT", "ON", "x", "FOR", "EACH", "ROW", "BEGIN", "SET", "NEW", ".", "a", "=", "1", ";", "END"],
            ["CREATE", "TABLE", "a`b", "(", "c", "varchar", "(", "3", ")", "DEFAULT", "it's", ")"],
        ])
    }

    @Test func sqliteTriggerBodiesAndBrackets() {
        let text = "CREATE TRIGGER t AFTER INSERT ON [my table] BEGIN UPDATE x SET a = CASE WHEN 1 THEN 2 END; END;\nCREATE TABLE `q` (\"a\"\"b\");"
        #expect(Self.statements(text, .sqlite) == [
            ["CREATE", "TRIGGER", "t", "AFTER", "INSERT", "ON", "my table", "BEGIN", "UPDATE", "x", "SET", "a", "=", "CASE", "WHEN", "1", "THEN", "2", "END", ";", "END"],
            ["CREATE", "TABLE", "q", "(", "a\"b", ")"],
        ])
    }

    @Test func postgresMetaCommandsDollarQuotesAndCasts() {
        let text = "\\restrict abc\nCREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN; END $body$;\nSELECT 'x'::regclass, E'a\\'b';\n\\unrestrict abc\n"
        #expect(Self.statements(text, .postgresql) == [
            ["CREATE", "FUNCTION", "f", "(", ")", "RETURNS", "trigger", "AS", " BEGIN; END "],
            ["SELECT", "x", "::", "regclass", ",", "a'b"],
        ])
    }

    @Test func unterminatedStringIsReportedNotFatal() {
        let r = loadBaseline("CREATE TABLE t (a text DEFAULT 'oops);", target: .sqlite, dialect: .sqlite)
        #expect(r.diagnostics.map(\.code).first == .loaderSyntax)
        #expect(r.diagnostics.first?.message == "unterminated string")
    }
}
