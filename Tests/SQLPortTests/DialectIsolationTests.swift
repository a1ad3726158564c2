import Foundation
import Testing

/// Shared code asks the dialect (`TargetDialect`, `DumpSyntax`, `DatabaseEngine`); only a
/// dialect's own files may test which database it is. This scans every `.swift` file under
/// `Sources/` for such tests outside those files.
enum DialectIsolation {
    static let databases = "(postgresql|mysql|mariadb|sqlite)"

    /// What a test of which database it is looks like.
    static var patterns: [(name: String, regex: Regex<AnyRegexOutput>)] { [
        ("comparison with a database", #"[!=]=\s*\.\#(databases)\b"#),
        ("comparison with a database", #"\.\#(databases)\s*[!=]="#),
        ("case of a database", #"\bcase\s+\.\#(databases)\b"#),
        ("list of databases", #"\.\#(databases)\??\s*,\s*\.\#(databases)\b"#),
        ("switch over the database", #"\bswitch\s+(dialect|target|flavor)\b"#),
        ("flavour test", #"\bisMariaDB\b"#),
    ].map { ($0.0, try! Regex($0.1).wordBoundaryKind(.simple)) } }

    /// The dialect's own files: its folder, the lowerings' folders and files named for a database.
    static func isDialectFile(_ path: String) -> Bool {
        let folders = ["Sources/SQLPort/Dialects/", "Sources/SQLPort/Lowering/MySQL/", "Sources/SQLPort/Lowering/SQLite/"]
        if folders.contains(where: path.hasPrefix) || path == "Sources/SQLPort/Lowering/PostgreSQLLowering.swift" { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return ["PostgreSQL", "Postgres", "MySQL", "MariaDB", "SQLite"].contains(where: name.hasPrefix)
    }

    /// Lines still allowed to test the database, each with why. Keep it empty.
    static let allowed: [(path: String, contains: String, why: String)] = []

    /// `path:line: text (what)` for each test of the database in `text`, a file at `path`
    /// (relative to the repository root).
    static func violations(in text: String, path: String) -> [String] {
        guard !isDialectFile(path) else { return [] }
        let patterns = Self.patterns
        var out: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            guard let hit = patterns.first(where: { code.contains($0.regex) }) else { continue }
            if allowed.contains(where: { $0.path == path && code.contains($0.contains) }) { continue }
            out.append("\(path):\(n + 1): \(code) (\(hit.name))")
        }
        return out
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Every violation under `Sources/`, in path order.
    static func scan() throws -> [String] {
        let root = repositoryRoot
        let sources = root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return try paths.sorted().flatMap { path in
            violations(in: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8), path: path)
        }
    }
}

@Suite("Dialect isolation")
struct DialectIsolationTests {
    @Test func sharedCodeNeverTestsWhichDatabaseItIs() throws {
        let found = try DialectIsolation.scan()
        #expect(found.isEmpty, "ask the dialect (TargetDialect, DumpSyntax, DatabaseEngine) instead:\n\(found.joined(separator: "\n"))")
    }

    @Test func everyAllowedExceptionIsStillThere() throws {
        for exception in DialectIsolation.allowed {
            let text = try String(contentsOf: DialectIsolation.repositoryRoot.appendingPathComponent(exception.path), encoding: .utf8)
            #expect(text.contains(exception.contains), "\(exception.path) no longer holds `\(exception.contains)`: drop the exception")
        }
    }

    @Test func theScannerFlagsEachShape() {
        let shared = "Sources/SQLPort/Checker/Checker+Example.swift"
        let lines = [
            "if dialect == .mysql || dialect == .mariadb {",
            "guard target != .sqlite else { return }",
            "case .postgresql: return x",
            "case .mysql?, .mariadb?: break",
            "switch flavor {",
            "let maria = flavor.isMariaDB",
        ]
        let found = DialectIsolation.violations(in: lines.joined(separator: "\n"), path: shared)
        #expect(found == [
            "\(shared):1: if dialect == .mysql || dialect == .mariadb { (comparison with a database)",
            "\(shared):2: guard target != .sqlite else { return } (comparison with a database)",
            "\(shared):3: case .postgresql: return x (case of a database)",
            "\(shared):4: case .mysql?, .mariadb?: break (case of a database)",
            "\(shared):5: switch flavor { (switch over the database)",
            "\(shared):6: let maria = flavor.isMariaDB (flavour test)",
        ])
    }

    @Test func dialectFilesCommentsAndOtherEnumsPass() {
        let text = "if dialect == .mysql {}\n"
        #expect(DialectIsolation.violations(in: text, path: "Sources/SQLPort/Dialects/MySQL/MySQLDialect.swift").isEmpty)
        #expect(DialectIsolation.violations(in: text, path: "Sources/SQLPort/Lowering/MySQL/MySQLOutput.swift").isEmpty)
        #expect(DialectIsolation.violations(in: text, path: "Sources/SQLPortDatabase/MariaDBEngine.swift").isEmpty)
        #expect(DialectIsolation.violations(in: text, path: "Sources/SQLPort/Catalog/SQLiteNaming.swift").isEmpty)
        let shared = "Sources/SQLPort/Checker/Checker.swift"
        #expect(DialectIsolation.violations(in: "// if dialect == .mysql, the key is PRIMARY", path: shared).isEmpty)
        #expect(DialectIsolation.violations(in: "switch key.target {\nif target == .string { return true }\nif lhs.target == rhs.target {}", path: shared).isEmpty)
    }
}
