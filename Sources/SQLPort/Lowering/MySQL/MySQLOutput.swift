/// The output file: the header (non-transactional DDL, what can be re-run), the session's
/// `sql_mode`, then each statement with its input lines and what stands applied after it.
struct MySQLOutput {
    let plan: CheckedPlan
    let sources: SourceMap
    let flavor: MySQLFlavor
    let lowerer: MySQLLowerer

    /// Strict: a value that does not fit fails as in PostgreSQL instead of being cut.
    /// No NO_BACKSLASH_ESCAPES / ANSI_QUOTES / PIPES_AS_CONCAT: the literals and names are
    /// written for the default meaning. Every mode named exists in MySQL 8.0 and MariaDB 10.5.
    /// MariaDB's SIMULTANEOUS_ASSIGNMENT makes an UPDATE's assignments all read the old row,
    /// as PostgreSQL's do (MySQL has no such mode: there the lowering orders them instead).
    static func sqlMode(_ flavor: MySQLFlavor) -> String {
        "SET @" + MySQLSessionNames.sqlModeVariable + " = @@SESSION.sql_mode, SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
            + (flavor == .mariadb ? ",SIMULTANEOUS_ASSIGNMENT" : "") + "';"
    }

    func line(of step: Int) -> Int? {
        SourceOrigin(plan.steps[step].statement.range, in: sources)?.line
    }

    func script() -> OutputScript {
        let units = lowerer.units
        var lastUnit: [Int: Int] = [:]
        for (u, unit) in units.enumerated() { for s in unit.steps { lastUnit[s] = u } }

        var items: [OutputItem] = [.statement(OutputStatement(Self.sqlMode(flavor), comments: ["Session settings only; nothing is changed yet."]))]
        // A client that reads the file as latin1 would store mojibake without an error, and
        // string literals would be hashed and compared in its character set.
        items.append(.statement(OutputStatement(MySQLCharset.setNames, comments: ["This file is UTF-8: the session reads it, and compares its strings, as utf8mb4."])))
        // What stands applied after each unit, kept up to date unit by unit: recomputing it from
        // all the steps per unit made the output O(n²) in statements.
        let lines = plan.steps.indices.map(line)
        var done = StepRuns()
        var inPart = Set<Int>()
        for (u, unit) in units.enumerated() {
            var comments: [String] = []
            let others = unit.steps.dropFirst().compactMap { lines[$0] }
            if !others.isEmpty {
                comments.append("with line\(others.count == 1 ? "" : "s") \(others.map(String.init).joined(separator: ", ")): one ALTER TABLE, one copy of the table")
            }
            comments += unit.comments
            for s in unit.steps {
                if lastUnit[s] == u {
                    done.insert(s)
                    inPart.remove(s)
                } else {
                    inPart.insert(s)
                }
            }
            let partial = inPart.sorted()
            var progress = "When this has run: " + (done.isEmpty ? "no input statement is complete" : (done.count == 1 ? "line " : "lines ") + lineList(done, lines) + " applied")
            if !partial.isEmpty {
                progress += "; line" + (partial.count == 1 ? " " : "s ") + lineList(partial) + " in part"
                if let p = unit.partial { progress += " (" + p + ")" }
            }
            comments.append(progress + ".")
            if flavor == .mariadb && !unit.rerunnable { comments.append("Not re-runnable: if the script stops after this statement, do not run it again.") }
            let origin = unit.steps.first.flatMap { SourceOrigin(plan.steps[$0].statement.range, in: sources) }
            items.append(.statement(OutputStatement(unit.sql, origin: origin, comments: comments)))
        }
        items += [.blank, .statement(OutputStatement("SET SESSION sql_mode = @" + MySQLSessionNames.sqlModeVariable + ";", comments: ["The session's own sql_mode again."]))]
        return OutputScript(sourceName: sourceName, dialect: flavor.dialect, header: header(units), items: items)
    }

