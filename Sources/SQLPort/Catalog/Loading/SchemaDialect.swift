/// The language a baseline schema file is written in — not a database.
///
/// `portable` is the migration language itself (PostgreSQL-flavoured `CREATE TABLE`s), which
/// is replayed for any target. The others are the DDL a database family writes (a dump, `SHOW
/// CREATE TABLE`, `sqlite3 .schema`, or SQL generated for that database), which can only be the
/// baseline of that family's output. A family is named by the dialect whose DDL it is
/// (`TargetDialect.dumpFamily`): MySQL and MariaDB write one DDL, read by one reader, so there
/// is one `mysql` language for both; which server a dump came from is read from the dump where
/// it matters (`Compiler.impliedTarget`). The raw values are `--schema-dialect`'s arguments.
public struct SchemaDialect: RawRepresentable, CaseIterable, Sendable, Hashable {
    /// The dialect whose dump reader reads the file; nil for portable DDL.
    public let family: Dialect?

    private init(family: Dialect?) { self.family = family }

    public static let portable = SchemaDialect(family: nil)

    /// The DDL `target` writes (MariaDB's is MySQL's).
    public static func native(to target: Dialect) -> SchemaDialect {
        SchemaDialect(family: target.target.dumpFamily)
    }

    /// The native languages by name (for `--schema-dialect`, the detector and tests).
    public static let postgresql = native(to: .postgresql)
    public static let mysql = native(to: .mysql)
    public static let sqlite = native(to: .sqlite)

    /// `portable`, then each family's DDL in `Dialect` order: `--schema-dialect`'s values.
    public static let allCases: [SchemaDialect] =
        [.portable] + Dialect.allCases.filter { $0.target.dumpFamily == $0 }.map { SchemaDialect(family: $0) }

    public var rawValue: String { family?.rawValue ?? "portable" }

    public init?(rawValue: String) {
        guard let found = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = found
    }

    public var displayName: String { family?.displayName ?? "portable" }

    /// The family's dialect, which reads a file in this language; nil for portable DDL.
    public var reader: (any TargetDialect)? { family?.target }

    /// Whether a schema in this language can be the baseline for `target`'s output.
    public func canDescribe(_ target: Dialect) -> Bool {
        family.map { $0 == target.target.dumpFamily } ?? true
    }
}
