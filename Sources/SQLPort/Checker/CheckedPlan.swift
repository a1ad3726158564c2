/// What the checker hands on: diagnostics, and the plan lowerings work from.
public struct CheckResult: Sendable {
    public var plan: CheckedPlan
    public var diagnostics: [Diagnostic]

    public init(plan: CheckedPlan, diagnostics: [Diagnostic]) {
        self.plan = plan
        self.diagnostics = diagnostics
    }
}

/// The migration's statements, each with the catalog before and after it and every name
/// resolved. Lowerings read only this: they never look a name up again.
public struct CheckedPlan: Hashable, Sendable {
    public var target: Dialect
    public var baseline: Catalog
    public var steps: [CheckedStep]

    public init(target: Dialect, baseline: Catalog, steps: [CheckedStep]) {
        self.target = target
        self.baseline = baseline
        self.steps = steps
    }

    /// The schema after the whole migration.
    public var final: Catalog { steps.last?.after ?? baseline }
}

/// One statement, checked.
public struct CheckedStep: Hashable, Sendable {
    public var statement: Statement
    public var before: Catalog
    public var after: Catalog
    public var resolution: StepResolution

    public init(statement: Statement, before: Catalog, after: Catalog, resolution: StepResolution) {
        self.statement = statement
        self.before = before
        self.after = after
        self.resolution = resolution
    }
}

/// What a statement turned out to mean against the catalog.
public enum StepResolution: Hashable, Sendable {
    /// `CREATE TABLE`: the table as created, with every generated name; plus the sequences
    /// PostgreSQL created for serial / identity columns, and the columns declared `GENERATED
    /// ALWAYS AS IDENTITY` (a target that numbers them by AUTO_INCREMENT cannot hold ALWAYS).
    case createTable(Table, sequences: [CatalogSequence], identityAlways: [String])
    /// `ALTER TABLE`: the table's name before the statement and each action's effect, in order.
    case alterTable(table: String, actions: [ResolvedAction])
    /// `DROP TABLE`: each table dropped, with what went with it; whether the input said `IF EXISTS`.
    case dropTable([DroppedTable], ifExists: Bool)
    /// `CREATE INDEX`: the index, and FK-support indexes the target drops because it covers them.
    case createIndex(table: String, index: TableIndex, removedSupportIndexes: [TableIndex])
    /// `DROP INDEX`: each index dropped and its table.
    case dropIndex([DroppedIndex])
    /// `ALTER INDEX ... RENAME TO`: the renamed object (an index, or the index of a constraint).
    case renameIndex(table: String, from: String, to: String, constraint: Constraint?)
    /// `INSERT` / `UPDATE` / `DELETE`: the table, its columns at that point, and the change as
    /// written (its expressions are what the lowerings translate); `reads`: the tables its
    /// query reads (`INSERT ... SELECT`), by the name its column references use.
    case data(table: Table, change: DataChange, reads: [QueryTable] = [])
    /// `BEGIN` / `COMMIT`: sqlport owns the transaction framing.
    case transaction(TransactionControl)
    /// `SET CONSTRAINTS`: whether it defers, and whether any deferrable foreign key is among
    /// the constraints it names (`ALL`: any in the catalog), which is what a target without
    /// deferral must know.
    case setConstraints(deferred: Bool, namesDeferrableKeys: Bool)
    /// `CREATE [OR REPLACE] VIEW`: the view as the catalog now holds it (every column named),
    /// the view it replaces, and the tables its query reads by exposed name.
    case createView(View, replacing: View?, reads: [QueryTable])
    /// `DROP VIEW`: each view dropped; whether the input said `IF EXISTS`.
    case dropView([View], ifExists: Bool)
    /// `SELECT setval(...)` / `ALTER SEQUENCE ... RESTART`: the sequence and the next id it hands out.
    case setSequence(SequenceSetting)
    /// `CREATE SEQUENCE`: a sequence no column owns, with its options as written.
    case createSequence(CatalogSequence, options: [CreateSequence.Option])
    /// `CREATE TYPE ... AS ENUM`: the type as created.
    case createEnumType(CatalogEnumType)
    /// `ALTER TYPE`: the type before and after, what changed, and the tables with a column of
    /// the type (their columns in `after` carry the new labels), in definition order.
    case alterEnumType(before: CatalogEnumType, after: CatalogEnumType, change: EnumTypeChange, tables: [String])
    /// `DROP TYPE`: the types dropped (no column used them).
    case dropType([CatalogEnumType])
    /// `COMMENT ON`: the table, and the column when it is a column's; the comment now (nil: none).
    case comment(table: String, column: String?, text: String?)
    /// `CREATE EXTENSION` / `DROP EXTENSION`: the extension(s), as PostgreSQL names them.
    case extensions(created: [String], dropped: [String])
    /// `GRANT` / `REVOKE` / `OWNER TO`: which, and the tables it names (all exist).
    case privileges(PrivilegeStatement.Kind, tables: [String])
    /// `IF [NOT] EXISTS` made the whole statement a no-op.
    case skipped(reason: String)
    /// The statement has errors and was not applied (`after == before`).
    case invalid
}

/// What `ALTER TYPE` did to an enum's labels.
public enum EnumTypeChange: Hashable, Sendable {
    /// `ADD VALUE`: the new label (its place is in the type's `after` labels).
    case added(String)
    /// `RENAME VALUE`: stored values of `from` now read `to`.
    case renamed(from: String, to: String)
}

/// A data statement's change, as the input wrote it.
public enum DataChange: Hashable, Sendable {
    case insert(Insert)
    case update(Update)
    case delete(Delete)
}

