import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Issue 9's name-collision matrix: for tables, columns, indexes and constraints, names that
/// differ only in case (ASCII and not), reserved words of the engines, the names sqlport's
/// lowerings invent, and names at and over each engine's length limit — compiled for every
/// dialect. Refused: the codes must be naming ones. Compiled: the output must apply on the
/// real engine and the schema read back must be the predicted one. No case may exit 0 and
/// then fail or differ.
@Suite("Name-collision matrix", .enabled(if: LiveEnvironment.isEnabled))
struct NameCollisionMatrixTests {
    /// Pairs PostgreSQL keeps apart; some engines fold them together.
    static let pairs: [(String, String)] = [("A", "a"), ("Ä", "ä"), ("ß", "SS"), ("Σ", "σ")]
    /// Reserved words of one engine or another, and SQLite's `rowid`.
    static let reserved = ["order", "key", "rowid", "index", "group", "primary", "check"]
    /// Names the lowerings invent (MySQL's temporary columns, SQLite's rebuild tables and guard).
    static let helpers = ["x_sqlport", "X_SQLPORT", "sqlport_new_t", "SQLPORT_NEW_T", "sqlport_guard"]
    /// At PostgreSQL's 63 bytes, over it, at MySQL's 64 characters and over it; multi-byte too.
    static let lengths = [String(repeating: "n", count: 63), String(repeating: "n", count: 64),
                          String(repeating: "n", count: 65), String(repeating: "ä", count: 31) + "n",
                          String(repeating: "ä", count: 32)]

    /// The codes a refusal may carry: names the target cannot hold or takes for another's,
    /// and PostgreSQL's length limit.
    static let namingCodes: Set<String> = ["S305", "S306", "S307", "S308", "S328", "S329", "D402"]
    /// What a refused statement leaves behind: later statements naming what it did not create.
    static let followOnCodes: Set<String> = ["S301", "S302", "S303", "S304"]

    struct MatrixCase: CustomStringConvertible {
        var label: String
        var sql: String
        var description: String { label }
    }

