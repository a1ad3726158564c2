/// The portable meaning of a type a MySQL or MariaDB dump declares (see `ForeignTypes`):
/// `int(11)` is INTEGER, `tinyint(1)` BOOLEAN, the types the MySQL lowering writes read back
/// as what it writes them for; `text`, `unsigned`, `enum(...)` have none.
enum MySQLForeignTypes {
    static func portable(_ declared: String) -> (kind: TypeKind, arrayDimensions: Int)? {
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
}
