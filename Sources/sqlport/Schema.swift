import ArgumentParser
import SQLPort

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the schema sqlport believes in, as DDL for one database.",
        discussion: """
            Reads the baseline (--schema files in any dialect and/or --database), applies the \
            migration file if one is given, and prints the resulting catalog as DDL. Applied to an \
            empty database, the output builds the same schema again.

            Examples:
              sqlport schema --schema dump.sql
              sqlport schema --database sqlite:app.db --dialect sqlite
              sqlport schema --dialect mysql --schema before.sql migrate.sql
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database to write DDL for (default: the baseline's own, else postgresql).", valueName: "dialect"))
    var dialect: Dialect?

    @OptionGroup var baseline: BaselineOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write the DDL to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("A migration to apply before printing; - reads standard input.", valueName: "file"))
    var file: String?

    func validate() throws {
        if baseline.schema.isEmpty && baseline.database == nil && file == nil {
            throw ValidationError("give a baseline (--schema or --database), a migration file, or both")
        }
        try InputReader.validateStdinUse((file.map { [$0] } ?? []) + baseline.schema)
        try OutputFile.validate(output, inputs: (file.map { [$0] } ?? []) + baseline.inputPaths())
    }

    func run() throws {
        let schemas = try baseline.inputs()
        let target = try dialect ?? baseline.impliedDialect() ?? Compiler.impliedTarget(schemas: schemas) ?? .postgresql
        let result = diagnostics.judged(Compiler.schema(try file.map(InputReader.read), schemas: schemas, dialect: target))
        try diagnostics.report(result)
        guard let sql = result.sql, !result.hasErrors else { throw ExitCode(1) }
        if let output { try OutputFile.write(sql, to: output) } else { try Terminal.writeOutput(sql) }
    }
}
