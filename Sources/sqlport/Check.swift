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

    @Option(name: .long, help: ArgumentHelp("A baseline schema the migration starts from (repeatable; - for stdin).", valueName: "file"))
    var schema: [String] = []

    @Argument(help: ArgumentHelp("Migration files to check; - reads standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one migration file (or - for standard input)") }
        try InputReader.validateStdinUse(files + schema)
    }

    func run() throws {
        let schemas = try schema.map(InputReader.read)
        var failed = false
        for path in files {
            let result = Compiler.check(try InputReader.read(path), schemas: schemas)
            Terminal.writeError(result.renderedDiagnostics())
            failed = failed || result.hasErrors
        }
        if failed { throw ExitCode(1) }
    }
}
