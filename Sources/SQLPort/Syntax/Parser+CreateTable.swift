/// `CREATE TABLE`, column definitions, and column and table constraints.
extension Parser.State {
    /// create_table_statement ::= 'CREATE' 'TABLE' if_not_exists? qualified_name
    ///                            '(' ( table_element ( ',' table_element )* )? ')'
    mutating func parseCreateTableStatement() throws(Parser.Abort) -> CreateTable {
        production = "create_table_statement"
        try expect(.create)
        try expect(.table)
        let ifNotExists = try parseIfNotExists()
        let name = try parseQualifiedName("a table name")
        try expect(.leftParen, "`(` and the column definitions")
        var elements: [TableElement] = []
        if !at(.rightParen) {  // PostgreSQL allows a table with no columns
            repeat {
                elements.append(try parseTableElement())
            } while eat(.comma)
        }
        try expect(.rightParen, "`,` or `)`")
        if at(.inherits) || at(.with) || at(.partition) || at(.tablespace) {
            throw unsupported("table options are not supported", help: "remove everything after the closing `)`")
        }
        return CreateTable(ifNotExists: ifNotExists, name: name, elements: elements)
    }

    /// table_element ::= column_definition | table_constraint
    mutating func parseTableElement() throws(Parser.Abort) -> TableElement {
        if startsTableConstraint() { return .constraint(try parseTableConstraint()) }
        if at(.like) {
            throw unsupported("`LIKE` in a table definition is not supported", help: "list the columns explicitly")
        }
        return .column(try parseColumnDefinition())
    }

    func startsTableConstraint() -> Bool {
        at(.constraint) || at(.primary) || at(.unique) || at(.foreign) || at(.check)
    }

    /// column_definition ::= identifier type_name column_constraint*
    mutating func parseColumnDefinition() throws(Parser.Abort) -> ColumnDefinition {
        let start = token.range.start
        let name = try parseIdentifier("a column name")
        let type = try parseTypeName()
        var constraints: [ColumnConstraint] = []
        while let constraint = try parseColumnConstraint() {
            constraints.append(constraint)
        }
        return ColumnDefinition(name: name, type: type, constraints: constraints, range: range(from: start))
    }

    /// column_constraint ::= ( 'CONSTRAINT' identifier )?
    ///     ( 'NOT' 'NULL' | 'NULL' | 'DEFAULT' expression | 'PRIMARY' 'KEY' | 'UNIQUE'
    ///     | references_clause | check_constraint | identity_clause | generated_clause | 'COLLATE' collation_name )
    ///
    /// Returns nil when the current token starts no constraint (the definition ends).
    mutating func parseColumnConstraint() throws(Parser.Abort) -> ColumnConstraint? {
        let start = token.range.start
        var name: Identifier?
        if eat(.constraint) {
            name = try parseIdentifier("a constraint name")
        }
        let kind: ColumnConstraint.Kind
        switch token.kind {
        case .keyword(.not) where peekIs(1, .null):
            advance()
            advance()
            kind = .notNull
        case .keyword(.null):
            advance()
            kind = .null
        case .keyword(.default):
            advance()
            kind = .default(try parseExpression())
        case .keyword(.primary):
            advance()
            try expect(.key)
            kind = .primaryKey
        case .keyword(.unique):
            advance()
            kind = .unique
        case .keyword(.references):
            kind = .references(try parseReferencesClause())
        case .keyword(.check):
            kind = .check(try parseCheckConstraint())
        case .keyword(.generated) where peekIs(1, .always) && peekIs(2, .as) && peekIs(3, .leftParen):
            kind = try parseGeneratedClause()
        case .keyword(.generated):
            kind = try parseIdentityClause()
        case .keyword(.collate):
            advance()
            kind = .collate(try parseCollationName())
        case .keyword(.deferrable), .keyword(.initially):
            throw unsupportedDeferrable()
        case .keyword(.not) where peekIs(1, .deferrable):
            throw unsupportedDeferrable()
        default:
            if name != nil {
                throw unexpected("a constraint after the constraint name",
                                 help: "write `NOT NULL`, `DEFAULT`, `PRIMARY KEY`, `UNIQUE`, `REFERENCES`, `CHECK` or `GENERATED` after `CONSTRAINT name`")
            }
            return nil
        }
        return ColumnConstraint(name: name, kind, range: range(from: start))
    }

    /// A timing clause PostgreSQL's grammar rejects (P201, as any misplaced word).
    mutating func reportedAbort(_ message: String, at r: SourceRange, label: String, help: String) -> Parser.Abort {
        report(.error(.unexpectedToken, message, at: r, label: label, help: help))
        return Parser.Abort()
    }

