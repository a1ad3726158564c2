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
    public var flavor: MySQLDialect

    public init(flavor: MySQLDialect) { self.flavor = flavor }
    public var target: Dialect { flavor.dialect }

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
            if !flavor.isMariaDB {
                return "\(table.name)_chk_\(MySQLNaming.highestNumber(prefix: "\(table.name)_chk_", in: table, ignoringCase: true) + 1)"
            } else {
                if case .column(let column) = request.level, !checkNames.contains(column.uppercased()) { return column }
                var n = 1
                while checkNames.contains("CONSTRAINT_\(n)") { n += 1 }
                return "CONSTRAINT_\(n)"
            }
        }
    }

    /// A dump shows a CHECK in a column's definition only where MariaDB keeps an unnamed one
    /// (MySQL 8 prints every check as `CONSTRAINT t_chk_n CHECK`): the database the dump
    /// describes is MariaDB, so the check has MariaDB's name — the column's — whichever
    /// flavour the output is for. (Unnamed table checks in hand-written DDL get the flavour's.)
    public func nameInDump(for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> String? {
        guard request.role == .check, case .column = request.level else {
            return constraintName(for: request, table: table, catalog: catalog)
        }
        return MySQLNaming(flavor: .mariadb).constraintName(for: request, table: table, catalog: catalog)
    }

    /// Names either engine invents, read back from a dump of either: `PRIMARY`; a unique key's
    /// first column, then `<column>_<n>`; `<table>_ibfk_<n>` (the table's name when the key was
    /// made: MariaDB keeps it across a rename); a check's `CONSTRAINT_<n>` (MariaDB) or
    /// `<table>_chk_<n>` (MySQL 8). By pattern, not by the next free number: a dropped
    /// constraint leaves a gap. A user who wrote such a name loses nothing: the name the
    /// database has still resolves first.
    public func isGeneratedName(_ name: String, for request: ConstraintNamingRequest, table: Table, catalog: Catalog) -> Bool {
        switch request.role {
        case .primaryKey:
            return name == MySQLNaming.primaryKeyName
        case .unique:
            guard let first = request.columns.first else { return false }
            return name == first || MySQLNaming.numbered(name, prefix: first + "_", from: 2)
        case .foreignKey:
            return MySQLNaming.numbered(name, infix: "_ibfk_")
        case .check:
            return MySQLNaming.numbered(name, prefix: "CONSTRAINT_", from: 1) || MySQLNaming.numbered(name, infix: "_chk_")
        }
    }

    /// `<prefix><n>` with n >= `from`, no leading zero.
    static func numbered(_ name: String, prefix: String, from: Int) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let digits = name.dropFirst(prefix.count)
        guard let n = Int(digits), !digits.hasPrefix("0"), digits.allSatisfy(\.isASCII) else { return false }
        return n >= from
    }

    /// `<something><infix><n>`, n >= 1.
    static func numbered(_ name: String, infix: String) -> Bool {
        guard let digits = name.split(separator: "_", omittingEmptySubsequences: false).last,
              name.count > infix.count + digits.count, name.dropLast(digits.count).hasSuffix(infix) else { return false }
        return numbered(String(digits), prefix: "", from: 1)
    }

    /// MySQL: 64 characters at most (`NAME_CHAR_LEN`); utf8mb3, so nothing outside the Basic
    /// Multilingual Plane (MariaDB: error 1300); no trailing space in table, column or index
    /// names (errors 1103 / 1166 / 1280; a foreign key's name is its index's); no index
    /// named `PRIMARY` but the primary key.
    public func nameProblem(_ name: String, for kind: NamedObjectKind) -> String? {
        let flavorName = flavor == .mysql ? "MySQL and MariaDB" : "MariaDB"
        if name.unicodeScalars.count > 64 {
            return "\(flavorName) names are at most 64 characters (this one is \(name.unicodeScalars.count))"
        }
        if name.unicodeScalars.contains(where: { $0.value > 0xFFFF }) {
            return "\(flavorName) names are utf8mb3: no character outside the Basic Multilingual Plane (such as emoji)"
        }
        if name.isEmpty { return "\(flavorName) names cannot be empty" }
        if kind != .constraint(.check), name.hasSuffix(" ") {
            return "\(flavorName) table, column and index names cannot end with a space"
        }
        if kind == .index || kind == .constraint(.unique), NameFolding.unicodeLower(name) == "primary" {
            return "\(flavorName) reserve the index name `PRIMARY` for the primary key"
        }
        return nil
    }

    /// Table, column and index names (an index's namespace is its table's, with its keys) are
    /// compared ignoring case; table names too, since servers on Windows and macOS
    /// (`lower_case_table_names` 1 or 2) fold them. Foreign key names are per schema (InnoDB);
    /// check names per table in MariaDB but per schema in MySQL 8.
    public func nameConflict(_ name: String, for kind: NamedObjectKind, table: Table?, catalog: Catalog,
                             except: String?) -> NameConflict? {
        let who = flavor == .mysql ? "MySQL and MariaDB" : "MariaDB", s = flavor == .mysql ? "" : "s"
        let fold = NameFolding.unicodeLower
        switch kind {
        case .table:
            return NameLookup.first(NameLookup.tables(catalog, near: name), matching: name, except: except, fold: fold,
                                    rule: "\(who) compare\(s) table names ignoring case where `lower_case_table_names` is 1 or 2 (Windows, macOS)")
        case .column:
            guard let table else { return nil }
            return NameLookup.column(table, matching: name, except: except, fold: fold,
                                    rule: "\(who) compare\(s) column names ignoring case")
        case .index, .constraint(.unique):
            guard let table else { return nil }
            return NameLookup.first(NameLookup.mysqlIndexes(table), matching: name, except: except, fold: fold,
                                    rule: "\(who) compare\(s) index names ignoring case, among the indexes and keys of a table")
                ?? NameLookup.first(NameLookup.mysqlConstraints(table, roles: [.check]), matching: name, except: except, fold: fold,
                                    rule: "MariaDB keeps key, foreign key and check names of a table in one namespace, compared ignoring case")
        case .constraint(.primaryKey):
            return nil
        case .constraint(.foreignKey):
            let keys = NameLookup.schemaConstraints(catalog, role: .foreignKey, near: name)
            return NameLookup.first(keys, matching: name, except: except, fold: fold,
                                    rule: "\(who) keep\(s) foreign key names per schema, compared ignoring case")
                ?? table.flatMap {
                    NameLookup.first(NameLookup.mysqlConstraints($0, roles: [.check, .unique, .primaryKey]), matching: name,
                                     except: except, fold: fold,
                                     rule: "MariaDB keeps key, foreign key and check names of a table in one namespace, compared ignoring case")
                }
        case .constraint(.check):
            guard let table else { return nil }
            let sameTable = NameLookup.first(NameLookup.mysqlConstraints(table, roles: [.check, .foreignKey, .unique, .primaryKey]),
                                             matching: name, except: except, fold: fold,
                                             rule: "MariaDB keeps key, foreign key and check names of a table in one namespace, compared ignoring case")
            guard sameTable == nil, flavor == .mysql else { return sameTable }
            let checks = NameLookup.schemaConstraints(catalog, role: .check, near: name)
            return NameLookup.first(checks, matching: name, except: except, fold: fold,
                                    rule: "MySQL 8 keeps check constraint names per schema, compared ignoring case")
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

/// MySQL's namespaces, for `MySQLNaming.nameConflict`.
extension NameLookup {
    /// A MySQL table's index names: its indexes and its keys (`PRIMARY`, unique constraints).
    static func mysqlIndexes(_ table: Table) -> [Candidate] {
        table.indexes.map { Candidate(name: $0.name, object: "index `\($0.name)` on table `\(table.name)`", definedAt: $0.definedAt) }
            + table.constraints.compactMap { c in
                guard c.role == .primaryKey || c.role == .unique, let n = c.name else { return nil }
                return Candidate(name: n, object: "\(c.role.rawValue) `\(n)` on table `\(table.name)`", definedAt: c.definedAt)
            }
    }

    /// MariaDB's per-table namespace of constraint names (error 1826): table-level checks,
    /// foreign keys, unique keys and `PRIMARY` — not the check a column holds (named after
    /// the column), nor plain indexes.
    static func mysqlConstraints(_ table: Table, roles: Set<ConstraintRole>) -> [Candidate] {
        table.constraints.compactMap { c in
            guard roles.contains(c.role), let n = c.name else { return nil }
            if c.role == .check, c.isNameGenerated, case .column(let column) = c.level, n == column { return nil }
            return Candidate(name: n, object: "\(c.role.rawValue) `\(n)` on table `\(table.name)`", definedAt: c.definedAt)
        }
    }
}
