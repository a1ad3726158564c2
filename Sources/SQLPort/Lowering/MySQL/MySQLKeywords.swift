/// Words that must be quoted to be used as names in MySQL 8.0+ or MariaDB 10.5+.
///
/// The union of: MySQL 8.0's reserved words (every word marked (R) in any 8.0.x release, from
/// the MySQL Server Version Reference, "Keywords and Reserved Words in MySQL 8.0" — e.g. `rank`
/// since 8.0.2, `lateral` since 8.0.14), and MariaDB's, read off MariaDB 10.11 by trying every
/// word of `information_schema.KEYWORDS` as an unquoted table and column name (e.g. `offset`,
/// `returning`, `intersect`). Quoting a word that a server does not reserve is harmless, so
/// the output is correct on both servers; `user` is a keyword in neither list's reserved set.
enum MySQLKeywords {
    static let reserved: Set<String> = [
        "accessible", "add", "admin", "all", "alter", "analyze", "and", "array", "as", "asc", "asensitive",
        "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change",
        "char", "character", "check", "collate", "column", "condition", "constraint", "continue", "convert",
        "create", "cross", "cube", "cume_dist", "current_date", "current_role", "current_time",
        "current_timestamp", "current_user", "cursor", "database", "databases", "day_hour",
        "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare", "default", "delayed",
        "delete", "delete_domain_id", "dense_rank", "desc", "describe", "deterministic", "distinct",
        "distinctrow", "div", "double", "do_domain_ids", "drop", "dual", "each", "else", "elseif", "empty",
        "enclosed", "escaped", "except", "exists", "exit", "explain", "false", "fetch", "first_value",
        "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext", "function", "generated",
        "get", "grant", "group", "grouping", "groups", "having", "high_priority", "hour_microsecond",
        "hour_minute", "hour_second", "if", "ignore", "ignore_domain_ids", "in", "index", "infile", "inner",
        "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4", "int8", "integer",
        "intersect", "interval", "into", "io_after_gtids", "io_before_gtids", "is", "iterate", "join",
        "json_table", "key", "keys", "kill", "lag", "last_value", "lateral", "lead", "leading", "leave",
        "left", "like", "limit", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long",
        "longblob", "longtext", "loop", "low_priority", "manual", "master_bind", "master_demote_to_replica",
        "master_demote_to_slave", "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob",
        "mediumint", "mediumtext", "member", "middleint", "minute_microsecond", "minute_second", "mod",
        "modifies", "natural", "not", "no_write_to_binlog", "nth_value", "ntile", "null", "numeric", "of",
        "offset", "on", "optimize", "optimizer_costs", "option", "optionally", "or", "order", "out",
        "outer", "outfile", "over", "page_checksum", "parallel", "parse_vcol_expr", "partition",
        "percent_rank", "persist", "persist_only", "portion", "precision", "primary", "procedure", "purge",
        "qualify", "range", "rank", "read", "reads", "read_write", "real", "recursive", "references",
        "ref_system_id", "regexp", "release", "rename", "repeat", "replace", "require", "resignal",
        "restrict", "return", "returning", "revoke", "right", "rlike", "row", "rows", "row_number",
        "schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "set", "show",
        "signal", "smallint", "spatial", "specific", "sql", "sqlexception", "sqlstate", "sqlwarning",
        "sql_big_result", "sql_buffer_result", "sql_cache", "sql_calc_found_rows", "sql_no_cache",
        "sql_small_result", "ssl", "starting", "stats_auto_recalc", "stats_persistent",
        "stats_sample_pages", "stored", "straight_join", "system", "table", "terminated", "then",
        "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo", "union", "unique",
        "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time", "utc_timestamp",
        "values", "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where", "while",
        "window", "with", "write", "xor", "year_month", "zerofill",
    ]
}
