import ArgumentParser
import SQLPort

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every diagnostic in migration files; write no SQL.",
        discussion: """
            Examples:
              sqlport check migrate.sql
              sqlport check --schema before.sql migrate.sql other.sql
              sqlport check --schema before.sql migrations/
            """
    )

    @OptionGroup var baseline: BaselineOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    @Argument(help: ArgumentHelp("Migration files to check (- reads standard input), or folders of migrations checked in order, each over the schema the ones before it leave (see `sqlport compile --help`).", valueName: "path"))
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
            let migrations = try MigrationInputs.read(path)
            let results = migrations.isFolder
                ? Compiler.check(sequence: migrations.files.map(\.input), schemas: schemas, target: target)
                : [Compiler.check(migrations.files[0].input, schemas: schemas, target: target)]
            for result in results.map(diagnostics.judged) {
                try diagnostics.report(result)
                failed = failed || result.hasErrors
            }
            if results.count < migrations.files.count {
                let skipped = migrations.files[results.count...].map(\.relativePath)
                try Terminal.writeError("error: not checked, because a migration before them failed: \(skipped.joined(separator: ", "))\n")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
