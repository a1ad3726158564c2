import Foundation
import Testing
@testable import SQLPort

/// The corpus's real dumps (`corpus/baselines/*.schema.sql`: pg_dump -s, mariadb-dump --no-data,
/// sqlite3 .schema of the Elekto 0.5 schema plus extras) load into exact catalogs.
@Suite("Loader: real dumps")
struct LoaderDumpTests {
    static func dump(_ name: String) throws -> String {
        try String(contentsOf: CorpusCase.root.appendingPathComponent("baselines/\(name).schema.sql"), encoding: .utf8)
    }

    static func load(_ name: String, _ target: Dialect) throws -> (catalog: Catalog, diagnostics: [Diagnostic], dialect: SchemaDialect) {
        let r = loadBaseline(try dump(name), target: target)
        #expect(!r.diagnostics.hasErrors, "\(rendered(r.diagnostics, r.sources))")
        return (r.catalog, r.diagnostics, r.dialect)
    }

    @Test func pgDumpSerialIdentityAndConstraints() throws {
        let r = try Self.load("pg-dump", .postgresql)
        #expect(r.dialect == .postgresql)
        #expect(r.catalog.tables.map(\.name) == ["ballot", "election", "request", "schema_version", "user", "voter"])
        let ballot = try #require(r.catalog.table("ballot"))
        #expect(ballot.columns[0] == Column(name: "id", type: .foreign("integer", portable: .integer), isNotNull: true,
                                            generator: .serial(sequence: "ballot_id_seq")))
        #expect(ballot.column("candidate")?.type == .foreign("character varying(255)", portable: .varchar(length: 255)))
        #expect(ballot.column("created_at")?.type == .foreign("timestamp without time zone", portable: .timestamp(precision: nil, withTimeZone: false)))
        #expect(ballot.constraints.map(\.name) == ["ballot_pkey", "ballot_election_id_fkey"])
        #expect(ballot.constraints.map(\.isNameGenerated) == [true, true])
        #expect(ballot.indexes.map(\.name) == ["ballot_rank_desc", "ballot_voter_ranked"])
        #expect(ballot.indexes[0].keys == [IndexKey(.column("rank"), ordering: .desc), IndexKey(.column("candidate"))])
        #expect(ballot.indexes[0].method == "btree")
        if case .portable(let p)? = ballot.indexes[1].predicate { #expect(p.kind == .isNull(Expression(.column(table: nil, name: Identifier("rank"))), negated: true)) } else { Issue.record("predicate") }
        let version = try #require(r.catalog.table("schema_version"))
        #expect(version.columns[0].generator == .identity(always: false, sequence: "schema_version_version_seq"))
        #expect(version.columns[1].collation == "C")
        #expect(version.columns[1].defaultValue?.expression?.kind == .cast(Expression(.string("x")), TypeName(.varchar(length: nil)), style: .colonColon))
        #expect(r.catalog.sequence("ballot_id_seq")?.ownedBy == .init(table: "ballot", column: "id"))
        #expect(r.catalog.sequences.count == 6)
        #expect(r.catalog.views.map(\.name) == ["ballot_counts"])
        #expect(r.catalog.views[0].sql.hasPrefix("CREATE VIEW public.ballot_counts AS SELECT ballot.election_id,"))
        // A table's comment is kept (MySQL restates it, PostgreSQL prints it back).
        #expect(r.catalog.table("ballot")?.comment == "votes")
        // Notes, once per kind.
        #expect(r.diagnostics.map(\.message) == ["session setting ignored", "SELECT ignored", "OWNER TO ignored"])
    }

    @Test func mysqldumpKeysChecksAndSupportIndexes() throws {
        let r = try Self.load("mysqldump", .mariadb)
        #expect(r.dialect == .mysql)
        #expect(r.catalog.tables.map(\.name) == ["ballot", "election", "flags", "request", "user", "voter"])
        let ballot = try #require(r.catalog.table("ballot"))
        #expect(ballot.columns[0] == Column(name: "id", type: .foreign("int(11)", portable: .integer), isNotNull: true, generator: .autoIncrement))
        #expect(ballot.constraints.map { [$0.name ?? "-", $0.postgresName] } == [["PRIMARY", "ballot_pkey"], ["ballot_ibfk_1", "ballot_election_id_fkey"]])
        #expect(ballot.indexes.map(\.name) == ["election_id", "ballot_rank_desc"])
        #expect(ballot.indexes[0].origin == .foreignKeySupport(constraint: "ballot_ibfk_1"))
        #expect(ballot.indexes[1].origin == .explicit)
        let request = try #require(r.catalog.table("request"))
        let check = try #require(request.constraint("CONSTRAINT_1"))
        #expect(check.postgresName == "request_reviewed_check" && check.isNameGenerated && check.level == .table)
        #expect(request.column("reviewed")?.type == .foreign("tinyint(1)", portable: .boolean))
        let flags = try #require(r.catalog.table("flags"))
        #expect(flags.constraint("f")?.level == .column("f"))
        #expect(flags.constraint("fk_b")?.isNameGenerated == false && flags.constraint("fk_b")?.postgresName == "fk_b")
        #expect(flags.column("t")?.defaultValue == .portable(Expression(.special(.currentTimestamp))))
        #expect(flags.column("f")?.defaultValue == .portable(Expression(.integer("0"))))
        #expect(flags.column("s")?.collation == "latin1_swedish_ci")
        #expect(flags.triggers.map(\.sql) == ["CREATE TRIGGER flags_touch BEFORE INSERT ON flags FOR EACH ROW SET NEW.f = 1"])
        #expect(r.catalog.table("election")?.column("name")?.defaultValue == .portable(Expression(.string("unnamed"))))
        #expect(r.catalog.views.map(\.sql) == ["CREATE VIEW `ballot_counts` AS select `ballot`.`election_id` AS `election_id`,count(0) AS `n` from `ballot` group by `ballot`.`election_id`"])
    }

    @Test func sqliteSchemaRowidTriggersAndQuoting() throws {
        let r = try Self.load("sqlite-schema", .sqlite)
        #expect(r.dialect == .sqlite)
        #expect(r.catalog.tables.map(\.name) == ["election", "user", "ballot", "request", "voter", "log", "kv"])
        let log = try #require(r.catalog.table("log"))
        #expect(log.columns.map(\.name) == ["id", "msg", "payload", "at"])
        #expect(log.columns[0].generator == .rowid(autoincrement: true))
        #expect(log.columns[1].collation == "NOCASE")
        #expect(log.columns[2].type == ColumnType(portable: nil, declared: "", declaredIn: .targetDatabase))
        #expect(log.constraints.map(\.level) == [.column("id")])
        #expect(r.catalog.table("kv")?.withoutRowid == true)
        #expect(r.catalog.table("kv")?.columns[0].generator == nil)
        let ballot = try #require(r.catalog.table("ballot"))
        #expect(ballot.columns[0].generator == .rowid(autoincrement: false))
        #expect(ballot.triggers.map(\.name) == ["ballot_touch"])
        #expect(ballot.triggers[0].sql == "CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE election SET updated_at = '2000-01-01 00:00:00' WHERE id = NEW.election_id; END")
        #expect(r.catalog.table("sqlite_sequence") == nil)
        #expect(r.diagnostics.map(\.message) == ["SQLite internal table ignored"])
    }
}
