import Testing
@testable import SQLPort

/// The structures that keep compilation linear (issue 13), checked for exact results: the
/// catalog's table change log, MySQL's runs of applied steps, one-pass quoting, line lookup.
/// How fast they are is measured by `tools/bench/scaling`, never asserted here.
@Suite("Linear-time structures")
struct LinearTimeTests {
    func table(_ name: String, _ columns: String...) -> Table {
        Table(name: name, columns: columns.map { Column(name: $0, type: ColumnType(integer)) })
    }

    @Test func tableChangesListWhatEachMutatorTouched() {
        var c = Catalog(target: .postgresql, tables: [table("a"), table("b b"), table("c\"")])
        let start = c
        #expect(c.tablesChanged(since: start) == [])
        c.addTable(table("d"))
        c.updateTable("b b") { $0.columns.append(Column(name: "x", type: ColumnType(integer))) }
        c.updateTable("c\"") { $0.name = "é" }
        c.removeTable(named: "a")
        #expect(c.tablesChanged(since: start) == ["a", "é", "c\"", "b b", "d"])
        let middle = c
        c.updateTable("missing") { $0.name = "never" }
        c.addTable(table("e"))
        #expect(c.tablesChanged(since: middle) == ["e"])
        // Not derived from `c`: unknown, so a caller compares tables instead.
        #expect(start.tablesChanged(since: c) == nil)
        #expect(Catalog(target: .postgresql, tables: [table("a")]).tablesChanged(since: start) == nil)
        // A wholesale replacement may have changed anything.
        var replaced = c
        replaced.tables = [table("z")]
        #expect(replaced.tablesChanged(since: c) == nil)
        // The log is not part of what a catalog is.
        var same = start
        same.addTable(table("d"))
        _ = same.removeTable(named: "d")
        #expect(same == start)
    }

    /// Rebuilding the tables a run changed through their foreign keys (a cascade dropped one's
    /// key, a rename changed another's reference) and only those, among unrelated tables.
    @Test func sqliteRebuildFollowsOnlyTablesTheRunChanged() throws {
        let migration = """
            CREATE TABLE "other 1" (id INTEGER PRIMARY KEY);
            CREATE TABLE "pa""rent" (id INTEGER PRIMARY KEY, "we""ird" INTEGER, CONSTRAINT "u k" UNIQUE ("we""ird"));
            CREATE TABLE "child" (id INTEGER PRIMARY KEY, p INTEGER REFERENCES "pa""rent" ("we""ird"));
            CREATE TABLE "other 2" (id INTEGER PRIMARY KEY, q INTEGER REFERENCES "pa""rent" (id));
            CREATE TABLE "other 3" (id INTEGER PRIMARY KEY);
            ALTER TABLE "pa""rent" DROP CONSTRAINT "u k" CASCADE;
            ALTER TABLE "pa""rent" RENAME COLUMN id TO "key id";
            ALTER TABLE "other 3" ADD COLUMN n INTEGER NOT NULL DEFAULT 1;
            """
        let result = Compiler.compile(InputFile(name: "m.sql", text: migration), dialect: .sqlite,
                                      options: CompileOptions(sqliteVersion: try #require(SQLiteVersion("3.24"))))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let notes = try #require(result.sql).split(separator: "\n").filter { $0.hasPrefix("-- Note: table") }
        #expect(notes == [
            "-- Note: table `pa\"rent` is rebuilt: one copy of its rows for the statements at lines 6, 7.",
            "-- Note: table `child` is rebuilt to follow the changes to `pa\"rent`.",
            "-- Note: table `other 2` is rebuilt to follow the changes to `pa\"rent`.",
        ])
    }

