extension DiagnosticCode {
    /// A statement or clause of a dump that sqlport deliberately leaves out of the catalog
    /// (`SET`, `COMMENT ON`, `OWNER TO`, table options...): a note, once per kind and file.
    public static let loaderIgnored = DiagnosticCode("B500", "part of a baseline schema is ignored")
    /// A statement of a dump that sqlport does not understand and cannot safely skip.
    public static let loaderUnsupportedStatement = DiagnosticCode("B501", "statement not supported in a baseline schema")
    /// Syntax inside a supported statement that the loader cannot read.
    public static let loaderSyntax = DiagnosticCode("B502", "baseline schema syntax error")
    /// A database's own DDL given as the baseline of another database's output.
    public static let loaderDialectMismatch = DiagnosticCode("B503", "baseline schema is in another database's dialect")
    /// A name the baseline uses that it never defined (a table, column or sequence).
    public static let loaderUnknownName = DiagnosticCode("B504", "baseline schema refers to an undefined object")
    /// A table, view or index the baseline defines twice.
    public static let loaderDuplicate = DiagnosticCode("B505", "baseline schema defines an object twice")
    /// The live database could not be read.
    public static let loaderDatabase = DiagnosticCode("B506", "cannot read the live database")

    /// Every baseline-loading code, in numeric order.
    public static let loaderCodes: [DiagnosticCode] = [
        .loaderIgnored, .loaderUnsupportedStatement, .loaderSyntax, .loaderDialectMismatch,
        .loaderUnknownName, .loaderDuplicate, .loaderDatabase,
    ]
}
