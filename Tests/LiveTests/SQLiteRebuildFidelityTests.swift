import Foundation
import SQLPort
import SQLPortDatabase
import Testing

/// Every table feature a SQLite baseline can hold survives a rebuild: the schema is read back
/// from `sqlite_master` and SQLite's pragmas and compared exactly with the one before, except
/// for what the migration changed (generated columns included: their clauses come back as the
/// baseline wrote them, and their values are computed as before). SQLite is in-process and the `sqlite3` shell local: these
/// run on every `swift test`.
@Suite("SQLite rebuild fidelity")
struct SQLiteRebuildFidelityTests {
    static let baseline = """
        CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL COLLATE NOCASE UNIQUE) STRICT;
        CREATE TABLE sqlite_sequence(name,seq);
        CREATE TABLE item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            parent_id INTEGER CONSTRAINT item_parent_fk REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
            name TEXT NOT NULL DEFAULT 'x' COLLATE RTRIM,
            qty INTEGER DEFAULT 0 CHECK (qty >= 0),
            price REAL DEFAULT (1.5 * 2),
            total REAL GENERATED ALWAYS AS (price * 2) VIRTUAL,
            label TEXT GENERATED ALWAYS AS (upper(name) || ':' || "price") STORED NOT NULL,
            CONSTRAINT item_name_qty UNIQUE (name, qty),
            CONSTRAINT item_qty_cap CHECK (qty < 1000)
        );
        CREATE TABLE kv (k TEXT PRIMARY KEY COLLATE NOCASE, item_id INTEGER REFERENCES item (id) DEFERRABLE INITIALLY DEFERRED, v BLOB) WITHOUT ROWID, STRICT;
        CREATE INDEX item_partial ON item (parent_id) WHERE qty > 0;
        CREATE INDEX item_expr ON item (lower(name), qty DESC);
        CREATE INDEX item_label ON item (label);
        CREATE UNIQUE INDEX kv_item ON kv (item_id) WHERE item_id IS NOT NULL;
        CREATE TRIGGER item_touch AFTER UPDATE OF name ON item BEGIN UPDATE item SET price = 0 WHERE id = NEW.id AND price IS NULL; END;
        CREATE VIEW item_names AS SELECT id, name FROM item;
        """

    /// A constraint added (a rebuild on SQLite 3.31) and a type changed, on each rebuilt table.
    static let migration = """
        ALTER TABLE item ADD COLUMN note TEXT NOT NULL DEFAULT '' CHECK (note <> 'bad');
        ALTER TABLE item ALTER COLUMN qty TYPE BIGINT;
        ALTER TABLE parent ADD COLUMN rank BIGINT NOT NULL DEFAULT 1 CHECK (rank > 0);
        ALTER TABLE kv ADD COLUMN seen TIMESTAMP;
        ALTER TABLE kv ADD CONSTRAINT kv_v_small CHECK (length(v) < 100);
        """

    static let seed = """
        INSERT INTO parent (id, code) VALUES (1, 'a'), (7, 'b');
        DELETE FROM parent WHERE id = 7;
        INSERT INTO item (id, parent_id, name, qty) VALUES (1, 1, 'one', 1), (2, 1, 'two', 2), (9, NULL, 'nine', 0);
        DELETE FROM item WHERE id = 9;
        INSERT INTO kv (k, item_id, v) VALUES ('K', 1, X'00FF');
        """

