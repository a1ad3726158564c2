import Foundation
import Testing
@testable import SQLPort

/// parse → print → parse is the identity over the golden corpus.
@Suite struct PrinterCorpusRoundTripTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    static let dialectSuffixes = Dialect.allCases.map { ".\($0.rawValue).sql" }

    /// Every `.sql` input under `corpus/`, relative paths, sorted: expected outputs
    /// (`<case>.<dialect>.sql`) are not inputs.
    static func inputFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".sql") && !dialectSuffixes.contains(where: $0.hasSuffix) }
            .sorted()
    }

    /// An error case: in `errors/`, or with expected diagnostics beside it.
    static func expectsDiagnostics(_ path: String) -> Bool {
        let stem = path.hasSuffix(".schema.sql") ? String(path.dropLast(11)) : String(path.dropLast(4))
        return path.hasPrefix("errors/")
            || FileManager.default.fileExists(atPath: corpus.appendingPathComponent(stem + ".stderr").path)
    }

    @Test func corpusIsThere() {
        #expect(Self.inputFiles().filter { !Self.expectsDiagnostics($0) }.count > 20)
    }

    @Test(arguments: inputFiles())
    func roundTrip(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.corpus.appendingPathComponent(path).path))
        let result = Parser.parse(SourceFile(id: FileID(0), name: path, bytes: Array(data)))
        // Error cases belong to the corpus runner: what they recover (an empty name after
        // L105) is not meant to be printable.
        if Self.expectsDiagnostics(path) { return }
        if path.hasSuffix(".schema.sql"), !result.diagnostics.isEmpty {
            return  // a baseline in another dialect's syntax; the loader, not the parser, reads it
        }
        // A note (P214: RETURNING left out) is no parse error.
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(path) has parse errors")
        #expect(!result.script.statements.isEmpty || data.isEmpty, "\(path) parsed to nothing")
        PrinterRoundTripTests.assertRoundTrip(result.script, Comment(rawValue: path))
    }
}
