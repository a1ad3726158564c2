/// One token of a dump in a database's own dialect. Unlike the portable `Token`, it carries
/// its value: dumps are read once, and their quoting rules differ per dialect.
struct DumpToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// An unquoted word: keyword or name, as written.
        case word
        /// `"x"`, `` `x` ``, `[x]`: `value` is the name without quotes.
        case quotedIdentifier
        /// `'x'` (and MySQL `"x"`, PostgreSQL `E'x'` / `$$x$$`): `value` is unescaped.
        case string
        case number
        /// Punctuation and operators: `(`, `)`, `,`, `.`, `::`, `=`, `<=`, ...
        case symbol
        /// The end of a statement: `;`, or MySQL's current `DELIMITER`.
        case delimiter
    }
    var kind: Kind
    var value: String
    /// Byte offsets in the file, delimiters included.
    var start: Int
    var end: Int

    func isWord(_ w: String) -> Bool { kind == .word && value.uppercased() == w }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && value == s }
    /// A name: a word or a quoted identifier.
    var isName: Bool { kind == .word || kind == .quotedIdentifier }
}

/// Splits a dump into tokens by the quoting and comment rules of one dialect:
///
/// - PostgreSQL: `"x"`, `'x'` (`''` inside), `E'x'`, `$tag$ ... $tag$`, `::`;
/// - MySQL: `` `x` ``, `'x'` and `"x"` with backslash escapes, `#` comments, version comments
///   `/*!40101 ... */` whose content is code (as the server reads them), and the client's
///   `DELIMITER` command, which mysqldump uses around triggers;
/// - SQLite: `"x"`, `` `x` ``, `[x]`, `'x'`.
///
/// Malformed input (an unterminated string or comment) ends the token at the end of the
/// file and is reported in `problems`; the lexer never traps.
struct DumpLexer {
    let bytes: [UInt8]
    /// How the family that wrote the file lexes (its dialect's `dumpSyntax`).
    let syntax: DumpSyntax
    var position = 0
    /// MySQL: the statement delimiter set by `DELIMITER`.
    var delimiter: [UInt8] = [UInt8(ascii: ";")]
    /// MySQL: inside `/*!NNNNN ... */`, whose closing `*/` is skipped.
    var versionCommentDepth = 0
    var problems: [(message: String, at: Int)] = []

    init(bytes: [UInt8], syntax: DumpSyntax) {
        self.bytes = bytes
        self.syntax = syntax
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
    func text(_ s: Int, _ e: Int) -> String { String(decoding: bytes[s..<min(e, bytes.count)], as: UTF8.self) }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x24 || b >= 0x80
    }

    /// All tokens of the file.
    mutating func tokens() -> [DumpToken] {
        var out: [DumpToken] = []
        while let t = next() { out.append(t) }
        return out
    }

    mutating func next() -> DumpToken? {
        skipTrivia()
        guard position < bytes.count else { return nil }
        let start = position
        let b = bytes[start]
        if syntax.hasDelimiterCommand, matchesDelimiter(at: start) {
            position += delimiter.count
            return DumpToken(kind: .delimiter, value: text(start, position), start: start, end: position)
        }
        switch b {
        case UInt8(ascii: ";"):
            position += 1
            return DumpToken(kind: syntax.hasDelimiterCommand ? .symbol : .delimiter, value: ";", start: start, end: position)
        case UInt8(ascii: "'"):
            return quoted(start: start, close: b, kind: .string, backslashes: syntax.stringsTakeBackslashEscapes)
        case UInt8(ascii: "\""):
            return quoted(start: start, close: b, kind: syntax.doubleQuotesMarkStrings ? .string : .quotedIdentifier,
                          backslashes: syntax.doubleQuotesMarkStrings && syntax.stringsTakeBackslashEscapes)
        case UInt8(ascii: "`") where syntax.quotesIdentifiersWithBacktick:
            return quoted(start: start, close: b, kind: .quotedIdentifier, backslashes: false)
        case UInt8(ascii: "[") where syntax.quotesIdentifiersWithBrackets:
            position += 1
            while position < bytes.count, bytes[position] != UInt8(ascii: "]") { position += 1 }
            let value = text(start + 1, position)
            if position < bytes.count { position += 1 } else { problems.append(("unterminated `[` identifier", start)) }
            return DumpToken(kind: .quotedIdentifier, value: value, start: start, end: position)
        case UInt8(ascii: "$") where syntax.hasDollarQuotedStrings:
            if let t = dollarString(start: start) { return t }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(start: start)
        case UInt8(ascii: "."):
            if byte(start + 1) >= 0x30 && byte(start + 1) <= 0x39 { return number(start: start) }
        default:
            break
        }
        if (b | 0x20) == UInt8(ascii: "e"), syntax.hasEscapeStrings, byte(start + 1) == UInt8(ascii: "'") {
            position += 1
            var t = quoted(start: start + 1, close: UInt8(ascii: "'"), kind: .string, backslashes: true)
            t.start = start
            return t
        }
        if Self.isWordByte(b) && !(b >= 0x30 && b <= 0x39) {
            while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
            return DumpToken(kind: .word, value: text(start, position), start: start, end: position)
        }
        return symbol(start: start)
    }

