/// `D4xx`: what a target database cannot express faithfully. Every dialect's lowering
/// declares its codes here so `DiagnosticCode.all` lists them in one place.
extension DiagnosticCode {
    /// A string literal holds a NUL character; PostgreSQL's text types cannot store it.
    public static let postgreSQLNulInString = DiagnosticCode(
        "D401", "string literal contains a NUL character, which PostgreSQL cannot store")

    /// A name longer than PostgreSQL's 63 bytes, which PostgreSQL truncates (with only a NOTICE).
    public static let postgreSQLIdentifierTooLong = DiagnosticCode(
        "D402", "an identifier longer than PostgreSQL's 63 bytes, which PostgreSQL would truncate")

    /// Every lowering code, in numeric order.
    public static let loweringCodes: [DiagnosticCode] = [
        .postgreSQLNulInString, .postgreSQLIdentifierTooLong,
    ]
}
