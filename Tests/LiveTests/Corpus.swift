import TestSupport
import Foundation
import SQLPort

/// The golden corpus on disk: `corpus/<area>/<case>.sql` (input), `<case>.schema.sql` (optional
/// baseline, PostgreSQL DDL) and `<case>.<dialect>.sql` (expected output per dialect).
enum Corpus {
    /// The package root, found from this file's place in `Tests/LiveTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory = packageRoot.appendingPathComponent("corpus")

    /// Every expected output for `dialect` (e.g. `postgresql`), as paths relative to the
    /// package root, sorted: `corpus/elekto/migration.postgresql.sql`, ...
    static func expectedOutputs(dialect: String) -> [String] {
        let suffix = ".\(dialect).sql"
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, url.lastPathComponent.hasSuffix(suffix) else { return nil }
            return relativePath(url)
        }.sorted()
    }

    /// The baseline a case starts from: `<case>.schema.sql` beside `<case>.<dialect>.sql`.
    static func schema(for expected: URL, dialect: String) -> URL? {
        let name = expected.lastPathComponent
        let caseName = String(name.dropLast(".\(dialect).sql".count))
        let schema = expected.deletingLastPathComponent().appendingPathComponent("\(caseName).schema.sql")
        return FileManager.default.fileExists(atPath: schema.path) ? schema : nil
    }

    /// `corpus/...` for files in the package; the full path for anything else.
    static func relativePath(_ url: URL) -> String {
        let root = packageRoot.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}

extension LiveCase {
    /// The compile options the case's input asks for (`CorpusOptions`), as the golden runner
    /// compiled its expected outputs with them.
    func options() throws -> CompileOptions {
        try CorpusOptions.parse(String(decoding: try Data(contentsOf: input), as: UTF8.self))
    }
}
