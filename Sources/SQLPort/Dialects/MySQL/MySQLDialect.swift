/// MySQL and MariaDB: one dialect in two flavours, which share a lowering, a dump reader and
/// InnoDB's rules, and differ in names (`CONSTRAINT_n` or `t_chk_n`), types (MariaDB's JSON) and
/// the `IF [NOT] EXISTS` forms only MariaDB has.
///
/// - `mysql`: syntax both MySQL 8.0+ and MariaDB 10.5+ accept;
/// - `mariadb`: MariaDB 10.5+, with its `IF [NOT] EXISTS` forms and `EXECUTE IMMEDIATE` so a
///   script stopped half way can be run again from the top.
///
/// There are exactly two flavours, so code under `Lowering/MySQL` may test `flavor == .mariadb`:
/// values compare by flavour alone; the TIMESTAMPTZ mapping (`--mysql-timestamptz`) is an option
/// each carries, not a third flavour.
public struct MySQLDialect: TargetDialect, Hashable, CaseIterable, CustomStringConvertible {
    /// `.mysql` or `.mariadb`.
    public let dialect: Dialect
    /// How `TIMESTAMP WITH TIME ZONE` is written (`MySQLTypes`).
    public private(set) var timestampTZ: MySQLTimestampTZ = .datetime

    private init(_ dialect: Dialect) { self.dialect = dialect }

    /// This flavour writing TIMESTAMPTZ as `mapping` says.
    public func writingTimestampTZ(as mapping: MySQLTimestampTZ) -> MySQLDialect {
        var copy = self
        copy.timestampTZ = mapping
        return copy
    }

    public static func == (a: MySQLDialect, b: MySQLDialect) -> Bool { a.dialect == b.dialect }
    public func hash(into h: inout Hasher) { h.combine(dialect) }

    public static let mysql = MySQLDialect(.mysql)
    public static let mariadb = MySQLDialect(.mariadb)
    public static let allCases = [mysql, mariadb]

    /// MariaDB rather than the syntax both servers accept.
    public var isMariaDB: Bool { self == .mariadb }
    public var rawValue: String { dialect.rawValue }
    public var description: String { dialect.rawValue }

    public var naming: any ConstraintNaming { MySQLNaming(flavor: self) }

    public var namesArePostgreSQLNames: Bool { false }

    public var primaryKeyNameIsFixed: Bool { true }
    public var keysShareTableIndexNames: Bool { true }
    public var foreignKeysNeedAnIndex: Bool { true }
    /// sqlport writes `UUID` as `CHAR(36)` in utf8mb4 with its own collation (`MySQLCharset`).
    /// InnoDB keys compare only columns of one character set and collation (errno 150 otherwise,
    /// measured on MariaDB 10.11): a baseline `CHAR(36)` in that collation matches; one in
    /// another (a latin1 table, `utf8mb4_general_ci`), `CHAR(32)` (no hyphens), `VARCHAR(36)`
    /// or `BINARY(16)` does not.
    public func storesUUIDAsWritten(_ column: Column, in table: Table) -> Bool {
        guard column.type.declaredIn == .targetDatabase, column.type.arrayDimensions == 0 else { return false }
        let declared = column.type.declared.lowercased().filter { !$0.isWhitespace }
        let collation = column.collation?.lowercased() ?? (column.takesTableCharset ? table.mysqlCharset : nil)
        return declared == "char(36)" && (collation == nil || collation == MySQLCharset.collation)
    }

    /// MariaDB's dump is MySQL DDL, read by one reader.
    public var dumpFamily: Dialect { .mysql }
    public var takesUnreadableBaselinesForOwnDDL: Bool { true }

