@testable import SQLPort

/// The Elekto 0.5 SQLite baseline as a SQLite loader would read reference/elekto/schema-0.5.sqlite.sql:
/// the portable replay, with SQLite's declared types kept verbatim (`DATETIME`, `BOOLEAN`) and
/// SQLAlchemy's `CHECK (reviewed IN (0, 1))` on `request`.
func elektoSQLiteBaseline() -> Catalog {
    var c = catalog(.sqlite, elektoSchema())
    for t in c.tables.indices {
        for k in c.tables[t].columns.indices {
            let column = c.tables[t].columns[k]
            let declared: String
            switch column.type.portable {
            case .timestamp?: declared = "DATETIME"
            case .integer?: declared = "INTEGER"
            case .boolean?: declared = "BOOLEAN"
            default: declared = column.type.declared
            }
            c.tables[t].columns[k].type = .foreign(declared, portable: column.type.portable)
        }
    }
    c.updateTable("request") {
        $0.constraints.append(Constraint(name: nil, postgresName: "request_check", isNameGenerated: true,
                                         kind: .check(.verbatim("reviewed IN (0, 1)"))))
    }
    return c
}

/// Sources holding one migration file, for origins.
func sqliteSources() -> SourceMap {
    var m = SourceMap()
    m.add(name: "migrate.sql", text: "")
    return m
}
