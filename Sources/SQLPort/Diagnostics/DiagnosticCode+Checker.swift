/// The checker's codes: S3xx, semantics of a migration against the schema it runs on.
extension DiagnosticCode {
    public static let unknownColumn = DiagnosticCode("S301", "a column name does not resolve in its table")
    public static let unknownTable = DiagnosticCode("S302", "a table name does not resolve in the schema")
    public static let unknownConstraint = DiagnosticCode("S303", "a constraint name does not resolve on its table")
    public static let unknownIndex = DiagnosticCode("S304", "an index name does not resolve in the schema")
    public static let duplicateTable = DiagnosticCode("S305", "a table is created under a name already in use")
    public static let duplicateColumn = DiagnosticCode("S306", "a column name is already used in its table")
    public static let duplicateConstraint = DiagnosticCode("S307", "a constraint name is already used on its table")
    public static let duplicateIndex = DiagnosticCode("S308", "an index name is already used by another object")
    public static let secondPrimaryKey = DiagnosticCode("S309", "a table gets a second primary key")
    public static let dependentObjects = DiagnosticCode(
        "S310", "an object other objects depend on is dropped without CASCADE")
    public static let typeChangeNeedsUsing = DiagnosticCode(
        "S311", "a column type change PostgreSQL does not perform without USING")
    public static let notNullWithoutDefault = DiagnosticCode(
        "S312", "a NOT NULL column without a default is added to a table that may have rows")
    public static let ambiguousName = DiagnosticCode(
        "S313", "a name matches several objects of the target database")
    public static let invalidForeignKey = DiagnosticCode(
        "S314", "a foreign key does not match a key of the referenced table")
    public static let defaultCannotBeCast = DiagnosticCode(
        "S315", "a column's default does not convert to the column's new type")
    public static let columnUsedByView = DiagnosticCode("S316", "the type of a column a view uses is changed")
    public static let implicitlyDropped = DiagnosticCode(
        "S317", "dropping a column also drops the indexes and constraints that use it")
    public static let skipped = DiagnosticCode("S318", "IF EXISTS / IF NOT EXISTS made a statement do nothing")
    public static let primaryKeyNullable = DiagnosticCode("S319", "NOT NULL is dropped from a primary key column")
    public static let identityDefault = DiagnosticCode("S320", "the default of an identity column is changed")
    public static let invalidColumnType = DiagnosticCode("S321", "a type that cannot be given to an existing column")
    public static let insertArity = DiagnosticCode("S322", "an INSERT row and its column list differ in length")
    public static let indexOwnedByConstraint = DiagnosticCode(
        "S323", "DROP INDEX names the index behind a primary key or unique constraint")
    // S324 (dropping the last index behind a foreign key, refused) is retired: the index InnoDB
    // needs is created first instead (S376).
    public static let wrongObjectKind = DiagnosticCode("S325", "a name denotes an object of another kind")
    public static let tooManyColumns = DiagnosticCode("S326", "a table would have more columns than PostgreSQL allows")
    public static let collationReset = DiagnosticCode(
        "S327", "a type change without COLLATE resets the column's collation to the default")
    public static let targetNameCollision = DiagnosticCode(
        "S328", "a name the target database takes for another object's, although PostgreSQL does not")
    public static let targetNameUnusable = DiagnosticCode("S329", "a name the target database cannot hold")
    public static let generatedColumnWritten = DiagnosticCode(
        "S330", "an INSERT or UPDATE gives a value to a generated column, which the database computes")
    public static let generatedColumnAltered = DiagnosticCode(
        "S331", "a generated column's type, default or nullability is changed, or it is put in a primary key")
    public static let generatedColumnInput = DiagnosticCode(
        "S332", "a column a generated column's expression reads is dropped, renamed or retyped")
    public static let unknownConstraintToTime = DiagnosticCode(
        "S333", "SET CONSTRAINTS names a constraint that no table has")
    public static let constraintNotDeferrable = DiagnosticCode(
        "S334", "SET CONSTRAINTS ... DEFERRED names a constraint that is not deferrable")
    public static let operatorClassType = DiagnosticCode(
        "S336", "an index operator class that does not accept its key's data type, which PostgreSQL rejects")
    public static let ambiguousColumn = DiagnosticCode("S342", "an unqualified column name that more than one table of a query has")
    public static let unknownTableReference = DiagnosticCode(
        "S343", "a column qualified by a name that no table of the query is read as")
    public static let duplicateTableReference = DiagnosticCode("S344", "a query reads two tables under the same name")
    public static let orderByPosition = DiagnosticCode("S345", "`ORDER BY n` with n outside the select list")
    public static let invalidConstantCast = DiagnosticCode(
        "S339", "a constant cast whose value the type does not accept (`'abc'::bigint`): PostgreSQL's error")
    public static let otherSchemaTable = DiagnosticCode("S346", "a table or index in a schema other than `public`, which sqlport does not compile")
    public static let subqueryColumns = DiagnosticCode(
        "S347", "a subquery used as a value or with IN that selects other than one column, which PostgreSQL rejects")
    public static let noConflictKey = DiagnosticCode(
        "S348", "`ON CONFLICT (columns)` naming no unique key of the table, which PostgreSQL rejects")
    public static let unknownView = DiagnosticCode("S366", "DROP VIEW names a view that does not exist")
    public static let viewColumnList = DiagnosticCode(
        "S367", "a view's column names: more names than columns, a name twice, or an item PostgreSQL calls `?column?`")
    public static let viewColumnsReplaced = DiagnosticCode(
        "S368", "CREATE OR REPLACE VIEW renames, reorders or drops a column of the view it replaces")
    public static let unknownSequence = DiagnosticCode("S369", "setval or ALTER SEQUENCE names a sequence that does not exist")
    public static let columnHasNoSequence = DiagnosticCode(
        "S370", "pg_get_serial_sequence names a column that is not serial or identity (PostgreSQL's setval would do nothing)")
    public static let setvalNotCompiled = DiagnosticCode(
        "S371", "a setval whose value is not a constant nor the largest id of the column the sequence numbers")
    public static let sequenceValueOutOfBounds = DiagnosticCode("S372", "a sequence set below 1, which PostgreSQL refuses")
    public static let generationExpression = DiagnosticCode(
        "S373", "a generated column PostgreSQL refuses: a default or identity beside it, a non-immutable expression, another generated column read")
    public static let identityChange = DiagnosticCode(
        "S374", "ADD GENERATED AS IDENTITY or DROP IDENTITY that PostgreSQL refuses (not NOT NULL, a default, already or not an identity)")

