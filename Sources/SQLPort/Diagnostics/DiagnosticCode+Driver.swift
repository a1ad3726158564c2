extension DiagnosticCode {
    /// The requested output dialect exists but has no lowering yet.
    public static let dialectNotImplemented = DiagnosticCode("D400", "output for this dialect is not implemented")
}
