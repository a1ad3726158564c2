import Testing
@testable import SQLPort

/// The shape a baseline loader will produce: a MySQL dump's table, built by hand, with types and
/// expressions the portable language cannot name, checked like any other catalog.
@Suite("Catalog from a target's own schema")
struct CatalogForeignSchemaTests {
    static func mysqlBallot() -> Catalog {
        let ballot = Table(
            name: "ballot",
            columns: [
                Column(name: "id", type: .foreign("int(11)", portable: .integer), isNotNull: true, generator: .autoIncrement),
                Column(name: "created_at", type: .foreign("datetime")),
                Column(name: "flag", type: .foreign("tinyint(1)"), defaultValue: .verbatim("'0'")),
            ],
            constraints: [
                Constraint(name: "PRIMARY", postgresName: "ballot_pkey", isNameGenerated: true, kind: .primaryKey(columns: ["id"])),
                Constraint(name: "CONSTRAINT_1", postgresName: "ballot_flag_check", isNameGenerated: true,
                           kind: .check(.verbatim("`flag` in (0,1)")), level: .table),
            ])
        return Catalog(target: .mariadb, tables: [ballot])
    }

    @Test func foreignTypesAreKeptVerbatim() {
        let id = Self.mysqlBallot().table("ballot")!.column("created_at")!
        #expect(id.type.portable == nil && id.type.declared == "datetime" && id.type.declaredIn == .targetDatabase)
        #expect(id.type.postgresName == "datetime")
    }

    @Test func postgresNamesResolveByRoleAndUnknownConversionsAreNotGuessed() throws {
        let result = Checker(target: .mariadb, baseline: Self.mysqlBallot()).check(script(
            alter("ballot", .dropConstraint(id("ballot_pkey"), ifExists: false, behavior: nil),
                  .dropConstraint(id("ballot_flag_check"), ifExists: false, behavior: nil),
                  .alterColumnType(id("created_at"), text, using: nil))))
        #expect(result.diagnostics.isEmpty)
        guard case .alterTable(_, let actions) = result.plan.steps[0].resolution else { Issue.record("alter"); return }
        guard case .dropConstraint(let pk, .postgresName, _) = actions[0].effect,
              case .dropConstraint(let check, .postgresName, _) = actions[1].effect,
              case .alterColumnType(_, let after, let conversion) = actions[2].effect else { Issue.record("effects"); return }
        #expect(pk.name == "PRIMARY" && check.name == "CONSTRAINT_1")
        // To text is automatic in PostgreSQL whatever the source; from an unknown source it is not guessed.
        #expect(conversion == .automatic)
        #expect(after.type == ColumnType(portable: .text, declared: "TEXT"))
        let back = Checker(target: .mariadb, baseline: Self.mysqlBallot()).check(script(
            alter("ballot", .alterColumnType(id("flag"), boolean, using: nil))))
        guard case .alterTable(_, let retype) = back.plan.steps[0].resolution,
              case .alterColumnType(_, _, let unknown) = retype[0].effect else { Issue.record("retype"); return }
        #expect(unknown == .unknown && back.diagnostics.isEmpty)
    }
}
