import Foundation
import SQLPort
import Testing

/// Compiles every corpus case for every supported dialect and compares with the
/// expected files. `tools/bless` runs this with SQLPORT_BLESS=1 to rewrite them;
/// a person then reviews `git diff corpus/`. CI never writes.
@Suite struct CorpusTests {
    static let bless = ProcessInfo.processInfo.environment["SQLPORT_BLESS"] == "1"
        && ProcessInfo.processInfo.environment["CI"] == nil

    @Test(arguments: CorpusCase.all())
    func corpusCase(_ c: CorpusCase) throws {
        let expected = try c.expectedFiles()
        let existing = c.existingOutputFiles()
        if Self.bless {
            for (file, _) in existing where expected[file] == nil {
                try FileManager.default.removeItem(at: c.directory.appendingPathComponent(file))
            }
            for (file, text) in expected where existing[file] != text {
                try Data(text.utf8).write(to: c.directory.appendingPathComponent(file))
            }
            return
        }
        for file in Set(expected.keys).union(existing.keys).sorted() {
            switch (expected[file], existing[file]) {
            case let (want?, have?):
                #expect(have == want, "\(c.directory.lastPathComponent)/\(file) differs from the compiler's output (run tools/bless and review the diff)")
            case (_?, nil):
                Issue.record("\(c.directory.lastPathComponent)/\(file) is missing (run tools/bless and review it)")
            case (nil, _?):
                Issue.record("\(c.directory.lastPathComponent)/\(file) is stray: the compiler produces no such output")
            case (nil, nil):
                break
            }
        }
    }

    @Test func corpusHasNoStrayFiles() {
        #expect(CorpusCase.strayFiles(in: CorpusCase.all()) == [])
    }

    @Test func corpusIsNotEmpty() {
        #expect(CorpusCase.all().count >= 40)
    }
}
