/// The words the lexer marks as keywords: every PostgreSQL 15 keyword that is not
/// fully unreserved (so that using one as a name can be diagnosed), plus the
/// unreserved ones the grammar itself uses. Any other word is an identifier.
///
/// Categories follow PostgreSQL's `kwlist.h` (Appendix C of its manual).
public enum Keyword: String, Hashable, Sendable, CaseIterable {
    // Reserved.
    case all, analyse, analyze, and, any, array, `as`, asc, asymmetric, both
    case `case`, cast, check, collate, column, constraint, create
    case current_catalog, current_date, current_role, current_time, current_timestamp, current_user
    case `default`, deferrable, desc, distinct, `do`, `else`, end, except
    case `false`, fetch, `for`, foreign, from, grant, group, having, `in`, initially
    case intersect, into, lateral, leading, limit, localtime, localtimestamp
    case not, null, offset, on, only, or, order, placing, primary, references
    case returning, select, session_user, some, symmetric, table, then, to, trailing
    case `true`, union, unique, user, using, variadic, when, `where`, window, with

    // Reserved, but allowed as a function or type name.
    case authorization, binary, collation, concurrently, cross, current_schema, freeze
    case full, ilike, inner, `is`, isnull, join, left, like, natural, notnull, outer
    case overlaps, right, similar, tablesample, verbose

    // Not reserved, but not allowed as a function or type name (mostly type names).
    case between, bigint, bit, boolean, char, character, coalesce, dec, decimal
    case exists, extract, float, greatest, grouping, `inout`, int, integer, interval
    case least, national, nchar, none, normalize, nullif, numeric, out, overlay
    case position, precision, real, row, setof, smallint, substring, time, timestamp
    case treat, trim, values, varchar
    case xmlattributes, xmlconcat, xmlelement, xmlexists, xmlforest, xmlnamespaces
    case xmlparse, xmlpi, xmlroot, xmlserialize, xmltable

    // Unreserved words the grammar uses; they remain valid names.
    case action, add, alter, always, begin, by, cascade, commit, data, delete
    case double, drop, first, generated, identity, `if`, index, insert, key, last
    case match, no, nulls, rename, restrict, set, start, stored, transaction, type
    case update, varying, without, work, zone
    case temp, temporary, unlogged, view, escape, inherits, partition, tablespace, include

    public enum Category: Sendable {
        /// Usable anywhere a name is (`key`, `data`, `index`).
        case unreserved
        /// A column or table name, but not a function or type name (`int`, `values`).
        case columnName
        /// A function or type name, but not a column or table name (`left`, `like`).
        case typeOrFunctionName
        /// Never a bare name (`user`, `order`, `table`).
        case reserved
    }

    public var category: Category {
        switch self {
        case .all, .analyse, .analyze, .and, .any, .array, .as, .asc, .asymmetric, .both,
             .case, .cast, .check, .collate, .column, .constraint, .create,
             .current_catalog, .current_date, .current_role, .current_time, .current_timestamp,
             .current_user, .default, .deferrable, .desc, .distinct, .do, .else, .end, .except,
             .false, .fetch, .for, .foreign, .from, .grant, .group, .having, .in, .initially,
             .intersect, .into, .lateral, .leading, .limit, .localtime, .localtimestamp,
             .not, .null, .offset, .on, .only, .or, .order, .placing, .primary, .references,
             .returning, .select, .session_user, .some, .symmetric, .table, .then, .to, .trailing,
             .true, .union, .unique, .user, .using, .variadic, .when, .where, .window, .with:
            return .reserved
        case .authorization, .binary, .collation, .concurrently, .cross, .current_schema, .freeze,
             .full, .ilike, .inner, .is, .isnull, .join, .left, .like, .natural, .notnull, .outer,
             .overlaps, .right, .similar, .tablesample, .verbose:
            return .typeOrFunctionName
        case .between, .bigint, .bit, .boolean, .char, .character, .coalesce, .dec, .decimal,
             .exists, .extract, .float, .greatest, .grouping, .inout, .int, .integer, .interval,
             .least, .national, .nchar, .none, .normalize, .nullif, .numeric, .out, .overlay,
             .position, .precision, .real, .row, .setof, .smallint, .substring, .time, .timestamp,
             .treat, .trim, .values, .varchar,
             .xmlattributes, .xmlconcat, .xmlelement, .xmlexists, .xmlforest, .xmlnamespaces,
             .xmlparse, .xmlpi, .xmlroot, .xmlserialize, .xmltable:
            return .columnName
        case .action, .add, .alter, .always, .begin, .by, .cascade, .commit, .data, .delete,
             .double, .drop, .first, .generated, .identity, .if, .index, .insert, .key, .last,
             .match, .no, .nulls, .rename, .restrict, .set, .start, .stored, .transaction, .type,
             .update, .varying, .without, .work, .zone,
             .temp, .temporary, .unlogged, .view, .escape, .inherits, .partition, .tablespace, .include:
            return .unreserved
        }
    }

    /// May stand as a table, column, index or constraint name (PostgreSQL's `ColId`).
    var isColumnName: Bool { category == .unreserved || category == .columnName }
    /// May stand as a function name (PostgreSQL's `type_function_name`).
    var isFunctionName: Bool { category == .unreserved || category == .typeOrFunctionName }
}

/// Finds the keyword spelled by a run of bytes, ignoring ASCII case, without building
/// a `String`: an open-addressing table keyed by an FNV-1a hash of the lower-cased bytes.
/// A class with one shared instance, so a lexer keeps a reference and its lookups
/// skip the lazy-initialization check every `static let` access costs.
final class KeywordTable: Sendable {
    static let shared = KeywordTable()

    private let size = 1024  // a power of two, about 5x the number of keywords
    private let spellings: [[UInt8]] = Keyword.allCases.map { Array($0.rawValue.utf8) }
    private let all = Keyword.allCases
    let maxLength = Keyword.allCases.map(\.rawValue.utf8.count).max() ?? 0
    /// Slot -> index into `all`, or -1 when empty.
    private let slots: [Int16]

    private init() {
        var slots = [Int16](repeating: -1, count: size)
        for (i, spelling) in spellings.enumerated() {
            var slot = Int(Self.hash(spelling[...]) & UInt32(size - 1))
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int16(i)
        }
        self.slots = slots
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 {
        b &- 0x41 < 26 ? b | 0x20 : b
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(lower(b))) &* 16_777_619 }
        return h
    }

    /// The keyword `bytes` spells (any ASCII case), or nil.
    func lookup(_ bytes: ArraySlice<UInt8>) -> Keyword? {
        guard bytes.count <= maxLength, bytes.count >= 2 else { return nil }
        var slot = Int(Self.hash(bytes) & UInt32(size - 1))
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let spelling = spellings[index]
            if spelling.count == bytes.count {
                var same = true
                var j = 0
                for b in bytes {
                    if Self.lower(b) != spelling[j] { same = false; break }
                    j += 1
                }
                if same { return all[index] }
            }
            slot = (slot + 1) & (size - 1)
        }
    }
}
