/// The lowered plan: the header (non-transactional DDL, what can be re-run), the session's
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

    /// TIMESTAMPTZ columns are DATETIME holding UTC (`MySQLTypes`): every CURRENT_TIMESTAMP /
    /// NOW() the script evaluates must be UTC. `'+00:00'` needs no time zone tables.
    /// With `TIMESTAMP(p)` columns (`--mysql-timestamptz timestamp`) also
    /// `explicit_defaults_for_timestamp`, so none gets an implicit default or ON UPDATE.
    static func utcTimeZone(_ flavor: MySQLFlavor) -> String {
        let v = MySQLSessionNames.timeZoneVariable, e = MySQLSessionNames.explicitDefaultsVariable
        guard flavor.timestampTZ == .timestamp else { return "SET @" + v + " = @@SESSION.time_zone, SESSION time_zone = '+00:00';" }
        return "SET @" + v + " = @@SESSION.time_zone, @" + e + " = @@SESSION.explicit_defaults_for_timestamp, SESSION time_zone = '+00:00', SESSION explicit_defaults_for_timestamp = 1;"
    }

    func line(of step: Int) -> Int? {
        sources.line(of: plan.steps[step].statement.range)
    }

    func lowered() -> LoweredPlan {
        let units = lowerer.units
        var lastUnit: [Int: Int] = [:]
        for (u, unit) in units.enumerated() { for s in unit.steps { lastUnit[s] = u } }

        // A client that reads the file as latin1 would store mojibake without an error, and
        // string literals would be hashed and compared in its character set.
        var opening = [FramingStatement(Self.sqlMode(flavor), purpose: .sessionSettings),
                       FramingStatement(MySQLCharset.setNames, purpose: .characterSet)]
        if lowerer.holdsTimestampTZ { opening.append(FramingStatement(Self.utcTimeZone(flavor), purpose: .timeZoneUTC)) }
        // What stands applied after each unit, kept up to date unit by unit: recomputing it from
        // all the steps per unit made the output O(n²) in statements.
        let lines = plan.steps.indices.map(line)
        let everyStepHasALine = lines.allSatisfy { $0 != nil }
        var done = StepRuns()
        var inPart = Set<Int>()
        var lowered: [LoweredUnit] = []
        for (u, unit) in units.enumerated() {
            for s in unit.steps {
                if lastUnit[s] == u {
                    done.insert(s)
                    inPart.remove(s)
                } else {
                    inPart.insert(s)
                }
            }
            let partial = inPart.sorted()
            let progress = Progress(applied: lineRuns(done, lines, everyStepHasALine: everyStepHasALine), inPart: lineRuns(partial),
                                    partialState: partial.isEmpty ? nil : unit.partial)
            lowered.append(LoweredUnit(inputs: unit.steps.map { InputStatement(range: plan.steps[$0].statement.range, in: sources) },
                                       statements: [unit.sql], progress: progress, rerunnable: unit.rerunnable,
                                       warnings: unit.warnings))
        }
        var closing = [FramingStatement("SET SESSION sql_mode = @" + MySQLSessionNames.sqlModeVariable + ";", purpose: .restoreSession)]
        if lowerer.holdsTimestampTZ {
            let explicitDefaults = flavor.timestampTZ == .timestamp
                ? ", SESSION explicit_defaults_for_timestamp = @" + MySQLSessionNames.explicitDefaultsVariable : ""
            closing.append(FramingStatement("SET SESSION time_zone = @" + MySQLSessionNames.timeZoneVariable + explicitDefaults + ";",
                                            purpose: .restoreTimeZone))
        }
        return LoweredPlan(sourceName: LoweringInputs.sourceName(plan, sources), dialect: flavor.dialect, header: header(units),
                           opening: opening, units: lowered, closing: closing)
    }

    /// Input lines of steps, one run per run of consecutive steps.
    func lineRuns(_ steps: [Int]) -> [LineRun] {
        let lines = steps.compactMap(line)
        var runs: [LineRun] = [], i = 0
        while i < lines.count {
            var j = i
            while j + 1 < lines.count, steps[j + 1] == steps[j] + 1 { j += 1 }
            runs.append(LineRun(lines[i], j > i ? lines[j] : nil))
            i = j + 1
        }
        return runs
    }

    /// `lineRuns(done.steps)`, in O(runs) when every step has a line (asked once per script:
    /// checking the steps of every run per unit made the output O(n²) in statements).
    func lineRuns(_ done: StepRuns, _ lines: [Int?], everyStepHasALine: Bool) -> [LineRun] {
        guard everyStepHasALine else { return lineRuns(done.runs.flatMap { Array($0) }) }
        return done.runs.map { run in LineRun(lines[run.lowerBound]!, run.count > 1 ? lines[run.upperBound]! : nil) }
    }

    func header(_ units: [MySQLUnit]) -> LoweredHeader {
        let rerun: RerunPolicy
        switch flavor {
        case .mysql: rerun = .never
        default: rerun = .allExcept(lines: Set(units.filter { !$0.rerunnable }.compactMap { $0.steps.first.flatMap(line) }).sorted())
        }
        return LoweredHeader(transactions: .statementByStatement(mariaDBForms: flavor == .mariadb), rerun: rerun,
                             needsNoStatement: lowerer.needNothing.map { NoStatement(line: line(of: $0.step), reason: $0.why) },
                             droppedTransactionControl: lowerer.droppedTransactionControl.map {
                                 LoweringInputs.dropped($0.control, at: plan.steps[$0.step].statement.range, sources)
                             })
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