    /// `DEFERRABLE` after anything but a foreign key: PostgreSQL's deferrable `UNIQUE` and
    /// `PRIMARY KEY` have no counterpart elsewhere (a foreign key's timing is read by
    /// `parseReferencesClause`).
    mutating func unsupportedDeferrable() -> Parser.Abort {
        unsupported("deferrable constraints other than foreign keys are not supported",
                    help: "remove `DEFERRABLE` / `INITIALLY ...`; only a foreign key may be deferred")
    }

    /// check_constraint ::= 'CHECK' '(' expression ')'
    mutating func parseCheckConstraint() throws(Parser.Abort) -> Expression {
        try expect(.check)
        try expect(.leftParen, "`(` and the condition")
        let condition = try parseExpression()
        try expect(.rightParen, "`)`")
        if at(.no) || (at(.not) && peek(1).kind != .keyword(.null)) {
            throw unsupported("`NO INHERIT` and `NOT VALID` are not supported", help: "remove them")
        }
        return condition
    }

    /// identity_clause ::= 'GENERATED' ( 'ALWAYS' | 'BY' 'DEFAULT' ) 'AS' 'IDENTITY'
    mutating func parseIdentityClause() throws(Parser.Abort) -> ColumnConstraint.Kind {
        try expect(.generated)
        let always: Bool
        if eat(.always) {
            always = true
        } else if eat(.by) {
            try expect(.default)
            always = false
        } else {
            throw unexpected("`ALWAYS` or `BY DEFAULT`")
        }
        try expect(.as)
        if at(.leftParen) {
            throw unsupported("generated columns are not supported",
                              help: "compute the value in the application or with an `UPDATE`; identity columns are `GENERATED ... AS IDENTITY`")
        }
        try expect(.identity)
        if at(.leftParen) {
            throw unsupported("identity options are not supported", help: "remove the parenthesized sequence options")
        }
        return .identity(always: always)
    }

    /// generated_clause ::= 'GENERATED' 'ALWAYS' 'AS' '(' expression ')' 'STORED'
    mutating func parseGeneratedClause() throws(Parser.Abort) -> ColumnConstraint.Kind {
        try expect(.generated)
        try expect(.always)
        try expect(.as)
        try expect(.leftParen, "`(` and the expression")
        let e = try parseExpression()
        try expect(.rightParen, "`)`")
        guard eat(.stored) else {
            throw unexpected("`STORED`", help: "PostgreSQL computes a generated column when the row is written: write `STORED`")
        }
        return .generated(e)
    }

    /// collation_name ::= ( 'pg_catalog' '.' )? identifier
    ///
    /// pg_dump writes `COLLATE pg_catalog."default"`; the system schema adds nothing.
    mutating func parseCollationName() throws(Parser.Abort) -> Identifier {
        if isName(token), Lexer.nameValue(of: token, in: bytes) == "pg_catalog", peekIs(1, .dot) {
            advance()
            advance()
        }
        let name = try parseIdentifier("a collation name")
        if at(.dot) {
            throw unsupported("schema-qualified collations are not supported", label: "only `pg_catalog` may qualify a collation",
                              help: "write the collation name alone")
        }
        return name
    }

    /// references_clause ::= 'REFERENCES' qualified_name column_list?
    ///                       ( 'ON' ( 'DELETE' | 'UPDATE' ) referential_action )* constraint_timing
    ///
    /// Each of `ON DELETE` and `ON UPDATE` at most once, in either order.
    mutating func parseReferencesClause() throws(Parser.Abort) -> ForeignKeyReference {
        try expect(.references)
        let table = try parseQualifiedName("the referenced table")
        let columns = try at(.leftParen) ? parseColumnList() : []
        var reference = ForeignKeyReference(table: table, columns: columns)
        while at(.on) {
            if peekIs(1, .delete), reference.onDelete == nil {
                advance()
                advance()
                reference.onDelete = try parseReferentialAction()
            } else if peekIs(1, .update), reference.onUpdate == nil {
                advance()
                advance()
                reference.onUpdate = try parseReferentialAction()
            } else {
                advance()
                throw unexpected(reference.onDelete == nil ? "`DELETE`" : reference.onUpdate == nil ? "`UPDATE`" : "nothing more",
                                 help: "give `ON DELETE` and `ON UPDATE` at most once each")
            }
        }
        if at(.match) {
            throw unsupported("`MATCH` is not supported", help: "remove it; `MATCH SIMPLE` is the default everywhere")
        }
        reference.timing = try parseConstraintTiming()
        return reference
    }