    private func matchesDelimiter(at i: Int) -> Bool {
        guard delimiter != [UInt8(ascii: ";")] || bytes[i] == UInt8(ascii: ";") else { return false }
        return i + delimiter.count <= bytes.count && Array(bytes[i..<i + delimiter.count]) == delimiter
    }

    private mutating func skipTrivia() {
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { position += 1; continue }
            if b == UInt8(ascii: "-"), byte(position + 1) == UInt8(ascii: "-") { skipLine(); continue }
            if b == UInt8(ascii: "#"), syntax.hashStartsComment { skipLine(); continue }
            if b == UInt8(ascii: "*"), byte(position + 1) == UInt8(ascii: "/"), versionCommentDepth > 0 {
                versionCommentDepth -= 1
                position += 2
                continue
            }
            if b == UInt8(ascii: "/"), byte(position + 1) == UInt8(ascii: "*") {
                if syntax.hasVersionComments, let codeStart = versionCommentContent(at: position) {
                    versionCommentDepth += 1
                    position = codeStart
                    continue
                }
                skipBlockComment()
                continue
            }
            // psql meta-commands (`\restrict` in newer pg_dump output) are not SQL.
            if syntax.hasBackslashMetaCommands, b == UInt8(ascii: "\\"), atLineStart(position) { skipLine(); continue }
            if syntax.hasDelimiterCommand, atLineStart(position), startsWithWord("DELIMITER", at: position) {
                readDelimiterCommand()
                continue
            }
            return
        }
    }

    /// `/*!NNNNN` or `/*M!NNNNNN`: where the code inside starts. MariaDB's
    /// `/*M!999999\- enable the sandbox mode */` is a client command, not code.
    private func versionCommentContent(at i: Int) -> Int? {
        var j = i + 2
        if byte(j) == UInt8(ascii: "M") { j += 1 }
        guard byte(j) == UInt8(ascii: "!") else { return nil }
        j += 1
        while byte(j) >= 0x30 && byte(j) <= 0x39 { j += 1 }
        if byte(j) == UInt8(ascii: "\\") { return nil }
        return j
    }

    private mutating func skipLine() {
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    }

    private mutating func skipBlockComment() {
        let start = position
        position += 2
        var depth = 1
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "*"), byte(position + 1) == UInt8(ascii: "/") {
                position += 2
                depth -= 1
                // Only PostgreSQL nests comments.
                if depth == 0 || !syntax.nestsBlockComments { return }
            } else if syntax.nestsBlockComments, bytes[position] == UInt8(ascii: "/"), byte(position + 1) == UInt8(ascii: "*") {
                position += 2
                depth += 1
            } else {
                position += 1
            }
        }
        problems.append(("unterminated `/*` comment", start))
    }

    private func atLineStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, bytes[j] == 0x20 || bytes[j] == 0x09 { j -= 1 }
        return j < 0 || bytes[j] == 0x0A
    }

    private func startsWithWord(_ w: String, at i: Int) -> Bool {
        let u = Array(w.utf8)
        guard i + u.count < bytes.count else { return false }
        for k in 0..<u.count where bytes[i + k] & 0xDF != u[k] { return false }
        let after = bytes[i + u.count]
        return after == 0x20 || after == 0x09
    }

    /// `DELIMITER ;;`: the rest of the line's first word is the new delimiter.
    private mutating func readDelimiterCommand() {
        position += "DELIMITER".utf8.count
        while byte(position) == 0x20 || byte(position) == 0x09 { position += 1 }
        let s = position
        while position < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        if position > s { delimiter = Array(bytes[s..<position]) }
        skipLine()
    }

    private mutating func quoted(start: Int, close: UInt8, kind: DumpToken.Kind, backslashes: Bool) -> DumpToken {
        let end = QuotedToken.end(in: bytes, open: start, backslash: backslashes ? .escapesAnyByte : .literal)
        let bodyEnd = end.map { $0 - 1 } ?? bytes.count
        var value: [UInt8] = []
        var i = start + 1
        while i < bodyEnd {
            let b = bytes[i]
            if backslashes && b == UInt8(ascii: "\\") && i + 1 < bodyEnd {
                let e = bytes[i + 1]
                switch e {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "0"): value.append(0)
                case UInt8(ascii: "Z"): value.append(0x1A)
                default: value.append(e)
                }
                i += 2
                continue
            }
            // Inside the token a closing quote is always doubled: it stands for one.
            if b == close { i += 1 }
            value.append(b)
            i += 1
        }
        position = end ?? bytes.count
        if end == nil { problems.append((kind == .string ? "unterminated string" : "unterminated quoted identifier", start)) }
        return DumpToken(kind: kind, value: String(decoding: value, as: UTF8.self), start: start, end: position)
    }

    private mutating func dollarString(start: Int) -> DumpToken? {
        var j = start + 1
        while j < bytes.count, Self.isWordByte(bytes[j]), bytes[j] != UInt8(ascii: "$") { j += 1 }
        guard byte(j) == UInt8(ascii: "$") else { return nil }
        let tag = Array(bytes[start...j])
        var k = j + 1
        while k + tag.count <= bytes.count {
            if bytes[k] == tag[0], Array(bytes[k..<k + tag.count]) == tag {
                position = k + tag.count
                return DumpToken(kind: .string, value: text(j + 1, k), start: start, end: position)
            }
            k += 1
        }
        problems.append(("unterminated dollar-quoted string", start))
        position = bytes.count
        return DumpToken(kind: .string, value: text(j + 1, bytes.count), start: start, end: position)
    }

    private mutating func number(start: Int) -> DumpToken {
        position = start
        while position < bytes.count {
            let b = bytes[position]
            if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") { position += 1; continue }
            if (b | 0x20) == UInt8(ascii: "e"), byte(position + 1) >= 0x30 && byte(position + 1) <= 0x39
                || ((byte(position + 1) == UInt8(ascii: "-") || byte(position + 1) == UInt8(ascii: "+"))
                    && byte(position + 2) >= 0x30 && byte(position + 2) <= 0x39) {
                position += 2
                continue
            }
            break
        }
        return DumpToken(kind: .number, value: text(start, position), start: start, end: position)
    }

    private static let twoByteSymbols: Set<String> = ["::", "<=", ">=", "<>", "!=", "||", "->", "=>"]

    private mutating func symbol(start: Int) -> DumpToken {
        if start + 1 < bytes.count {
            let two = text(start, start + 2)
            if Self.twoByteSymbols.contains(two) {
                position = start + 2
                return DumpToken(kind: .symbol, value: two, start: start, end: position)
            }
        }
        // One whole UTF-8 character, so a stray non-ASCII byte sequence stays one token.
        position = start + 1
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return DumpToken(kind: .symbol, value: text(start, position), start: start, end: position)
    }
}
