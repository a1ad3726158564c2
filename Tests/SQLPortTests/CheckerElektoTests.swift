import Testing
@testable import SQLPort

/// Elekto 0.5 -> 0.6 (reference/elekto): the migration replayed over the 0.5 schema must give
/// the catalog reference/elekto/TARGET.md describes, on every target.
@Suite("Elekto replay")
struct CheckerElektoTests {
    static func run(_ target: Dialect) -> (baseline: Catalog, result: CheckResult) {
        let (baseline, schemaDiagnostics) = Catalog.replaying(elektoSchema(), target: target)
        #expect(schemaDiagnostics.isEmpty)
        return (baseline, Checker(target: target, baseline: baseline).check(elektoMigration()))
    }

    static let varchar = ColumnType(portable: .varchar(length: 255), declared: "VARCHAR(255)")
    static let int = ColumnType(portable: .integer, declared: "INTEGER")
    static let char32 = ColumnType(portable: .char(length: 32), declared: "CHAR(32)")
    static let binary = ColumnType(portable: .bytea, declared: "BYTEA")
    static let electionKey = ForeignKey(columns: ["election_id"], referencedTable: "election",
                                        referencedColumns: ["id"], onDelete: .cascade)

    @Test func postgresqlReachesTheTarget() throws {
        let (baseline, result) = Self.run(.postgresql)
        #expect(result.diagnostics.isEmpty)
        #expect(!result.plan.steps.contains { $0.resolution == .invalid })
        let final = result.plan.final

        #expect(final.tables.map(\.name) == ["election", "user", "ballot", "request", "voter", "schema_version"])
        let ballot = try #require(final.table("ballot"))
        #expect(ballot.columns == [
            Column(name: "id", type: Self.char32, isNotNull: true),
            Column(name: "election_id", type: Self.int),
            Column(name: "rank", type: Self.int),
            Column(name: "candidate", type: Self.varchar, isNotNull: true),
            Column(name: "voter", type: Self.varchar, isNotNull: true),
        ])
        #expect(ballot.constraints == [
            Constraint(name: "ballot_election_id_fkey", postgresName: "ballot_election_id_fkey", isNameGenerated: true,
                       kind: .foreignKey(Self.electionKey)),
            Constraint(name: "ballot_pkey", postgresName: "ballot_pkey", isNameGenerated: false,
                       kind: .primaryKey(columns: ["id"])),
        ])
        #expect(ballot.indexes == [TableIndex(name: "ballot_election_id", keys: [IndexKey(.column("election_id"))])])

        let voter = try #require(final.table("voter"))
        #expect(voter.columns.map(\.name) == ["id", "user_id", "election_id", "created_at", "updated_at", "salt", "ballot_id"])
        #expect(voter.column("salt") == Column(name: "salt", type: Self.binary))
        #expect(voter.column("ballot_id") == Column(name: "ballot_id", type: Self.binary))
        #expect(voter.indexes.map(\.name) == ["voter_election_id"])

        let version = try #require(final.table("schema_version"))
        #expect(version.columns == [Column(name: "version", type: ColumnType(portable: .integer, declared: "INT"), isNotNull: true)])
        #expect(version.constraints.map(\.name) == ["schema_version_pkey"])

        // user, election and request are untouched; ballot_id_seq is left behind, still owned.
        for name in ["user", "election", "request"] { #expect(final.table(name) == baseline.table(name)) }
        #expect(final.sequences.map(\.name) == ["election_id_seq", "user_id_seq", "ballot_id_seq", "request_id_seq", "voter_id_seq"])
        #expect(final.sequence("ballot_id_seq")?.ownedBy == .init(table: "ballot", column: "id"))
    }

    @Test func postgresqlStepResolutions() throws {
        let steps = Self.run(.postgresql).result.plan.steps
        guard case .alterTable("ballot", let drops) = steps[4].resolution else { Issue.record("\(steps[4].resolution)"); return }
        #expect(drops.map(\.effect) == [
            .dropColumn(Column(name: "created_at", type: ColumnType(portable: .timestamp(precision: nil, withTimeZone: false),
                                                                   declared: "TIMESTAMP WITHOUT TIME ZONE")), cascaded: []),
            .dropColumn(Column(name: "updated_at", type: ColumnType(portable: .timestamp(precision: nil, withTimeZone: false),
                                                                   declared: "TIMESTAMP WITHOUT TIME ZONE")), cascaded: []),
        ])
        guard case .alterTable(_, let dropPK) = steps[5].resolution,
              case .dropConstraint(let pk, let matchedBy, let cascaded) = dropPK[0].effect else { Issue.record("step 5"); return }
        #expect(pk.role == .primaryKey && pk.name == "ballot_pkey" && matchedBy == .targetName && cascaded.isEmpty)

        guard case .alterTable(_, let retype) = steps[6].resolution,
              case .alterColumnType(let before, let after, let conversion) = retype[0].effect else { Issue.record("step 6"); return }
        #expect(before.generator == .serial(sequence: "ballot_id_seq"))
        #expect(after.generator == .serial(sequence: "ballot_id_seq"))  // the default stays until DROP DEFAULT
        #expect(after.type == Self.char32)
        guard case .using(let e) = conversion, case .call(let name, _, _) = e.kind else { Issue.record("conversion"); return }
        #expect(name.name.value == "to_char")

        guard case .alterTable(_, let dropDefault) = steps[7].resolution,
              case .dropDefault(let withDefault, let withoutDefault) = dropDefault[0].effect else { Issue.record("step 7"); return }
        #expect(withDefault.generator == .serial(sequence: "ballot_id_seq"))
        #expect(withoutDefault.generator == nil && withoutDefault.defaultValue == nil)
        #expect(steps[7].after.table("ballot")?.column("id") == withoutDefault)
    }

    @Test func mariadbResolvesThePostgreSQLNameByRole() throws {
        let (baseline, result) = Self.run(.mariadb)
        #expect(result.diagnostics.isEmpty)
        #expect(baseline.table("ballot")?.column("id")?.generator == .autoIncrement)
        let steps = result.plan.steps
        guard case .alterTable(_, let dropPK) = steps[5].resolution,
              case .dropConstraint(let pk, let matchedBy, _) = dropPK[0].effect else { Issue.record("step 5"); return }
        #expect(pk.name == "PRIMARY" && pk.postgresName == "ballot_pkey" && pk.role == .primaryKey)
        #expect(matchedBy == .postgresName)

        // The new index covers election_id, so InnoDB drops the index it made for the foreign key.
        guard case .createIndex("ballot", let index, let removed) = steps[9].resolution else { Issue.record("step 9"); return }
        #expect(index.name == "ballot_election_id")
        #expect(removed == [TableIndex(name: "election_id", keys: [IndexKey(.column("election_id"))],
                                       origin: .foreignKeySupport(constraint: "ballot_ibfk_1"))])

        let ballot = try #require(result.plan.final.table("ballot"))
        #expect(ballot.column("id") == Column(name: "id", type: Self.char32, isNotNull: true))
        #expect(ballot.constraints == [
            Constraint(name: "ballot_ibfk_1", postgresName: "ballot_election_id_fkey", isNameGenerated: true,
                       kind: .foreignKey(Self.electionKey)),
            Constraint(name: "PRIMARY", postgresName: "ballot_pkey", isNameGenerated: false, kind: .primaryKey(columns: ["id"])),
        ])
        #expect(ballot.indexes.map(\.name) == ["ballot_election_id"])
        #expect(result.plan.final.table("voter")?.indexes.map(\.name) == ["user_id", "voter_election_id"])
        #expect(result.plan.final.sequences.isEmpty)
    }

    @Test func sqliteResolvesTheUnnamedPrimaryKey() throws {
        let (baseline, result) = Self.run(.sqlite)
        #expect(result.diagnostics.isEmpty)
        // A SERIAL key replayed for SQLite numbers like a sequence: AUTOINCREMENT.
        #expect(baseline.table("ballot")?.column("id")?.generator == .rowid(autoincrement: true))
        guard case .alterTable(_, let dropPK) = result.plan.steps[5].resolution,
              case .dropConstraint(let pk, let matchedBy, _) = dropPK[0].effect else { Issue.record("step 5"); return }
        #expect(pk.name == nil && pk.postgresName == "ballot_pkey" && matchedBy == .postgresName)
        // No longer the rowid, but still numbered as PostgreSQL's serial is, until DROP DEFAULT (step 7).
        #expect(result.plan.steps[5].after.table("ballot")?.column("id")?.generator == .serial(sequence: "ballot_id_seq"))
        #expect(result.plan.steps[7].after.table("ballot")?.column("id")?.generator == nil)

        let ballot = try #require(result.plan.final.table("ballot"))
        #expect(ballot.column("id") == Column(name: "id", type: Self.char32, isNotNull: true))
        #expect(ballot.constraints.map(\.name) == [nil, "ballot_pkey"])
        #expect(ballot.indexes.map(\.name) == ["ballot_election_id"])
    }
}
