/// `D410`–`D429` (and `D441`–`D448`, numbered once D42x was taken): what MySQL 8.0+ /
/// MariaDB 10.5+ cannot express faithfully, and the approximations the MySQL lowering makes
/// only with a warning.
extension DiagnosticCode {
    public static let mysqlUnsupportedType = DiagnosticCode(
        "D410", "a column type has no faithful MySQL / MariaDB form")
    public static let mysqlUnsupportedExpression = DiagnosticCode(
        "D411", "an expression has no faithful MySQL / MariaDB translation")
    public static let mysqlUnsupportedToChar = DiagnosticCode(
        "D412", "a to_char call whose format MySQL / MariaDB cannot reproduce exactly")
    public static let mysqlIndexNeedsPrefix = DiagnosticCode(
        "D413", "a key or index on a TEXT / BLOB column, which MySQL only indexes by a prefix")
    public static let mysqlPartialIndex = DiagnosticCode(
        "D414", "a partial index (CREATE INDEX ... WHERE), which MySQL / MariaDB do not have")
    public static let mysqlNullsOrdering = DiagnosticCode(
        "D415", "NULLS FIRST / NULLS LAST in an index, which MySQL / MariaDB do not have")
    public static let mysqlAutoIncrementNotKey = DiagnosticCode(
        "D416", "an AUTO_INCREMENT column would not lead any index (MySQL error 1075)")
    public static let mysqlSecondAutoIncrement = DiagnosticCode(
        "D417", "a table would get a second AUTO_INCREMENT column (MySQL error 1075)")
    public static let mysqlIdentityAlways = DiagnosticCode(
        "D418", "GENERATED ALWAYS AS IDENTITY becomes AUTO_INCREMENT, which also accepts explicit values")
    public static let mysqlUUIDAsChar = DiagnosticCode(
        "D419", "UUID is stored as CHAR(36): values are kept as written, not validated or normalised")
    public static let mysqlConversionDependents = DiagnosticCode(
        "D420", "a USING type change of a column that a foreign key or CHECK uses")
    public static let mysqlExpressionIndex = DiagnosticCode(
        "D422", "an index on an expression, which MySQL 8.0 and MariaDB write differently")
    // D423 (a restated column whose declared type had no MySQL spelling) is retired: a type is
    // either portable or read from the target database, which spells it itself.
    public static let mysqlCollation = DiagnosticCode(
        "D424", "a collation with no MySQL / MariaDB equivalent, or one that compares trailing spaces differently")
    public static let mysqlStringComparison = DiagnosticCode(
        "D425", "a string comparison, which follows MySQL's collation: case- and accent-insensitive by default")
    public static let mysqlOnUpdateEnds = DiagnosticCode(
        "D426", "a type change ends the column's ON UPDATE CURRENT_TIMESTAMP (MySQL allows it only on DATETIME / TIMESTAMP)")
    public static let mysqlPrefixIndex = DiagnosticCode(
        "D446", "a non-unique index on a TEXT / BLOB column, written as a prefix index (same query results)")
    public static let mysqlPartialIndexWhole = DiagnosticCode(
        "D447", "a partial non-unique index, written as an index of every row (same query results, bigger index)")
    public static let mysqlTimestampTZAsUTC = DiagnosticCode(
        "D448", "TIMESTAMP WITH TIME ZONE is stored as DATETIME holding UTC: the application must read and write UTC")

    public static let mysqlHeldUniqueIndex = DiagnosticCode(
        "D484", "a partial unique index or an expression key, written as an index on hidden generated columns")
    public static let mysqlHeldKeyColumnChanges = DiagnosticCode(
        "D485", "a change to a column that the hidden column holding an index key reads")
    public static let mysqlHeldKeyTrailingSpaces = DiagnosticCode(
        "D486", "a unique expression key compared with MySQL's utf8mb4_bin, which ignores trailing spaces")
    public static let mysqlTimestampTZAsTimestamp = DiagnosticCode(
        "D488", "TIMESTAMP WITH TIME ZONE written as TIMESTAMP (--mysql-timestamptz timestamp), which ends on 2038-01-19")
    public static let mysqlHolderNameTaken = DiagnosticCode(
        "D489", "a new column name that a hidden column holding an index key already has")
    public static let mysqlHeldKeyCaseMapping = DiagnosticCode(
        "D487", "a unique lower() / upper() key: MySQL maps every Unicode letter, PostgreSQL as its database's LC_CTYPE says")

