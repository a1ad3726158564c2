import Testing
@testable import SQLPort

/// Which pairs of ALTER TABLE clauses one MySQL statement can hold, in sequence order. Every
/// row was run on MariaDB 10.11 as `ALTER TABLE t first, second` (t with columns a, b, c,
/// index ia (a), foreign key fa (b), check ca (c > 0)); `shares` is whether that statement
/// means what the two statements in a row mean.
@Suite("MySQL one-statement rules")
struct MySQLStatementRulesTests {
    static let int = ColumnType(portable: .integer, declared: "INTEGER")
    static func column(_ n: String) -> Column { Column(name: n, type: int) }
    static func index(_ n: String, _ cols: String...) -> TableIndex { TableIndex(name: n, keys: cols.map { IndexKey(.column($0)) }) }
    static func foreignKey(_ n: String, _ col: String) -> Constraint {
        Constraint(name: n, postgresName: n, isNameGenerated: false,
                   kind: .foreignKey(ForeignKey(columns: [col], referencedTable: "p", referencedColumns: ["id"])))
    }
    static func check(_ n: String, _ col: String) -> Constraint {
        let e = Expression(.binary(.greater, Expression(.column(table: nil, name: Identifier(col))), Expression(.integer("0"))))
        return Constraint(name: n, postgresName: n, isNameGenerated: false, kind: .check(.portable(e)))
    }
    static func primaryKey(_ col: String) -> Constraint {
        Constraint(name: "PRIMARY", postgresName: "t_pkey", isNameGenerated: true, kind: .primaryKey(columns: [col]))
    }

    struct Pair: CustomStringConvertible, Sendable {
        let first: MySQLClause, second: MySQLClause, shares: Bool, why: String
        var description: String { why }
    }

    static let pairs: [Pair] = [
        // Rule 1: names as they stand before the statement.
        Pair(first: .addColumn(column("d"), ifNotExists: false), second: .renameColumn("d", to: "e"), shares: false, why: "rename of an added column: 1054"),
        Pair(first: .modifyColumn(column("a")), second: .renameColumn("a", to: "a2"), shares: false, why: "modify, then rename: 1054"),
        Pair(first: .setDefault(column: column("a")), second: .renameColumn("a", to: "a2"), shares: false, why: "set default, then rename: 1054"),
        Pair(first: .renameColumn("a", to: "a2"), second: .modifyColumn(column("a2")), shares: false, why: "rename, then modify by the new name: 1054"),
        Pair(first: .renameColumn("a", to: "x"), second: .renameColumn("x", to: "y"), shares: false, why: "two renames in a chain: 1054"),
        Pair(first: .renameColumn("a", to: "x"), second: .renameColumn("c", to: "a"), shares: true, why: "rename onto a name another rename frees"),
        Pair(first: .dropColumn("a"), second: .changeColumn(from: "c", column("a"), position: nil), shares: true, why: "drop, then change another column onto its name"),
        Pair(first: .dropColumn("a"), second: .renameColumn("c", to: "a"), shares: true, why: "drop, then rename onto its name"),
        Pair(first: .renameColumn("b", to: "b2"), second: .dropForeignKey("fa"), shares: true, why: "rename a column, drop a key on it"),
        Pair(first: .dropColumn("b"), second: .dropForeignKey("fa"), shares: true, why: "drop a column and its foreign key"),
        Pair(first: .dropForeignKey("fa"), second: .dropIndex("fa"), shares: true, why: "foreign key and its index: two namespaces"),
        // Rule 2: keys use the columns after the statement.
        Pair(first: .addIndex(index("note_author", "a")), second: .renameColumn("a", to: "writer"), shares: false, why: "index, then rename its column: 1072"),
        Pair(first: .addIndex(index("iz", "a")), second: .changeColumn(from: "a", column("a2"), position: nil), shares: false, why: "index, then change its column's name: 1072"),
        Pair(first: .addIndex(index("iz", "a")), second: .dropColumn("a"), shares: false, why: "index, then drop its column: 1072"),
        Pair(first: .addConstraint(check("ck", "a")), second: .renameColumn("a", to: "a2"), shares: false, why: "check, then rename its column: 1054"),
        Pair(first: .addConstraint(check("ck", "a")), second: .dropColumn("a"), shares: false, why: "check, then drop its column: 1054"),
        Pair(first: .addConstraint(foreignKey("fk2", "a")), second: .renameColumn("a", to: "a2"), shares: false, why: "foreign key, then rename its column: 1072"),
        Pair(first: .addConstraint(primaryKey("id")), second: .renameColumn("id", to: "id2"), shares: false, why: "primary key, then rename its column: 1072"),
        Pair(first: .renameColumn("a", to: "a2"), second: .addIndex(index("iz", "a2")), shares: true, why: "rename, then an index on the new name"),
        Pair(first: .renameColumn("a", to: "a2"), second: .addConstraint(check("ck", "a2")), shares: true, why: "rename, then a check on the new name"),
        Pair(first: .addColumn(column("d"), ifNotExists: false), second: .addIndex(index("id_", "d")), shares: true, why: "add a column, index it"),
        Pair(first: .addColumn(column("d"), ifNotExists: false), second: .addConstraint(foreignKey("fk3", "d")), shares: true, why: "add a column, a foreign key on it"),
        Pair(first: .addIndex(index("iz", "a")), second: .modifyColumn(column("a")), shares: true, why: "index, then modify its column (name kept)"),
        // Rule 3: names freed and taken again.
        Pair(first: .dropIndex("ia"), second: .addIndex(index("ia", "b")), shares: true, why: "drop and re-add an index"),
        Pair(first: .dropIndex("ia"), second: .addIndex(index("IA", "b")), shares: true, why: "drop and re-add an index, other case"),
        Pair(first: .dropPrimaryKey, second: .addConstraint(primaryKey("a")), shares: true, why: "drop and re-add the primary key"),
        Pair(first: .dropCheck("ca"), second: .addConstraint(check("ca", "c")), shares: true, why: "drop and re-add a check"),
        Pair(first: .dropCheck("ca"), second: .addConstraint(foreignKey("ca", "c")), shares: true, why: "drop a check, add a foreign key of its name"),
        Pair(first: .dropIndex("ia"), second: .addConstraint(foreignKey("ia", "a")), shares: true, why: "drop an index, add a foreign key of its name"),
        Pair(first: .renameIndex("ia", to: "ib"), second: .addIndex(index("ia", "c")), shares: true, why: "rename an index, add one under its old name"),
        Pair(first: .dropIndex("ia"), second: .renameIndex("ix", to: "ia"), shares: true, why: "drop an index, rename another onto its name"),
        Pair(first: .dropForeignKey("fa"), second: .addConstraint(foreignKey("fa", "b")), shares: false, why: "drop and re-add a foreign key: errno 121"),
        Pair(first: .dropForeignKey("fa"), second: .addConstraint(foreignKey("FA", "b")), shares: false, why: "drop and re-add a foreign key, other case: errno 121"),
        Pair(first: .dropForeignKey("fa"), second: .addConstraint(check("fa", "b")), shares: false, why: "drop a foreign key, add a check of its name: 1826"),
        Pair(first: .dropForeignKey("fa"), second: .addConstraint(foreignKey("fb", "b")), shares: true, why: "drop a foreign key, add another"),
        Pair(first: .dropColumn("a"), second: .addColumn(column("a"), ifNotExists: false), shares: false, why: "drop and re-add a column: MariaDB keeps the old column's indexes"),
        Pair(first: .addColumn(column("e"), ifNotExists: false), second: .addColumn(column("E"), ifNotExists: false), shares: false, why: "a column added twice: 1060"),
        Pair(first: .renameColumn("a", to: "A"), second: .addIndex(index("iz", "A")), shares: true, why: "a change of case only"),
    ]

