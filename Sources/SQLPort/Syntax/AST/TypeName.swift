/// A data type of the portable language.
///
///     SMALLINT | INTEGER | INT | BIGINT | SMALLSERIAL | SERIAL | BIGSERIAL
///     | NUMERIC [(p [, s])] | DECIMAL [(p [, s])] | REAL | DOUBLE PRECISION | FLOAT [(p)]
///     | BOOLEAN | CHAR [(n)] | VARCHAR [(n)] | TEXT | BYTEA | DATE
///     | TIME [(p)] [WITH|WITHOUT TIME ZONE] | TIMESTAMP [(p)] [WITH|WITHOUT TIME ZONE]
///     | TIMESTAMPTZ | INTERVAL | UUID | JSON | JSONB
///   | enum_type_name (a type made by `CREATE TYPE ... AS ENUM`)
///   followed by any number of `[]` for arrays.
public struct TypeName: Hashable, Sendable {
    public var kind: TypeKind
    /// Number of `[]` suffixes; 0 for a scalar.
    public var arrayDimensions: Int
    /// The type exactly as written (e.g. `DATETIME`, `int4`), for messages and for
    /// dialects that must reproduce a declared type verbatim.
    @NotCompared public var spelling: String
    @NotCompared public var range: SourceRange?

    public init(_ kind: TypeKind, arrayDimensions: Int = 0, spelling: String = "", range: SourceRange? = nil) {
        self.kind = kind
        self.arrayDimensions = arrayDimensions
        self.spelling = spelling
        self.range = range
    }
}

public enum TypeKind: Hashable, Sendable {
    case smallint, integer, bigint
    case smallserial, serial, bigserial
    /// `NUMERIC` / `DECIMAL`
    case numeric(precision: Int?, scale: Int?)
    case real
    case doublePrecision
    /// `FLOAT [(p)]`
    case float(precision: Int?)
    case boolean
    /// `CHAR [(n)]`; PostgreSQL's bare `CHAR` means `CHAR(1)`.
    case char(length: Int?)
    case varchar(length: Int?)
    case text
    case bytea
    case date
    case time(precision: Int?, withTimeZone: Bool)
    case timestamp(precision: Int?, withTimeZone: Bool)
    case interval
    case uuid
    case json
    case jsonb
    /// A type made by `CREATE TYPE name AS ENUM (...)`: its name (without `public.`), and its
    /// labels in order as the catalog knows them (empty in the AST, where only the name is
    /// written; the checker fills them in from the catalog).
    case enumType(name: String, labels: [String])
}
