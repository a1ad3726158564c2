import SQLPort

/// The whole pipeline on one input — baseline loading, lexer, parser, checker, the
/// dialect's lowering and the diagnostic renderer — and the invariants every run must
/// keep. A broken invariant traps, which libFuzzer (or the replay driver) reports as a crash.
enum FuzzPipeline {
    static func run(_ input: FuzzInput) {
        let migration = InputFile(name: "fuzz.sql", bytes: input.migration)
        let schemas = input.baseline.map { [InputFile(name: "fuzz.schema.sql", bytes: $0)] } ?? []
        let result = Compiler.compile(migration, schemas: schemas, dialect: input.dialect, options: input.options)
        // Rendering reads every diagnostic's ranges against the sources: it must not trap.
        _ = result.renderedDiagnostics()
        // Output exactly when there is no error: never SQL beside an error, never silence.
        precondition(result.hasErrors == (result.sql == nil), "output and errors disagree")
        if input.printsSchema, !schemas.isEmpty {
            let printed = Compiler.schema(schemas: schemas, dialect: input.dialect)
            _ = printed.renderedDiagnostics()
            precondition(printed.hasErrors == (printed.sql == nil), "schema output and errors disagree")
        }
    }
}
