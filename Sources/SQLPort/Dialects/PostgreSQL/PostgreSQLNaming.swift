/// PostgreSQL's naming rules (PostgreSQL 15: `makeObjectName`, `ChooseRelationName`,
/// `ChooseConstraintName`, `ChooseIndexNameAddition`).
///
/// - primary key: `<table>_pkey`; unique: `<table>_<col>[_<col>...]_key` — both are indexes, so
///   the name must be free among relations (tables, indexes, sequences, views) *and* constraints;
/// - foreign key: `<table>_<col>[_<col>...]_fkey` (all key columns since PostgreSQL 12);
/// - check: `<table>_<col>_check` when the expression uses exactly one distinct column, else
///   `<table>_check` (PostgreSQL no longer knows where the check was written and approximates);
///   free among the schema's constraint names only;
/// - serial / identity sequence: `<table>_<col>_seq`, free among relations;
/// - on collision the label gets `1`, `2`, ... (`t_pkey1`); names are cut to 63 bytes by
///   shortening the longer of table / column part first, never the label.
public struct PostgreSQLNaming: ConstraintNaming {
    public init() {}
    public var target: Dialect { .postgresql }
    public var hasSequences: Bool { true }

    /// `NAMEDATALEN - 1`.
    public static let maxIdentifierBytes = 63

    public func constraintName(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        request.requestedName ?? PostgreSQLNaming.generatedName(for: request, table: table.name, catalog: catalog)
    }

    /// PostgreSQL holds any name; one over 63 bytes it cuts short, which the PostgreSQL lowering
    /// refuses (D402) for every name a statement defines. Its namespaces are the checker's own rules.
    public func nameProblem(_ name: String, for kind: NamedObjectKind) -> String? { nil }

    public func nameConflict(_ name: String, for kind: NamedObjectKind, table: Table?, catalog: Catalog,
                             except: String?) -> NameConflict? { nil }

    public func generator(forSerial table: String, column: String, identityAlways: Bool?, isRowidCandidate: Bool,
                          catalog: Catalog) -> ValueGenerator {
        let sequence = PostgreSQLNaming.sequenceName(table: table, column: column, catalog: catalog)
        if let always = identityAlways { return .identity(always: always, sequence: sequence) }
        return .serial(sequence: sequence)
    }

    /// The name PostgreSQL invents for an unnamed constraint, given what the catalog already holds.
    public static func generatedName(for request: ConstraintNamingRequest, table: String, catalog: Catalog) -> String {
        switch request.role {
        case .primaryKey:
            return chooseRelationName(table, nil, label: "pkey", catalog: catalog, isConstraint: true)
        case .unique:
            return chooseRelationName(table, indexNameAddition(request.columns), label: "key",
                                      catalog: catalog, isConstraint: true)
        case .foreignKey:
            return chooseConstraintName(table, indexNameAddition(request.columns), label: "fkey", catalog: catalog)
        case .check:
            let column = request.checkColumns.count == 1 ? request.checkColumns[0] : nil
            return chooseConstraintName(table, column, label: "check", catalog: catalog)
        }
    }

    /// `<table>_<column>_seq`, made unique among relations.
    public static func sequenceName(table: String, column: String, catalog: Catalog) -> String {
        chooseRelationName(table, column, label: "seq", catalog: catalog, isConstraint: false)
    }

    /// `ChooseRelationName`: free among relation names (and constraint names when `isConstraint`).
    public static func chooseRelationName(_ name1: String, _ name2: String?, label: String,
                                          catalog: Catalog, isConstraint: Bool) -> String {
        choose(name1, name2, label: label) {
            !catalog.isPostgresRelationName($0) && !(isConstraint && catalog.isPostgresConstraintName($0))
        }
    }

    /// `ChooseConstraintName`: free among the schema's constraint names.
    public static func chooseConstraintName(_ name1: String, _ name2: String?, label: String,
                                            catalog: Catalog) -> String {
        choose(name1, name2, label: label) { !catalog.isPostgresConstraintName($0) }
    }

    private static func choose(_ name1: String, _ name2: String?, label: String,
                               isFree: (String) -> Bool) -> String {
        var pass = 0
        var candidate = makeObjectName(name1, name2, label: label)
        while !isFree(candidate) {
            pass += 1
            candidate = makeObjectName(name1, name2, label: "\(label)\(pass)")
        }
        return candidate
    }

    /// `ChooseIndexNameAddition`: column names joined by `_`, generation stopping once the
    /// result reaches 64 bytes (it is cut to size by `makeObjectName` anyway).
    public static func indexNameAddition(_ columns: [String]) -> String {
        var bytes: [UInt8] = []
        for column in columns {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
            bytes += clip(Array(column.utf8), to: maxIdentifierBytes)
            if bytes.count > maxIdentifierBytes { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `makeObjectName`: `name1_name2_label` in at most 63 bytes. While too long, the longer of
    /// the two names loses a byte (name2 on a tie); then each is clipped to a character boundary.
    public static func makeObjectName(_ name1: String, _ name2: String?, label: String?) -> String {
        let n1 = Array(name1.utf8), n2 = name2.map { Array($0.utf8) }
        var overhead = 0
        if n2 != nil { overhead += 1 }
        if let label { overhead += label.utf8.count + 1 }
        let available = maxIdentifierBytes - overhead
        var n1chars = n1.count, n2chars = n2?.count ?? 0
        while n1chars + n2chars > available {
            if n1chars > n2chars { n1chars -= 1 } else { n2chars -= 1 }
        }
        var result = clip(n1, to: n1chars)
        if let n2 {
            result.append(UInt8(ascii: "_"))
            result += clip(n2, to: n2chars)
        }
        if let label {
            result.append(UInt8(ascii: "_"))
            result += Array(label.utf8)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `pg_mbcliplen`: the longest prefix of at most `limit` bytes that does not split a character.
    static func clip(_ bytes: [UInt8], to limit: Int) -> [UInt8] {
        guard bytes.count > limit else { return bytes }
        var end = max(0, limit)
        // Back off continuation bytes (10xxxxxx) so the cut falls on a character start.
        while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[..<end])
    }
}
