/// PostgreSQL's index operator classes and access methods as the other databases see them.
///
/// A `*_pattern_ops` class compares strings byte by byte so that a b-tree serves `LIKE 'a%'`
/// under any collation, at the price of `<` / `>` under the column's collation: it changes
/// which queries the index serves, never what any query returns, and the default index of
/// MySQL and SQLite already serves the same prefix lookups. Any other class or method (GIN,
/// GiST, BRIN, hash, `jsonb_path_ops`, `gin_trgm_ops`) answers operators those databases do not
/// have or holds keys they cannot, so it is refused rather than approximated.
enum IndexOperatorClasses {
    /// The classes that only choose which queries a b-tree serves (PostgreSQL's `pg_opclass`).
    static let patternClasses: Set<String> = ["varchar_pattern_ops", "text_pattern_ops", "bpchar_pattern_ops"]

    /// The method every database's index is; `USING btree` changes nothing.
    static let defaultMethod = "btree"

    /// D444 notes for the pattern classes left out of `index`, D445 errors for any other class
    /// or method; `database` names the target in the messages.
    static func check(_ index: TableIndex, database: String, checkMethod: Bool = true) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if checkMethod, let method = index.method, method.lowercased() != defaultMethod {
            out.append(.error(.indexOperatorClassUnsupported, "\(database) has no index method `\(method)`", at: index.definedAt,
                              label: "index `\(index.name)`",
                              help: "write `USING btree` (or no USING) if a b-tree serves the queries, or keep the index only on PostgreSQL"))
        }
        for key in index.keys {
            guard let opclass = key.opclass else { continue }
            let keyName = key.column.map { "`\($0)`" } ?? "an expression"
            if patternClasses.contains(opclass.lowercased()) {
                out.append(Diagnostic(.indexOperatorClassLeftOut, .note,
                                      "operator class `\(opclass)` of \(keyName) in index `\(index.name)` is left out",
                                      at: index.definedAt, label: "\(database)'s index serves `LIKE 'prefix%'` without it",
                                      help: "queries return the same rows; the index is a plain one on the same key"))
            } else {
                out.append(.error(.indexOperatorClassUnsupported,
                                  "operator class `\(opclass)` of \(keyName) in index `\(index.name)` has no \(database) equivalent",
                                  at: index.definedAt, label: "changes what the index can answer",
                                  help: "remove `\(opclass)` for a plain b-tree index, or keep the index only on PostgreSQL"))
            }
        }
        return out
    }
}
