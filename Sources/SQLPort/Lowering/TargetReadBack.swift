/// The catalog after a migration as the target database will report it: each column's type
/// as the lowering spells it, read back the way a dump of that database is read. The
/// checker's catalog keeps portable meaning (`BIGSERIAL`, `UUID`, `VARCHAR`); the database
/// holds what the lowering wrote (`INTEGER PRIMARY KEY`, `CHAR(36)`, `LONGTEXT`).
enum TargetReadBack {
    static func catalog(_ catalog: Catalog, dialect: Dialect, jsonAsMariaDB: Bool) -> Catalog {
        guard dialect != .postgresql else { return catalog }
        var out = catalog
        for table in catalog.tables {
            _ = out.updateTable(table.name) { t in
                for i in t.columns.indices {
                    let column = t.columns[i]
                    guard let spelled = spelling(column, in: table, dialect) else { continue }
                    t.columns[i].type = ForeignTypes.columnType(spelled, dialect: dialect == .sqlite ? .sqlite : .mysql)
                    if let c = column.collation, let mapped = collation(c, dialect) { t.columns[i].collation = mapped.isEmpty ? nil : mapped }
                    if jsonAsMariaDB, column.type.portable == .json || column.type.portable == .jsonb {
                        mariaDBJSON(column: i, in: &t, dialect)
                    }
                }
                if dialect == .sqlite { sqliteAutoincrementKey(in: &t) }
            }
        }
        return out
    }

    static func spelling(_ column: Column, in t: Table, _ dialect: Dialect) -> String? {
        switch dialect {
        case .postgresql: nil
        case .mysql, .mariadb: MySQLTypes.spelling(of: column.type, flavor: dialect == .mysql ? .mysql : .mariadb)
        case .sqlite: SQLiteTypes.spelling(of: column, in: t)
        }
    }

    static func collation(_ name: String, _ dialect: Dialect) -> String? {
        switch dialect {
        case .postgresql: nil
        case .mysql, .mariadb: MySQLTypes.collation(name, flavor: dialect == .mysql ? .mysql : .mariadb)
        case .sqlite: SQLiteTypes.collation(name)
        }
    }

    /// SQLite takes `AUTOINCREMENT` only on its column's own `PRIMARY KEY`, so the lowering
    /// writes a table-level key of such a column on the column, where SQLite reports it.
    static func sqliteAutoincrementKey(in t: inout Table) {
        guard let k = t.constraints.firstIndex(where: { $0.role == .primaryKey }), t.constraints[k].keyColumns.count == 1,
              let column = t.column(t.constraints[k].keyColumns[0]), column.generator == .rowid(autoincrement: true) else { return }
        t.constraints[k].level = .column(column.name)
    }

    /// MariaDB's JSON is `LONGTEXT COLLATE utf8mb4_bin` with an unnamed column CHECK
    /// `json_valid(column)`: MariaDB names it after the column; read by MySQL's rules (for
    /// `--dialect mysql` output on a MariaDB server) it keeps that name: a dump shows it in the
    /// column's definition, which only MariaDB does.
    static func mariaDBJSON(column i: Int, in t: inout Table, _ dialect: Dialect) {
        let column = t.columns[i]
        t.columns[i].type = ForeignTypes.columnType("longtext", dialect: .mysql)
        t.columns[i].collation = "utf8mb4_bin"
        t.constraints.append(Constraint(name: column.name, postgresName: column.name, isNameGenerated: true,
                                        kind: .check(.verbatim("json_valid(`\(column.name)`)")),
                                        level: .column(column.name)))
    }
}
