/// SQLite lowering codes: D430–D449, what SQLite cannot do as PostgreSQL does.
extension DiagnosticCode {
    public static let sqliteUnsupportedType = DiagnosticCode(
        "D430", "a column type SQLite cannot store with PostgreSQL's meaning")
    public static let sqliteNoSequences = DiagnosticCode(
        "D431", "a serial or identity column that cannot be SQLite's rowid, the only numbering SQLite has")
    public static let sqliteUnsupportedExpression = DiagnosticCode(
        "D432", "an expression SQLite does not evaluate as PostgreSQL does")
    public static let sqliteToCharPattern = DiagnosticCode(
        "D433", "a to_char pattern sqlport cannot translate to SQLite exactly")
    public static let sqliteUnsupportedConversion = DiagnosticCode(
        "D434", "a column type change SQLite cannot perform as PostgreSQL's cast does")
    public static let sqliteIndexNullsOrdering = DiagnosticCode(
        "D435", "NULLS FIRST / LAST in an index, which SQLite cannot store")
    public static let sqliteIndexMethod = DiagnosticCode(
        "D436", "an index access method other than a b-tree")
    public static let sqliteDependentText = DiagnosticCode(
        "D437", "a view or trigger whose SQL text a rebuild cannot keep valid")
    public static let sqliteNulInString = DiagnosticCode(
        "D438", "a string literal holds a NUL character, which SQLite's SQL text cannot carry")
    public static let sqliteUnsupportedValue = DiagnosticCode(
        "D439", "a literal that SQLite would store differently from PostgreSQL in its column")
    public static let sqliteUnknownCollation = DiagnosticCode(
        "D440", "a collation SQLite does not have (it knows BINARY, NOCASE and RTRIM)")
    public static let sqliteNoUUIDFunction = DiagnosticCode(
        "D467", "gen_random_uuid() / uuid_generate_v1() / uuid_generate_v4(): SQLite has no function that makes UUIDs")

    /// Every SQLite lowering code, in numeric order.
    public static let sqliteSubqueryReadsUpdatedRows = DiagnosticCode(
        "D456", "an UPDATE whose subquery reads columns of its own table that it sets: SQLite evaluates it after earlier rows changed")
    public static let sqliteUpsertUncounted = DiagnosticCode(
        "D459", "an INSERT ... ON CONFLICT whose changed rows the script's guard cannot predict")
    public static let sqliteTableNameCase = DiagnosticCode(
        "D460", "a data statement reading tables under names that differ only in letter case, which SQLite takes for one")
    public static let sqliteRowidCounter = DiagnosticCode(
        "D478", "a setval of a rowid table without AUTOINCREMENT to anything but its largest id + 1")

    public static let sqliteCodes: [DiagnosticCode] = [
        .sqliteUnsupportedType, .sqliteNoSequences, .sqliteUnsupportedExpression, .sqliteToCharPattern,
        .sqliteUnsupportedConversion, .sqliteIndexNullsOrdering, .sqliteIndexMethod, .sqliteDependentText,
        .sqliteNulInString, .sqliteUnsupportedValue, .sqliteUnknownCollation, .sqliteSubqueryReadsUpdatedRows, .sqliteUpsertUncounted, .sqliteTableNameCase, .sqliteNoUUIDFunction, .sqliteRowidCounter,
    ]
}
