/// Codes of the parser (`P2xx`). Each names one way tokens fail to form the portable language.
extension DiagnosticCode {
    public static let unexpectedToken = DiagnosticCode("P201", "a token that the grammar does not allow here")
    public static let unsupportedStatement = DiagnosticCode("P202", "a statement outside the portable language")
    public static let reservedWord = DiagnosticCode("P203", "a reserved word used as a name without quotes")
    public static let unknownType = DiagnosticCode("P204", "a type name the portable language does not know")
    public static let invalidTypeModifier = DiagnosticCode("P205", "a type length, precision or scale out of range")
    public static let renameNotAlone = DiagnosticCode("P206", "`ALTER TABLE ... RENAME` combined with other actions")
    public static let nestingTooDeep = DiagnosticCode("P207", "expressions nested deeper than the parser allows")
    public static let nonAssociativeOperator = DiagnosticCode("P208", "comparison or pattern operators chained without parentheses")
    public static let unsupportedOperator = DiagnosticCode("P209", "an operator the portable language has no meaning for")
    public static let unsupportedSyntax = DiagnosticCode("P210", "a clause or form of PostgreSQL syntax that the portable language leaves out")
    public static let concurrentDropForm = DiagnosticCode("P212", "`DROP INDEX CONCURRENTLY` of several indexes or with CASCADE, which PostgreSQL rejects")

    public static let otherSchema = DiagnosticCode("P213", "a column qualified by a schema other than `public`, which sqlport does not compile")
    public static let returningLeftOut = DiagnosticCode("P214", "`RETURNING` read and left out: a migration script has no client to return rows to")
    public static let conflictTargetRequired = DiagnosticCode("P215", "`ON CONFLICT DO UPDATE` without the key's columns, which PostgreSQL rejects")

    public static let parserCodes: [DiagnosticCode] = [
        .unexpectedToken, .unsupportedStatement, .reservedWord, .unknownType,
        .invalidTypeModifier, .renameNotAlone, .nestingTooDeep, .nonAssociativeOperator,
        .unsupportedOperator, .unsupportedSyntax, .concurrentDropForm, .otherSchema, .returningLeftOut, .conflictTargetRequired,
    ]
}