    func lineList(_ steps: [Int]) -> String {
        let lines = steps.compactMap(line)
        var parts: [String] = [], i = 0
        while i < lines.count {
            var j = i
            while j + 1 < lines.count, steps[j + 1] == steps[j] + 1 { j += 1 }
            parts.append(j > i ? "\(lines[i])-\(lines[j])" : "\(lines[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    /// `lineList(done.steps)`, in O(runs) when every step has a line.
    func lineList(_ done: StepRuns, _ lines: [Int?]) -> String {
        let parts = done.runs.map { run -> String? in
            guard let first = lines[run.lowerBound], let last = lines[run.upperBound] else { return nil }
            return run.count > 1 ? "\(first)-\(last)" : "\(first)"
        }
        guard parts.allSatisfy({ $0 != nil }), done.runs.allSatisfy({ run in run.allSatisfy { lines[$0] != nil } }) else {
            return lineList(done.runs.flatMap { Array($0) })
        }
        return parts.map { $0! }.joined(separator: ", ")
    }

    var sourceName: String {
        let file = plan.steps.lazy.compactMap { $0.statement.range?.file }.first
        if let file, file.index < sources.files.count { return sources[file].name }
        return sources.files.first?.name ?? "<input>"
    }

    func header(_ units: [MySQLUnit]) -> [String] {
        var h: [String] = []
        switch flavor {
        case .mysql: h.append("Syntax accepted by MySQL 8.0.19+ and MariaDB 10.5.2+.")
        default: h.append("MariaDB 10.5.2+ (uses MariaDB's IF [NOT] EXISTS forms and EXECUTE IMMEDIATE).")
        }
        h.append("DDL is not transactional here: each statement commits on its own, and a failure leaves the")
        h.append("statements before it applied. The comment above each statement says what stands applied once it has run.")
        switch flavor {
        case .mysql:
            h.append("Not re-runnable: after a failure, fix the cause, then run the session settings at the top and the")
            h.append("statements after the last one that succeeded.")
        default:  // .mariadb
            let fixed = Set(units.filter { !$0.rerunnable }.compactMap { $0.steps.first.flatMap(line) })
            if fixed.isEmpty {
                h.append("Re-runnable: if it stops, running the whole file again completes the migration.")
            } else {
                h.append("Re-runnable except the statements from line\(fixed.count == 1 ? "" : "s") \(fixed.sorted().map(String.init).joined(separator: ", "))")
                h.append("(marked below): if the script stops after one of those, do not re-run the file: run the session")
                h.append("settings at the top, then the statements after the marked one.")
            }
        }
        for (step, why) in lowerer.needNothing {
            h.append("Line \(line(of: step).map(String.init) ?? "?") needs no statement here: \(why).")
        }
        if !lowerer.droppedTransactionControl.isEmpty {
            h.append("Transaction control at line\(lowerer.droppedTransactionControl.count == 1 ? "" : "s") "
                     + lowerer.droppedTransactionControl.compactMap(line).map(String.init).joined(separator: ", ")
                     + " was dropped: MySQL commits DDL implicitly, so a transaction would not hold it.")
        }
        return h
    }
}

/// A set of step numbers as sorted runs of consecutive numbers: "lines 1-4000 applied" is one
/// run, so adding a step and listing the set cost O(runs), not O(steps).
struct StepRuns {
    private(set) var runs: [ClosedRange<Int>] = []
    private(set) var count = 0

    var isEmpty: Bool { runs.isEmpty }

    mutating func insert(_ s: Int) {
        // The first run that ends at s - 1 or later.
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].upperBound < s - 1 { lo = mid + 1 } else { hi = mid }
        }
        if lo < runs.count, runs[lo].contains(s) { return }
        count += 1
        if lo < runs.count, runs[lo].upperBound == s - 1 {
            if lo + 1 < runs.count, runs[lo + 1].lowerBound == s + 1 {
                runs[lo] = runs[lo].lowerBound...runs[lo + 1].upperBound
                runs.remove(at: lo + 1)
            } else {
                runs[lo] = runs[lo].lowerBound...s
            }
        } else if lo < runs.count, runs[lo].lowerBound == s + 1 {
            runs[lo] = s...runs[lo].upperBound
        } else {
            runs.insert(s...s, at: lo)
        }
    }
}
