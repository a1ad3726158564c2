import ArgumentParser
import SQLPort

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every diagnostic in migration files; write no SQL.",
        discussion: """
            Examples:
              sqlport check migrate.sql
              sqlport check --schema before.sql migrate.sql other.sql
            """
    )

    @OptionGroup var baseline: BaselineOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    @Argument(help: ArgumentHelp("Migration files to check; - reads standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one migration file (or - for standard input)") }
        try InputReader.validateStdinUse(files + baseline.schema)
    }

    func run() throws {
        let schemas = try baseline.inputs()
        var failed = false
        for path in files {
            let target = try baseline.impliedDialect() ?? Compiler.impliedTarget(schemas: schemas) ?? .postgresql
            let result = diagnostics.judged(Compiler.check(try InputReader.read(path), schemas: schemas, target: target))
            try diagnostics.report(result)
            failed = failed || result.hasErrors
        }
        if failed { throw ExitCode(1) }
    }
}
