/// `ALTER TABLE` and its actions.
extension Parser.State {
    /// alter_table_statement ::= 'ALTER' 'TABLE' if_exists? 'ONLY'? qualified_name
    ///                           ( alter_table_action ( ',' alter_table_action )* | rename_action )
    ///
    /// A `RENAME` must be the only action, as in PostgreSQL.
    mutating func parseAlterTableStatement() throws(Parser.Abort) -> AlterTable {
        production = "alter_table_statement"
        try expect(.alter)
        try expect(.table)
        let ifExists = parseIfExists()
        let only = eat(.only)
        let name = try parseQualifiedName("a table name")
        var actions: [AlterTableAction] = []
        var renames: [AlterTableAction] = []
        repeat {
            let action = try at(.rename) ? parseRenameAction() : parseAlterTableAction()
            if action.isRename { renames.append(action) }
            actions.append(action)
        } while eat(.comma)
        if actions.count > 1 {
            for rename in renames {
                report(.error(.renameNotAlone, "`RENAME` cannot be combined with other actions", at: rename.range,
                              label: "this rename shares an `ALTER TABLE` with other actions",
                              help: "put each `RENAME` in an `ALTER TABLE` statement of its own"))
            }
        }
        return AlterTable(ifExists: ifExists, only: only, name: name, actions: actions)
    }

    /// alter_table_action ::= add_action | drop_action | alter_column_action
    mutating func parseAlterTableAction() throws(Parser.Abort) -> AlterTableAction {
        let start = token.range.start
        let kind: AlterTableAction.Kind
        switch token.kind {
        case .keyword(.add): kind = try parseAddAction()
        case .keyword(.drop): kind = try parseDropAction()
        case .keyword(.alter): kind = try parseAlterColumnAction()
        case .identifier, .keyword:
            throw unsupported("unsupported `ALTER TABLE` action `\(text(token).uppercased())`",
                              help: "sqlport supports ADD, DROP, ALTER [COLUMN] and RENAME actions")
        default:
            throw unexpected("`ADD`, `DROP`, `ALTER` or `RENAME`")
        }
        return AlterTableAction(kind, range: range(from: start))
    }

    /// add_action ::= 'ADD' ( table_constraint | 'COLUMN'? if_not_exists? column_definition )
    mutating func parseAddAction() throws(Parser.Abort) -> AlterTableAction.Kind {
        try expect(.add)
        if startsTableConstraint() { return .addConstraint(try parseTableConstraint()) }
        _ = eat(.column)
        let ifNotExists = try parseIfNotExists()
        return .addColumn(try parseColumnDefinition(), ifNotExists: ifNotExists)
    }

    /// drop_action ::= 'DROP' ( 'CONSTRAINT' if_exists? identifier
    ///                        | 'COLUMN'? if_exists? identifier ) drop_behavior?
    mutating func parseDropAction() throws(Parser.Abort) -> AlterTableAction.Kind {
        try expect(.drop)
        if eat(.constraint) {
            let ifExists = parseIfExists()
            let name = try parseIdentifier("a constraint name")
            return .dropConstraint(name, ifExists: ifExists, behavior: parseDropBehavior())
        }
        _ = eat(.column)
        let ifExists = parseIfExists()
        let name = try parseIdentifier("a column name")
        return .dropColumn(name, ifExists: ifExists, behavior: parseDropBehavior())
    }

    /// alter_column_action ::= 'ALTER' 'COLUMN'? identifier
    ///     ( ( 'SET' 'DATA' )? 'TYPE' type_name ( 'COLLATE' collation_name )? ( 'USING' expression )?
    ///     | 'SET' 'DEFAULT' expression | 'DROP' 'DEFAULT' | 'SET' 'NOT' 'NULL' | 'DROP' 'NOT' 'NULL'
    ///     | 'ADD' identity_clause | 'DROP' 'IDENTITY' if_exists? )
    mutating func parseAlterColumnAction() throws(Parser.Abort) -> AlterTableAction.Kind {
        try expect(.alter)
        _ = eat(.column)
        let column = try parseIdentifier("a column name")
        let help = "write `TYPE t`, `SET DEFAULT e`, `DROP DEFAULT`, `SET NOT NULL` or `DROP NOT NULL` after the column"
        if at(.type) || (at(.set) && peekIs(1, .data)) {
            if eat(.set) { advance() }
            try expect(.type)
            let type = try parseTypeName()
            let collate = try eat(.collate) ? parseCollationName() : nil
            let using = try eat(.using) ? parseExpression() : nil
            return .alterColumnType(column, type, collate: collate, using: using)
        }
        if eat(.set) {
            if eat(.default) { return .setDefault(column, try parseExpression()) }
            if eat(.not) {
                try expect(.null)
                return .setNotNull(column)
            }
            throw unexpected("`DATA TYPE`, `DEFAULT` or `NOT NULL`", help: help)
        }
        if at(.add), peekIs(1, .generated) {
            advance()
            guard case .identity(let always) = try parseIdentityClause() else { throw unexpected("`AS IDENTITY`") }
            return .addIdentity(column, always: always)
        }
        if eat(.drop) {
            if eat(.identity) { return .dropIdentity(column, ifExists: parseIfExists()) }
            if eat(.default) { return .dropDefault(column) }
            if eat(.not) {
                try expect(.null)
                return .dropNotNull(column)
            }
            throw unexpected("`DEFAULT` or `NOT NULL`", help: help)
        }
        throw unexpected("`TYPE`, `SET` or `DROP`", help: help)
    }

    /// rename_action ::= 'RENAME' ( 'TO' identifier | 'CONSTRAINT' identifier 'TO' identifier
    ///                            | 'COLUMN'? identifier 'TO' identifier )
    mutating func parseRenameAction() throws(Parser.Abort) -> AlterTableAction {
        let start = token.range.start
        try expect(.rename)
        let kind: AlterTableAction.Kind
        if eat(.to) {
            kind = .renameTable(to: try parseIdentifier("the new table name"))
        } else if eat(.constraint) {
            let old = try parseIdentifier("a constraint name")
            try expect(.to)
            kind = .renameConstraint(old, to: try parseIdentifier("the new constraint name"))
        } else {
            _ = eat(.column)
            let old = try parseIdentifier("a column name")
            try expect(.to)
            kind = .renameColumn(old, to: try parseIdentifier("the new column name"))
        }
        return AlterTableAction(kind, range: range(from: start))
    }
}

extension AlterTableAction {
    var isRename: Bool {
        switch kind {
        case .renameColumn, .renameConstraint, .renameTable: true
        default: false
        }
    }
}
