@testable import SQLPort

/// The Elekto 0.5 SQLite baseline as a SQLite loader would read reference/elekto/schema-0.5.sqlite.sql:
/// the portable replay, with SQLite's declared types kept verbatim (`DATETIME`, `BOOLEAN`) and
/// SQLAlchemy's `CHECK (reviewed IN (0, 1))` on `request`.
func elektoSQLiteBaseline() -> Catalog {
    var c = catalog(.sqlite, elektoSchema())
    for t in c.tables.indices {
        for k in c.tables[t].columns.indices {
            let column = c.tables[t].columns[k]
            let declared: String
            switch column.type.portable {
            case .timestamp?: declared = "DATETIME"
            case .integer?: declared = "INTEGER"
            case .boolean?: declared = "BOOLEAN"
            default: declared = column.type.declared
            }
            c.tables[t].columns[k].type = .foreign(declared, portable: column.type.portable)
            // SQLAlchemy made Elekto's keys plain rowids (`id INTEGER NOT NULL, PRIMARY KEY (id)`).
            if column.generator == .rowid(autoincrement: true) { c.tables[t].columns[k].generator = .rowid(autoincrement: false) }
        }
    }
    c.updateTable("request") {
        $0.constraints.append(Constraint(name: nil, postgresName: "request_check", isNameGenerated: true,
                                         kind: .check(.verbatim("reviewed IN (0, 1)"))))
    }
    return c
}

/// Sources holding one migration file, for origins.
func sqliteSources() -> SourceMap {
    var m = SourceMap()
    m.add(name: "migrate.sql", text: "")
    return m
}

/// SQL a live test adds to the Elekto SQLite database, and the same objects in the catalog:
/// a trigger, a view, a partial index and a `DESC` index on `ballot`, which a rebuild must keep.
let elektoBallotExtrasSQL = """
    CREATE INDEX ballot_voter_ranked ON ballot (voter) WHERE rank IS NOT NULL;
    CREATE INDEX ballot_rank_desc ON ballot (rank DESC, candidate);
    CREATE VIEW ballot_counts AS SELECT election_id, count(*) AS n FROM ballot GROUP BY election_id;
    CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE election SET updated_at = '2000-01-01 00:00:00' WHERE id = NEW.election_id; END;
    """

func elektoSQLiteBaselineWithExtras() -> Catalog {
    var c = elektoSQLiteBaseline()
    c.updateTable("ballot") {
        $0.indexes += [
            TableIndex(name: "ballot_voter_ranked", keys: [IndexKey(.column("voter"))], predicate: .verbatim("rank IS NOT NULL")),
            TableIndex(name: "ballot_rank_desc", keys: [IndexKey(.column("rank"), ordering: .desc), IndexKey(.column("candidate"))]),
        ]
        $0.triggers.append(Trigger(
            name: "ballot_touch", table: "ballot",
            sql: "CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE election SET updated_at = '2000-01-01 00:00:00' WHERE id = NEW.election_id; END",
            dependencies: [TableDependency(table: "ballot", columns: ["election_id"]), TableDependency(table: "election", columns: ["id", "updated_at"])]))
    }
    c.views.append(View(name: "ballot_counts",
                        sql: "CREATE VIEW ballot_counts AS SELECT election_id, count(*) AS n FROM ballot GROUP BY election_id",
                        dependencies: [TableDependency(table: "ballot", columns: ["election_id"])]))
    return c
}
