import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// The `--dialect mariadb` header's promise, tested on every corpus output: stop the script
/// after any statement, start a new session, and follow the header — run the whole file again,
/// or, after a statement marked "Not re-runnable", only what follows it — and the database
/// ends exactly as one uninterrupted run leaves it (schema and rows, by snapshot).
@Suite("mariadb output: stopped anywhere, then resumed as the header says", .enabled(if: LiveEnvironment.isEnabled))
struct MySQLRerunLiveTests {
    static func cases() -> [LiveCase] { LiveCase.all().filter { $0.output(.mariadb) != nil } }

    /// The statements of an output file in order, each with whether it is marked not re-runnable.
    static func statements(_ text: String) -> [(sql: String, rerunnable: Bool)] {
        var out: [(String, Bool)] = [], sql: [String] = [], rerunnable = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if sql.isEmpty, line.hasPrefix("-- ") {
                if line.contains("Not re-runnable: if the script stops after this statement") { rerunnable = false }
                continue
            }
            if sql.isEmpty, line.isEmpty { continue }
            sql.append(String(line))
            if line.hasSuffix(";") {
                out.append((sql.joined(separator: "\n"), rerunnable))
                sql = []
                rerunnable = true
            }
        }
        return out
    }

    /// Where a run that stopped after statement `k` resumes: after the last statement up to
    /// `k` marked not re-runnable, else at the top.
    static func resumePoint(afterStoppingAt k: Int, _ statements: [(sql: String, rerunnable: Bool)]) -> Int {
        (statements[...k].lastIndex { !$0.rerunnable }).map { $0 + 1 } ?? 0
    }

    /// What a new session runs to resume at `point`: the session settings at the top of the
    /// file (the header says to), then the statements from `point` on.
    static func resumption(at point: Int, _ statements: [(sql: String, rerunnable: Bool)]) -> [(sql: String, rerunnable: Bool)] {
        let prologue = statements.prefix { $0.sql.hasPrefix("SET ") }
        return point < prologue.count ? Array(statements[point...]) : Array(prologue) + statements[point...]
    }

    /// Outputs whose rows hold the time or a random value differ from run to run: their rows
    /// are compared by count only.
    static func isVolatile(_ text: String) -> Bool {
        ["CURRENT_TIMESTAMP", "CURRENT_TIME", "CURRENT_DATE", "NOW(", "SYSDATE(", "UUID("].contains { text.contains($0) }
    }

    @Test func statementsAndMarksAreRead() {
        let s = Self.statements("-- header\n\n-- a.sql:1\nCREATE TABLE t (\n    a INT\n);\n\n-- a.sql:2\n-- Not re-runnable: if the script stops after this statement, do not run it again.\nINSERT INTO t VALUES (1);\n")
        #expect(s.map(\.sql) == ["CREATE TABLE t (\n    a INT\n);", "INSERT INTO t VALUES (1);"])
        #expect(s.map(\.rerunnable) == [true, false])
        #expect(Self.resumePoint(afterStoppingAt: 0, s) == 0)
        #expect(Self.resumePoint(afterStoppingAt: 1, s) == 2)
        let withSettings = [("SET NAMES utf8mb4;", true)] + s
        #expect(Self.resumption(at: 3, withSettings).map(\.sql) == ["SET NAMES utf8mb4;"])
        #expect(Self.resumption(at: 0, withSettings).count == 3)
    }

    @Test(arguments: cases())
    func resumesToTheSameDatabase(_ c: LiveCase) throws {
        guard !LiveCorpus.baselineIsRefused(c, .mariadb), let output = c.output(.mariadb) else { return }
        let text = try String(contentsOf: output, encoding: .utf8)
        let statements = Self.statements(text)
        let volatile = Self.isVolatile(text)
        let baseline = try LiveCorpus.baselineSQL(c, .mariadb)
        let catalog = try LiveCorpus.catalogs(c).baseline

        /// Baseline, seeds, `first` statements in one session, then `then` in a new one.
        func run(seeds: String?, first: ArraySlice<(sql: String, rerunnable: Bool)>,
                 then: ArraySlice<(sql: String, rerunnable: Bool)> = []) throws -> SchemaSnapshot {
            let scratch = try ScratchDatabase(on: LiveEnvironment.mariadbURL(), label: "rerun_my")
            defer { try? scratch.drop() }
            return try {
                try {
                    let db = try scratch.connect()
                    // A mysqldump needs the client (DELIMITER), as in the live corpus runner.
                    if let baseline, baseline.contains("DELIMITER ") {
                        try LiveCorpus.mariadbClient(baseline, database: scratch.url)
                    } else if let baseline {
                        try db.execute(baseline)
                    }
                    if let seeds { try db.execute(seeds) }
                    for s in first { try db.execute(s.sql) }
                }()
                let db = try scratch.connect()
                for s in then { try db.execute(s.sql) }
                let snapshot = try MariaDBSnapshot.take(db, rows: !volatile)
                guard volatile else { return snapshot }
                var lines = snapshot.lines
                for t in try db.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1") {
                    let n = try db.scalar("SELECT COUNT(*) FROM `" + t[0]!.replacingOccurrences(of: "`", with: "``") + "`") ?? "?"
                    lines.append("rows \(t[0]!) count=\(n)")
                }
                return SchemaSnapshot(kind: .mariadb, lines: lines)
            }()
        }

        // The seed rows the whole output accepts (a NOT NULL column added without a default
        // refuses rows): all columns, the required ones, or none.
        var seeds: String?, reference: SchemaSnapshot?
        for candidate in [CorpusSeeder.seed(catalog), CorpusSeeder.seed(catalog, minimal: true), []] {
            let sql = try LiveCorpus.seedSQL(c, candidate, .mariadb)
            if let snapshot = try? run(seeds: sql, first: statements[...]) {
                (seeds, reference) = (sql, snapshot)
                break
            }
        }
        let expected = try #require(reference, "\(c): the mariadb output does not run once")
        for k in statements.indices {
            let resumed = try run(seeds: seeds, first: statements[...k],
                                  then: Self.resumption(at: Self.resumePoint(afterStoppingAt: k, statements), statements)[...])
            #expect(resumed.difference(from: expected) == [], "\(c): stopped after statement \(k + 1) of \(statements.count)")
        }
    }
}
