/// One input file as the user named it: a path (or `<stdin>`) and its raw bytes.
/// The library never touches the file system; callers read files and hand them over.
public struct InputFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    /// For a baseline schema: the dialect it is written in; nil to detect it
    /// (`SchemaDialectDetector`).
    public var dialect: SchemaDialect?

    public init(name: String, bytes: [UInt8], dialect: SchemaDialect? = nil) {
        self.name = name
        self.bytes = bytes
        self.dialect = dialect
    }

    public init(name: String, text: String, dialect: SchemaDialect? = nil) {
        self.init(name: name, bytes: Array(text.utf8), dialect: dialect)
    }
}

/// What one run of the compiler produced: the diagnostics, and the lowered plan unless there
/// were errors. Holds the sources so diagnostics can be rendered.
public struct CompilationResult: Sendable {
    public var sources: SourceMap
    public var diagnostics: [Diagnostic]
    /// `compile`'s output as values; nil when any error was reported (and for `check`, `schema`).
    public var plan: LoweredPlan?
    /// The output as text: `TextWriter`'s rendering of `plan` for `compile`, the printed
    /// schema for `schema`; nil when any error was reported.
    public var sql: String?

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The diagnostics as the command line prints them, with a closing summary line.
    public func renderedDiagnostics() -> String {
        guard !diagnostics.isEmpty else { return "" }
        var text = DiagnosticRenderer(sources: sources).render(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        // Notes alone (an `IF EXISTS` that skipped) need no summary.
        if !parts.isEmpty {
            text += "\n" + (errors > 0 ? "error: stopped with " : "warning: compiled with ") + parts.joined(separator: " and ") + "\n"
        }
        return text
    }
}

/// Settings that only some dialects read.
public struct CompileOptions: Sendable {
    /// The oldest SQLite the output must run on; newer versions allow more native `ALTER TABLE`.
    public var sqliteVersion: SQLiteVersion
    /// What TIMESTAMPTZ becomes on MySQL / MariaDB (`--mysql-timestamptz`).
    public var mysqlTimestampTZ: MySQLTimestampTZ

    public init(sqliteVersion: SQLiteVersion = .conservativeDefault, mysqlTimestampTZ: MySQLTimestampTZ = .datetime) {
        self.sqliteVersion = sqliteVersion
        self.mysqlTimestampTZ = mysqlTimestampTZ
    }
}

/// The pipeline: source text -> tokens -> AST -> checker over the baseline catalog ->
/// lowering for one dialect -> SQL. The CLI and the corpus runner both call this, so the
/// corpus exercises exactly what users run.
public enum Compiler {
    /// The dialects `compile` can produce: every one `DialectRegistry` knows.
    public static let supportedDialects: [Dialect] = Dialect.allCases

    /// Reads the migration and its baselines and reports every diagnostic, checking names
    /// as PostgreSQL resolves them; produces no SQL.
    /// `target`: whose names and rules to check against; a baseline in a database's own
    /// dialect must be that database's (see `impliedTarget(schemas:)`).
    public static func check(_ migration: InputFile, schemas: [InputFile] = [], target: Dialect = .postgresql) -> CompilationResult {
        let front = FrontEnd.run(migration: migration, schemas: schemas, target: target)
        return CompilationResult(sources: front.sources, diagnostics: front.diagnostics, sql: nil)
    }

    /// Compiles the migration for one dialect.
    public static func compile(_ migration: InputFile, schemas: [InputFile] = [], dialect: Dialect,
                               options: CompileOptions = CompileOptions()) -> CompilationResult {
        let front = FrontEnd.run(migration: migration, schemas: schemas, target: dialect)
        var result = CompilationResult(sources: front.sources, diagnostics: front.diagnostics, sql: nil)
        guard !result.hasErrors, let plan = front.plan else { return result }
        let lowered = dialect.target(options).lower(plan, sources: front.sources)
        result.diagnostics += lowered.diagnostics
        if !result.hasErrors, let plan = lowered.plan {
            result.plan = plan
            result.sql = TextWriter().render(plan)
        }
        return result
    }
}

/// Parses the baselines and the migration, builds the baseline catalog for the target
/// and checks the migration over it, collecting diagnostics in that order.
struct FrontEnd {
    var sources = SourceMap()
    var diagnostics: [Diagnostic] = []
    var plan: CheckedPlan?
    var baseline: Catalog?

    static func run(migration: InputFile, schemas: [InputFile], target: Dialect) -> FrontEnd {
        var front = FrontEnd()
        // Baselines in any dialect (a dump, `.schema` output, portable DDL) become the catalog.
        let files = schemas.map { (id: front.sources.add(name: $0.name, bytes: $0.bytes), dialect: $0.dialect) }
        let baseline = BaselineLoader.load(files, sources: &front.sources, target: target)
        front.diagnostics += baseline.diagnostics
        let id = front.sources.add(name: migration.name, bytes: migration.bytes)
        let parsed = Parser.parse(front.sources[id])
        front.diagnostics += parsed.diagnostics
        // Names cannot be checked in a file that did not parse, nor over a baseline that did
        // not load: the checker would report every table a broken CREATE TABLE failed to define.
        guard !front.diagnostics.hasErrors else { return front }
        front.baseline = baseline.catalog
        let checked = Checker(target: target, baseline: baseline.catalog).check(parsed.script)
        front.diagnostics += checked.diagnostics
        front.plan = checked.plan
        return front
    }
}
