import Foundation
import SQLPort
import SQLPortDatabase

/// One corpus case as the live tests apply it: the baseline, seed rows and the expected
/// output of a dialect, on that dialect's real engine.
struct LiveCase: CustomStringConvertible, Sendable {
    let directory: URL
    let name: String

    var description: String { "\(directory.lastPathComponent)/\(name)" }
    var input: URL { directory.appendingPathComponent("\(name).sql") }
    var baseline: URL? {
        let url = directory.appendingPathComponent("\(name).schema.sql")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    func output(_ dialect: Dialect) -> URL? {
        let url = directory.appendingPathComponent("\(name).\(dialect.rawValue).sql")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Every case with at least one expected SQL output; with `SQLPORT_LIVE_CASES` set (comma
    /// separated `area/name` prefixes), only those, to iterate on a few cases.
    static func all() -> [LiveCase] {
        let only = ProcessInfo.processInfo.environment["SQLPORT_LIVE_CASES"]?.split(separator: ",").map(String.init) ?? []
        return every().filter { c in only.isEmpty || only.contains { c.description.hasPrefix($0) } }
    }

    static func every() -> [LiveCase] {
        let fm = FileManager.default
        var cases: [LiveCase] = []
        for area in ((try? fm.contentsOfDirectory(atPath: Corpus.directory.path)) ?? []).sorted() {
            let dir = Corpus.directory.appendingPathComponent(area)
            for file in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where file.hasSuffix(".sql") {
                let base = String(file.dropLast(4))
                guard !base.hasSuffix(".schema"), !Dialect.allCases.contains(where: { base.hasSuffix(".\($0.rawValue)") }) else { continue }
                let c = LiveCase(directory: dir, name: base)
                if Dialect.allCases.contains(where: { c.output($0) != nil }) { cases.append(c) }
            }
        }
        return cases
    }
}

/// What went wrong, where: the case, the dialect, the stage and the engine's message.
struct LiveCaseFailure: Error, CustomStringConvertible {
    let description: String
}

enum LiveCorpus {
    /// The baseline as portable input, read once.
    static func baselineInput(_ c: LiveCase) throws -> InputFile? {
        guard let url = c.baseline else { return nil }
        return InputFile(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
    }

    /// The baseline in the engine's own SQL: a portable baseline is compiled like any
    /// migration; a database's own dump is applied as it is, on that database only.
    static func baselineSQL(_ c: LiveCase, _ dialect: Dialect) throws -> String? {
        guard let input = try baselineInput(c) else { return nil }
        let file = SourceFile(id: FileID(0), name: input.name, bytes: input.bytes)
        let written = SchemaDialectDetector.detect(file, target: dialect)
        if written != .portable {
            guard written.canDescribe(dialect) else {
                throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: has output, but its baseline is \(written.displayName) DDL")
            }
            // `sqlite3 .schema` lists the table SQLite makes for AUTOINCREMENT itself,
            // which no script may create.
            return String(decoding: input.bytes, as: UTF8.self)
                .replacingOccurrences(of: "CREATE TABLE sqlite_sequence(name,seq);", with: "")
        }
        let result = Compiler.compile(input, dialect: dialect, options: try c.options())
        guard let sql = result.plan.map({ TextWriter().render($0) }) else {
            throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: the baseline does not compile:\n\(result.renderedDiagnostics())")
        }
        return sql
    }

    /// Whether sqlport refuses the case's baseline for `dialect` with lowering errors (D4xx).
    static func baselineIsRefused(_ c: LiveCase, _ dialect: Dialect) -> Bool {
        guard let input = try? baselineInput(c) else { return false }
        let result = Compiler.compile(input, dialect: dialect, options: (try? c.options()) ?? CompileOptions())
        return result.plan == nil && result.diagnostics.contains { $0.severity == .error && $0.code.rawValue.hasPrefix("D4") }
    }

    /// The baseline catalog (for the database a dump describes, PostgreSQL otherwise) and
    /// the tables left after the migration.
    static func catalogs(_ c: LiveCase) throws -> (baseline: Catalog, finalTables: [String]) {
        let schemas = try baselineInput(c).map { [$0] } ?? []
        let target = Compiler.impliedTarget(schemas: schemas) ?? .postgresql
        let loaded = Compiler.baselineCatalog(schemas: schemas, target: target)
        guard let baseline = loaded.catalog else {
            throw LiveCaseFailure(description: "\(c): the baseline does not load:\n\(loaded.result.renderedDiagnostics())")
        }
        var sources = SourceMap()
        let id = sources.add(name: c.input.lastPathComponent, bytes: Array(try Data(contentsOf: c.input)))
        let migration = Parser.parse(sources[id])
        let plan = Checker(target: target, baseline: baseline).check(migration.script).plan
        return (baseline, plan.final.tables.map(\.name))
    }

    /// The seed `INSERT`s compiled for `dialect` over the case's baseline.
    static func seedSQL(_ c: LiveCase, _ seeds: [String], _ dialect: Dialect) throws -> String? {
        guard !seeds.isEmpty else { return nil }
        let schemas = try baselineInput(c).map { [$0] } ?? []
        let result = Compiler.compile(InputFile(name: "seed.sql", text: seeds.joined(separator: "\n")), schemas: schemas, dialect: dialect,
                                      options: try c.options())
        guard let sql = result.plan.map({ TextWriter().render($0) }) else {
            throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: the seed rows do not compile:\n\(result.renderedDiagnostics())")
        }
        return sql
    }

    static func server(_ dialect: Dialect) throws -> DatabaseURL {
        switch dialect {
        case .postgresql: try LiveEnvironment.postgresURL()
        case .mysql, .mariadb: try LiveEnvironment.mariadbURL()
        case .sqlite: try DatabaseURL(parsing: "sqlite:/tmp/unused.sqlite")
        }
    }

    /// The statements of a PostgreSQL script, split at the semicolons the lexer finds (never
    /// one inside a string or a comment), as psql sends them.
    static func psqlStatements(_ text: String) -> [String] {
        let file = SourceFile(id: FileID(0), name: "output.sql", text: text)
        var lexer = Lexer(file: file)
        var statements: [String] = []
        var start = 0
        while true {
            let token = lexer.nextToken()
            if token.kind == .endOfFile { break }
            if token.kind == .semicolon {
                statements.append(String(decoding: file.bytes[start..<token.range.end], as: UTF8.self))
                start = token.range.end
            }
        }
        return statements
    }

    /// On a fresh database: baseline, seeds, then the expected output, as a person would
    /// apply them; returns the row count of each table the migration leaves.
    static func apply(_ c: LiveCase, _ dialect: Dialect, seeds: [String], tables: [String]) throws -> [String: Int] {
        try apply(c, dialect, seeds: seeds) { db in
            var counts: [String: Int] = [:]
            for table in tables {
                let value = try db.query("SELECT count(*) FROM \(quote(table, dialect))").first?.first ?? nil
                counts[table] = value.flatMap { Int($0) } ?? -1
            }
            return counts
        } ?? [:]
    }

    /// On a fresh database: baseline, seeds, then the expected output; then `read` on the
    /// database it left (nil when the case has no output for `dialect`).
    static func apply<T>(_ c: LiveCase, _ dialect: Dialect, seeds: [String],
                         read: (any DatabaseConnection) throws -> T) throws -> T? {
        guard let output = c.output(dialect) else { return nil }
        let baseline = try baselineSQL(c, dialect)
        let seedSQL = try seedSQL(c, seeds, dialect)
        let scratch = try ScratchDatabase(on: try server(dialect), label: "corpus_\(dialect.rawValue)")
        defer { try? scratch.drop() }
        return try { () throws -> T in
            let db = try scratch.connect()
            func step(_ stage: String, _ sql: String) throws {
                do { try db.execute(sql) } catch {
                    throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)] \(stage): \(error)")
                }
            }
            if let baseline {
                // A mysqldump needs the mysql client (DELIMITER is a client command), as a
                // person restoring it would use.
                if dialect != .postgresql, dialect != .sqlite, baseline.contains("DELIMITER ") {
                    try mariadbClient(baseline, database: scratch.url)
                } else {
                    try step("baseline", baseline)
                }
            }
            // A dump sets session settings (pg_dump empties `search_path`); the migration is
            // applied later in a session of its own, which starts from the defaults.
            if baseline != nil, dialect == .postgresql { try step("new session", "RESET ALL") }
            if let seedSQL { try step("seed rows", seedSQL) }
            // Users of SQLite run with foreign keys on; the output must cope with that.
            if dialect == .sqlite { try step("PRAGMA", "PRAGMA foreign_keys=ON") }
            let text = try String(contentsOf: output, encoding: .utf8)
            if dialect == .postgresql, text.contains(" CONCURRENTLY ") || text.contains("-- Apply it with psql -f") {
                // As its header says, psql -f sends it one statement at a time: one query of
                // several statements would be one implicit transaction, which CONCURRENTLY refuses
                // (and in which an enum label added would not be committed before its use).
                for statement in psqlStatements(text) { try step(Corpus.relativePath(output), statement) }
            } else {
                try step(Corpus.relativePath(output), text)
            }
            try comparePrediction(c, dialect, scratch.url)
            return try read(db)
        }()
    }

    /// The schema read back from the engine against the catalog sqlport predicted.
    static func comparePrediction(_ c: LiveCase, _ dialect: Dialect, _ url: DatabaseURL) throws {
        let schemas = try baselineInput(c).map { [$0] } ?? []
        let input = InputFile(name: c.input.lastPathComponent, bytes: Array(try Data(contentsOf: c.input)))
        guard let predicted = Compiler.predictedCatalog(input, schemas: schemas, dialect: dialect, onMariaDB: dialect == .mysql,
                                                        options: try c.options()) else {
            throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: no prediction, the migration does not compile")
        }
        guard let live = try Routes.live(url, dialect) else {
            throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: the schema read back does not load")
        }
        let a = Routes.shape(live), b = Routes.shape(predicted)
        if a != b {
            throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)] schema read back differs from the prediction: live \(Self.excess(a, b)) predicted \(Self.excess(b, a))")
        }
    }

    /// Lines of `a` not matched one for one in `b` (a table's lines repeat across tables).
    static func excess(_ a: [String], _ b: [String]) -> [String] {
        var rest = b
        return a.filter { line in
            guard let i = rest.firstIndex(of: line) else { return true }
            rest.remove(at: i)
            return false
        }
    }

    /// Runs a script through the `mariadb` command-line client against `database`.
    static func mariadbClient(_ script: String, database: DatabaseURL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mariadb", "--protocol=tcp", "-h", database.host, "-P", String(database.port),
                             "-u", database.user, database.database]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw LiveCaseFailure(description: "mariadb client: \(message)")
        }
    }

    static func quote(_ name: String, _ dialect: Dialect) -> String {
        switch dialect {
        case .mysql, .mariadb: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        case .postgresql, .sqlite: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
