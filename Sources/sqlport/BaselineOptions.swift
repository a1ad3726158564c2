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
                try? Terminal.writeError("error[\(DiagnosticCode.loaderDatabase)]: cannot read the schema of \(url): \(error)\n  = help: \(url.engine.connectionHelp)\n")
                throw ExitCode(1)
            }
        }
        return files
    }

    /// The files the baseline is read from (a SQLite `--database` is one): `-o` must not name one.
    func inputPaths() throws -> [String] {
        guard let url = try databaseURL(), url.engine.isFile else { return schema }
        return schema + [url.path]
    }

    func validate() throws {
        _ = try databaseURL()
    }

    /// A URL that cannot be used is a usage error, shown with its password masked (or, when the
    /// URL is too malformed to tell where the password is, without any of it).
    func databaseURL() throws -> DatabaseURL? {
        guard let database else { return nil }
        do {
            return try DatabaseURL(parsing: database)
        } catch let error as InvalidDatabaseURL {
            let url = error.masked.map { " `\($0)`" } ?? ""
            try? Terminal.writeError("error: invalid --database URL\(url): \(error.problem)\n  = help: \(error.help)\n")
            throw ExitCode(64)
        }
    }

    /// The dialect the baselines are in, when the user did not name an output dialect.
    func impliedDialect() throws -> Dialect? {
        if let url = try databaseURL() { return url.kind }
        return schemaDialect?.family
    }
}
