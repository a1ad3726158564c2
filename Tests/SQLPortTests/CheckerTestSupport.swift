import SQLPort

// Hand-built ASTs for the catalog and checker tests, until the parser lands on main.
// A position `at` gives the node the byte range [at, at + length of its text) in file 0,
// so diagnostics' ranges can be asserted exactly.

let testFile = FileID(0)

func r(_ start: Int, _ length: Int) -> SourceRange { SourceRange(file: testFile, start: start, end: start + length) }

func id(_ name: String, at: Int? = nil) -> Identifier {
    Identifier(name, range: at.map { r($0, name.utf8.count) })
}

func qn(_ name: String, at: Int? = nil) -> QualifiedName { QualifiedName(id(name, at: at)) }

func ty(_ kind: TypeKind, _ spelling: String, at: Int? = nil) -> TypeName {
    TypeName(kind, spelling: spelling, range: at.map { r($0, spelling.utf8.count) })
}

let integer = ty(.integer, "INTEGER")
let serial = ty(.serial, "SERIAL")
let text = ty(.text, "TEXT")
let bytea = ty(.bytea, "BYTEA")
let varchar255 = ty(.varchar(length: 255), "VARCHAR(255)")
let timestamp = ty(.timestamp(precision: nil, withTimeZone: false), "TIMESTAMP WITHOUT TIME ZONE")
let boolean = ty(.boolean, "BOOLEAN")

func col(_ name: String, _ type: TypeName, _ constraints: ColumnConstraint.Kind..., at: Int? = nil) -> TableElement {
    .column(ColumnDefinition(name: id(name, at: at), type: type, constraints: constraints.map { ColumnConstraint($0) },
                             range: at.map { r($0, name.utf8.count) }))
}

func coldef(_ name: String, _ type: TypeName, _ constraints: [ColumnConstraint] = [], at: Int? = nil) -> ColumnDefinition {
    ColumnDefinition(name: id(name, at: at), type: type, constraints: constraints, range: at.map { r($0, name.utf8.count) })
}

func named(_ name: String, _ kind: ColumnConstraint.Kind) -> ColumnConstraint { ColumnConstraint(name: id(name), kind) }

func pk(_ columns: String..., name: String? = nil, at: Int? = nil) -> TableConstraint {
    TableConstraint(name: name.map { id($0) }, .primaryKey(columns.map { id($0) }), range: at.map { r($0, 11) })
}
func unique(_ columns: String..., name: String? = nil) -> TableConstraint {
    TableConstraint(name: name.map { id($0) }, .unique(columns.map { id($0) }))
}
func fk(_ columns: [String], _ table: String, _ refColumns: [String] = [], onDelete: ReferentialAction? = nil,
        name: String? = nil, at: Int? = nil) -> TableConstraint {
    TableConstraint(name: name.map { id($0) },
                    .foreignKey(columns: columns.map { id($0) },
                                ForeignKeyReference(table: qn(table, at: at), columns: refColumns.map { id($0) }, onDelete: onDelete)))
}
func check(_ e: Expression, name: String? = nil) -> TableConstraint { TableConstraint(name: name.map { id($0) }, .check(e)) }

func ref(_ column: String, at: Int? = nil) -> Expression { Expression(.column(table: nil, name: id(column, at: at))) }
func int(_ digits: String) -> Expression { Expression(.integer(digits)) }
func str(_ s: String) -> Expression { Expression(.string(s)) }
func gt(_ l: Expression, _ r: Expression) -> Expression { Expression(.binary(.greater, l, r)) }
func eq(_ l: Expression, _ r: Expression) -> Expression { Expression(.binary(.equal, l, r)) }
func call(_ name: String, _ args: Expression...) -> Expression {
    Expression(.call(name: qn(name), arguments: args, star: false))
}

func createTable(_ name: String, _ elements: TableElement..., ifNotExists: Bool = false, at: Int? = nil) -> Statement {
    Statement(.createTable(CreateTable(ifNotExists: ifNotExists, name: qn(name, at: at.map { $0 + 13 }), elements: elements)),
              range: at.map { r($0, 20) })
}

func alter(_ table: String, _ actions: AlterTableAction.Kind..., ifExists: Bool = false, at: Int? = nil) -> Statement {
    Statement(.alterTable(AlterTable(ifExists: ifExists, name: qn(table, at: at), actions: actions.map { AlterTableAction($0) })))
}