    @Test func everyFeatureSurvivesARebuild() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-fidelity-\(UUID()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let db = try SQLiteConnection(path: path)
        try db.execute(Self.baseline.replacingOccurrences(of: "CREATE TABLE sqlite_sequence(name,seq);", with: ""))
        try db.execute(Self.seed)
        let before = try Self.schema(db)
        let rows = try Self.rows(db)
        #expect(try db.query("SELECT id, total, label FROM item ORDER BY id") == [["1", "6.0", "ONE:3.0"], ["2", "6.0", "TWO:3.0"]])

        let result = Compiler.compile(InputFile(name: "m.sql", bytes: Array(Self.migration.utf8)),
                                      schemas: [InputFile(name: "baseline.sql", bytes: Array(Self.baseline.utf8))], dialect: .sqlite)
        #expect(!result.diagnostics.hasErrors, "\(result.renderedDiagnostics())")
        let sql = try #require(result.sql)
        #expect(sql.components(separatedBy: "RENAME TO").count == 4)  // three rebuilds
        let run = try SQLiteLive.shell(path, bail: true, input: sql)
        #expect(run.status == 0, "\(run.output)")

        // Exactly the migration's changes, nothing lost: the rebuilt tables' text (SQLite
        // quotes a renamed table's name), their new columns, and the NOT NULL a rowid key
        // always had (a NULL still numbers the row).
        var expected = before
        func replace(_ old: String, _ new: String) {
            guard let i = expected.firstIndex(of: old) else { Issue.record("not in the schema before: \(old)"); return }
            expected[i] = new
        }
        func add(_ new: String, after old: String) {
            guard let i = expected.firstIndex(of: old) else { Issue.record("not in the schema before: \(old)"); return }
            expected.insert(new, at: i + 1)
        }
        replace("table | item | item | " + Self.section(Self.baseline, "CREATE TABLE item"), """
            table | item | item | CREATE TABLE "item" (
                id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                parent_id INTEGER CONSTRAINT item_parent_fk REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
                name TEXT NOT NULL DEFAULT 'x' COLLATE RTRIM,
                qty BIGINT DEFAULT 0 CHECK (qty >= 0),
                price REAL DEFAULT (1.5 * 2),
                total REAL GENERATED ALWAYS AS (price * 2) VIRTUAL,
                label TEXT GENERATED ALWAYS AS (upper(name) || ':' || "price") STORED NOT NULL,
                note TEXT NOT NULL DEFAULT '' CHECK (note <> 'bad'),
                CONSTRAINT item_name_qty UNIQUE (name, qty),
                CONSTRAINT item_qty_cap CHECK (qty < 1000)
            )
            """)
        replace("table | kv | kv | " + Self.section(Self.baseline, "CREATE TABLE kv"), """
            table | kv | kv | CREATE TABLE "kv" (
                k TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                item_id INTEGER REFERENCES item (id) DEFERRABLE INITIALLY DEFERRED,
                v BLOB,
                seen TEXT,
                CONSTRAINT kv_v_small CHECK (length(v) < 100)
            ) WITHOUT ROWID, STRICT
            """)
        replace("table | parent | parent | " + Self.section(Self.baseline, "CREATE TABLE parent"), """
            table | parent | parent | CREATE TABLE "parent" (
                id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                code TEXT NOT NULL COLLATE NOCASE UNIQUE,
                rank INTEGER NOT NULL DEFAULT 1 CHECK (rank > 0)
            ) STRICT
            """)
        replace("item table_list: table | 7 | 0 | 0", "item table_list: table | 8 | 0 | 0")
        replace("item column: 0 | id | INTEGER | 0 | NULL | 1 | 0", "item column: 0 | id | INTEGER | 1 | NULL | 1 | 0")
        replace("item column: 3 | qty | INTEGER | 0 | 0 | 0 | 0", "item column: 3 | qty | BIGINT | 0 | 0 | 0 | 0")
        add("item column: 7 | note | TEXT | 1 | '' | 0 | 0", after: "item column: 6 | label | TEXT | 1 | NULL | 0 | 3")
        replace("kv table_list: table | 3 | 1 | 1", "kv table_list: table | 4 | 1 | 1")
        add("kv column: 3 | seen | TEXT | 0 | NULL | 0 | 0", after: "kv column: 2 | v | BLOB | 0 | NULL | 0 | 0")
        add("kv index_key: sqlite_autoindex_kv_1 | 3 | 3 | seen | 0 | BINARY | 0", after: "kv index_key: sqlite_autoindex_kv_1 | 2 | 2 | v | 0 | BINARY | 0")
        replace("parent table_list: table | 2 | 0 | 1", "parent table_list: table | 3 | 0 | 1")
        replace("parent column: 0 | id | INTEGER | 0 | NULL | 1 | 0", "parent column: 0 | id | INTEGER | 1 | NULL | 1 | 0")
        add("parent column: 2 | rank | INTEGER | 1 | 1 | 0 | 0", after: "parent column: 1 | code | TEXT | 1 | NULL | 0 | 0")
        #expect(try Self.schema(db) == expected)
        #expect(try Self.rows(db) == rows)
        #expect(try db.query("PRAGMA integrity_check") == [["ok"]])

        // What the text says, the engine does: the key is still checked at COMMIT, STRICT still
        // refuses text in an INTEGER column, and the deleted top ids (9, 7) are not handed out.
        try db.execute("PRAGMA foreign_keys=ON; BEGIN; INSERT INTO item (id, parent_id, name) VALUES (3, 42, 'early'); INSERT INTO parent (id, code) VALUES (42, 'late'); COMMIT;")
        let strict = try #require(throws: DatabaseError.self) { try db.execute("UPDATE parent SET rank = 'high'") }
        #expect(strict.message == "cannot store TEXT value in INTEGER column parent.rank")
        try db.execute("DELETE FROM item WHERE id = 3; DELETE FROM parent WHERE id = 42; INSERT INTO item (name) VALUES ('next'); INSERT INTO parent (code) VALUES ('next');")
        #expect(try db.query("SELECT max(id) FROM item") == [["10"]])
        #expect(try db.query("SELECT max(id) FROM parent") == [["43"]])

        // The generated columns were seeded before and are still computed after: from the copied
        // rows, from a row written now, and again when a column they read changes.
        try db.execute("UPDATE item SET price = 0.25 WHERE id = 2")
        #expect(try db.query("SELECT id, total, label FROM item ORDER BY id") == [
            ["1", "6.0", "ONE:3.0"], ["2", "0.5", "TWO:0.25"], ["10", "6.0", "NEXT:3.0"],
        ])
        let generated = try #require(throws: DatabaseError.self) { try db.execute("UPDATE item SET total = 1") }
        #expect(generated.message == "cannot UPDATE generated column \"total\"")
    }

    /// The generated columns read from the live database (`--database`, through `sqlite_master`),
    /// from its `.schema` dump and from the baseline file are the same catalog, with SQLite's text.
    @Test func generatedColumnsReadTheSameByEveryRoute() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-generated-\(UUID()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let db = try SQLiteConnection(path: path)
        try db.execute(Self.baseline.replacingOccurrences(of: "CREATE TABLE sqlite_sequence(name,seq);", with: ""))
        let url = DatabaseURL(kind: .sqlite, path: path)
        let live = try #require(try Routes.live(url, .sqlite))
        let dump = Routes.catalog([InputFile(name: "dump.sql", text: try Routes.dump(url))], .sqlite)
        let file = Routes.catalog([InputFile(name: "baseline.sql", text: Self.baseline)], .sqlite)
        #expect(live == dump)
        #expect(live == file)
        #expect(live.table("item")?.columns.map(\.generated) == [nil, nil, nil, nil, nil,
            GeneratedColumn(expression: "price * 2", storage: .virtual, reads: ["price"]),
            GeneratedColumn(expression: "upper(name) || ':' || \"price\"", storage: .stored, reads: ["name", "price"])])
    }

    /// The statement starting with `prefix` in `sql`, without its `;`.
    static func section(_ sql: String, _ prefix: String) -> String {
        let start = sql.range(of: prefix)!.lowerBound
        return String(sql[start...].prefix { $0 != ";" })
    }

    /// The schema as SQLite reports it: each object's stored text and, per table, every pragma
    /// that describes it (columns with types, defaults and hidden flags; foreign keys with
    /// actions; indexes with key order, collations and partiality; STRICT and WITHOUT ROWID).
    static func schema(_ db: SQLiteConnection) throws -> [String] {
        var out: [String] = []
        for row in try db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name") {
            out.append(row.map { $0 ?? "NULL" }.joined(separator: " | "))
        }
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").compactMap { $0[0] }
        for t in tables {
            let l = "'" + t + "'"
            for (label, query) in [
                ("table_list", "SELECT type, ncol, wr, strict FROM pragma_table_list(\(l))"),
                ("column", "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(\(l))"),
                ("foreign_key", "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, match FROM pragma_foreign_key_list(\(l))"),
                ("index", "SELECT name, \"unique\", origin, partial FROM pragma_index_list(\(l)) ORDER BY name"),
                ("index_key", "SELECT il.name, ix.seqno, ix.cid, ix.name, ix.desc, ix.coll, ix.key FROM pragma_index_list(\(l)) il, pragma_index_xinfo(il.name) ix ORDER BY il.name, ix.seqno"),
                ("sequence", "SELECT seq FROM sqlite_sequence WHERE name = \(l)"),
            ] {
                for row in try db.query(query) { out.append("\(t) \(label): " + row.map { $0 ?? "NULL" }.joined(separator: " | ")) }
            }
        }
        return out
    }

    static func rows(_ db: SQLiteConnection) throws -> [[String?]] {
        try db.query("SELECT id, code FROM parent ORDER BY id") + db.query("SELECT id, parent_id, name, qty, price, total, label FROM item ORDER BY id")
            + db.query("SELECT k, item_id, hex(v) FROM kv ORDER BY k")
    }
}
