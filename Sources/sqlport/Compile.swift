import ArgumentParser
import SQLPort

extension Dialect: ExpressibleByArgument {}
extension MySQLTimestampTZ: ExpressibleByArgument {}

struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile a migration into SQL for one database.",
        discussion: """
            The SQL goes to standard output (or --output); diagnostics go to standard error. \
            Nothing is written when the migration has errors.

            Examples:
              sqlport compile --dialect postgresql migrate.sql
              sqlport compile --dialect mysql --schema before.sql migrate.sql
              sqlport compile --dialect sqlite --sqlite-version 3.35 --schema before.sql migrate.sql
              sqlport compile --dialect mariadb --mysql-timestamptz timestamp migrate.sql
              sqlport compile --dialect postgresql migrate.sql -o migrate.postgresql.sql
              sqlport compile --dialect postgresql - < migrate.sql
            """
    )

    @Option(name: .long, help: ArgumentHelp("The target database: \(Compiler.supportedDialects.map(\.rawValue).joined(separator: ", ")).", valueName: "dialect"))
    var dialect: Dialect

    @OptionGroup var baseline: BaselineOptions

    @Option(name: .long, help: ArgumentHelp("For --dialect sqlite: the oldest SQLite version the output must run on (default \(SQLiteVersion.conservativeDefault)); newer versions allow more native ALTER TABLE.", valueName: "X.Y[.Z]"))
    var sqliteVersion: String?

    @Option(name: .long, help: ArgumentHelp("For --dialect mysql / mariadb: TIMESTAMP WITH TIME ZONE as `datetime` (default: DATETIME(6) holding UTC, the application reads and writes UTC) or `timestamp` (TIMESTAMP(6), converted by the session time zone, but only up to 2038-01-19).", valueName: "datetime|timestamp"))
    var mysqlTimestamptz: MySQLTimestampTZ?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the SQL to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("The migration file; - reads standard input.", valueName: "file"))
    var file: String

    func validate() throws {
        guard Compiler.supportedDialects.contains(dialect) else {
            throw ValidationError("--dialect \(dialect.rawValue) is not implemented yet; use one of: \(Compiler.supportedDialects.map(\.rawValue).joined(separator: ", "))")
        }
        try InputReader.validateStdinUse([file] + baseline.schema)
        try OutputFile.validate(output, inputs: [file] + baseline.inputPaths())
        if mysqlTimestamptz != nil, !(dialect.target is MySQLDialect) {
            throw ValidationError("--mysql-timestamptz applies only to --dialect mysql or mariadb")
        }
        if let sqliteVersion {
            guard dialect.target.dependsOnTargetVersion else { throw ValidationError("--sqlite-version applies only to --dialect sqlite") }
            guard SQLiteVersion(sqliteVersion) != nil else {
                throw ValidationError("--sqlite-version `\(sqliteVersion)` is not a version; write it as X.Y or X.Y.Z, e.g. 3.35 or 3.40.1")
            }
        }
    }

    func run() throws {
        let schemas = try baseline.inputs()
        let options = CompileOptions(sqliteVersion: sqliteVersion.flatMap(SQLiteVersion.init) ?? .conservativeDefault,
                                     mysqlTimestampTZ: mysqlTimestamptz ?? .datetime)
        let result = Compiler.compile(try InputReader.read(file), schemas: schemas, dialect: dialect, options: options)
        try Terminal.writeError(result.renderedDiagnostics())
        guard let plan = result.plan, !result.hasErrors else { throw ExitCode(1) }
        let sql = TextWriter().render(plan)
        if let output {
            try OutputFile.write(sql, to: output)
        } else {
            try Terminal.writeOutput(sql)
        }
    }
}