    /// constraint_timing ::= ( 'NOT'? 'DEFERRABLE' | 'INITIALLY' ( 'DEFERRED' | 'IMMEDIATE' ) )*
    ///
    /// Each part at most once, in either order; `NOT DEFERRABLE INITIALLY DEFERRED` is an
    /// error, as in PostgreSQL's grammar.
    mutating func parseConstraintTiming() throws(Parser.Abort) -> ConstraintTiming {
        var timing = ConstraintTiming()
        while true {
            let start = token.range.start
            if at(.deferrable) || (at(.not) && peekIs(1, .deferrable)) {
                let not = eat(.not)
                advance()
                guard timing.deferrable == nil else {
                    throw reportedAbort("`DEFERRABLE` given twice", at: range(from: start), label: "already said",
                                        help: "say `DEFERRABLE` or `NOT DEFERRABLE` once")
                }
                timing.deferrable = !not
            } else if eat(.initially) {
                let word = text(token).lowercased()
                guard case .identifier = token.kind, word == "deferred" || word == "immediate" else {
                    throw unexpected("`DEFERRED` or `IMMEDIATE`")
                }
                advance()
                guard timing.initiallyDeferred == nil else {
                    throw reportedAbort("`INITIALLY` given twice", at: range(from: start), label: "already said",
                                        help: "say `INITIALLY DEFERRED` or `INITIALLY IMMEDIATE` once")
                }
                timing.initiallyDeferred = word == "deferred"
            } else {
                break
            }
            if timing.deferrable == false, timing.initiallyDeferred == true {
                throw reportedAbort("a key declared `INITIALLY DEFERRED` must be `DEFERRABLE`", at: range(from: start),
                                    label: "contradicts `NOT DEFERRABLE`",
                                    help: "write `DEFERRABLE INITIALLY DEFERRED`, or remove `INITIALLY DEFERRED`")
            }
        }
        return timing
    }

    /// referential_action ::= 'NO' 'ACTION' | 'RESTRICT' | 'CASCADE' | 'SET' 'NULL' | 'SET' 'DEFAULT'
    mutating func parseReferentialAction() throws(Parser.Abort) -> ReferentialAction {
        let expected = "`NO ACTION`, `RESTRICT`, `CASCADE`, `SET NULL` or `SET DEFAULT`"
        if eat(.no) {
            try expect(.action)
            return .noAction
        }
        if eat(.restrict) { return .restrict }
        if eat(.cascade) { return .cascade }
        if eat(.set) {
            let action: ReferentialAction
            if eat(.null) {
                action = .setNull
            } else if eat(.default) {
                action = .setDefault
            } else {
                throw unexpected("`NULL` or `DEFAULT`")
            }
            if at(.leftParen) {
                throw unsupported("column lists in `\(action.rawValue)` are not supported", help: "remove the column list")
            }
            return action
        }
        throw unexpected(expected)
    }

    /// table_constraint ::= ( 'CONSTRAINT' identifier )?
    ///     ( 'PRIMARY' 'KEY' column_list | 'UNIQUE' column_list
    ///     | 'FOREIGN' 'KEY' column_list references_clause | check_constraint )
    mutating func parseTableConstraint() throws(Parser.Abort) -> TableConstraint {
        let start = token.range.start
        var name: Identifier?
        if eat(.constraint) {
            name = try parseIdentifier("a constraint name")
        }
        let kind: TableConstraint.Kind
        switch token.kind {
        case .keyword(.primary):
            advance()
            try expect(.key)
            kind = .primaryKey(try parseColumnList())
        case .keyword(.unique):
            advance()
            kind = .unique(try parseColumnList())
        case .keyword(.foreign):
            advance()
            try expect(.key)
            let columns = try parseColumnList()
            kind = .foreignKey(columns: columns, try parseReferencesClause())
        case .keyword(.check):
            kind = .check(try parseCheckConstraint())
        default:
            if isName(token), Lexer.nameValue(of: token, in: bytes) == "exclude" {
                throw unsupported("exclusion constraints are not supported", help: "enforce the rule with a unique index or in the application")
            }
            throw unexpected("`PRIMARY KEY`, `UNIQUE`, `FOREIGN KEY` or `CHECK`")
        }
        if at(.deferrable) || at(.initially) || (at(.not) && peekIs(1, .deferrable)) {
            throw unsupportedDeferrable()
        }
        return TableConstraint(name: name, kind, range: range(from: start))
    }
}
