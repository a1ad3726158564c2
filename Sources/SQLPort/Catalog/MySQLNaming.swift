/// MySQL / MariaDB (InnoDB) naming rules.
///
/// - the primary key is always `PRIMARY`;
/// - a unique constraint is a unique index named after its first column (`username`), then
///   `username_2`, `username_3`, ... on collision (`make_unique_key_name`, which ignores case:
///   an index `Username` makes it `username_2`);
/// - an unnamed foreign key is `<table>_ibfk_<n>`, n one more than the highest in use;
/// - an unnamed CHECK: MariaDB names a column-level check after its column and a table-level
///   one `CONSTRAINT_<n>` (first n free of every check name, case ignored: `constraint_1` makes it
///   `CONSTRAINT_2`); MySQL 8 names both `<table>_chk_<n>` (written by sqlport, so n is chosen
///   past every such name in any case);
/// - measured on MariaDB 10.11: `<table>_ibfk_<n>` counts only names with the prefix in that very
///   case (a `T_IBFK_1` then collides, error 1050);
/// - a MariaDB column definition holds one unnamed CHECK (a second one, or a named one, is a
///   syntax error): the others are written, and kept, as table checks;
/// - InnoDB backs a foreign key with an index (named after the constraint if it was named,
///   else after the first column) unless an index already starts with the key's columns, and
///   silently drops that index when a later index covers the columns.
public struct MySQLNaming: ConstraintNaming {
    public enum Flavor: String, Hashable, Sendable { case mysql, mariadb }
    public var flavor: Flavor

    public init(flavor: Flavor) { self.flavor = flavor }
    public var target: TargetDatabase { flavor == .mysql ? .mysql : .mariadb }

    public static let primaryKeyName = "PRIMARY"

    public func constraintName(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        switch request.role {
        case .primaryKey:
            return MySQLNaming.primaryKeyName
        case .unique:
            return request.requestedName ?? MySQLNaming.uniqueKeyName(request.columns.first ?? "key", in: table)
        case .foreignKey:
            return request.requestedName ?? "\(table.name)_ibfk_\(MySQLNaming.highestNumber(prefix: "\(table.name)_ibfk_", in: table) + 1)"
        case .check:
            if let name = request.requestedName { return name }
            let checkNames = Set(table.constraints.filter { $0.role == .check }.compactMap { $0.name?.uppercased() })
            switch flavor {
            case .mysql:
                return "\(table.name)_chk_\(MySQLNaming.highestNumber(prefix: "\(table.name)_chk_", in: table, ignoringCase: true) + 1)"
            case .mariadb:
                if case .column(let column) = request.level, !checkNames.contains(column.uppercased()) { return column }
                var n = 1
                while checkNames.contains("CONSTRAINT_\(n)") { n += 1 }
                return "CONSTRAINT_\(n)"
            }
        }
    }

    public func level(for request: ConstraintNamingRequest, table: Table) -> Constraint.Level {
        guard flavor == .mariadb, request.role == .check, case .column(let column) = request.level else { return request.level }
        // A check already named like the column would collide with the name MariaDB gives this one (error 1826).
        let taken = table.constraints.contains { $0.role == .check && ($0.level == request.level || $0.name?.uppercased() == column.uppercased()) }
        return request.requestedName == nil && !taken ? request.level : .table
    }

    public func foreignKeySupportIndex(for key: ForeignKey, constraintName: String?, requestedName: String?,
                                       table: Table) -> TableIndex? {
        if MySQLNaming.hasIndex(startingWith: key.columns, in: table) { return nil }
        let name = requestedName ?? MySQLNaming.uniqueKeyName(key.columns.first ?? "key", in: table)
        return TableIndex(name: name, keys: key.columns.map { IndexKey(.column($0)) },
                     origin: .foreignKeySupport(constraint: constraintName ?? name))
    }

    public func generator(forSerial table: String, column: String, identityAlways: Bool?, isRowidCandidate: Bool,
                          catalog: Catalog) -> ValueGenerator {
        .autoIncrement
    }

    /// Index names in use on a MySQL table, in upper case (MySQL compares them so): its indexes
    /// plus its key constraints (which are indexes).
    static func indexNames(in table: Table) -> Set<String> {
        var names = Set(table.indexes.map { $0.name.uppercased() })
        for c in table.constraints where c.role == .primaryKey || c.role == .unique {
            if let n = c.name { names.insert(n.uppercased()) }
        }
        return names
    }

    /// `make_unique_key_name`: the column's name, else `<column>_2`, `<column>_3`, ...
    static func uniqueKeyName(_ column: String, in table: Table) -> String {
        let used = indexNames(in: table)
        if !used.contains(column.uppercased()) && column.uppercased() != primaryKeyName { return column }
        var n = 2
        while used.contains("\(column)_\(n)".uppercased()) { n += 1 }
        return "\(column)_\(n)"
    }

    /// Highest `<prefix><n>` among the table's constraint names (0 when none).
    static func highestNumber(prefix: String, in table: Table, ignoringCase: Bool = false) -> Int {
        table.constraints.compactMap(\.name).compactMap { name -> Int? in
            guard ignoringCase ? name.uppercased().hasPrefix(prefix.uppercased()) : name.hasPrefix(prefix) else { return nil }
            return Int(name.dropFirst(prefix.count))
        }.max() ?? 0
    }

    /// Whether some index or key of the table starts with `columns`, in order.
    static func hasIndex(startingWith columns: [String], in table: Table) -> Bool {
        table.indexes.contains { keyStarts(with: columns, $0.columns) && $0.keys.count >= columns.count
                && $0.keys.prefix(columns.count).allSatisfy { $0.column != nil } }
            || table.constraints.contains { c in
                (c.role == .primaryKey || c.role == .unique) && keyStarts(with: columns, c.keyColumns)
            }
    }
}
