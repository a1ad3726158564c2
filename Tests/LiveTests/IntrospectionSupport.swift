import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Shared steps of the introspection tests: load, print, apply, read back, dump.
enum Routes {
    static func server(for dialect: Dialect) throws -> DatabaseURL? {
        switch dialect {
        case .postgresql: try LiveEnvironment.postgresURL()
        case .mysql, .mariadb: try LiveEnvironment.mariadbURL()
        case .sqlite: DatabaseURL(kind: .sqlite, path: ":memory:")
        }
    }

    /// A baseline's catalog for `dialect`; records the rendered diagnostics on error.
    static func catalog(_ inputs: [InputFile], _ dialect: Dialect) -> Catalog? {
        let (catalog, result) = Compiler.baselineCatalog(schemas: inputs, target: dialect)
        if catalog == nil { Issue.record("baseline did not load for \(dialect):\n\(result.renderedDiagnostics())") }
        return catalog
    }

    /// The live route: `--database url`.
    static func live(_ url: DatabaseURL, _ dialect: Dialect) throws -> Catalog? {
        catalog([try Introspector.baseline(url)], dialect)
    }

    /// The dump tool's output for the database at `url`.
    static func dump(_ url: DatabaseURL) throws -> String {
        switch url.kind {
        case .postgresql:
            return try run("/usr/lib/postgresql/15/bin/pg_dump", ["-s", "-h", url.host, "-p", "\(url.port)", "-U", url.user, url.database])
        case .mariadb:
            return try run("/usr/bin/mariadb-dump", ["--no-data", "-h", url.host, "-P", "\(url.port)", "-u", url.user, url.database])
        case .sqlite:
            return try run("/usr/bin/sqlite3", [url.path, ".schema"])
        case .mysql:
            Issue.record("no mysql:// URL reaches here: DatabaseURL reads it as mariadb")
            return ""
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DatabaseError(kind: nil, message: "\(tool) exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `body` over a fresh database of `dialect`'s kind (a temporary file for SQLite).
    static func withDatabase<T>(_ dialect: Dialect, label: String, _ body: (DatabaseURL, any DatabaseConnection) throws -> T) throws -> T {
        let server: DatabaseURL
        switch dialect {
        case .postgresql: server = try LiveEnvironment.postgresURL()
        case .mysql, .mariadb: server = try LiveEnvironment.mariadbURL()
        case .sqlite: server = DatabaseURL(kind: .sqlite, path: "")
        }
        let scratch = try ScratchDatabase(on: server, label: label)
        defer { try? scratch.drop() }
        return try { try body(scratch.url, scratch.connect()) }()
    }

    /// What two catalogs of different origin must agree on: the declared spelling may differ
    /// (the server normalises `INTEGER` to `int(11)`), the portable meaning and everything else
    /// may not; servers list tables, keys and sequences by name, so order is not compared.
    /// One line per fact, so a failure shows the difference.
    static func shape(_ c: Catalog) -> [String] {
        var out: [String] = []
        for t in c.tables.sorted(by: { $0.name < $1.name }) {
            var lines: [String] = []
            out.append("table \(t.name)\(t.withoutRowid ? " without rowid" : "")\(t.strict ? " strict" : "")")
            defer { out += lines.sorted() }
            for col in t.columns {
                lines.append("  column \(col.name) \(col.type.portable.map { ColumnType.postgresName($0) } ?? "?\(col.type.declared.lowercased())") "
                           + "\(col.isNotNull ? "not null" : "null") gen=\(col.generator.map { "\($0)" } ?? "-") default=\(col.defaultValue == nil ? "-" : "yes") collate=\(col.collation ?? "-")"
                           + (col.onUpdate == nil ? "" : " on-update")
                           + (col.generated.map { " generated=\($0.storage.rawValue.lowercased()) reads=\($0.reads.sorted())" } ?? ""))
            }
            for k in t.constraints {
                // Not `isNameGenerated`: a dump cannot tell a written name from the one the server would give.
                // Only PostgreSQL stores PostgreSQL's names; read from another engine they are derived
                // from the table's current name (a renamed table's `posts_pkey` reads back as `articles_pkey`).
                let pg = c.target == .postgresql ? " pg=\(k.postgresName)" : ""
                var timing = ""
                if case .foreignKey(let fk) = k.kind { timing = fk.timingClause }
                lines.append("  constraint \(k.name ?? "-")\(pg) \(k.role) \(k.keyColumns) \(keepsLevel(k, c.target) && k.level != .table ? "on column" : "")\(timing)")
            }
            for i in t.indexes {
                // ASC is the default order: no server reports it back.
                let keys = i.keys.map { "\($0.column ?? "expr") \($0.ordering == .desc ? "DESC" : "")" }
                lines.append("  index \(i.name) unique=\(i.isUnique) \(keys) \(origin(i, c.target)) partial=\(i.predicate != nil)")
            }
            for tr in t.triggers { lines.append("  trigger \(tr.name)") }
        }
        for v in c.views.sorted(by: { $0.name < $1.name }) { out.append("view \(v.name) \(v.dependencies.map(\.table).sorted())") }
        for s in c.sequences.sorted(by: { $0.name < $1.name }) { out.append("sequence \(s.name) \(s.ownedBy.map { "\($0.table).\($0.column)" } ?? "-")") }
        return out
    }

    /// Whether InnoDB made an index for a foreign key is not in any dump or catalog view, so a
    /// catalog read from MySQL / MariaDB calls every index explicit.
    static func origin(_ i: TableIndex, _ target: Dialect) -> String {
        target == .mysql || target == .mariadb ? "" : "\(i.origin)"
    }

    /// Where a database remembers that a constraint was written on its column: SQLite keeps the
    /// statement as written, MariaDB shows an unnamed column CHECK on its column; PostgreSQL and
    /// MySQL keep no such thing, so a catalog read from them cannot know.
    static func keepsLevel(_ k: Constraint, _ target: Dialect) -> Bool {
        target == .sqlite || (target == .mariadb && k.role == .check)
    }

    /// The first table (or view list) where two catalogs differ, for failure messages.
    static func difference(_ a: Catalog?, _ b: Catalog?) -> String {
        guard let a, let b else { return "one side did not load" }
        if a.tables.map(\.name) != b.tables.map(\.name) { return "tables \(a.tables.map(\.name)) vs \(b.tables.map(\.name))" }
        for (x, y) in zip(a.tables, b.tables) where x != y {
            for (c, d) in zip(x.columns, y.columns) where c != d { return "column \(c) vs \(d)" }
            if x.constraints != y.constraints { return "constraints \(x.constraints) vs \(y.constraints)" }
            if x.indexes != y.indexes { return "indexes \(x.indexes) vs \(y.indexes)" }
            return "table \(x.name) (triggers or options)"
        }
        if a.views != b.views { return "views \(a.views) vs \(b.views)" }
        return "sequences \(a.sequences) vs \(b.sequences)"
    }
}