    public static let supportIndexCreated = DiagnosticCode(
        "S376", "a drop leaves a foreign key without the index MySQL / MariaDB require: one is created first")
    public static let duplicateType = DiagnosticCode(
        "S356", "CREATE TYPE names a type that exists (a table's row type counts), or CREATE TABLE names an enum type")
    public static let unknownEnumType = DiagnosticCode("S357", "a type that neither the schema nor the migration created")
    public static let duplicateEnumLabel = DiagnosticCode("S358", "an enum label the type already has")
    public static let unknownEnumLabel = DiagnosticCode("S359", "a string that is not a label of the enum type")
    public static let typeInUse = DiagnosticCode("S360", "DROP TYPE of a type that columns still use")
    public static let invalidEnumLabel = DiagnosticCode("S361", "an enum label longer than PostgreSQL's 63 bytes")
    public static let unknownExtension = DiagnosticCode(
        "S362", "CREATE / DROP EXTENSION of an extension sqlport does not know, or one that exists / does not exist")
    public static let extensionMissing = DiagnosticCode("S363", "a call of an extension's function before CREATE EXTENSION")
    public static let extensionInUse = DiagnosticCode("S364", "DROP EXTENSION while a column default calls its function")
    public static let citextColumn = DiagnosticCode("S365", "a column of the citext extension's type, which sqlport does not translate")

    /// Every checker code, in order (`DiagnosticCode.all`: the corpus holds a case for each).
    public static let checkerCodes: [DiagnosticCode] = [
        .unknownColumn, .unknownTable, .unknownConstraint, .unknownIndex, .duplicateTable, .duplicateColumn,
        .duplicateConstraint, .duplicateIndex, .secondPrimaryKey, .dependentObjects, .typeChangeNeedsUsing,
        .notNullWithoutDefault, .ambiguousName, .invalidForeignKey, .defaultCannotBeCast, .columnUsedByView,
        .implicitlyDropped, .skipped, .primaryKeyNullable, .identityDefault, .invalidColumnType, .insertArity,
        .indexOwnedByConstraint, .wrongObjectKind, .tooManyColumns,
        .collationReset, .targetNameCollision, .targetNameUnusable, .generatedColumnWritten, .generatedColumnAltered,
        .generatedColumnInput, .unknownConstraintToTime, .constraintNotDeferrable, .operatorClassType,
        .invalidConstantCast, .ambiguousColumn, .unknownTableReference, .duplicateTableReference, .orderByPosition,
        .otherSchemaTable, .subqueryColumns, .noConflictKey,
        .duplicateType, .unknownEnumType, .duplicateEnumLabel, .unknownEnumLabel, .typeInUse, .invalidEnumLabel,
        .unknownExtension, .extensionMissing, .extensionInUse, .citextColumn,
        .unknownView, .viewColumnList, .viewColumnsReplaced, .unknownSequence, .columnHasNoSequence, .setvalNotCompiled,
        .sequenceValueOutOfBounds, .generationExpression, .identityChange,
        .supportIndexCreated,
    ]
}
