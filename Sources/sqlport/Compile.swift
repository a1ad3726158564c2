import ArgumentParser
import SQLPort

extension Dialect: ExpressibleByArgument {}

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile a migration into SQL for one database.",
        discussion: """
            The SQL goes to standard output (or --output); diagnostics go to standard error. \
            Nothing is written when the migration has errors.

            Examples:
              sqlport compile --dialect postgresql migrate.sql
              sqlport compile --dialect postgresql migrate.sql -o migrate.postgresql.sql
              sqlport compile --dialect postgresql - < migrate.sql
            """
    )

    @Option(name: .long, help: ArgumentHelp("The target database: \(Compiler.supportedDialects.map(\.rawValue).joined(separator: ", ")).", valueName: "dialect"))
    var dialect: Dialect

    @OptionGroup var baseline: BaselineOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write the SQL to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("The migration file; - reads standard input.", valueName: "file"))
    var file: String

    func validate() throws {
        guard Compiler.supportedDialects.contains(dialect) else {
            throw ValidationError("--dialect \(dialect.rawValue) is not implemented yet; use one of: \(Compiler.supportedDialects.map(\.rawValue).joined(separator: ", "))")
        }
        try InputReader.validateStdinUse([file] + baseline.schema)
    }

    func run() throws {
        let schemas = try baseline.inputs()
        let result = Compiler.compile(try InputReader.read(file), schemas: schemas, dialect: dialect)
        Terminal.writeError(result.renderedDiagnostics())
        guard let sql = result.sql, !result.hasErrors else { throw ExitCode(1) }
        if let output {
            try OutputFile.write(sql, to: output)
        } else {
            Terminal.writeOutput(sql)
        }
    }
}
