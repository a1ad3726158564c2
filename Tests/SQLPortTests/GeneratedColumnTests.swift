import Testing
@testable import SQLPort

/// SQLite generated columns: read from a baseline exactly, refused where sqlport cannot keep
/// them (S330-S332), and still refused in PostgreSQL and MySQL dumps (B501).
@Suite("Generated columns")
struct GeneratedColumnTests {
    static let schema = """
        CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            qty INTEGER,
            price REAL,
            total REAL GENERATED ALWAYS AS (qty * "Price") VIRTUAL,
            tag TEXT NOT NULL AS ('q' || qty || upper(later)) STORED,
            twice AS (total*2),
            later TEXT
        );
        """

    @Test func sqliteSchemaKeepsTheExpressionVerbatim() throws {
        let loaded = loadBaseline(Self.schema, target: .sqlite)
        #expect(loaded.dialect == .sqlite)
        #expect(loaded.diagnostics == [], "\(rendered(loaded.diagnostics, loaded.sources))")
        let table = try #require(loaded.catalog.table("item"))
        #expect(table.columns.map(\.generated) == [
            nil, nil, nil,
            GeneratedColumn(expression: "qty * \"Price\"", storage: .virtual, reads: ["qty", "price"]),
            GeneratedColumn(expression: "'q' || qty || upper(later)", storage: .stored, reads: ["qty", "later"]),
            GeneratedColumn(expression: "total*2", storage: .virtual, reads: ["total"]),
            nil,
        ])
        #expect(table.columns.map(\.type.declared) == ["INTEGER", "INTEGER", "REAL", "REAL", "TEXT", "", "TEXT"])
        #expect(table.column("tag")?.isNotNull == true)
        #expect(table.column("tag")?.defaultValue == nil)
    }

    /// `sqlport schema` writes the long form, which loads back as the same catalog.
    @Test func printedSchemaLoadsBackTheSame() throws {
        let loaded = loadBaseline(Self.schema, target: .sqlite)
        let printed = CatalogPrinter.print(loaded.catalog, dialect: .sqlite)
        #expect(printed.sql.contains("    total REAL GENERATED ALWAYS AS (qty * \"Price\") VIRTUAL,\n"))
        #expect(printed.sql.contains("    tag TEXT GENERATED ALWAYS AS ('q' || qty || upper(later)) STORED NOT NULL,\n"))
        #expect(printed.sql.contains("    twice GENERATED ALWAYS AS (total*2) VIRTUAL,\n"))
        let again = loadBaseline(printed.sql, target: .sqlite)
        #expect(again.diagnostics == [])
        #expect(again.catalog.table("item")?.columns.map(\.generated) == loaded.catalog.table("item")?.columns.map(\.generated))
    }

    /// A plain `.schema` is read as SQLite: by its `) VIRTUAL` mark for any target, and without
    /// one (STORED and the short form are also PostgreSQL's / MySQL's words) for SQLite output.
    @Test func dialectDetection() {
        let virtual = SourceFile(id: FileID(0), name: "s.sql", text: "CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a) VIRTUAL);")
        let stored = SourceFile(id: FileID(0), name: "s.sql", text: "CREATE TABLE t (a INTEGER, b INTEGER AS (a * 2) STORED);")
        #expect([Dialect.postgresql, .mysql, .mariadb, .sqlite].map { SchemaDialectDetector.detect(virtual, target: $0) }
                == [.sqlite, .sqlite, .sqlite, .sqlite])
        #expect(SchemaDialectDetector.detect(stored, target: .sqlite) == .sqlite)
    }

    @Test(arguments: [
        ("CREATE TABLE t (a INTEGER, b AS);", "B502 29 expected `AS (expression)` in a generated column"),
        ("CREATE TABLE t (a INTEGER, b AS () STORED);", "B502 35 expected `AS (expression)` in a generated column"),
        ("CREATE TABLE t (a INTEGER, b AS (a) STORED VIRTUAL);", "B502 43 unexpected `VIRTUAL` in the definition of column `b`"),
    ])
    func malformedClausesAreSyntaxErrors(_ text: String, _ expected: String) {
        let loaded = loadBaseline(text, target: .sqlite, dialect: .sqlite)
        #expect(loaded.diagnostics.map { "\($0.code.rawValue) \($0.range?.start ?? -1) \($0.message)" } == [expected])
    }

    /// pg_dump's and mysqldump's generated columns load as the database wrote them (the live
    /// read-back of a migration's generated columns goes through these loaders).
    @Test func postgresAndMySQLGeneratedColumnsAreRead() {
        let pg = loadBaseline("CREATE TABLE public.t (\n    a integer,\n    b integer GENERATED ALWAYS AS ((a * 2)) STORED,\n    c integer GENERATED ALWAYS AS IDENTITY\n);\n",
                              target: .postgresql, dialect: .postgresql)
        #expect(pg.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(pg.catalog.table("t")?.column("b")?.generated == GeneratedColumn(expression: "(a * 2)", storage: .stored, reads: ["a"]))
        #expect(pg.catalog.table("t")?.column("c")?.generated == nil)
        let my = loadBaseline("CREATE TABLE `t` (\n  `a` int DEFAULT NULL,\n  `b` int GENERATED ALWAYS AS ((`a` * 2)) VIRTUAL,\n  `d` int AS (`a` + 1) PERSISTENT\n) ENGINE=InnoDB;\n",
                              target: .mysql, dialect: .mysql)
        #expect(my.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(my.catalog.table("t")?.column("b")?.generated == GeneratedColumn(expression: "(`a` * 2)", storage: .virtual, reads: ["a"]))
        #expect(my.catalog.table("t")?.column("d")?.generated?.storage == .stored)
    }

    /// An invisible generated column that a key uses is the hidden key of a partial unique
    /// index sqlport wrote (`MySQLKeyHolders`): read into the index, not the columns. One no
    /// key uses stays refused.
    @Test func mySQLKeyHoldersFoldIntoTheirIndex() {
        let dump = "CREATE TABLE `t` (\n  `a` int DEFAULT NULL,\n  `e` varchar(20) DEFAULT NULL,\n"
            + "  `u_key` varchar(20) GENERATED ALWAYS AS (case when `a` > 0 then `e` end) VIRTUAL INVISIBLE,\n"
            + "  UNIQUE KEY `u` (`a` DESC,`u_key`)\n) ENGINE=InnoDB;\n"
        let my = loadBaseline(dump, target: .mariadb, dialect: .mysql)
        #expect(my.diagnostics.filter { $0.severity == .error }.isEmpty)
        let t = my.catalog.table("t")
        #expect(t?.columns.map(\.name) == ["a", "e"])
        #expect(t?.constraints.isEmpty == true)
        var held = IndexKey(.expression(.verbatim("case when `a` > 0 then `e` end")))
        held.holder = "u_key"
        #expect(t?.indexes.map(\.name) == ["u"])
        #expect(t?.indexes.first?.isUnique == true)
        #expect(t?.indexes.first?.keys == [IndexKey(.column("a"), ordering: .desc), held])
        // `sqlport schema` cannot restate the hidden column: the catalog keeps no type for it.
        #expect(MySQLDialect.mariadb.printSchema(my.catalog).diagnostics.map(\.message)
                == ["index `u` has a key held by hidden column `u_key`, which `sqlport schema` cannot restate"])
        let unused = loadBaseline(dump.replacingOccurrences(of: "UNIQUE KEY `u` (`a` DESC,`u_key`)", with: "KEY `a` (`a`)"),
                                  target: .mariadb, dialect: .mysql)
        #expect(unused.diagnostics.filter { $0.severity == .error }.map { "\($0.code.rawValue) \($0.message)" }
                == ["B501 generated column `u_key` is not supported"])
    }

    /// Each refusal: code, line, the text under the caret, message.
    static func refusals(_ migration: String) -> [String] {
        let result = Compiler.compile(InputFile(name: "m.sql", text: migration), schemas: [InputFile(name: "s.sql", text: schema)], dialect: .sqlite)
        return result.diagnostics.map { d in
            guard let r = d.range else { return "\(d.code.rawValue) \(d.message)" }
            let file = result.sources[r.file]
            return "\(d.code.rawValue) \(file.line(of: r.start)) `\(file.text(r))` \(d.message)"
        }
    }

    @Test func writesAreRefused() {
        #expect(Self.refusals("""
            INSERT INTO item (id, total) VALUES (1, 2);
            INSERT INTO item VALUES (2, 1, 1.5, 3.0, 'x');
            UPDATE item SET qty = 2, tag = 'y';
            INSERT INTO item VALUES (3, 1, 1.5);
            UPDATE item SET later = 'z';
            """) == [
            "S330 1 `total` column `total` of table `item` is a generated column",
            "S330 2 `3.0` column `total` of table `item` is a generated column",
            "S330 2 `'x'` column `tag` of table `item` is a generated column",
            "S330 3 `tag` column `tag` of table `item` is a generated column",
        ])
    }

    @Test func changesToAGeneratedColumnAreRefused() {
        #expect(Self.refusals("""
            ALTER TABLE item ALTER COLUMN total TYPE BIGINT;
            ALTER TABLE item ALTER COLUMN tag SET DEFAULT 'a';
            ALTER TABLE item ALTER COLUMN tag DROP DEFAULT;
            ALTER TABLE item ALTER COLUMN tag DROP NOT NULL;
            ALTER TABLE item ALTER COLUMN twice SET NOT NULL;
            """) == [
            "S331 1 `total` column `total` of table `item` is a generated column",
            "S332 1 `total` cannot retype column `total`: generated column `twice` of table `item` reads it",
            "S331 2 `tag` column `tag` of table `item` is a generated column",
            "S331 3 `tag` column `tag` of table `item` is a generated column",
            "S331 4 `tag` column `tag` of table `item` is a generated column",
            "S331 5 `twice` column `twice` of table `item` is a generated column",
        ])
    }

    @Test func changesToAColumnAGeneratedColumnReadsAreRefused() {
        #expect(Self.refusals("""
            ALTER TABLE item DROP COLUMN qty;
            ALTER TABLE item RENAME COLUMN price TO unit_price;
            ALTER TABLE item ALTER COLUMN later TYPE VARCHAR(10);
            ALTER TABLE item DROP COLUMN total;
            ALTER TABLE item RENAME COLUMN total TO amount;
            """) == [
            "S332 1 `qty` cannot drop column `qty`: generated columns `total`, `tag` of table `item` read it",
            "S332 2 `price` cannot rename column `price`: generated column `total` of table `item` reads it",
            "S332 3 `later` cannot retype column `later`: generated column `tag` of table `item` reads it",
            "S332 4 `total` cannot drop column `total`: generated column `twice` of table `item` reads it",
            "S332 5 `total` cannot rename column `total`: generated column `twice` of table `item` reads it",
        ])
    }

    /// What stays allowed: renaming or dropping a generated column no other one reads, other
    /// changes to the columns it reads, and rebuilds for other reasons.
    @Test func theRestCompiles() {
        #expect(Self.refusals("""
            ALTER TABLE item RENAME COLUMN twice TO double_total;
            ALTER TABLE item DROP COLUMN tag;
            ALTER TABLE item ALTER COLUMN later TYPE VARCHAR(10);
            ALTER TABLE item ALTER COLUMN qty SET DEFAULT 1;
            ALTER TABLE item ADD CONSTRAINT item_qty CHECK (qty > 0);
            ALTER TABLE item ADD COLUMN note TEXT;
            INSERT INTO item (id, qty) VALUES (1, 1);
            """) == [])
    }
}
