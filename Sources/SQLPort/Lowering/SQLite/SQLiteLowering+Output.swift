extension SQLiteLowering {
    /// Lowers a checked plan into an output file the shared writer renders, like every
    /// other dialect. The header's first two lines come from the writer; the SQLite
    /// header lines (how to apply the script, what is rebuilt) follow them.
    public static func lower(_ plan: CheckedPlan, sources: SourceMap, version: SQLiteVersion) -> LoweringResult {
        let lowered = lowerStatements(plan, sources: sources, version: version)
        guard !lowered.diagnostics.hasErrors else { return LoweringResult(output: nil, diagnostics: lowered.diagnostics) }
        let items: [OutputItem] = lowered.items.map { item in
            switch item {
            case .blank:
                return .blank
            case .statement(let sql, let origin, let comments):
                return .statement(OutputStatement(sql, origin: SourceOrigin(origin, in: sources), comments: comments))
            }
        }
        let output = OutputScript(sourceName: PostgreSQLLowering.sourceName(Script(statements: plan.steps.map(\.statement)), sources),
                                  dialect: .sqlite, header: lowered.header, items: items)
        return LoweringResult(output: output, diagnostics: lowered.diagnostics)
    }
}
