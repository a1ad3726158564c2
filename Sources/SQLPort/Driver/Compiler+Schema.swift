extension Compiler {
    /// The catalog the baselines describe — after `migration`, when one is given — printed as
    /// `dialect`'s DDL (`sqlport schema`). Diagnostics as for `compile`.
    public static func schema(_ migration: InputFile? = nil, schemas: [InputFile], dialect: Dialect) -> CompilationResult {
        let front = FrontEnd.run(migration: migration ?? InputFile(name: "<no migration>", bytes: []),
                                 schemas: schemas, target: dialect)
        var result = CompilationResult(sources: front.sources, diagnostics: front.diagnostics, sql: nil)
        guard !result.hasErrors, let catalog = front.plan?.final else { return result }
        let printed = CatalogPrinter.print(catalog, dialect: dialect)
        result.diagnostics += printed.diagnostics
        if !result.hasErrors { result.sql = printed.sql }
        return result
    }

    /// The baseline catalog alone (no migration), for tools and tests.
    public static func baselineCatalog(schemas: [InputFile], target: Dialect) -> (catalog: Catalog?, result: CompilationResult) {
        let front = FrontEnd.run(migration: InputFile(name: "<no migration>", bytes: []), schemas: schemas, target: target)
        let result = CompilationResult(sources: front.sources, diagnostics: front.diagnostics, sql: nil)
        return (result.hasErrors ? nil : front.baseline, result)
    }

    /// The database the baselines are written for, when one is a database's own DDL (named or
    /// detected): a MariaDB dump says so in its header, any other MySQL DDL is MySQL's.
    public static func impliedTarget(schemas: [InputFile]) -> Dialect? {
        for (i, schema) in schemas.enumerated() {
            let file = SourceFile(id: FileID(i), name: schema.name, bytes: schema.bytes)
            let language = schema.dialect ?? SchemaDialectDetector.detect(file, target: .postgresql)
            if let family = language.reader { return family.database(writing: schema.bytes) }
        }
        return nil
    }
}

extension Compiler {
    /// The catalog sqlport predicts for `dialect` once the migration has run, or nil when
    /// the migration has errors: what a live database must read back after the output, in
    /// that database's terms (types as the lowering wrote them). `onMariaDB` is for
    /// `--dialect mysql` output applied to a MariaDB server, whose JSON is LONGTEXT + CHECK.
    public static func predictedCatalog(_ migration: InputFile, schemas: [InputFile], dialect: Dialect,
                                        onMariaDB: Bool = false, options: CompileOptions = CompileOptions()) -> Catalog? {
        let front = FrontEnd.run(migration: migration, schemas: schemas, target: dialect)
        guard !front.diagnostics.hasErrors, let final = front.plan?.final else { return nil }
        let target = dialect.target(options)
        return TargetReadBack.catalog(final, dialect: target, jsonAsCheckedText: onMariaDB || target.storesJSONAsCheckedText)
    }
}
