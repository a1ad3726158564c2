/// Reads one dump statement token by token: the small vocabulary every loader shares.
struct DumpCursor {
    let tokens: ArraySlice<DumpToken>
    var i: Int
    /// PostgreSQL folds unquoted names to lower case; MySQL and SQLite keep them as written.
    let foldsNames: Bool

    init(_ tokens: ArraySlice<DumpToken>, foldsNames: Bool) {
        self.tokens = tokens
        self.i = tokens.startIndex
        self.foldsNames = foldsNames
    }

    init(_ statement: DumpStatement, syntax: DumpSyntax) {
        self.init(statement.tokens[...], foldsNames: syntax.foldsUnquotedNames)
    }

    var atEnd: Bool { i >= tokens.endIndex }
    var current: DumpToken? { atEnd ? nil : tokens[i] }
    func peek(_ k: Int = 0) -> DumpToken? { i + k < tokens.endIndex && i + k >= tokens.startIndex ? tokens[i + k] : nil }
    var rest: ArraySlice<DumpToken> { tokens[min(i, tokens.endIndex)...] }
    /// Where the cursor is, for diagnostics: the current token, else the last one.
    var here: DumpToken? { current ?? tokens.last }

    mutating func advance() { if !atEnd { i += 1 } }

    /// Consumes the words if they all come next.
    mutating func word(_ words: String...) -> Bool {
        for (k, w) in words.enumerated() where peek(k)?.isWord(w) != true { return false }
        i += words.count
        return true
    }

    func isWord(_ w: String) -> Bool { current?.isWord(w) == true }

    mutating func symbol(_ s: String) -> Bool {
        guard current?.isSymbol(s) == true else { return false }
        i += 1
        return true
    }

    /// The value of a name token as the database reads it.
    func nameValue(_ t: DumpToken) -> String {
        t.kind == .word && foldsNames ? t.value.lowercased() : t.value
    }

    /// `[schema .] name`: the name (schemas are dropped: a baseline is one schema).
    mutating func qualifiedName() -> String? {
        guard let t = current, t.isName || t.kind == .string else { return nil }
        advance()
        var name = nameValue(t)
        while current?.isSymbol(".") == true, let n = peek(1), n.isName {
            i += 2
            name = nameValue(n)
        }
        return name
    }

    mutating func name() -> String? {
        guard let t = current, t.isName else { return nil }
        advance()
        return nameValue(t)
    }

    /// `( ... )`: the tokens inside, balanced; nil (nothing consumed) if no `(` comes next.
    mutating func parenthesized() -> ArraySlice<DumpToken>? {
        guard current?.isSymbol("(") == true else { return nil }
        let open = i
        var depth = 0
        while !atEnd {
            if tokens[i].isSymbol("(") { depth += 1 } else if tokens[i].isSymbol(")") {
                depth -= 1
                if depth == 0 {
                    i += 1
                    return tokens[(open + 1)..<(i - 1)]
                }
            }
            i += 1
        }
        return tokens[(open + 1)..<tokens.endIndex]
    }

    /// Tokens up to (not including) a word in `stop` or a `,` at parenthesis depth 0.
    mutating func until(_ stop: Set<String>, includeFirst: Bool = false) -> ArraySlice<DumpToken> {
        let start = i
        var depth = 0
        while let t = current {
            if depth == 0, !(includeFirst && i == start) {
                if t.isSymbol(",") || t.isSymbol(")") { break }
                if t.kind == .word, stop.contains(t.value.uppercased()) { break }
                // MySQL's `CHARACTER SET` ends a type; PostgreSQL's `character varying` is one.
                if t.isWord("CHARACTER"), peek(1)?.isWord("SET") == true { break }
            }
            if t.isSymbol("(") { depth += 1 } else if t.isSymbol(")") { depth -= 1 }
            i += 1
        }
        return tokens[start..<i]
    }

    /// `(a, b DESC, ...)` column names.
    static func splitCommas(_ slice: ArraySlice<DumpToken>) -> [ArraySlice<DumpToken>] {
        var parts: [ArraySlice<DumpToken>] = []
        var depth = 0
        var start = slice.startIndex
        for k in slice.indices {
            if slice[k].isSymbol("(") { depth += 1 } else if slice[k].isSymbol(")") { depth -= 1 } else if depth == 0, slice[k].isSymbol(",") {
                parts.append(slice[start..<k])
                start = k + 1
            }
        }
        if start < slice.endIndex || !parts.isEmpty { parts.append(slice[start..<slice.endIndex]) }
        return parts
    }

    /// A list of plain column names, e.g. a key's; nil if an entry is not a single name
    /// (optionally followed by a MySQL prefix length or ASC / DESC).
    func names(_ slice: ArraySlice<DumpToken>) -> [String]? {
        var out: [String] = []
        for part in Self.splitCommas(slice) {
            guard let first = part.first, first.isName else { return nil }
            out.append(nameValue(first))
        }
        return out
    }
}
