/// What parsing one file produced: the statements that parsed cleanly and every
/// diagnostic, lexical and syntactic, in source order.
public struct ParseResult: Sendable {
    public var script: Script
    public var diagnostics: [Diagnostic]

    public init(script: Script, diagnostics: [Diagnostic]) {
        self.script = script
        self.diagnostics = diagnostics
    }
}

/// A recursive-descent parser for the portable language (`grammar/sqlport.ebnf`).
/// Each production `foo_bar` is parsed by `parseFooBar`.
///
/// Errors never stop the parse: a statement with an error is reported, left out of
/// the script, and parsing resumes after the next `;` outside parentheses, so one
/// run reports every error in the file.
public enum Parser {
    public static func parse(_ file: SourceFile) -> ParseResult {
        LargeStack.run {
            var state = State(file: file)
            let script = state.parseScript()
            return ParseResult(script: script, diagnostics: state.sortedDiagnostics())
        }
    }

    /// How deeply expressions may nest (parentheses, `NOT`, signs, `CASE`, calls).
    /// PostgreSQL stops at its stack limit; this bound, with the parse running on a
    /// `LargeStack`, keeps the recursion within a known stack in debug builds too.
    static let maxExpressionDepth = 200

    /// Thrown to abandon the current statement once its error has been reported.
    struct Abort: Error {}
}

extension Parser {
    struct State {
        let file: SourceFile
        let bytes: [UInt8]
        var lexer: Lexer
        /// The token being looked at.
        var token: Token
        /// Up to two tokens after `token`, already lexed.
        var ahead: [Token] = []
        /// End offset of the last consumed token: where nodes end.
        var previousEnd = 0
        /// Open parentheses in the current statement, for recovery.
        var parenDepth = 0
        var expressionDepth = 0
        /// Set by errors that do not stop the parse (a reserved word used as a name,
        /// an out-of-range length): the statement is still left out of the script.
        var statementFailed = false
        /// Where lexical errors not yet matched to a statement start. The lexer runs
        /// up to two tokens ahead, so an error may belong to the next statement.
        var lexicalErrorStarts: [Int] = []
        /// The production being parsed, named in the default `help`.
        var production = "statement"
        var diagnostics: [Diagnostic] = []
        /// Inside `INSERT`, `UPDATE` or `DELETE`: the only statements whose expressions may read rows.
        var subqueriesAllowed = false

        init(file: SourceFile) {
            self.file = file
            self.bytes = file.bytes
            self.lexer = Lexer(file: file)
            self.token = Token(kind: .endOfFile, range: SourceRange(file: file.id, start: 0, end: 0))
            self.token = pull()
            self.ahead.reserveCapacity(3)
        }

        // MARK: - Tokens

        private mutating func pull() -> Token {
            let t = lexer.nextToken()
            if !lexer.diagnostics.isEmpty {
                for d in lexer.diagnostics where d.severity == .error {
                    lexicalErrorStarts.append(d.range?.start ?? 0)
                }
                diagnostics.append(contentsOf: lexer.diagnostics)
                lexer.diagnostics.removeAll(keepingCapacity: true)
            }
            return t
        }

        mutating func advance() {
            switch token.kind {
            case .leftParen: parenDepth += 1
            case .rightParen: parenDepth = max(0, parenDepth - 1)
            case .endOfFile: return
            default: break
            }
            previousEnd = token.range.end
            token = ahead.isEmpty ? pull() : ahead.removeFirst()
        }

        /// The token `n` places after the current one (`peek(0)` is `token`).
        mutating func peek(_ n: Int) -> Token {
            if n == 0 { return token }
            while ahead.count < n {
                if let last = ahead.last, last.kind == .endOfFile { return last }
                if ahead.isEmpty, token.kind == .endOfFile { return token }
                ahead.append(pull())
            }
            return ahead[n - 1]
        }

        func at(_ kind: TokenKind) -> Bool { token.kind == kind }
        func at(_ keyword: Keyword) -> Bool { token.kind == .keyword(keyword) }
        mutating func peekIs(_ n: Int, _ keyword: Keyword) -> Bool { peek(n).kind == .keyword(keyword) }
        mutating func peekIs(_ n: Int, _ kind: TokenKind) -> Bool { peek(n).kind == kind }

        mutating func eat(_ kind: TokenKind) -> Bool {
            guard token.kind == kind else { return false }
            advance()
            return true
        }

        mutating func eat(_ keyword: Keyword) -> Bool { eat(.keyword(keyword)) }

