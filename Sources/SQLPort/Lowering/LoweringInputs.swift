/// What every lowering reads the same way from the plan and the sources: the input file's
/// name, where a step is, and the transaction control it drops.
enum LoweringInputs {
    /// The file the statements came from, for the header.
    static func sourceName(_ plan: CheckedPlan, _ sources: SourceMap) -> String {
        let file = plan.steps.lazy.compactMap { $0.statement.range?.file }.first
        return sources.file(file)?.name ?? sources.files.first?.name ?? "<input>"
    }

    /// A dropped `BEGIN` / `START TRANSACTION` / `COMMIT` as the input wrote it (the AST keeps
    /// both ways of starting a transaction as `.begin`), with its line.
    static func dropped(_ control: TransactionControl, at range: SourceRange?, _ sources: SourceMap) -> DroppedTransactionControl {
        let spelling: TransactionSpelling
        switch control {
        case .commit: spelling = .commit
        case .begin:
            let first = sources.text(range)?.prefix { $0.isLetter }.uppercased()
            spelling = first == "START" ? .startTransaction : .begin
        }
        return DroppedTransactionControl(spelling, line: sources.line(of: range))
    }
}
