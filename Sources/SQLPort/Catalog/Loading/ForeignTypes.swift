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
    static func portable(_ declared: String, dialect: SchemaDialect) -> (kind: TypeKind, arrayDimensions: Int)? {
        switch dialect {
        case .portable, .postgresql:
            return parsed(declared)
        case .sqlite:
            switch declared.uppercased() {
            case "DATETIME": return (.timestamp(precision: nil, withTimeZone: false), 0)
            case "BLOB": return (.bytea, 0)
            default: return parsed(declared)
            }
        case .mysql:
            return mysql(declared)
        }
    }

    private static func parsed(_ declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        guard !declared.isEmpty else { return nil }
        var text = declared
        for prefix in ["public.", "pg_catalog."] where text.lowercased().hasPrefix(prefix) { text.removeFirst(prefix.count) }
        guard let t = Parser.typeNameFragment(SourceFile(id: FileID(0), name: "type", text: text)),
              !ColumnType.isSerial(t.kind) else { return nil }
        return (t.kind, t.arrayDimensions)
    }

    private static func mysql(_ declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
        let lower = declared.lowercased()
        var base = lower
        var args: [Int] = []
        if let open = lower.firstIndex(of: "("), let close = lower.firstIndex(of: ")"), open < close {
            base = String(lower[..<open])
            args = lower[lower.index(after: open)..<close].split(separator: ",").compactMap { Int($0.filter { $0 != " " }) }
            if lower[lower.index(after: close)...].contains(where: { $0 != " " }) { return nil }
        } else if lower.contains(" ") {
            return nil  // `int unsigned`, `double precision`-like spellings MySQL never prints
        }
        switch base {
        case "int", "integer": return (.integer, 0)
        case "smallint": return (.smallint, 0)
        case "bigint": return (.bigint, 0)
        case "decimal", "numeric":
            return args.isEmpty ? nil : (.numeric(precision: args[0], scale: args.count > 1 ? args[1] : 0), 0)
        case "float" where args.isEmpty: return (.real, 0)
        case "double" where args.isEmpty: return (.doublePrecision, 0)
        case "char": return (.char(length: args.first ?? 1), 0)
        case "varchar": return args.isEmpty ? nil : (.varchar(length: args[0]), 0)
        case "longtext": return (.text, 0)
        case "longblob": return (.bytea, 0)
        case "date": return (.date, 0)
        // The MySQL lowering writes PostgreSQL's default precision (6) out; read it back as the default.
        case "time": return (.time(precision: args.first == 6 ? nil : args.first ?? 0, withTimeZone: false), 0)
        case "datetime": return (.timestamp(precision: args.first == 6 ? nil : args.first ?? 0, withTimeZone: false), 0)
        case "json": return (.json, 0)
        // MySQL and MariaDB store BOOLEAN as TINYINT(1), the spelling the MySQL lowering writes.
        case "bool", "boolean": return (.boolean, 0)
        case "tinyint" where args == [1]: return (.boolean, 0)
        default: return nil
        }
    }

    /// The catalog type for a declared spelling read from a dump.
    static func columnType(_ declared: String, dialect: SchemaDialect) -> ColumnType {
        let meaning = portable(declared, dialect: dialect)
        return ColumnType(portable: meaning?.kind, arrayDimensions: meaning?.arrayDimensions ?? 0,
                          declared: declared, declaredIn: .targetDatabase)
    }
}
