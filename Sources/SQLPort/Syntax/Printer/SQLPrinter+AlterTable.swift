extension SQLPrinter {
    /// `ALTER TABLE [IF EXISTS] [ONLY] name action [, ...]`, on one line.
    public func print(_ alter: AlterTable) -> String {
        "ALTER TABLE " + ifExists(alter.ifExists) + (alter.only ? "ONLY " : "") + print(alter.name) + " "
            + alter.actions.map { print($0) }.joined(separator: ", ")
    }

    /// One action, in its canonical form: `ADD COLUMN`, `DROP COLUMN`, `ALTER COLUMN`
    /// (the optional `COLUMN` and `SET DATA` are always written / left out the same way).
    public func print(_ action: AlterTableAction) -> String {
        switch action.kind {
        case .addColumn(let column, let ifNotExists):
            return "ADD COLUMN " + self.ifNotExists(ifNotExists) + print(column)
        case .dropColumn(let name, let ifExists, let behavior):
            return "DROP COLUMN " + self.ifExists(ifExists) + print(name) + self.behavior(behavior)
        case .alterColumnType(let name, let type, let collate, let using):
            return "ALTER COLUMN " + print(name) + " TYPE " + print(type)
                + (collate.map { " COLLATE " + print($0) } ?? "")
                + (using.map { " USING " + print($0) } ?? "")
        case .setDefault(let name, let e):
            return "ALTER COLUMN " + print(name) + " SET DEFAULT " + print(e)
        case .dropDefault(let name):
            return "ALTER COLUMN " + print(name) + " DROP DEFAULT"
        case .setNotNull(let name):
            return "ALTER COLUMN " + print(name) + " SET NOT NULL"
        case .dropNotNull(let name):
            return "ALTER COLUMN " + print(name) + " DROP NOT NULL"
        case .addConstraint(let constraint):
            return "ADD " + print(constraint)
        case .dropConstraint(let name, let ifExists, let behavior):
            return "DROP CONSTRAINT " + self.ifExists(ifExists) + print(name) + self.behavior(behavior)
        case .renameColumn(let old, let new):
            return "RENAME COLUMN " + print(old) + " TO " + print(new)
        case .renameConstraint(let old, let new):
            return "RENAME CONSTRAINT " + print(old) + " TO " + print(new)
        case .renameTable(let new):
            return "RENAME TO " + print(new)
        case .addIdentity(let name, let always):
            return "ALTER COLUMN " + print(name) + " ADD GENERATED " + (always ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
        case .dropIdentity(let name, let ifExists):
            return "ALTER COLUMN " + print(name) + " DROP IDENTITY" + (ifExists ? " IF EXISTS" : "")
        }
    }
}
