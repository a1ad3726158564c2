/// PostgreSQL: the migration language's own database. Names are PostgreSQL's, nothing is
/// retyped, and the lowering prints the plan's statements as they are.
public struct PostgreSQLDialect: TargetDialect, Hashable {
    public init() {}

    public var dialect: Dialect { .postgresql }
    public var naming: any ConstraintNaming { PostgreSQLNaming() }

    public var namesArePostgreSQLNames: Bool { true }

    public var primaryKeyNameIsFixed: Bool { false }
    public var keysShareTableIndexNames: Bool { false }
    public var foreignKeysNeedAnIndex: Bool { false }
    /// PostgreSQL's own UUID columns are `uuid`; a text column cannot reference one (error 42804).
    public func storesUUIDAsWritten(_ column: Column, in table: Table) -> Bool { false }

    public var dumpFamily: Dialect { .postgresql }
    public var takesUnreadableBaselinesForOwnDDL: Bool { false }
    public func database(writing dump: [UInt8]) -> Dialect { .postgresql }

    /// pg_dump's DDL: `"names"` folded otherwise, `$$` and `E''` strings, nested comments.
    public var dumpSyntax: DumpSyntax {
        var s = DumpSyntax()
        s.hasDollarQuotedStrings = true
        s.hasEscapeStrings = true
        s.nestsBlockComments = true
        s.hasBackslashMetaCommands = true
        s.foldsUnquotedNames = true
        s.hasIdentityColumns = true
        s.hasGeneratedColumns = true
        s.hasSequences = true
        s.enforcesForeignKeyMatch = true
        s.initiallyDeferredImpliesDeferrable = true
        return s
    }

    /// What the portable parser reads is PostgreSQL's own type.
    public func portableType(declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        ForeignTypes.parsed(declared)
    }

    public var dependsOnTargetVersion: Bool { false }

    public func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult {
        PostgreSQLLowering.lower(plan, sources: sources)
    }

    public func printSchema(_ catalog: Catalog) -> CatalogPrinter.Output { CatalogPrinter.postgresql(catalog) }

    public var storesJSONAsCheckedText: Bool { false }

    /// The lowering writes every type as the migration does: nothing to read back differently.
    public func readBack(_ t: inout Table, jsonAsCheckedText: Bool) {}
}