        mutating func expect(_ kind: TokenKind, _ expected: String? = nil, help: String? = nil) throws(Abort) {
            guard eat(kind) else {
                throw unexpected(expected ?? "`\(kind.fixedSpelling ?? "?")`", help: help)
            }
        }

        mutating func expect(_ keyword: Keyword, help: String? = nil) throws(Abort) {
            try expect(.keyword(keyword), help: help)
        }

        /// A range from `start` to the end of the last consumed token.
        func range(from start: Int) -> SourceRange {
            SourceRange(file: file.id, start: start, end: max(start, previousEnd))
        }

        func text(_ t: Token) -> String { file.text(t.range) }

        /// How a token is named in a message: its text in backticks, shortened.
        func describe(_ t: Token) -> String {
            switch t.kind {
            case .endOfFile: return "end of input"
            case .string, .escapeString, .dollarString: return "string literal"
            default:
                let s = text(t)
                let short = s.count > 30 ? String(s.prefix(30)) + "..." : s
                return "`\(short)`"
            }
        }

        // MARK: - Diagnostics

        mutating func report(_ d: Diagnostic) {
            diagnostics.append(d)
            if d.severity == .error { statementFailed = true }
        }

        /// Reports that the current token is not what the grammar allows, and returns
        /// the error that abandons the statement. An `.invalid` token was already
        /// reported by the lexer, so it gets no second diagnostic.
        mutating func unexpected(_ expected: String, help: String? = nil) -> Abort {
            guard token.kind != .invalid else { return Abort() }
            let where_ = token.kind == .endOfFile
                ? SourceRange(file: file.id, start: previousEnd, end: previousEnd) : token.range
            report(.error(.unexpectedToken, "unexpected \(describe(token))", at: where_,
                          label: "expected \(expected)",
                          help: help ?? "see `\(production)` in grammar/sqlport.ebnf"))
            return Abort()
        }

        /// Reports syntax PostgreSQL has but the portable language leaves out.
        mutating func unsupported(_ message: String, at range: SourceRange? = nil, label: String = "not supported",
                                  help: String) -> Abort {
            report(.error(.unsupportedSyntax, message, at: range ?? token.range, label: label, help: help))
            return Abort()
        }

