/// Codes of the lexer (`L1xx`). Each names one way the bytes of a file fail to be tokens.
extension DiagnosticCode {
    public static let unterminatedString = DiagnosticCode("L101", "a string literal is not closed before the end of the file")
    public static let unterminatedQuotedIdentifier = DiagnosticCode("L102", "a quoted identifier is not closed before the end of the file")
    public static let unterminatedComment = DiagnosticCode("L103", "a block comment is not closed before the end of the file")
    public static let unterminatedDollarString = DiagnosticCode("L104", "a dollar-quoted string is not closed before the end of the file")
    public static let emptyQuotedIdentifier = DiagnosticCode("L105", "a quoted identifier is empty")
    public static let invalidUTF8 = DiagnosticCode("L106", "the file contains bytes that are not valid UTF-8")
    public static let nulByte = DiagnosticCode("L107", "the file contains a NUL byte")
    public static let unexpectedCharacter = DiagnosticCode("L108", "a character that cannot start any token")
    public static let invalidEscape = DiagnosticCode("L109", "an invalid escape sequence in an `E'...'` string")
    public static let trailingJunkAfterNumber = DiagnosticCode("L110", "a number runs straight into letters")

    public static let lexerCodes: [DiagnosticCode] = [
        .unterminatedString, .unterminatedQuotedIdentifier, .unterminatedComment,
        .unterminatedDollarString, .emptyQuotedIdentifier, .invalidUTF8, .nulByte,
        .unexpectedCharacter, .invalidEscape, .trailingJunkAfterNumber,
    ]
}