    /// MariaDB's mysqldump names itself in its header or writes `/*M!` comments.
    public func database(writing dump: [UInt8]) -> Dialect {
        let head = String(decoding: dump.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("mariadb") || head.contains("/*m!") ? .mariadb : .mysql
    }

    /// `mysqldump` / `SHOW CREATE TABLE`: backticks, backslash escapes, `#` comments,
    /// `/*!40101 ... */` version comments and the client's `DELIMITER`.
    public var dumpSyntax: DumpSyntax {
        var s = DumpSyntax()
        s.stringsTakeBackslashEscapes = true
        s.doubleQuotesMarkStrings = true
        s.quotesIdentifiersWithBacktick = true
        s.hashStartsComment = true
        s.hasVersionComments = true
        s.hasDelimiterCommand = true
        s.initiallyDeferredImpliesDeferrable = true
        s.definesIndexesInCreateTable = true
        s.hasTableOptions = true
        s.hasGeneratedColumns = true
        s.hasViewDefiners = true
        s.writesCurrentTimestampAsCall = true
        s.holdsKeysInInvisibleColumns = true
        return s
    }

    public func portableType(declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        MySQLForeignTypes.portable(declared)
    }

    public var dependsOnTargetVersion: Bool { false }

    public func lower(_ plan: CheckedPlan, sources: SourceMap) -> LoweringResult {
        MySQLLowering.lower(plan, sources: sources, flavor: self)
    }

    public func printSchema(_ catalog: Catalog) -> CatalogPrinter.Output { CatalogPrinter.mysql(catalog, flavor: self) }

    public var storesJSONAsCheckedText: Bool { isMariaDB }

    /// Types and collations as `MySQLTypes` spells them for this flavour; JSON as MariaDB
    /// stores it when asked; indexes as the lowering writes them (no operator class, a partial
    /// non-unique index whole, TEXT / BLOB keys by a prefix).
    public func readBack(_ t: inout Table, jsonAsCheckedText: Bool) {
        for i in t.indexes.indices {
            t.indexes[i].keys = t.indexes[i].keys.map { var k = $0; k.opclass = nil; return k }
            if !t.indexes[i].isUnique { t.indexes[i].predicate = nil }
            // A partial unique index: its last key is held by a hidden column (`MySQLKeyHolders`),
            // read back as an expression key.
            if t.indexes[i].isUnique, let p = t.indexes[i].predicate, let last = t.indexes[i].keys.last {
                var k = IndexKey(.expression(p), ordering: last.ordering)
                k.holder = last.column
                t.indexes[i].keys[t.indexes[i].keys.count - 1] = k
                t.indexes[i].predicate = nil
            }
            if let prefixed = MySQLKeyPrefix.keys(t.indexes[i], in: t) { t.indexes[i].keys = prefixed }
        }
        TargetReadBack.retype(&t, reader: self, spelling: { MySQLTypes.spelling(of: $0.type, flavor: self) },
                              collation: { MySQLTypes.collation($0, flavor: self) }) { i, column, t in
            if jsonAsCheckedText, column.type.portable == .json || column.type.portable == .jsonb {
                Self.mariaDBJSON(column: i, in: &t)
            }
        }
        // InnoDB has no deferrable keys: the lowering writes every key immediate (D441).
        for i in t.constraints.indices {
            if case .foreignKey(var fk) = t.constraints[i].kind, fk.deferrable {
                fk.deferrable = false
                fk.initiallyDeferred = false
                t.constraints[i].kind = .foreignKey(fk)
            }
        }
    }

    /// MariaDB's JSON is `LONGTEXT COLLATE utf8mb4_bin` with an unnamed column CHECK
    /// `json_valid(column)`: MariaDB names it after the column; read by MySQL's rules (for
    /// `--dialect mysql` output on a MariaDB server) it keeps that name: a dump shows it in the
    /// column's definition, which only MariaDB does.
    static func mariaDBJSON(column i: Int, in t: inout Table) {
        let column = t.columns[i]
        t.columns[i].type = ForeignTypes.columnType("longtext", dialect: MySQLDialect.mysql)
        t.columns[i].collation = "utf8mb4_bin"
        t.constraints.append(Constraint(name: column.name, postgresName: column.name, isNameGenerated: true,
                                        kind: .check(.verbatim("json_valid(`\(column.name)`)")),
                                        level: .column(column.name)))
    }
}

/// The MySQL lowering's name for its dialect object: the files under `Lowering/MySQL` hold and
/// pass it as `flavor` (`flavor == .mariadb`).
public typealias MySQLFlavor = MySQLDialect

/// `--mysql-timestamptz`: what `TIMESTAMP WITH TIME ZONE` becomes on MySQL / MariaDB.
public enum MySQLTimestampTZ: String, CaseIterable, Sendable {
    /// `DATETIME(p)` holding UTC, the script's session in `'+00:00'` (D448): years 1000-9999.
    case datetime
    /// `TIMESTAMP(p)`: converted by the session's `time_zone` as PostgreSQL converts by
    /// `TimeZone`, but only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC (D488).
    case timestamp
}