    static func q(_ n: String) -> String { "\"" + n.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func cases() -> [MatrixCase] {
        var out: [MatrixCase] = []
        for (a, b) in pairs {
            out.append(MatrixCase(label: "tables \(a)/\(b)", sql: """
                CREATE TABLE \(q(a)) (id INTEGER PRIMARY KEY);
                CREATE TABLE \(q(b)) (id INTEGER PRIMARY KEY);
                """))
            out.append(MatrixCase(label: "columns \(a)/\(b)", sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, \(q(a)) INTEGER);
                ALTER TABLE t ADD COLUMN \(q(b)) INTEGER;
                """))
            out.append(MatrixCase(label: "indexes \(a)/\(b)", sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER);
                CREATE INDEX \(q(a)) ON t (v);
                CREATE INDEX \(q(b)) ON t (id, v);
                """))
            out.append(MatrixCase(label: "index/table \(a)/\(b)", sql: """
                CREATE TABLE \(q(a)) (id INTEGER PRIMARY KEY, v INTEGER);
                CREATE INDEX \(q(b)) ON \(q(a)) (v);
                """))
            out.append(MatrixCase(label: "checks \(a)/\(b)", sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER, CONSTRAINT \(q(a)) CHECK (v > 0));
                ALTER TABLE t ADD CONSTRAINT \(q(b)) CHECK (v < 100);
                """))
            out.append(MatrixCase(label: "foreign keys \(a)/\(b)", sql: """
                CREATE TABLE p (id INTEGER PRIMARY KEY);
                CREATE TABLE c1 (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT \(q(a)) FOREIGN KEY (p_id) REFERENCES p (id));
                CREATE TABLE c2 (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT \(q(b)) FOREIGN KEY (p_id) REFERENCES p (id));
                """))
        }
        out.append(MatrixCase(label: "foreign keys same name on two tables", sql: """
            CREATE TABLE p (id INTEGER PRIMARY KEY);
            CREATE TABLE c1 (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id));
            CREATE TABLE c2 (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id));
            """))
        for n in reserved + helpers + lengths {
            let label = n.count > 20 ? "\(n.prefix(3))…(\(n.utf8.count) bytes, \(n.count) chars)" : n
            out.append(MatrixCase(label: "table \(label)", sql: """
                CREATE TABLE \(q(n)) (id INTEGER PRIMARY KEY, v TEXT);
                ALTER TABLE \(q(n)) ALTER COLUMN v TYPE VARCHAR(20);
                ALTER TABLE \(q(n)) ADD COLUMN w INTEGER CHECK (w > 0);
                ALTER TABLE \(q(n)) ALTER COLUMN w TYPE BIGINT USING w::BIGINT;
                """))
            out.append(MatrixCase(label: "column \(label)", sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, \(q(n)) INTEGER, w INTEGER);
                ALTER TABLE t ALTER COLUMN \(q(n)) TYPE BIGINT USING \(q(n))::BIGINT;
                ALTER TABLE t ALTER COLUMN w SET NOT NULL;
                ALTER TABLE t RENAME COLUMN w TO \(q(n + "2").count > 66 ? "w2" : q(n + "2"));
                """))
            out.append(MatrixCase(label: "index \(label)", sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER);
                CREATE INDEX \(q(n)) ON t (v);
                ALTER TABLE t ALTER COLUMN v TYPE BIGINT;
                """))
            out.append(MatrixCase(label: "constraints \(label)", sql: """
                CREATE TABLE p (id INTEGER PRIMARY KEY);
                CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER, CONSTRAINT \(q(n)) CHECK (v > 0));
                ALTER TABLE t ADD COLUMN p_id INTEGER;
                ALTER TABLE t ADD CONSTRAINT \(q(n + "_fk")) FOREIGN KEY (p_id) REFERENCES p (id);
                ALTER TABLE t DROP CONSTRAINT \(q(n));
                """))
        }
        return out
    }

    enum Outcome { case applied, refused }

    /// Compiles `c` for `dialect` and, when it compiles, applies it to a fresh database and
    /// compares the schema read back with the prediction.
    static func run(_ c: MatrixCase, _ dialect: Dialect) throws -> Outcome {
        let input = InputFile(name: "matrix.sql", text: c.sql)
        let result = Compiler.compile(input, dialect: dialect)
        guard let sql = result.sql else {
            let codes = Set(result.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue))
            if codes.isDisjoint(with: namingCodes) || !codes.isSubset(of: namingCodes.union(followOnCodes)) {
                throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: refused with \(codes.sorted()):\n\(result.renderedDiagnostics())")
            }
            return .refused
        }
        try Routes.withDatabase(dialect, label: "matrix") { url, db in
            do { try db.execute(sql) } catch {
                throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: compiled, then failed on the engine: \(error)\n\(sql)")
            }
            guard let predicted = Compiler.predictedCatalog(input, schemas: [], dialect: dialect, onMariaDB: dialect == .mysql),
                  let live = try Routes.live(url, dialect) else {
                throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: no prediction or no read-back")
            }
            let a = Routes.shape(live), b = Routes.shape(predicted)
            if a != b {
                throw LiveCaseFailure(description: "\(c) [\(dialect.rawValue)]: read back \(LiveCorpus.excess(a, b)), predicted \(LiveCorpus.excess(b, a))")
            }
        }
        return .applied
    }

    @Test func everyCaseAppliesAsPredictedOrIsRefused() throws {
        let all = Self.cases()
        var summary: [String] = []
        for dialect in Dialect.allCases {
            var applied = 0, refused = 0, failed = 0
            for c in all {
                do {
                    switch try Self.run(c, dialect) {
                    case .applied: applied += 1
                    case .refused: refused += 1
                    }
                } catch {
                    failed += 1
                    Issue.record("\(error)")
                }
            }
            summary.append("\(dialect.rawValue): \(all.count) cases, \(applied + failed) compiled, \(applied) applied as predicted, \(refused) refused, \(failed) failed")
        }
        print("name-collision matrix:\n  " + summary.joined(separator: "\n  "))
    }
}
