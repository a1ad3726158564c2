/// `D4xx`: what a target database cannot express faithfully. Every dialect's lowering
/// declares its codes here so `DiagnosticCode.all` lists them in one place.
extension DiagnosticCode {
    /// A string literal holds a NUL character; PostgreSQL's text types cannot store it.
    public static let postgreSQLNulInString = DiagnosticCode(
        "D401", "string literal contains a NUL character, which PostgreSQL cannot store")

    /// A name longer than PostgreSQL's 63 bytes, which PostgreSQL truncates (with only a NOTICE).
    public static let postgreSQLIdentifierTooLong = DiagnosticCode(
        "D402", "an identifier longer than PostgreSQL's 63 bytes, which PostgreSQL would truncate")

    /// An index key's operator class that only chooses which operators the index serves
    /// (`varchar_pattern_ops`: `LIKE 'a%'` under any collation), left out where every index serves them.
    public static let indexOperatorClassLeftOut = DiagnosticCode(
        "D444", "an index operator class that only chooses which queries the index serves, left out")

    /// An index operator class or access method another database has no equivalent of.
    public static let indexOperatorClassUnsupported = DiagnosticCode(
        "D445", "an index operator class or access method with no equivalent in the target database")

    /// MySQL, MariaDB and SQLite sort text by their own collations, so LIMIT keeps other rows.
    public static let textOrderPicksRows = DiagnosticCode(
        "D452", "an INSERT ... SELECT whose LIMIT / OFFSET keeps rows chosen by sorting text, which the target sorts otherwise")

    /// ... or number the rows a serial / identity column gives them in another order.
    public static let textOrderNumbersRows = DiagnosticCode(
        "D453", "an INSERT ... SELECT into a generated key whose ORDER BY sorts text, which the target sorts otherwise")

    /// A string written into a date/time column in a form PostgreSQL reads but the target reads
    /// otherwise (an offset MariaDB refuses, a name, `now`, `infinity`): refused, not stored as is.
    public static let dateTimeLiteralUnreadable = DiagnosticCode(
        "D494", "a date/time string in a form the target database reads otherwise than PostgreSQL")

    /// ... and a view whose LIMIT / OFFSET picks rows by a text order would show other rows.
    public static let viewTextOrderPicksRows = DiagnosticCode(
        "D475", "a view whose LIMIT / OFFSET keeps rows chosen by sorting text, which the target sorts otherwise")

    /// MySQL's AUTO_INCREMENT and SQLite's rowid never hand out an id at or below the largest.
    public static let counterBelowLargest = DiagnosticCode(
        "D476", "a setval making the next id the largest or less, which an AUTO_INCREMENT / rowid counter cannot be")
    public static let counterNotBelowLargest = DiagnosticCode(
        "D477", "a sequence set to a constant: the target's counter takes it only if no row holds it or more")
    /// A sequence no column owns.
    public static let noSequences = DiagnosticCode(
        "D479", "a sequence that no serial or identity column owns, which the target cannot hold")

    /// An identity added to a table that may hold rows continues after them.
    public static let identityStartsAfterLargest = DiagnosticCode(
        "D481", "an identity added to an existing column: the target's counter continues after the largest value, PostgreSQL's sequence starts at 1")

    /// Every lowering code, in numeric order.
    public static let loweringCodes: [DiagnosticCode] = [
        .postgreSQLNulInString, .postgreSQLIdentifierTooLong, .indexOperatorClassLeftOut, .indexOperatorClassUnsupported,
        .textOrderPicksRows, .textOrderNumbersRows, .viewTextOrderPicksRows, .counterBelowLargest, .counterNotBelowLargest,
        .noSequences, .identityStartsAfterLargest, .dateTimeLiteralUnreadable,
    ]
}
