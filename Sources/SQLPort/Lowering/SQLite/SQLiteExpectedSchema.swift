/// The text `sqlite_master` must hold at the end for each table and index the script writes.
///
/// A shell without `-bail` goes on after a failed statement, and what follows may then act on
/// something else: with a user table `SQLPORT_NEW_X` the failed `CREATE TABLE sqlport_new_x`
/// is followed by a copy into the user's table and its rename to `x`. Checking the column
/// names cannot see that; comparing each written object's stored text can: SQLite keeps a
/// `CREATE` statement's text exactly (from the name on, without the `;`), and a rebuild's
/// `RENAME TO` only replaces the name with its quoted new one.
///
/// Objects whose text a later native `ALTER TABLE` rewrites are forgotten: the column check
/// (`SQLiteScriptFrame.tableCheck`) still covers them.
struct SQLiteExpectedSchema {
    struct Entry: Hashable {
        var type: String
        var name: String
        var table: String
        var sql: String
    }

    /// By object name, with the order written (the checks come out in that order). Keyed, so
    /// each record and each forget costs O(1), not a pass over everything written so far.
    private var entries: [String: (order: Int, entry: Entry)] = [:]
    /// Object names by the table they belong to (a table's own name included).
    private var namesByTable: [String: Set<String>] = [:]
    private var written = 0

    /// Records `statement` (as written, with its `;`) as the text of object `name`.
    mutating func wrote(_ type: String, _ name: String, table: String, statement: String) {
        forget(name)
        entries[name] = (written, Entry(type: type, name: name, table: table, sql: Self.stored(statement)))
        namesByTable[table, default: []].insert(name)
        written += 1
    }

    /// Records a rebuild's `CREATE TABLE scratch ...` as the text of `table` after the rename.
    mutating func rebuilt(_ table: String, scratch: String, statement: String) {
        let written = "CREATE TABLE " + SQLiteSpelling.quote(scratch)
        guard statement.hasPrefix(written) else { return forgetTable(table) }
        wrote("table", table, table: table,
              statement: "CREATE TABLE \"" + table.replacingAll("\"", with: "\"\"") + "\"" + statement.dropFirst(written.count))
    }

    mutating func forget(_ name: String) {
        guard let old = entries.removeValue(forKey: name) else { return }
        namesByTable[old.entry.table]?.remove(name)
    }

    /// A table dropped, rebuilt or altered in place: its text and its indexes' texts.
    mutating func forgetTable(_ table: String) {
        for name in namesByTable.removeValue(forKey: table) ?? [] { entries.removeValue(forKey: name) }
    }

    /// A rename of a table or column, which SQLite follows into other objects' text.
    mutating func forgetAll() {
        entries.removeAll()
        namesByTable.removeAll()
    }

    /// Conditions true when an object that stands at the end does not hold its text.
    func checks(in final: Catalog) -> [String] {
        entries.values.sorted { $0.order < $1.order }.map(\.entry)
            .filter { e in e.type == "table" ? final.table(e.name) != nil : final.index(e.name) != nil }.map { e in
            "(SELECT sql FROM sqlite_master WHERE type = '\(e.type)' AND name = \(SQLiteSpelling.stringLiteral(e.name))) IS NOT "
                + SQLiteSpelling.stringLiteral(e.sql)
        }
    }

    /// The text SQLite stores for a statement: without the final `;`.
    static func stored(_ statement: String) -> String {
        statement.hasSuffix(";") ? String(statement.dropLast()) : statement
    }
}
