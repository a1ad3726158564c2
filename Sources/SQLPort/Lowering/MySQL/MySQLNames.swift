/// Names as MySQL and MariaDB compare them, and the one place that chooses the names the MySQL
/// lowering invents (temporary columns, user variables of guards and prepared statements).
///
/// Column, index and constraint names, user variables and prepared statements ignore case
/// (non-ASCII letters too: MariaDB 10.11 refuses `SCÖRE` beside `scöre`), but not accents
/// (`scöre` and `score` may share a table, `ïx` and `ix` too). Table names are case-sensitive
/// on Linux (`lower_case_table_names=0`) but not elsewhere. So a name is free when no taken
/// name equals it in upper case or in lower case: that covers the server's simple case
/// mapping (`ſ` is `S`, `K` is `k`) and only ever refuses more than the server would.
struct MySQLNameSet {
    private var upper = Set<String>(), lower = Set<String>()

    init<S: Sequence>(_ names: S) where S.Element == String { for n in names { insert(n) } }

    mutating func insert(_ name: String) {
        upper.insert(name.uppercased())
        lower.insert(name.lowercased())
    }

    func contains(_ name: String) -> Bool {
        upper.contains(name.uppercased()) || lower.contains(name.lowercased())
    }

    /// `base + suffix`, else `base + suffix + "2"`, `"3"`, ...: the first not in the set, at
    /// most `limit` characters (MySQL's 64 for names and user variables), cutting the base so
    /// the suffix always survives (a cut suffix could give back the base itself).
    func free(_ base: String, suffix: String, limit: Int = 64) -> String {
        var n = 1
        while true {
            let tail = suffix + (n == 1 ? "" : String(n))
            let candidate = String(base.prefix(max(0, limit - tail.count))) + tail
            if !contains(candidate) { return candidate }
            n += 1
        }
    }
}

/// The session-wide names one MySQL script invents: user variables (`@name`) and prepared
/// statement names, each allocated once so no two uses share one.
struct MySQLSessionNames {
    /// Saves the session's sql_mode at the top of every script; restored at the end.
    static let sqlModeVariable = "sqlport_sql_mode"
    /// Holds the text of a conditional DDL statement (MySQL has no DROP INDEX IF EXISTS);
    /// also the prepared statement's name. Reused by every such statement: each sets it
    /// right before running it.
    static let ddlVariable = "sqlport_ddl"

    /// Saves the session's time_zone where the script sets it to UTC (TIMESTAMPTZ columns).
    static let timeZoneVariable = "sqlport_time_zone"

    /// Saves the session's explicit_defaults_for_timestamp where TIMESTAMPTZ is `TIMESTAMP(p)`.
    static let explicitDefaultsVariable = "sqlport_explicit_defaults"

    private var taken = MySQLNameSet([sqlModeVariable, ddlVariable, timeZoneVariable, explicitDefaultsVariable])

    /// A fresh user variable named after `base` (made of ASCII letters, digits and `_`, so it
    /// needs no quoting), free of every other variable of the script.
    mutating func variable(_ base: String) -> String {
        let safe = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
        let name = taken.free(safe, suffix: "")
        taken.insert(name)
        return name
    }
}
