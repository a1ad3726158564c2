import Foundation
import SQLPort

/// The README's table of supported statements (between `<!-- support-matrix` and
/// `<!-- /support-matrix -->`): one row per construct, one outcome per target, and the corpus
/// case that proves the row.
struct SupportMatrix {
    struct Row {
        let line: Int
        let construct: String
        let outcomes: [(Dialect, Outcome)]
        let proof: String
    }

    enum Outcome: Equatable {
        case asWritten, lowered, emulated
        /// The target needs no statement for it; the file's header says why.
        case notNeeded
        case noted([String])
        case refused([String])
        case notApplicable

        /// `as written`, `lowered`, `emulated`, `not needed`, `noted D441[, D446]`, `refused D414`, `—`.
        init?(_ cell: String) {
            let words = cell.split(separator: " ", maxSplits: 1).map(String.init)
            let codes = words.count == 2
                ? words[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            let wellFormed = codes.allSatisfy { $0.wholeMatch(of: /[PSDB][0-9]{3}/) != nil }
            switch (words.first, codes.isEmpty) {
            case ("as", _) where cell == "as written": self = .asWritten
            case ("not", _) where cell == "not needed": self = .notNeeded
            case ("lowered", true) where words.count == 1: self = .lowered
            case ("emulated", true) where words.count == 1: self = .emulated
            case ("noted", false) where wellFormed: self = .noted(codes)
            case ("refused", false) where wellFormed: self = .refused(codes)
            case ("—", true) where words.count == 1: self = .notApplicable
            default: return nil
            }
        }
    }

    /// The column order of the table's outcome cells.
    static let dialects: [Dialect] = [.postgresql, .mysql, .mariadb, .sqlite]

    let rows: [Row]
    /// Lines of the table that are not a well-formed row.
    let malformed: [String]

    static let readme = CorpusCase.root.deletingLastPathComponent().appendingPathComponent("README.md")

    static func load() throws -> SupportMatrix {
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("<!-- support-matrix") }),
              let end = lines.firstIndex(where: { $0.hasPrefix("<!-- /support-matrix") }), start < end
        else { return SupportMatrix(rows: [], malformed: ["no support-matrix markers in README.md"]) }
        var rows: [Row] = []
        var malformed: [String] = []
        // Skip the header row and the `|---|` line.
        for number in (start + 3)..<end {
            let line = lines[number]
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
            let outcomes = cells.count == 6 ? cells[1...4].compactMap(Outcome.init) : []
            guard cells.count == 6, outcomes.count == 4,
                  let proof = cells[5].wholeMatch(of: /`([a-z0-9-]+\/[a-z0-9-]+)`/)?.1
            else { malformed.append("README.md:\(number + 1): \(line)"); continue }
            rows.append(Row(line: number + 1, construct: cells[0],
                            outcomes: Array(zip(dialects, outcomes)), proof: String(proof)))
        }
        return SupportMatrix(rows: rows, malformed: malformed)
    }

    /// What is wrong with `outcome` for `dialect`, judged by the proof case's expected files;
    /// nil when the files agree. A case that rebuilds a table on SQLite says so with its
    /// `sqlport_new_` table, so `emulated` and `lowered` can be told apart there.
    static func disagreement(_ outcome: Outcome, _ dialect: Dialect, in files: [String: String],
                             case name: String) -> String? {
        let output = files["\(name).\(dialect.rawValue).sql"]
        let stderr = files["\(name).\(dialect.rawValue).stderr"] ?? files["\(name).stderr"] ?? ""
        let rebuilds = output?.contains("CREATE TABLE sqlport_new_") == true
            || output?.contains("CREATE TABLE \"sqlport_new_") == true
        func has(_ severities: [String], _ code: String) -> Bool {
            severities.contains { stderr.contains("\($0)[\(code)]") }
        }
        switch outcome {
        case .notApplicable:
            return nil
        case .asWritten, .lowered, .emulated:
            guard output != nil else { return "has no output" }
            if dialect == .sqlite, outcome == .emulated, !rebuilds { return "rebuilds no table" }
            if dialect == .sqlite, outcome != .emulated, rebuilds { return "rebuilds a table: emulated" }
            return nil
        case .notNeeded:
            guard let output else { return "has no output" }
            return output.contains("needs no statement here:") ? nil : "says no line needs no statement"
        case .noted(let codes):
            // A noted construct may or may not rebuild: the note says what differs.
            guard output != nil else { return "has no output" }
            let missing = codes.filter { !has(["warning", "note"], $0) }
            return missing.isEmpty ? nil : "has no warning or note \(missing.joined(separator: ", "))"
        case .refused(let codes):
            if output != nil { return "has output" }
            let missing = codes.filter { !has(["error"], $0) }
            return missing.isEmpty ? nil : "has no error \(missing.joined(separator: ", "))"
        }
    }

    /// The statement kinds and `ALTER TABLE` actions a script uses, by their case names
    /// (`createIndex`, `alterTable.renameColumn`), so a new statement cannot go unlisted.
    static func constructs(of script: Script) -> Set<String> {
        var names: Set<String> = []
        for statement in script.statements {
            names.insert(caseName(statement.kind))
            if case .alterTable(let alter) = statement.kind {
                for action in alter.actions { names.insert("alterTable.\(caseName(action.kind))") }
            }
        }
        return names
    }

    private static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }
}
