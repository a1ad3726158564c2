import Testing
import Foundation
@testable import SQLPort

/// The README's supported-statements table is checked, cell by cell, against the expected
/// files of the corpus case each row names — the files `CorpusTests` compares with the compiler
/// and `LiveCorpusTests` applies to the real engines — so the table cannot drift from what
/// sqlport does.
@Suite struct SupportMatrixTests {
    @Test func everyLineOfTheTableIsARow() throws {
        let matrix = try SupportMatrix.load()
        #expect(matrix.malformed == [])
        #expect(matrix.rows.count >= 40)
    }

    @Test func everyCellAgreesWithItsProofCase() throws {
        let matrix = try SupportMatrix.load()
        let cases = Dictionary(CorpusCase.all().map { ($0.description, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        for row in matrix.rows {
            guard let proof = cases[row.proof] else {
                problems.append("README.md:\(row.line): no corpus case \(row.proof)")
                continue
            }
            let files = proof.existingOutputFiles()
            for (dialect, outcome) in row.outcomes {
                if let wrong = SupportMatrix.disagreement(outcome, dialect, in: files, case: proof.name) {
                    problems.append("README.md:\(row.line): \(row.construct) on \(dialect.rawValue): \(row.proof) \(wrong)")
                }
            }
        }
        #expect(problems == [])
    }

    /// Every statement kind and ALTER TABLE action that some corpus input uses must appear in a
    /// row's proof case: a new statement gets a row.
    @Test func everyStatementTheCorpusUsesHasARow() throws {
        let matrix = try SupportMatrix.load()
        let proofs = Set(matrix.rows.map(\.proof))
        var listed: Set<String> = []
        var used: [String: String] = [:]
        for corpusCase in CorpusCase.all() {
            // Bytes, not text: some error cases are not UTF-8 on purpose.
            let bytes = Array(try Data(contentsOf: corpusCase.input))
            let parsed = Parser.parse(SourceFile(id: FileID(0), name: corpusCase.name, bytes: bytes))
            let constructs = SupportMatrix.constructs(of: parsed.script)
            if proofs.contains(corpusCase.description) { listed.formUnion(constructs) }
            for construct in constructs where used[construct] == nil { used[construct] = corpusCase.description }
        }
        let unlisted = used.filter { !listed.contains($0.key) }.map { "\($0.key) (used by \($0.value))" }.sorted()
        #expect(unlisted == [])
    }

    @Test func outcomeCellsParseExactly() {
        #expect(SupportMatrix.Outcome("as written") == .asWritten)
        #expect(SupportMatrix.Outcome("noted D441, D446") == .noted(["D441", "D446"]))
        #expect(SupportMatrix.Outcome("refused D414") == .refused(["D414"]))
        #expect(SupportMatrix.Outcome("—") == .notApplicable)
        #expect(SupportMatrix.Outcome("refused") == nil)
        #expect(SupportMatrix.Outcome("noted d441") == nil)
        #expect(SupportMatrix.Outcome("lowered D441") == nil)
        #expect(SupportMatrix.Outcome("ok") == nil)
    }

    @Test func aCellThatContradictsItsFilesIsReported() {
        let files = ["c.sqlite.sql": "CREATE TABLE sqlport_new_t (a INTEGER);", "c.stderr": "warning[D432]: x"]
        #expect(SupportMatrix.disagreement(.lowered, .sqlite, in: files, case: "c") == "rebuilds a table: emulated")
        #expect(SupportMatrix.disagreement(.emulated, .sqlite, in: files, case: "c") == nil)
        #expect(SupportMatrix.disagreement(.noted(["D432", "D441"]), .sqlite, in: files, case: "c")
                == "has no warning or note D441")
        #expect(SupportMatrix.disagreement(.refused(["D432"]), .sqlite, in: files, case: "c") == "has output")
        #expect(SupportMatrix.disagreement(.lowered, .mysql, in: files, case: "c") == "has no output")
    }
}
