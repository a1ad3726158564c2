/// Guesses the dialect of a baseline schema file (`--schema-dialect` overrides it).
///
/// 1. Marks only MySQL or SQLite DDL has (backticks, `ENGINE=`, `/*!40101`; `AUTOINCREMENT`,
///    `WITHOUT ROWID`, `sqlite_sequence`) decide for that dialect, by count.
/// 2. Otherwise a file the portable parser reads without error is portable: it is replayed
///    for any target, so PostgreSQL-flavoured `CREATE TABLE`s work everywhere.
/// 3. Otherwise PostgreSQL marks (`::`, `nextval(`, `OWNER TO`, `pg_catalog`) mean a pg_dump.
/// 4. Otherwise the target's own dialect for MySQL / SQLite output (SQLAlchemy-style DDL with
///    `DATETIME` or an unquoted `user`), and portable for PostgreSQL output, so the portable
///    parser explains what it cannot read.
public enum SchemaDialectDetector {
    static let mysqlMarks = ["`", "engine=", "auto_increment", "/*!", "lock tables", " unsigned", "int(11)", "tinyint(", "charset=", "unique key "]
    static let sqliteMarks = ["autoincrement", "without rowid", "sqlite_", "\n  [", "([", " ["]
    static let postgresMarks = ["::", "nextval(", "owner to", "pg_catalog", "set_config", "owned by", "using btree",
                                "character varying", "search_path", "create sequence", "alter table only"]

    public static func detect(_ file: SourceFile, target: TargetDatabase) -> SchemaDialect {
        let text = String(decoding: outsideQuotes(file.bytes.prefix(1 << 20)), as: UTF8.self).lowercased()
        func score(_ marks: [String]) -> Int { marks.reduce(0) { $0 + (text.contains($1) ? 1 : 0) } }
        let mysql = score(mysqlMarks), sqlite = score(sqliteMarks), postgres = score(postgresMarks)
        if mysql > 0 || sqlite > 0 { return mysql >= sqlite ? .mysql : .sqlite }
        if !Parser.parse(file).diagnostics.hasErrors { return .portable }
        if postgres > 0 { return .postgresql }
        switch target {
        case .postgresql: return .portable
        case .mysql, .mariadb: return .mysql
        case .sqlite: return .sqlite
        }
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