    /// Every MySQL / MariaDB lowering code, in numeric order.
    public static let mysqlDeferrableKey = DiagnosticCode(
        "D441", "a DEFERRABLE foreign key, which MySQL / MariaDB write as an immediate key")
    public static let mysqlDeferredCheck = DiagnosticCode(
        "D442", "SET CONSTRAINTS ... DEFERRED of a deferrable key, which MySQL / MariaDB cannot defer")
    public static let mysqlSubqueryReadsTarget = DiagnosticCode(
        "D454", "an UPDATE / DELETE whose subquery reads the table it changes, which MySQL refuses (error 1093)")
    public static let mysqlMultiTableAssignmentOrder = DiagnosticCode(
        "D455", "an UPDATE ... FROM whose assignments read columns another assignment sets: MySQL's multi-table UPDATE has no order")
    public static let mysqlUpsertOtherKeys = DiagnosticCode(
        "D457", "ON CONFLICT (key) on a table with other unique keys, which ON DUPLICATE KEY UPDATE would also act on")
    public static let mysqlUpsertCondition = DiagnosticCode("D458", "ON CONFLICT DO UPDATE ... WHERE, which ON DUPLICATE KEY UPDATE cannot express")
    public static let mysqlLimitInSubquery = DiagnosticCode(
        "D461", "an IN subquery with LIMIT / OFFSET, which MySQL and MariaDB refuse (error 1235)")
    public static let mysqlViewRename = DiagnosticCode(
        "D474", "a rename of a column or table that a baseline's view reads, which leaves the MySQL / MariaDB view invalid")
    public static let mysqlGeneratedNotNull = DiagnosticCode(
        "D480", "a NOT NULL generated column, which MariaDB refuses")
    public static let mysqlEnumLabels = DiagnosticCode(
        "D464", "enum labels MySQL's ENUM cannot keep apart (equal but for case, accents or trailing spaces)")
    public static let mysqlUUIDVersion = DiagnosticCode(
        "D466", "gen_random_uuid() / uuid_generate_v4() written as UUID(), which makes version 1 (time and host) UUIDs, not random ones")
    public static let mysqlPrivileges = DiagnosticCode(
        "D468", "GRANT / REVOKE / OWNER TO, which MySQL cannot take as written (accounts are 'user'@'host'; tables have no owner)")
    public static let mysqlCommentTooLong = DiagnosticCode(
        "D465", "a comment longer than MySQL keeps (2048 characters for a table, 1024 for a column)")

    public static let mysqlCodes: [DiagnosticCode] = [
        .mysqlUnsupportedType, .mysqlUnsupportedExpression, .mysqlUnsupportedToChar, .mysqlIndexNeedsPrefix,
        .mysqlPartialIndex, .mysqlNullsOrdering, .mysqlAutoIncrementNotKey, .mysqlSecondAutoIncrement,
        .mysqlIdentityAlways, .mysqlUUIDAsChar, .mysqlConversionDependents,
        .mysqlExpressionIndex, .mysqlCollation, .mysqlStringComparison, .mysqlOnUpdateEnds,
        .mysqlDeferrableKey, .mysqlDeferredCheck, .mysqlPrefixIndex, .mysqlPartialIndexWhole, .mysqlTimestampTZAsUTC,
        .mysqlSubqueryReadsTarget, .mysqlMultiTableAssignmentOrder, .mysqlUpsertOtherKeys, .mysqlUpsertCondition, .mysqlLimitInSubquery,
        .mysqlEnumLabels, .mysqlCommentTooLong, .mysqlUUIDVersion, .mysqlPrivileges,
        .mysqlViewRename, .mysqlGeneratedNotNull,
        .mysqlHeldUniqueIndex, .mysqlHeldKeyColumnChanges, .mysqlHeldKeyTrailingSpaces, .mysqlHeldKeyCaseMapping, .mysqlTimestampTZAsTimestamp, .mysqlHolderNameTaken,
    ]
}
