import ArgumentParser
import SQLPort

extension Dialect: ExpressibleByArgument {}
extension MySQLTimestampTZ: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

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
              sqlport compile --dialect sqlite --format json --diagnostics-format json migrate.sql
              sqlport compile --dialect all --schema before.sql migrations/ -o out/

            Exit status: 0 compiled (warnings allowed unless --werror), 1 the migration has \
            errors (or warnings with --werror) or a file could not be read or written, 64 usage error.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The target database: \(Compiler.supportedDialects.map(\.rawValue).joined(separator: ", ")), or all (one subfolder of --output per database).", valueName: "dialect"))
    var dialect: DialectChoice

    @OptionGroup var baseline: BaselineOptions

    @Option(name: .long, help: ArgumentHelp("For --dialect sqlite: the oldest SQLite version the output must run on (default \(SQLiteVersion.conservativeDefault)); newer versions allow more native ALTER TABLE.", valueName: "X.Y[.Z]"))
    var sqliteVersion: String?

    @Option(name: .long, help: ArgumentHelp("For --dialect mysql / mariadb: TIMESTAMP WITH TIME ZONE as `datetime` (default: DATETIME(6) holding UTC, the application reads and writes UTC) or `timestamp` (TIMESTAMP(6), converted by the session time zone, but only up to 2038-01-19).", valueName: "datetime|timestamp"))
    var mysqlTimestamptz: MySQLTimestampTZ?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the SQL to this file instead of standard output; for a folder of migrations or --dialect all, the folder to write into.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("text (default: the SQL file to review and apply) or json (the compiled plan as values: every unit's statements, the input lines it carries out, progress, rebuilds, warnings; docs/plan-json.md).", valueName: "format"))
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Bare SQL: no header and no comments (what each statement carries out, what stands applied, warnings). The statements are the same.")
    var noComments = false

    @OptionGroup var diagnostics: DiagnosticOptions

    @Argument(help: ArgumentHelp("The migration file (- reads standard input), or a folder of migrations compiled in order, each over the schema the ones before it leave: 001_x.sql, V2__x.sql or 20240101120000_x/up.sql, ordered by the leading version; a name without one, or two with the same, is an error.", valueName: "path"))
    var file: String

    func validate() throws {
        try InputReader.validateStdinUse([file] + baseline.schema)
        if MigrationInputs.isDirectory(file) || dialect == .all {
            guard let output else {
                throw ValidationError("\(dialect == .all ? "--dialect all" : "a folder of migrations") writes a folder of outputs: name it with --output DIR")
            }
            guard !MigrationInputs.isDirectory(file) || !OutputFolder.same(output, file) else {
                throw ValidationError("--output `\(output)` is the folder of migrations, which writing would overwrite; write into another folder")
            }
        } else {
            try OutputFile.validate(output, inputs: [file] + baseline.inputPaths())
        }
        if noComments, format == .json { throw ValidationError("--no-comments applies to the SQL text, not --format json") }
        if mysqlTimestamptz != nil, !dialect.dialects.allSatisfy({ $0.target is MySQLDialect }) {
            throw ValidationError("--mysql-timestamptz applies only to --dialect mysql or mariadb")
        }
        if let sqliteVersion {
            guard dialect.dialects.contains(where: { $0.target.dependsOnTargetVersion }) else { throw ValidationError("--sqlite-version applies only to --dialect sqlite") }
            guard SQLiteVersion(sqliteVersion) != nil else {
                throw ValidationError("--sqlite-version `\(sqliteVersion)` is not a version; write it as X.Y or X.Y.Z, e.g. 3.35 or 3.40.1")
            }
        }
    }

    func run() throws {
        let schemas = try baseline.inputs()
        let options = CompileOptions(sqliteVersion: sqliteVersion.flatMap(SQLiteVersion.init) ?? .conservativeDefault,
                                     mysqlTimestampTZ: mysqlTimestamptz ?? .datetime)
        let migrations = try MigrationInputs.read(file)
        if !migrations.isFolder, case .one(let single) = dialect {
            let result = diagnostics.judged(Compiler.compile(migrations.files[0].input, schemas: schemas, dialect: single, options: options))
            try diagnostics.report(result)
            guard let plan = result.plan, !result.hasErrors else { throw ExitCode(1) }
            let text = render(plan)
            if let output { try OutputFile.write(text, to: output) } else { try Terminal.writeOutput(text) }
            return
        }
        // Every file for every dialect is compiled before anything is written: all or nothing.
        var outputs: [(path: String, text: String)] = []
        var failed = false
        for target in dialect.dialects {
            let results = Compiler.compile(sequence: migrations.files.map(\.input), schemas: schemas, dialect: target, options: options)
                .map(diagnostics.judged)
            for result in results { try diagnostics.report(result) }
            for ((relativePath, _), result) in zip(migrations.files, results) {
                guard let plan = result.plan, !result.hasErrors else { failed = true; break }
                let folder = dialect == .all ? target.rawValue + "/" : ""
                outputs.append((folder + outputName(relativePath), render(plan)))
            }
            if results.count < migrations.files.count {
                let skipped = migrations.files[results.count...].map(\.relativePath)
                try Terminal.writeError("error: \(target.rawValue): not compiled, because a migration before them failed: \(skipped.joined(separator: ", "))\n")
            }
        }
        guard !failed, let output else { throw ExitCode(1) }
        for (path, text) in outputs { try OutputFolder.write(text, to: path, in: output) }
    }

    func render(_ plan: LoweredPlan) -> String { format == .json ? PlanJSON.encode(plan) : TextWriter(comments: !noComments).render(plan) }

    /// The output's name for a migration: the same, or `.json` for `--format json`.
    func outputName(_ relativePath: String) -> String {
        guard format == .json else { return relativePath }
        return (relativePath.hasSuffix(".sql") ? String(relativePath.dropLast(4)) : relativePath) + ".json"
    }
}
