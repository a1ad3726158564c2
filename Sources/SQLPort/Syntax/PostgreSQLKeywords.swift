/// PostgreSQL 15's key words that restrict where a bare word may stand, from
/// `src/include/parser/kwlist.h` (documented in the "SQL Key Words" appendix).
/// Unreserved key words are ordinary identifiers everywhere and are not listed.
public enum PostgreSQLKeywords {
    /// The appendix's classes, strictest first.
    public enum Category: Sendable, Hashable {
        /// "reserved": never a bare column, table, function or type name.
        case reserved
        /// "reserved (can be function or type)": a bare function or type name, but not a
        /// column or table name (`left`, `like`, `join`).
        case typeOrFunctionName
        /// "non-reserved (cannot be function or type)": a bare column or table name, but
        /// not a function or type name (`time`, `values`, `position`).
        case columnName
    }

    /// The category of a lower-case word, or nil when it is unreserved or no key word.
    public static func category(of word: String) -> Category? {
        if reserved.contains(word) { return .reserved }
        if typeOrFunctionName.contains(word) { return .typeOrFunctionName }
        if columnName.contains(word) { return .columnName }
        return nil
    }

    public static let reserved: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
        "both", "case", "cast", "check", "collate", "column", "constraint", "create",
        "current_catalog", "current_date", "current_role", "current_time",
        "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct",
        "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant",
        "group", "having", "in", "initially", "intersect", "into", "lateral", "leading",
        "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or",
        "order", "placing", "primary", "references", "returning", "select", "session_user",
        "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique",
        "user", "using", "variadic", "when", "where", "window", "with",
    ]

    public static let typeOrFunctionName: Set<String> = [
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema",
        "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural",
        "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose",
    ]

    public static let columnName: Set<String> = [
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec",
        "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int",
        "integer", "interval", "least", "national", "nchar", "none", "normalize", "nullif",
        "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
        "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
        "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
        "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
    ]

    /// Column-name key words that PostgreSQL's grammar turns into a function call taking
    /// an ordinary argument list, so they must stay bare in call position: quoting
    /// `"coalesce"(a, b)` would look for a catalog function that does not exist.
    public static let functionSyntax: Set<String> = [
        "coalesce", "greatest", "least", "nullif", "substring", "trim", "overlay", "normalize",
    ]
}
