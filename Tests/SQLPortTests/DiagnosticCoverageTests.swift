import Foundation
import SQLPort
import Testing

/// The golden corpus is the spec, so every diagnostic code sqlport can report has a case
/// whose expected diagnostics show it.
@Suite struct DiagnosticCoverageTests {
    /// Codes no corpus file can reach: the lexer already rejects every NUL character, so
    /// D401 and D438 guard only ASTs built through the library API (unit-tested there);
    /// B506 needs a live database that cannot be read (`--database`, tested live).
    static let unreachableFromText: Set<String> = ["D401", "D438", "B506"]

    static func codesInCorpus() -> Set<String> {
        var codes = Set<String>()
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: CorpusCase.root.path) else { return codes }
        for case let path as String in walker where path.hasSuffix(".stderr") {
            let text = (try? String(contentsOfFile: CorpusCase.root.appendingPathComponent(path).path, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"), open < close,
                      ["error", "warning", "note"].contains(String(line[..<open])) else { continue }
                codes.insert(String(line[line.index(after: open)..<close]))
            }
        }
        return codes
    }

    @Test func everyCodeHasACorpusCase() {
        let missing = DiagnosticCode.all.map(\.rawValue).filter {
            !Self.codesInCorpus().contains($0) && !Self.unreachableFromText.contains($0)
        }
        #expect(missing == [], "add a corpus case for each of these codes")
    }

    @Test func codesAreUniqueAndWellFormed() {
        let raw = DiagnosticCode.all.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in DiagnosticCode.all {
            #expect(code.rawValue.range(of: #"^[LPSBD][0-9]{3}$"#, options: .regularExpression) != nil, "\(code)")
            #expect(!code.summary.isEmpty && !code.summary.hasSuffix("."), "\(code): \(code.summary)")
        }
    }

    @Test func corpusShowsOnlyKnownCodes() {
        let known = Set(DiagnosticCode.all.map(\.rawValue))
        #expect(Self.codesInCorpus().subtracting(known) == [])
    }
}
