/// Generated columns on MySQL / MariaDB: `col type GENERATED ALWAYS AS (expr) STORED`, the
/// expression through the MySQL expression writer and its checks. MariaDB refuses NOT NULL on
/// a generated column (error 1064, measured on 10.11; MySQL 8 takes it), and `--dialect mysql`
/// is written in the syntax both servers take: a NOT NULL generated column is D480 on both.
extension MySQLLowerer {
    mutating func checkGeneratedColumn(_ c: Column, writer w: MySQLWriter, at range: SourceRange?) {
        guard let g = c.generated, let e = g.definition else { return }
        report(MySQLExpressions.check(e, columns: w.spelling.columns, fallback: range))
        if c.isNotNull {
            report(.error(.mysqlGeneratedNotNull, "generated column `\(c.name)` cannot be NOT NULL in MariaDB",
                          at: c.definedAt ?? range, label: "MariaDB refuses NOT NULL on a generated column",
                          help: "leave NOT NULL out, or add `CHECK (\(c.name) IS NOT NULL)` to the table"))
        }
    }
}

extension MySQLWriter {
    /// ` GENERATED ALWAYS AS (expr) STORED|VIRTUAL`, or nothing.
    func generationClause(_ c: Column) -> String {
        guard let g = c.generated else { return "" }
        let text = g.definition.map { expression($0.foldingConstantCasts()) } ?? g.expression
        return " GENERATED ALWAYS AS (" + text + ") " + (g.storage == .stored ? "STORED" : "VIRTUAL")
    }
}
