/// The portable meaning of a type a database declared, where it has exactly one.
///
/// | dialect    | declared                                   | portable                        |
/// |------------|--------------------------------------------|---------------------------------|
/// | PostgreSQL | anything the portable parser reads (`character varying(255)`, `timestamp without time zone`, `integer[]`) | that type |
/// | MySQL      | `int(11)`, `smallint(6)`, `bigint(20)` (any display width, signed) | INTEGER, SMALLINT, BIGINT |
/// | MySQL      | `decimal(p,s)`, `float`, `double`, `char(n)`, `varchar(n)`, `longtext`, `longblob`, `date`, `time(p)`, `datetime(p)`, `json` | the types the MySQL lowering writes them for |
/// | MySQL      | `tinyint(1)`, `bool`                        | BOOLEAN (how both servers store it) |
/// | MySQL      | `text`, `blob`, `unsigned`, `enum(...)`, other `tinyint`, ... | none: no portable type holds the same values |
/// | SQLite     | what the portable parser reads, plus `DATETIME` (TIMESTAMP) and `BLOB` (BYTEA), which have the same affinity | that type |
/// | SQLite     | typeless, or any other name                | none                            |
enum ForeignTypes {
    /// Each dialect answers for its own dump (`TargetDialect.portableType(declared:)`).
    static func portable(_ declared: String, dialect: any TargetDialect) -> (kind: TypeKind, arrayDimensions: Int)? {
        dialect.portableType(declared: declared)
    }

    /// The type the portable parser reads in `declared`, schema prefixes dropped (serial
    /// types are not types a dump declares).
    static func parsed(_ declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        guard !declared.isEmpty else { return nil }
        var text = declared
        for prefix in ["public.", "pg_catalog."] where text.lowercased().hasPrefix(prefix) { text.removeFirst(prefix.count) }
        guard let t = Parser.typeNameFragment(SourceFile(id: FileID(0), name: "type", text: text)),
              !ColumnType.isSerial(t.kind) else { return nil }
        return (t.kind, t.arrayDimensions)
    }

    /// The catalog type for a declared spelling read from a dump.
    static func columnType(_ declared: String, dialect: any TargetDialect) -> ColumnType {
        let meaning = portable(declared, dialect: dialect)
        return ColumnType(portable: meaning?.kind, arrayDimensions: meaning?.arrayDimensions ?? 0,
                          declared: declared, declaredIn: .targetDatabase)
    }
}