    @Test(arguments: pairs)
    func pair(_ p: Pair) {
        let conflict = MySQLStatementRules.firstConflict([p.first, p.second])
        #expect((conflict == nil) == p.shares, "\(p.why)")
        if !p.shares { #expect(conflict.map { [$0.0, $0.1] } == [0, 1]) }
    }

    /// What `add` folds away shares a statement: an index added then renamed or dropped, a
    /// check added then dropped. An added column indexed then dropped leaves an index on a
    /// column that is gone: the key check against the columns after says no.
    @Test func foldedClausesShare() {
        var batch = MySQLAlterBatch(table: "t")
        batch.add(.addIndex(Self.index("iz", "c")))
        #expect(batch.accepts([.renameIndex("iz", to: "iy"), .dropIndex("iy")]))
        var checked = MySQLAlterBatch(table: "t")
        checked.add(.addConstraint(Self.check("ck", "c")))
        #expect(checked.accepts([.dropCheck("ck")]))
        var added = MySQLAlterBatch(table: "t")
        added.add(.addColumn(Self.column("x"), ifNotExists: false))
        added.add(.addIndex(Self.index("t_x", "x")))
        var without = Table(name: "t"), with = Table(name: "t")
        without.appendColumn(Self.column("id"))
        with.appendColumn(Self.column("id"))
        with.appendColumn(Self.column("x"))
        #expect(added.accepts([.dropColumn("x")], tableAfter: without) == false)
        #expect(added.accepts([.modifyColumn(Self.column("x"))], tableAfter: with))
        // The quick path: a clause on names the batch never named.
        #expect(added.accepts([.addColumn(Self.column("y"), ifNotExists: false)], tableAfter: with))
        #expect(added.accepts([.addIndex(Self.index("t_z", "z"))], tableAfter: with) == false)
    }

    /// Issue 9's reproducers, through the whole lowering.
    @Test func indexThenRenameAndForeignKeyReplacedAreTwoStatements() {
        let c = compileMySQL("""
            CREATE INDEX note_author ON note (author);
            ALTER TABLE note RENAME COLUMN author TO writer;
            ALTER TABLE note DROP CONSTRAINT fk, ALTER COLUMN app_id SET NOT NULL, ADD CONSTRAINT fk FOREIGN KEY (app_id) REFERENCES app (id);
            """, schema: """
            CREATE TABLE app (id SERIAL PRIMARY KEY);
            CREATE TABLE note (id SERIAL PRIMARY KEY, author VARCHAR(40), app_id INTEGER CONSTRAINT fk REFERENCES app (id));
            """)
        #expect(c.statements == """
            ALTER TABLE note ADD INDEX note_author (author);
            ALTER TABLE note
                RENAME COLUMN author TO writer,
                DROP FOREIGN KEY fk,
                MODIFY COLUMN app_id INT NOT NULL;
            ALTER TABLE note ADD CONSTRAINT fk FOREIGN KEY (app_id) REFERENCES app (id);
            """)
    }
}
