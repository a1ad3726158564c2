/// One statement of a dump: its tokens (without the delimiter) and where it lies.
struct DumpStatement: Sendable {
    var tokens: [DumpToken]
    var start: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }

    subscript(i: Int) -> DumpToken? { i < tokens.count ? tokens[i] : nil }

    /// True when the statement starts with these words (case-insensitive).
    func starts(with words: String...) -> Bool {
        guard tokens.count >= words.count else { return false }
        return zip(tokens, words).allSatisfy { $0.isWord($1) }
    }
}

/// Cuts a dump's tokens into statements at each delimiter outside parentheses.
///
/// SQLite trigger bodies (`BEGIN ... ; ... END`) hold semicolons of their own: inside a
/// `CREATE TRIGGER`, a delimiter ends the statement only once every `BEGIN` / `CASE` has met
/// its `END`. (PostgreSQL keeps bodies in dollar-quoted strings and mysqldump switches
/// `DELIMITER`, which the lexer handles.)
enum DumpStatementSplitter {
    static func split(_ tokens: [DumpToken]) -> [DumpStatement] {
        var statements: [DumpStatement] = []
        var current: [DumpToken] = []
        var depth = 0
        var blockDepth = 0
        var isTrigger = false
        for t in tokens {
            if t.kind == .delimiter && depth <= 0 && blockDepth <= 0 {
                if !current.isEmpty { statements.append(DumpStatement(tokens: current)) }
                current = []
                depth = 0
                blockDepth = 0
                isTrigger = false
                continue
            }
            if t.kind == .delimiter {
                current.append(DumpToken(kind: .symbol, value: t.value, start: t.start, end: t.end))
                continue
            }
            current.append(t)
            if t.isSymbol("(") { depth += 1 } else if t.isSymbol(")") { depth -= 1 }
            if current.count <= 4, t.isWord("TRIGGER"), current.first?.isWord("CREATE") == true { isTrigger = true }
            if isTrigger, t.kind == .word {
                if t.isWord("BEGIN") || t.isWord("CASE") { blockDepth += 1 } else if t.isWord("END") { blockDepth -= 1 }
            }
        }
        if !current.isEmpty { statements.append(DumpStatement(tokens: current)) }
        return statements
    }
}
