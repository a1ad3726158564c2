extension DiagnosticCode {
    /// Every code sqlport can report, phase by phase. The corpus holds a case for each
    /// (`Tests/SQLPortTests/DiagnosticCoverageTests.swift`).
    public static var all: [DiagnosticCode] {
        lexerCodes + parserCodes + checkerCodes + loaderCodes + loweringCodes + mysqlCodes + sqliteCodes
    }
}
