/// `sqlite_master` keeps each object's statement as written: `.schema` prints exactly these.
struct SQLiteIntrospection {
    let connection: any DatabaseConnection

    func ddl() throws -> String {
        let rows = try connection.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
        return rows.compactMap { $0.first ?? nil }.map { $0 + ";\n" }.joined()
    }
}
