/// `D4xx`: what a target database cannot express faithfully. Every dialect's lowering
/// declares its codes here so `DiagnosticCode.all` lists them in one place.
extension DiagnosticCode {
    /// A string literal holds a NUL character; PostgreSQL's text types cannot store it.
    public static let postgreSQLNulInString = DiagnosticCode(
        "D401", "string literal contains a NUL character, which PostgreSQL cannot store")

    /// A name longer than PostgreSQL's 63 bytes, which PostgreSQL truncates (with only a NOTICE).
    public static let postgreSQLIdentifierTooLong = DiagnosticCode(
        "D402", "an identifier longer than PostgreSQL's 63 bytes, which PostgreSQL would truncate")

    /// MySQL, MariaDB and SQLite sort text by their own collations, so LIMIT keeps other rows.
    public static let textOrderPicksRows = DiagnosticCode(
        "D452", "an INSERT ... SELECT whose LIMIT / OFFSET keeps rows chosen by sorting text, which the target sorts otherwise")

    /// ... or number the rows a serial / identity column gives them in another order.
    public static let textOrderNumbersRows = DiagnosticCode(
        "D453", "an INSERT ... SELECT into a generated key whose ORDER BY sorts text, which the target sorts otherwise")

    /// Every lowering code, in numeric order.
    public static let loweringCodes: [DiagnosticCode] = [
        .postgreSQLNulInString, .postgreSQLIdentifierTooLong, .textOrderPicksRows, .textOrderNumbersRows,
    ]
}
