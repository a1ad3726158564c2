/// `SHOW CREATE TABLE / VIEW / TRIGGER`, in mysqldump's order: tables by name, each with its
/// triggers, then views. Trigger bodies may hold `;`, so they go between `DELIMITER` lines.
struct MariaDBIntrospection {
    let connection: any DatabaseConnection

    func quote(_ name: String) -> String { "`" + name.replacing("`", with: "``") + "`" }

    func ddl() throws -> String {
        var out = ""
        var views: [String] = []
        for row in try connection.query("SHOW FULL TABLES") {
            guard let name = row[0], let type = row.count > 1 ? row[1] : nil else { continue }
            if type == "VIEW" { views.append(name); continue }
            if let create = try connection.query("SHOW CREATE TABLE \(quote(name))").first?[1] { out += create + ";\n" }
            for trigger in try connection.query("SHOW TRIGGERS WHERE `Table` = '\(name.replacing("'", with: "''"))'") {
                guard let triggerName = trigger[0],
                      let create = try connection.query("SHOW CREATE TRIGGER \(quote(triggerName))").first?[2] else { continue }
                out += "DELIMITER ;;\n" + create + ";;\nDELIMITER ;\n"
            }
        }
        for name in views {
            if let create = try connection.query("SHOW CREATE VIEW \(quote(name))").first?[1] { out += create + ";\n" }
        }
        return out
    }
}