func createIndex(_ name: String, on table: String, _ columns: String..., unique: Bool = false, ifNotExists: Bool = false,
                 predicate: Expression? = nil, at: Int? = nil) -> Statement {
    Statement(.createIndex(CreateIndex(unique: unique, ifNotExists: ifNotExists, name: id(name, at: at), table: qn(table),
                                       elements: columns.map { IndexElement(.column(id($0))) }, predicate: predicate)))
}

func dropIndex(_ names: String..., ifExists: Bool = false, at: Int? = nil) -> Statement {
    Statement(.dropIndex(DropIndex(ifExists: ifExists, names: names.map { qn($0, at: at) })))
}

func dropTable(_ names: String..., ifExists: Bool = false, cascade: Bool = false, at: Int? = nil) -> Statement {
    Statement(.dropTable(DropTable(ifExists: ifExists, names: names.map { qn($0, at: at) }, behavior: cascade ? .cascade : nil)))
}

func script(_ statements: Statement...) -> Script { Script(statements: statements) }

/// The Elekto 0.5 PostgreSQL schema (reference/elekto/schema-0.5.postgresql.sql) as portable ASTs.
func elektoSchema() -> Script {
    script(
        createTable("election",
                    col("id", serial, .notNull), col("key", varchar255, .notNull), col("name", varchar255),
                    col("created_at", timestamp), col("updated_at", timestamp),
                    .constraint(pk("id")), .constraint(unique("key"))),
        createTable("user",
                    col("id", serial, .notNull), col("username", varchar255), col("name", varchar255),
                    col("token", varchar255), col("token_expires_at", timestamp),
                    col("created_at", timestamp), col("updated_at", timestamp),
                    .constraint(pk("id")), .constraint(unique("username"))),
        createTable("ballot",
                    col("id", serial, .notNull), col("election_id", integer), col("rank", integer),
                    col("candidate", varchar255, .notNull), col("voter", varchar255, .notNull),
                    col("created_at", timestamp), col("updated_at", timestamp),
                    .constraint(pk("id")), .constraint(fk(["election_id"], "election", ["id"], onDelete: .cascade))),
        createTable("request",
                    col("id", serial, .notNull), col("user_id", integer), col("election_id", integer),
                    col("name", varchar255), col("email", varchar255), col("chat", varchar255),
                    col("description", text), col("comments", text), col("reviewed", boolean),
                    col("created_at", timestamp), col("updated_at", timestamp),
                    .constraint(pk("id")),
                    .constraint(fk(["user_id"], "user", ["id"], onDelete: .cascade)),
                    .constraint(fk(["election_id"], "election", ["id"], onDelete: .cascade))),
        createTable("voter",
                    col("id", serial, .notNull), col("user_id", integer), col("election_id", integer),
                    col("created_at", timestamp), col("updated_at", timestamp),
                    .constraint(pk("id")),
                    .constraint(fk(["user_id"], "user", ["id"], onDelete: .cascade)),
                    .constraint(fk(["election_id"], "election", ["id"], onDelete: .cascade)))
    )
}

/// reference/elekto/migration-0.6.postgresql.sql as portable ASTs.
func elektoMigration() -> Script {
    let padding = "FM00000000000000000000000000000000"
    return script(
        createTable("schema_version", col("version", ty(.integer, "INT"), .primaryKey)),
        Statement(.insert(Insert(table: qn("schema_version"), rows: [[int("2")]]))),
        alter("voter", .addColumn(coldef("salt", bytea), ifNotExists: false),
              .addColumn(coldef("ballot_id", bytea), ifNotExists: false)),
        createIndex("voter_election_id", on: "voter", "election_id"),
        alter("ballot", .dropColumn(id("created_at"), ifExists: false, behavior: nil),
              .dropColumn(id("updated_at"), ifExists: false, behavior: nil)),
        alter("ballot", .dropConstraint(id("ballot_pkey"), ifExists: false, behavior: nil)),
        alter("ballot", .alterColumnType(id("id"), ty(.char(length: 32), "CHAR(32)"),
                                         using: call("to_char", ref("id"), str(padding)))),
        alter("ballot", .dropDefault(id("id"))),
        alter("ballot", .addConstraint(pk("id", name: "ballot_pkey"))),
        createIndex("ballot_election_id", on: "ballot", "election_id")
    )
}

/// A catalog of `target` built from portable statements; the replay must be clean.
func catalog(_ target: Dialect, _ s: Script) -> Catalog {
    Catalog.replaying(s, target: target).catalog
}
