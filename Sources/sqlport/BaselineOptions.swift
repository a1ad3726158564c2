import ArgumentParser
import SQLPort
import SQLPortDatabase

extension SchemaDialect: ExpressibleByArgument {}

/// Where the baseline schema comes from: files in any dialect, and/or a live database.
struct BaselineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A baseline schema the migration starts from (repeatable; - for stdin): portable DDL, a pg_dump -s, mysqldump --no-data or sqlite3 .schema output.", valueName: "file"))
    var schema: [String] = []

    @Option(name: .long, help: ArgumentHelp("The dialect of the --schema files: portable, postgresql, mysql, sqlite (default: detected).", valueName: "dialect"))
    var schemaDialect: SchemaDialect?

    @Option(name: .long, help: ArgumentHelp("Read the baseline from a live database, read-only: postgresql://..., mysql://... / mariadb://..., sqlite:PATH. Passwords may come from PGPASSWORD / MYSQL_PWD.", valueName: "url"))
    var database: String?

    /// The baseline inputs, files first, then the database's schema.
    func inputs() throws -> [InputFile] {
        var files = try schema.map { path -> InputFile in
            var file = try InputReader.read(path)
            file.dialect = schemaDialect
            return file
        }
        if let url = try databaseURL() {
            do {
                files.append(try Introspector.baseline(url))
            } catch {
                // DatabaseError descriptions never hold the password (the URL is printed masked).
                try? Terminal.writeError("error[\(DiagnosticCode.loaderDatabase)]: cannot read the schema of \(url): \(error)\n")
                throw ExitCode(1)
            }
        }
        return files
    }

    func databaseURL() throws -> DatabaseURL? {
        guard let database else { return nil }
        do {
            return try DatabaseURL(parsing: database)
        } catch {
            throw ValidationError("--database: \(error)")
        }
    }

    /// The dialect the baselines are in, when the user did not name an output dialect.
    func impliedDialect() throws -> Dialect? {
        if let url = try databaseURL() { return Introspector.target(of: url.kind) }
        switch schemaDialect {
        case .postgresql?: return .postgresql
        case .mysql?: return .mysql
        case .sqlite?: return .sqlite
        case .portable?, nil: return nil
        }
    }
}