/// One table `DROP TABLE` removed.
public struct DroppedTable: Hashable, Sendable {
    public var table: Table
    /// Foreign keys of other tables and views removed by `CASCADE`, sequences it owned.
    public var cascaded: [DroppedObject]

    public init(table: Table, cascaded: [DroppedObject]) {
        self.table = table
        self.cascaded = cascaded
    }
}

/// One index `DROP INDEX` removed.
public struct DroppedIndex: Hashable, Sendable {
    public var table: String
    public var index: TableIndex

    public init(table: String, index: TableIndex) {
        self.table = table
        self.index = index
    }
}

/// An object dropped as a consequence of another drop.
public enum DroppedObject: Hashable, Sendable {
    case constraint(table: String, Constraint)
    case index(table: String, TableIndex)
    case view(View)
    case trigger(Trigger)
    case sequence(CatalogSequence)
}

/// How `DROP CONSTRAINT name` found its constraint.
public enum ConstraintMatch: Hashable, Sendable {
    /// `name` is the target database's own name for it.
    case targetName
    /// `name` is the name PostgreSQL gives it (`ballot_pkey` for MySQL's `PRIMARY` or SQLite's
    /// unnamed key): resolved through the constraint's role.
    case postgresName
}

/// How a column's values get to a new type.
public enum TypeConversion: Hashable, Sendable {
    /// Same type (perhaps another spelling): nothing to convert.
    case none
    /// PostgreSQL converts by an implicit or assignment cast; a lowering may use its dialect's
    /// plain conversion for the same pairs.
    case automatic
    /// The user's `USING` expression does it.
    case using(Expression)
    /// One side is a type the portable language cannot name (from a baseline): no rule is known.
    case unknown
}

/// One `ALTER TABLE` action and what it did.
public struct ResolvedAction: Hashable, Sendable {
    public var action: AlterTableAction
    public var effect: ActionEffect

    public init(action: AlterTableAction, effect: ActionEffect) {
        self.action = action
        self.effect = effect
    }
}

/// The resolved meaning of an `ALTER TABLE` action. Column values are complete definitions,
/// so a lowering can restate a column (MySQL `MODIFY COLUMN`) from `after` alone.
public enum ActionEffect: Hashable, Sendable {
    /// The column as added, the constraints its definition added (with target names), the
    /// indexes the target created for them, and its sequence (PostgreSQL serial / identity);
    /// whether the input said `IF NOT EXISTS`.
    case addColumn(Column, constraints: [Constraint], indexes: [TableIndex], sequence: CatalogSequence?, ifNotExists: Bool)
    /// The column as it was, and everything dropped with it (its indexes and constraints,
    /// and with CASCADE foreign keys and views elsewhere).
    case dropColumn(Column, cascaded: [DroppedObject])
    case alterColumnType(before: Column, after: Column, conversion: TypeConversion)
    case setDefault(before: Column, after: Column)
    /// `before.generator` says what numbering, if any, went away with the default.
    case dropDefault(before: Column, after: Column)
    case setNotNull(before: Column, after: Column)
    case dropNotNull(before: Column, after: Column)
    /// The constraint with its target name; the index the target made for a foreign key; the
    /// FK-support indexes the target drops because the new key covers them.
    case addConstraint(Constraint, supportIndex: TableIndex?, removedSupportIndexes: [TableIndex])
    /// The constraint found (its role tells the statement to use), how the name matched, and
    /// what `CASCADE` took with it.
    case dropConstraint(Constraint, matchedBy: ConstraintMatch, cascaded: [DroppedObject])
    case renameColumn(before: Column, to: String)
    case renameConstraint(Constraint, matchedBy: ConstraintMatch, to: String)
    case renameTable(from: String, to: String)
    /// `IF [NOT] EXISTS` made the action a no-op.
    case skipped(reason: String)
    /// The action has errors and was not applied.
    case invalid
}

/// A table a query reads, under the name (alias or table name) its column references qualify it by.
public struct QueryTable: Hashable, Sendable {
    public var exposedName: String
    public var table: Table
    public init(exposedName: String, table: Table) {
        self.exposedName = exposedName
        self.table = table
    }
}

extension Array where Element == QueryTable {
    /// The column a reference names: `q.c` in the table exposed as `q`, `c` in the one table that has it.
    public func column(_ qualifier: String?, _ name: String) -> Column? {
        if let qualifier { return first { $0.exposedName == qualifier }?.table.column(name) }
        let having = compactMap { $0.table.column(name) }
        return having.count == 1 ? having[0] : nil
    }
}

/// What a setval or RESTART does to the sequence a column numbers by.
public struct SequenceSetting: Hashable, Sendable {
    public var sequence: String
    /// The table (as it stands) and column it numbers; nil for a sequence no column owns.
    public var table: Table?
    public var column: String?
    /// Nil for a sequence no column owns (PostgreSQL runs the statement as written).
    public var next: SequenceNext?

    public init(sequence: String, table: Table?, column: String?, next: SequenceNext?) {
        self.sequence = sequence
        self.table = table
        self.column = column
        self.next = next
    }
}

/// The next id a sequence hands out after a setval / RESTART, as PostgreSQL computes it.
public enum SequenceNext: Hashable, Sendable {
    /// This number.
    case value(Int64)
    /// The column's largest value + `plus`; `whenEmpty` when the table has no rows (nil: the
    /// sequence is left as it was, setval being strict, NULL in, nothing done).
    case afterLargest(plus: Int64, whenEmpty: Int64?)
}
