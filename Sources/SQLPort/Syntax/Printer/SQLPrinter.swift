/// Turns an AST back into SQL text.
///
/// With the default `PostgreSQLSpelling` the output is canonical portable SQL, which is
/// also valid PostgreSQL 15: key words upper case, one statement per line ending in `;`
/// (a `CREATE TABLE` puts each element on its own line), identifiers quoted only where
/// needed, and exactly the parentheses precedence requires. Parsing the output gives
/// back an equal AST.
///
/// Other dialects reuse the layout and swap the words through `SQLSpelling`.
public struct SQLPrinter: Sendable {
    public var spelling: any SQLSpelling

    /// Indentation of the elements of a `CREATE TABLE`.
    public static let indent = "    "

    public init(spelling: any SQLSpelling = PostgreSQLSpelling()) {
        self.spelling = spelling
    }

    /// Every statement on its own line(s), each ending in `;` and a line break.
    public func print(_ script: Script) -> String {
        script.statements.map { print($0) + "\n" }.joined()
    }

    /// One statement with its terminating `;`, without a line break after it.
    public func print(_ statement: Statement) -> String {
        body(of: statement) + ";"
    }

    /// The statement without `;`.
    public func body(of statement: Statement) -> String {
        switch statement.kind {
        case .createTable(let s): print(s)
        case .alterTable(let s): print(s)
        case .dropTable(let s): print(s)
        case .createIndex(let s): print(s)
        case .dropIndex(let s): print(s)
        case .alterIndexRename(let s): print(s)
        case .insert(let s): print(s)
        case .update(let s): print(s)
        case .delete(let s): print(s)
        case .transaction(let s): print(s)
        case .setConstraints(let s): print(s)
        case .createView(let s): print(s)
        case .dropView(let s): print(s)
        case .setSequenceValue(let s): print(s)
        case .alterSequenceRestart(let s): print(s)
        case .createSequence(let s): print(s)
        case .createEnumType(let s): print(s)
        case .alterEnumType(let s): print(s)
        case .dropType(let s): print(s)
        case .comment(let s): print(s)
        case .createExtension(let s):
            "CREATE EXTENSION " + (s.ifNotExists ? "IF NOT EXISTS " : "") + print(s.name) + (s.schema.map { " SCHEMA " + print($0) } ?? "")
        case .privileges(let s): s.text
        case .dropExtension(let s):
            "DROP EXTENSION " + (s.ifExists ? "IF EXISTS " : "") + s.names.map { print($0) }.joined(separator: ", ")
                + (s.behavior.map { " " + $0.rawValue } ?? "")
        }
    }

    /// `SET CONSTRAINTS {ALL | name [, ...]} {DEFERRED | IMMEDIATE}`
    public func print(_ s: SetConstraints) -> String {
        "SET CONSTRAINTS " + (s.names.isEmpty ? "ALL" : s.names.map { print($0) }.joined(separator: ", "))
            + (s.deferred ? " DEFERRED" : " IMMEDIATE")
    }

    public func print(_ control: TransactionControl) -> String {
        switch control {
        case .begin: "BEGIN"
        case .commit: "COMMIT"
        }
    }

    // MARK: Names

    public func print(_ identifier: Identifier) -> String {
        spelling.quoteIdentifier(identifier.value)
    }

    public func print(_ name: QualifiedName) -> String {
        guard let schema = name.schema else { return print(name.name) }
        return print(schema) + "." + print(name.name)
    }

    /// `(a, b, c)`
    func columnList(_ names: [Identifier]) -> String {
        "(" + names.map { print($0) }.joined(separator: ", ") + ")"
    }

    // MARK: Shared clauses

    /// `IF EXISTS ` or nothing, ready to be followed by a name.
    func ifExists(_ flag: Bool) -> String { flag ? "IF EXISTS " : "" }

    /// `IF NOT EXISTS ` or nothing.
    func ifNotExists(_ flag: Bool) -> String { flag ? "IF NOT EXISTS " : "" }

    /// ` CASCADE`, ` RESTRICT` or nothing.
    func behavior(_ behavior: DropBehavior?) -> String {
        behavior.map { " " + $0.rawValue } ?? ""
    }
}