        func sortedDiagnostics() -> [Diagnostic] {
            // Stable: diagnostics at the same offset keep the order they were found in.
            diagnostics.enumerated().sorted {
                let a = $0.element.range?.start ?? Int.max, b = $1.element.range?.start ?? Int.max
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }

        // MARK: - Script and statements

        /// script ::= statement? ( ';' statement? )*
        mutating func parseScript() -> Script {
            var statements: [Statement] = []
            while true {
                while eat(.semicolon) {}
                if at(.endOfFile) { break }
                parenDepth = 0
                expressionDepth = 0
                statementFailed = false
                production = "statement"
                let start = token.range.start
                do {
                    let statement = try parseStatement()
                    if !at(.semicolon), !at(.endOfFile) {
                        throw unexpected("`;`", help: "end each statement with `;`")
                    }
                    if !statementFailed, !hadLexicalError(from: start, to: previousEnd) {
                        statements.append(statement)
                    }
                } catch {
                    recover()
                }
                _ = hadLexicalError(from: start, to: previousEnd)
            }
            return Script(statements: statements)
        }

        /// Whether a lexical error starts inside `start..<end`; forgets those before `end`.
        mutating func hadLexicalError(from start: Int, to end: Int) -> Bool {
            guard !lexicalErrorStarts.isEmpty else { return false }
            let inside = lexicalErrorStarts.contains { $0 >= start && $0 < end }
            lexicalErrorStarts.removeAll { $0 < end }
            return inside
        }

        /// Skips to the next `;` outside parentheses (or the end), as psql splits statements.
        mutating func recover() {
            while !at(.endOfFile) {
                if at(.semicolon), parenDepth == 0 { return }
                advance()
            }
        }

        /// statement ::= create_table_statement | alter_table_statement | drop_table_statement
        ///             | create_index_statement | drop_index_statement | alter_index_statement
        ///             | insert_statement | update_statement | delete_statement | transaction_statement
        ///             | set_constraints_statement | create_view_statement | drop_view_statement
        ///             | setval_statement | alter_sequence_statement | create_sequence_statement
        ///             | create_enum_type_statement | alter_enum_type_statement | drop_type_statement
        ///             | comment_statement | create_extension_statement | drop_extension_statement
        ///             | privilege_statement
        mutating func parseStatement() throws(Abort) -> Statement {
            let start = token.range.start
            let kind: Statement.Kind
            subqueriesAllowed = false
            switch token.kind {
            case .keyword(.alter) where atAlterTableOwner():
                kind = .privileges(try parsePrivilegeStatement())
            case .keyword(.create) where peekIs(1, .table):
                kind = .createTable(try parseCreateTableStatement())
            case .keyword(.create) where peekIs(1, .index) || peekIs(1, .unique):
                kind = .createIndex(try parseCreateIndexStatement())
            case .keyword(.alter) where peekIs(1, .table):
                kind = .alterTable(try parseAlterTableStatement())
            case .keyword(.alter) where peekIs(1, .index):
                kind = .alterIndexRename(try parseAlterIndexStatement())
            case .keyword(.drop) where peekIs(1, .table):
                kind = .dropTable(try parseDropTableStatement())
            case .keyword(.drop) where peekIs(1, .index):
                kind = .dropIndex(try parseDropIndexStatement())
            case .keyword(.insert):
                kind = .insert(try parseInsertStatement())
            case .keyword(.update):
                kind = .update(try parseUpdateStatement())
            case .keyword(.delete):
                kind = .delete(try parseDeleteStatement())
            case .keyword(.begin), .keyword(.start), .keyword(.commit), .keyword(.end):
                kind = .transaction(try parseTransactionStatement())
            case .keyword(.set) where atSetConstraints():
                kind = .setConstraints(try parseSetConstraintsStatement())
            case .keyword(.create) where atCreateView():
                kind = .createView(try parseCreateViewStatement())
            case .keyword(.drop) where peekIs(1, .view):
                kind = .dropView(try parseDropViewStatement())
            case .keyword(.select) where atSetval():
                kind = .setSequenceValue(try parseSetvalStatement())
            case .keyword(.alter) where atAlterSequence():
                kind = .alterSequenceRestart(try parseAlterSequenceStatement())
            case .keyword(.create) where atCreateSequence():
                kind = .createSequence(try parseCreateSequenceStatement())
            case .keyword(.create) where peekIs(1, .type):
                kind = .createEnumType(try parseCreateEnumTypeStatement())
            case .keyword(.alter) where peekIs(1, .type):
                kind = .alterEnumType(try parseAlterEnumTypeStatement())
            case .keyword(.drop) where peekIs(1, .type):
                kind = .dropType(try parseDropTypeStatement())
            case .keyword(.grant), .identifier where at(.grant) || isWord("revoke"):
                kind = .privileges(try parsePrivilegeStatement())
            case .keyword(.create) where isWord("extension", at: 1):
                kind = .createExtension(try parseCreateExtensionStatement())
            case .keyword(.drop) where isWord("extension", at: 1):
                kind = .dropExtension(try parseDropExtensionStatement())
            case .identifier where isWord("comment") && peekIs(1, .on):
                kind = .comment(try parseCommentStatement())
            case .keyword, .identifier:
                throw unsupportedStatement()
            default:
                throw unexpected("a statement", help: Self.supportedStatements)
            }
            return Statement(kind, range: range(from: start))
        }

        static let supportedStatements = "sqlport supports CREATE / ALTER / DROP TABLE, CREATE / DROP INDEX, "
            + "ALTER INDEX ... RENAME TO, INSERT, UPDATE, DELETE, CREATE / DROP VIEW, CREATE / ALTER / DROP TYPE (enums), "
            + "COMMENT ON, CREATE / DROP EXTENSION, GRANT, REVOKE, CREATE / ALTER SEQUENCE, SELECT setval(...), "
            + "SET CONSTRAINTS, BEGIN and COMMIT (the README's \"Supported statements\" says what each database gets)"

        /// `SELECT ...`, `CREATE VIEW ...`, `GRANT ...`: named by their first word, or
        /// their first two after `CREATE`, `ALTER` and `DROP`.
        mutating func unsupportedStatement() -> Abort {
            var r = token.range
            var words = text(token).uppercased()
            if at(.create) || at(.alter) || at(.drop) {
                let next = peek(1)
                switch next.kind {
                case .identifier, .keyword:
                    r = r.union(next.range)
                    words += " " + text(next).uppercased()
                default: break
                }
            }
            report(.error(.unsupportedStatement, "unsupported statement", at: r,
                          label: "`\(words)` is not supported", help: Self.supportedStatements))
            return Abort()
        }
    }
}