    @Test func stepRunsMergeInAnyOrder() {
        var runs = StepRuns()
        #expect(runs.isEmpty && runs.count == 0)
        for s in [5, 7, 6, 0, 2, 2, 9, 1, 10, 8] { runs.insert(s) }
        #expect(runs.runs == [0...2, 5...10])
        #expect(runs.count == 9)
        // Against a plain set, over a fixed pseudo-random order.
        var reference = Set<Int>(), other = StepRuns(), x: UInt64 = 12345
        for _ in 0..<2000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let s = Int(x >> 33) % 700
            reference.insert(s)
            other.insert(s)
        }
        #expect(other.runs.flatMap { Array($0) } == reference.sorted())
        #expect(other.count == reference.count)
        #expect(zip(other.runs, other.runs.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
    }

    @Test(arguments: [
        ("", ""), ("'", "''"), ("''''", "''''''''"), ("no quote", "no quote"),
        ("it's é'\u{301}", "it''s é''\u{301}"), ("😀'😀", "😀''😀"), ("'\u{0}'\n", "''\u{0}''\n"),
    ])
    func replacingAllIsExact(_ input: String, _ expected: String) {
        #expect(input.replacingAll("'", with: "''") == expected)
        #expect(Array(input.replacingAll("'", with: "''").unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func lineOfAgreesWithLocationEverywhere() {
        let file = SourceFile(id: FileID(0), name: "m.sql", text: "a\r\nbé\n\nçd\r\n😀;\nlast")
        for offset in -1...(file.bytes.count + 1) {
            #expect(file.line(of: offset) == file.location(of: offset).line, "offset \(offset)")
        }
        #expect(file.line(of: 0) == 1 && file.line(of: file.bytes.count) == 6)
    }

    /// A table's columns by folded name, kept through every kind of change, so a target's
    /// case-insensitive collision check looks names up instead of walking every column.
    @Test func columnsFoldingLikeANameFollowEveryChange() {
        var t = table("t", "Id", "name", "Ärger", "ß")
        func names(_ n: String) -> [String] { t.columns(foldingLike: n).map(\.name) }
        #expect(names("ID") == ["Id"])
        #expect(names("äRGER") == ["Ärger"])
        #expect(names("SS") == [])   // lower-cased per character: ß is not ss
        #expect(names("missing") == [])
        t.appendColumn(Column(name: "NAME", type: ColumnType(integer)))
        #expect(names("Name") == ["name", "NAME"])   // in definition order
        _ = t.updateColumn(named: "name") { $0.name = "label" }
        #expect(names("name") == ["NAME"])
        #expect(names("LABEL") == ["label"])
        _ = t.removeColumn(named: "NAME")
        #expect(names("name") == [])
        t.columns = [Column(name: "Id", type: ColumnType(integer)), Column(name: "Other", type: ColumnType(integer))]
        #expect(names("label") == [])
        #expect(names("other") == ["Other"])
        #expect(names("id") == ["Id"])
    }

    /// The column collision checks go through that lookup: exact conflicts, on both folding rules.
    @Test func wideTableCollisionsAreFoundByLookup() {
        let columns = (1...1599).map { "c\($0) INTEGER" }.joined(separator: ", ")
        let migration = "CREATE TABLE wide (\(columns), \"C1599\" INTEGER);\n"
        for dialect in [Dialect.mysql, .sqlite] {
            let result = Compiler.compile(InputFile(name: "m.sql", text: migration), dialect: dialect)
            #expect(result.diagnostics.map(\.code.rawValue) == ["S328"], "\(dialect)")
            #expect(result.diagnostics.first?.message.contains("`C1599`") == true, "\(result.renderedDiagnostics())")
            #expect(result.diagnostics.first?.notes.first?.message.contains("`c1599`") == true, "\(result.renderedDiagnostics())")
        }
        #expect(Compiler.compile(InputFile(name: "m.sql", text: migration), dialect: .postgresql).diagnostics.isEmpty)
    }

    @Test func dialectMarksAreFoundInBytes() {
        #expect(SchemaDialectDetector.contains(Array("create table `t`".utf8), Array("`".utf8)))
        #expect(SchemaDialectDetector.contains(Array(") engine=innodb".utf8), Array("engine=".utf8)))
        #expect(!SchemaDialectDetector.contains(Array("engine".utf8), Array("engine=".utf8)))
        #expect(!SchemaDialectDetector.contains(Array("".utf8), Array("x".utf8)))
        #expect(SchemaDialectDetector.contains(Array("xxengine=".utf8), Array("engine=".utf8)))
    }
}
