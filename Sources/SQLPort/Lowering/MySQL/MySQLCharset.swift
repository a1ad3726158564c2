/// The character set and collation of the text sqlport writes for MySQL and MariaDB.
///
/// A server's default may be latin1 (or utf8mb3), which cannot hold characters outside it
/// (`😀`: ERROR 1366) and makes `md5('Ärger')` hash other bytes than PostgreSQL's. So every table
/// sqlport creates says `DEFAULT CHARSET=utf8mb4` with an explicit collation, and the session
/// settings at the top of every script say `SET NAMES` the same, so the file's UTF-8 is read as
/// UTF-8 whatever the client's default.
///
/// A table of a MySQL baseline keeps its own default (`Table.mysqlCharset`: latin1, utf8mb3, or
/// none stated), and a column sqlport adds to it, or retypes (PostgreSQL gives a retyped column
/// its new type's default collation, S327), would take that default: so such a text column is
/// written `CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci`. Columns the migration does not
/// retype keep their own character set, also when a `MODIFY` restates them. A utf8mb4 key takes
/// 4 bytes a character: D413 counts every VARCHAR key that way.
///
/// The collation is `utf8mb4_unicode_520_ci` (UCA 5.2.0), present in MySQL 5.6+ (so 8.0) and in
/// MariaDB 10.5+; MySQL 8.0's default `utf8mb4_0900_ai_ci` is absent from MariaDB before 11.4.5,
/// and MariaDB's `uca1400` ones from MySQL. Of the ones both have it is the closest to
/// PostgreSQL's distinct values: `utf8mb4_general_ci` and `utf8mb4_unicode_ci` (UCA 4.0.0) weigh
/// every character outside the BMP the same (`'😀' = '😁'` is true there, so a UNIQUE key
/// refuses the second; measured on MariaDB 10.11), UCA 5.2.0 tells them apart. Like every `_ci`
/// collation it still ignores case, accents and trailing spaces (D425 warns where it matters;
/// `COLLATE "C"` asks for code-point order).
enum MySQLCharset {
    static let characterSet = "utf8mb4"
    static let collation = "utf8mb4_unicode_520_ci"

    /// Written after the column list of every `CREATE TABLE`.
    static let tableOptions = "DEFAULT CHARSET=" + characterSet + " COLLATE=" + collation

    /// Written on a text column sqlport defines in a table whose default is not this one.
    static func columnCharset(quote: (String) -> String) -> String {
        "CHARACTER SET " + characterSet + " COLLATE " + quote(collation)
    }

    /// Types with a character set, by their MySQL spelling (`JSON` has its own: binary on
    /// MySQL, utf8mb4_bin on MariaDB).
    static func isCharacterType(_ spelled: String) -> Bool {
        let word = spelled.prefix { $0.isLetter }.lowercased()
        return ["char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set"].contains(word)
    }

    /// The session's character set for the client, the connection and results.
    static let setNames = "SET NAMES " + characterSet + " COLLATE " + collation + ";"
}
