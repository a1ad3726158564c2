/// Guesses the dialect of a baseline schema file (`--schema-dialect` overrides it).
///
/// 1. Marks only MySQL or SQLite DDL has (backticks, `ENGINE=`, `/*!40101`; `AUTOINCREMENT`,
///    `WITHOUT ROWID`, `sqlite_sequence`, `) VIRTUAL`) decide for that dialect, by count.
/// 2. Otherwise a file the portable parser reads without error is portable: it is replayed
///    for any target, so PostgreSQL-flavoured `CREATE TABLE`s work everywhere.
/// 3. Otherwise PostgreSQL marks (`::`, `nextval(`, `OWNER TO`, `pg_catalog`) mean a pg_dump.
/// 4. Otherwise the target's own dialect for MySQL / SQLite output (SQLAlchemy-style DDL with
///    `DATETIME` or an unquoted `user`), and portable for PostgreSQL output, so the portable
///    parser explains what it cannot read.
public enum SchemaDialectDetector {
    static let mysqlMarks = ["`", "engine=", "auto_increment", "/*!", "lock tables", " unsigned", "int(11)", "tinyint(", "charset=", "unique key "]
    /// `) virtual`: a generated column's storage only SQLite (and MySQL, whose dumps have more marks) writes.
    static let sqliteMarks = ["autoincrement", "without rowid", "sqlite_", "\n  [", "([", " [", ") virtual"]
    static let postgresMarks = ["::", "nextval(", "owner to", "pg_catalog", "set_config", "owned by", "using btree",
                                "character varying", "search_path", "create sequence", "alter table only"]

    public static func detect(_ file: SourceFile, target: Dialect) -> SchemaDialect {
        // Marks are ASCII: searched for in the ASCII-lower-cased bytes (String.contains compares
        // by grapheme and took a third of a second on a 1 MB file).
        let text = outsideQuotes(file.bytes.prefix(1 << 20)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        func score(_ marks: [String]) -> Int { marks.reduce(0) { $0 + (contains(text, Array($1.utf8)) ? 1 : 0) } }
        let mysql = score(mysqlMarks), sqlite = score(sqliteMarks), postgres = score(postgresMarks)
        if mysql > 0 || sqlite > 0 { return mysql >= sqlite ? .mysql : .sqlite }
        if !Parser.parse(file).diagnostics.hasErrors { return .portable }
        if postgres > 0 { return .postgresql }
        return target.target.takesUnreadableBaselinesForOwnDDL ? .native(to: target) : .portable
    }

    /// Whether `needle` (non-empty) occurs in `haystack`: a scan for its first byte, then a compare.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The bytes with the insides of `'strings'` and `"quoted names"` blanked, so a mark
    /// written inside one (a backtick in `"odd`name"`) says nothing about the dialect.
    static func outsideQuotes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = Array(bytes)
        var i = 0
        while i < out.count {
            guard out[i] == UInt8(ascii: "'") || out[i] == UInt8(ascii: "\"") else { i += 1; continue }
            // Backslashes are left alone: the dialect, which says what they mean, is not known yet.
            let end = QuotedToken.end(in: out, open: i, backslash: .literal)
            for k in (i + 1)..<max(i + 1, (end ?? out.count + 1) - 1) { out[k] = UInt8(ascii: " ") }
            i = end ?? out.count
        }
        return out
    }
}
