extension Compiler {
    /// Compiles migrations in order, each over the schema the ones before it leave (a folder,
    /// `MigrationFolder`): the baseline is loaded once, and every file's checker starts from the
    /// previous file's final catalog. One result per file, up to and including the first with
    /// errors: the files after it cannot be checked over a schema that did not come about.
    /// The baseline's diagnostics are reported with the first file.
    public static func compile(sequence migrations: [InputFile], schemas: [InputFile] = [], dialect: Dialect,
                               options: CompileOptions = CompileOptions()) -> [CompilationResult] {
        run(migrations, schemas: schemas, target: dialect) { plan, sources in
            dialect.target(options).lower(plan, sources: sources)
        }
    }

    /// `check` of migrations in order, each over the schema the ones before it leave.
    public static func check(sequence migrations: [InputFile], schemas: [InputFile] = [], target: Dialect = .postgresql) -> [CompilationResult] {
        run(migrations, schemas: schemas, target: target, lower: nil)
    }

    private static func run(_ migrations: [InputFile], schemas: [InputFile], target: Dialect,
                            lower: ((CheckedPlan, SourceMap) -> LoweringResult)?) -> [CompilationResult] {
        var sources = SourceMap()
        let files = schemas.map { (id: sources.add(name: $0.name, bytes: $0.bytes), dialect: $0.dialect) }
        let baseline = BaselineLoader.load(files, sources: &sources, target: target)
        var pending = baseline.diagnostics
        var catalog = baseline.catalog
        var results: [CompilationResult] = []
        for migration in migrations {
            let id = sources.add(name: migration.name, bytes: migration.bytes)
            let parsed = Parser.parse(sources[id])
            var diagnostics = pending + parsed.diagnostics
            pending = []
            var plan: CheckedPlan?
            if !diagnostics.hasErrors {
                let checked = Checker(target: target, baseline: catalog).check(parsed.script)
                diagnostics += checked.diagnostics
                plan = checked.plan
            }
            var result = CompilationResult(sources: sources, diagnostics: diagnostics, sql: nil)
            if let plan, !result.hasErrors, let lower {
                let lowered = lower(plan, sources)
                result.diagnostics += lowered.diagnostics
                if !result.hasErrors, let loweredPlan = lowered.plan {
                    result.plan = loweredPlan
                    result.sql = TextWriter().render(loweredPlan)
                }
            }
            results.append(result)
            guard !result.hasErrors, let plan else { break }
            catalog = plan.final
        }
        return results
    }
}
