import TestSupport
import Foundation
import SQLPort

/// The golden corpus: `corpus/<area>/<case>.sql` with an optional baseline
/// `<case>.schema.sql`, expected output `<case>.<dialect>.sql` per dialect the case
/// compiles for, and expected diagnostics `<case>.stderr` (the same for every dialect)
/// or `<case>.<dialect>.stderr` (where dialects differ). The input may ask for compile options
/// (`CorpusOptions`), e.g. an older SQLite.
struct CorpusCase: CustomStringConvertible, Sendable {
    let directory: URL
    let name: String

    var description: String { "\(directory.lastPathComponent)/\(name)" }
    var input: URL { directory.appendingPathComponent("\(name).sql") }
    var baseline: URL { directory.appendingPathComponent("\(name).schema.sql") }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// Every case, sorted, found by walking `corpus/`.
    static func all() -> [CorpusCase] {
        let fm = FileManager.default
        let areas = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        var cases: [CorpusCase] = []
        for area in areas.sorted() {
            let dir = root.appendingPathComponent(area)
            let files = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            for file in files.sorted() where isInput(file) {
                cases.append(CorpusCase(directory: dir, name: String(file.dropLast(4))))
            }
        }
        return cases
    }

    /// An input is `<case>.sql` that is neither a baseline nor an expected output.
    static func isInput(_ file: String) -> Bool {
        guard file.hasSuffix(".sql"), !file.hasSuffix(".schema.sql") else { return false }
        return !Dialect.allCases.contains { file.hasSuffix(".\($0.rawValue).sql") }
    }

    /// Compiles the case for every supported dialect and returns the files it should
    /// have beside it, name -> content.
    func expectedFiles() throws -> [String: String] {
        let migration = InputFile(name: "\(name).sql", bytes: Array(try Data(contentsOf: input)))
        let options = try CorpusOptions.parse(String(decoding: migration.bytes, as: UTF8.self))
        var schemas: [InputFile] = []
        if FileManager.default.fileExists(atPath: baseline.path) {
            schemas.append(InputFile(name: "\(name).schema.sql", bytes: Array(try Data(contentsOf: baseline))))
        }
        var files: [String: String] = [:]
        var stderrByDialect: [Dialect: String] = [:]
        for dialect in Compiler.supportedDialects {
            let result = Compiler.compile(migration, schemas: schemas, dialect: dialect, options: options)
            // The plan through the text writer, as the CLI prints it.
            if let plan = result.plan { files["\(name).\(dialect.rawValue).sql"] = TextWriter().render(plan) }
            stderrByDialect[dialect] = result.renderedDiagnostics()
        }
        let distinct = Set(stderrByDialect.values)
        if distinct.count == 1, let only = distinct.first {
            if !only.isEmpty { files["\(name).stderr"] = only }
        } else {
            for (dialect, text) in stderrByDialect where !text.isEmpty { files["\(name).\(dialect.rawValue).stderr"] = text }
        }
        return files
    }

    /// The expected-output files that exist now beside the input.
    func existingOutputFiles() -> [String: String] {
        var names = ["\(name).stderr"]
        for dialect in Dialect.allCases {
            names += ["\(name).\(dialect.rawValue).sql", "\(name).\(dialect.rawValue).stderr"]
        }
        var files: [String: String] = [:]
        for file in names {
            let url = directory.appendingPathComponent(file)
            if let data = FileManager.default.contents(atPath: url.path) {
                files[file] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }

    /// Files in an area directory that belong to no case.
    static func strayFiles(in cases: [CorpusCase]) -> [String] {
        let fm = FileManager.default
        var stray: [String] = []
        for dir in Set(cases.map(\.directory)) {
            let names = Set(cases.filter { $0.directory == dir }.map(\.name))
            for file in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where file != "README.md" {
                if !names.contains(where: { belongs(file, to: $0) }) {
                    stray.append("\(dir.lastPathComponent)/\(file)")
                }
            }
        }
        return stray.sorted()
    }

    private static func belongs(_ file: String, to name: String) -> Bool {
        var allowed = ["\(name).sql", "\(name).schema.sql", "\(name).stderr"]
        for d in Dialect.allCases { allowed += ["\(name).\(d.rawValue).sql", "\(name).\(d.rawValue).stderr"] }
        return allowed.contains(file)
    }
}
