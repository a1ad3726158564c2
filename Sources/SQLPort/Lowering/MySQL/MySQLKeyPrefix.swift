/// A non-unique index on a TEXT / BLOB column as MySQL can hold it: by a prefix of each such
/// column. An index only finds rows, so a prefix index returns the same rows for every query
/// (the server compares the whole value after the lookup); a unique index would compare only
/// the prefix, so those stay refused (D413).
enum MySQLKeyPrefix {
    /// Characters of a utf8mb4 text column (4 bytes each) or bytes of a BLOB that one key may hold.
    static let bytesPerCharacter = 4

    /// The keys of `index` on `table` with a prefix length on each TEXT / BLOB column key that
    /// has none: the InnoDB key bytes (`MySQLTypes.maxKeyBytes`) the other keys leave, shared
    /// equally. Nil when no key needs a prefix, the index is unique, or a key cannot have one
    /// (JSON, an expression) or no room is left.
    static func keys(_ index: TableIndex, in table: Table) -> [IndexKey]? {
        guard !index.isUnique else { return nil }
        var needing: [Int] = []
        var fixed = 0
        for (i, key) in index.keys.enumerated() {
            guard let name = key.column, let column = table.column(name) else { return nil }
            if key.prefixLength == nil, MySQLTypes.needsIndexPrefix(column.type) {
                guard isPrefixable(column.type) else { return nil }
                needing.append(i)
            } else {
                fixed += MySQLTypes.keyBytes(column.type)
            }
        }
        guard !needing.isEmpty else { return nil }
        let share = (MySQLTypes.maxKeyBytes - fixed) / needing.count
        guard share >= bytesPerCharacter else { return nil }
        var keys = index.keys
        for i in needing {
            let type = table.column(keys[i].column!)!.type
            keys[i].prefixLength = isBinary(type) ? share : share / bytesPerCharacter
        }
        return keys
    }

    /// TEXT and BLOB take a prefix; JSON takes none (MySQL error 3152).
    static func isPrefixable(_ type: ColumnType) -> Bool {
        if type.declaredIn == .targetDatabase { return type.declared.uppercased() != "JSON" }
        return !(type.portable == .json || type.portable == .jsonb)
    }

    /// A BLOB's prefix counts bytes.
    static func isBinary(_ type: ColumnType) -> Bool {
        if type.declaredIn == .targetDatabase { return type.declared.uppercased().hasSuffix("BLOB") }
        return type.portable == .bytea
    }
}
