/// Turns the UTF-8 bytes of one file into tokens, following PostgreSQL's lexical rules.
///
/// The lexer streams: each `nextToken()` scans just far enough for one token, so a
/// file of any size is lexed in constant memory. Problems become `L1xx` diagnostics
/// and, where no sensible token remains, a `.invalid` token; the lexer never traps.
///
///     var lexer = Lexer(file: file)
///     for token in lexer { ... }          // stops before the end-of-file token
///     lexer.diagnostics                   // what went wrong, in source order
public struct Lexer: Sequence, IteratorProtocol {
    public let file: SourceFile
    let bytes: [UInt8]
    var position: Int
    /// Copies of the static tables: reading a `static let` costs a lazy-init check.
    private let classes = CharClass.all
    private let keywords = KeywordTable.shared
    private var finished = false
    /// Lexical errors found so far. The parser drains this as it goes.
    public internal(set) var diagnostics: [Diagnostic] = []
    private var reportedCount = 0

    /// More lexical errors than this in one file are counted but not kept: a binary
    /// file would otherwise produce millions of them.
    static let maxDiagnostics = 1000

    public init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        // A UTF-8 byte order mark is not part of the text.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.position = bytes.starts(with: bom) ? 3 : 0
    }

    /// The next token; at the end of the input, `.endOfFile` (every time).
    public mutating func nextToken() -> Token {
        skipTrivia()
        let n = bytes.count
        guard position < n else { return token(.endOfFile, from: n) }
        let start = position
        let b = bytes[start]
        let cls = charClass(b)

        if cls.contains(.identStart) {
            if b | 0x20 == UInt8(ascii: "e"), start + 1 < n, bytes[start + 1] == UInt8(ascii: "'") {
                position += 1
                return scanQuotedString(start: start, escapes: true)
            }
            return scanWord(start: start)
        }
        if cls.contains(.digit) { return scanNumber(start: start) }
        if cls.contains(.operatorChar) { return scanOperator(start: start) }

        switch b {
        case UInt8(ascii: "'"): return scanQuotedString(start: start, escapes: false)
        case UInt8(ascii: "\""): return scanQuotedIdentifier(start: start)
        case UInt8(ascii: "$"): return scanDollar(start: start)
        case UInt8(ascii: "."):
            if start + 1 < n, charClass(bytes[start + 1]).contains(.digit) { return scanNumber(start: start) }
            return single(.dot, start)
        case UInt8(ascii: "("): return single(.leftParen, start)
        case UInt8(ascii: ")"): return single(.rightParen, start)
        case UInt8(ascii: "["): return single(.leftBracket, start)
        case UInt8(ascii: "]"): return single(.rightBracket, start)
        case UInt8(ascii: ","): return single(.comma, start)
        case UInt8(ascii: ";"): return single(.semicolon, start)
        case UInt8(ascii: ":"):
            if start + 1 < n, bytes[start + 1] == UInt8(ascii: ":") {
                position += 2
                return token(.colonColon, from: start)
            }
            return single(.colon, start)
        case 0: return scanNulRun(start: start)
        default: return scanStrayCharacter(start: start)
        }
    }

    /// The next token, or nil once the input is exhausted (the end-of-file token is not
    /// yielded), so `Array(Lexer(file: f))` is the file's tokens.
    public mutating func next() -> Token? {
        if finished { return nil }
        let t = nextToken()
        if t.kind == .endOfFile { finished = true; return nil }
        return t
    }

    /// Lexes a whole file at once; for tests and tools. The parser streams instead.
    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file: file)
        var tokens: [Token] = []
        while let t = lexer.next() { tokens.append(t) }
        return (tokens, lexer.diagnostics)
    }

    // MARK: - Helpers shared by the scanners

    @inline(__always)
    func charClass(_ b: UInt8) -> CharClass { classes.withUnsafeBufferPointer { $0[Int(b)] } }

    @inline(__always)
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(file: file.id, start: start, end: end)
    }

    @inline(__always)
    func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(kind: kind, range: range(start, position))
    }

    @inline(__always)
    private mutating func single(_ kind: TokenKind, _ start: Int) -> Token {
        position = start + 1
        return token(kind, from: start)
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ start: Int, _ end: Int,
                         label: String, help: String) {
        reportedCount += 1
        if reportedCount > Self.maxDiagnostics { return }
        var notes: [DiagnosticNote] = []
        if reportedCount == Self.maxDiagnostics {
            notes.append(DiagnosticNote("further lexical errors in this file are not reported"))
        }
        diagnostics.append(.error(code, message, at: range(start, end), label: label, notes: notes, help: help))
    }

    // MARK: - Whitespace and comments

    /// Skips spaces and comments: `-- to end of line` and `/* nested /* like this */ */`.
    private mutating func skipTrivia() {
        let n = bytes.count
        while position < n {
            let b = bytes[position]
            if charClass(b).contains(.space) {
                position += 1
            } else if b == UInt8(ascii: "-"), position + 1 < n, bytes[position + 1] == UInt8(ascii: "-") {
                skipLineComment()
            } else if b == UInt8(ascii: "/"), position + 1 < n, bytes[position + 1] == UInt8(ascii: "*") {
                skipBlockComment()
            } else {
                return
            }
        }
    }

    private mutating func skipLineComment() {
        let start = position
        let n = bytes.count
        var sawHighByte = false
        while position < n, bytes[position] != UInt8(ascii: "\n") {
            let b = bytes[position]
            if b >= 0x80 { sawHighByte = true } else if b == 0 { reportNul(at: position) }
            position += 1
        }
        if sawHighByte { validateUTF8(start, position) }
    }

    private mutating func skipBlockComment() {
        let start = position
        let n = bytes.count
        var depth = 0
        var sawHighByte = false
        while position < n {
            let b = bytes[position]
            if b == UInt8(ascii: "/"), position + 1 < n, bytes[position + 1] == UInt8(ascii: "*") {
                depth += 1
                position += 2
            } else if b == UInt8(ascii: "*"), position + 1 < n, bytes[position + 1] == UInt8(ascii: "/") {
                depth -= 1
                position += 2
                if depth == 0 {
                    if sawHighByte { validateUTF8(start, position) }
                    return
                }
            } else {
                if b >= 0x80 { sawHighByte = true } else if b == 0 { reportNul(at: position) }
                position += 1
            }
        }
        if sawHighByte { validateUTF8(start, position) }
        report(.unterminatedComment, "unterminated block comment", start, start + 2,
               label: "this comment is never closed",
               help: "close it with `*/`; block comments nest, so each `/*` inside needs its own `*/`")
    }

    // MARK: - Words, numbers, operators

    /// `name`, `café`, `a$b`: a keyword when it spells one, else an identifier.
    private mutating func scanWord(start: Int) -> Token {
        let n = bytes.count
        var sawHighByte = false
        position = start
        while position < n {
            let b = bytes[position]
            guard charClass(b).contains(.identContinue) else { break }
            if b >= 0x80 { sawHighByte = true }
            position += 1
        }
        if sawHighByte {
            validateUTF8(start, position)
            return token(.identifier, from: start)
        }
        if let keyword = keywords.lookup(bytes[start..<position]) {
            return token(.keyword(keyword), from: start)
        }
        return token(.identifier, from: start)
    }

    /// `42`, `1.5`, `.5`, `1.`, `6.02e23`, `1E-3`.
    private mutating func scanNumber(start: Int) -> Token {
        let n = bytes.count
        position = start
        var isNumeric = false
        while position < n, charClass(bytes[position]).contains(.digit) { position += 1 }
        if position < n, bytes[position] == UInt8(ascii: "."),
           !(position + 1 < n && bytes[position + 1] == UInt8(ascii: ".")) {  // `1..2` is `1` `.` `.` `2`
            isNumeric = true
            position += 1
            while position < n, charClass(bytes[position]).contains(.digit) { position += 1 }
        }
        if position < n, bytes[position] | 0x20 == UInt8(ascii: "e") {
            var p = position + 1
            if p < n, bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-") { p += 1 }
            if p < n, charClass(bytes[p]).contains(.digit) {
                isNumeric = true
                position = p
                while position < n, charClass(bytes[position]).contains(.digit) { position += 1 }
            }
        }
        // PostgreSQL 15 rejects `123abc` and `1e` rather than splitting them.
        if position < n, charClass(bytes[position]).contains(.identContinue) {
            while position < n, charClass(bytes[position]).contains(.identContinue) { position += 1 }
            let text = file.text(range(start, position))
            report(.trailingJunkAfterNumber, "invalid number `\(text.prefix(40))`", start, position,
                   label: "a number cannot run into letters",
                   help: "put a space after the number; if this is a name, quote it: \"\(text.prefix(40))\"")
            return token(.invalid, from: start)
        }
        return token(isNumeric ? .numeric : .integer, from: start)
    }

    /// A run of operator characters, cut the way PostgreSQL cuts it: a comment start
    /// ends it, and a trailing `+`/`-` is split off unless the operator holds one of
    /// `~ ! @ # % ^ & | ?` (so `a<-1` is `a < -1`).
    ///
    /// A run is scanned at most 64 bytes far (PostgreSQL's operator names are shorter):
    /// splitting off trailing signs re-scans the rest of the run, which for a long run
    /// of `+` would otherwise take quadratic time.
    private mutating func scanOperator(start: Int) -> Token {
        let n = Swift.min(bytes.count, start + 64)
        var end = start
        while end < n, charClass(bytes[end]).contains(.operatorChar) {
            if end > start, end + 1 < n {
                let b = bytes[end], next = bytes[end + 1]
                if (b == UInt8(ascii: "-") && next == UInt8(ascii: "-")) || (b == UInt8(ascii: "/") && next == UInt8(ascii: "*")) {
                    break
                }
            }
            end += 1
        }
        var length = end - start
        if length > 1, bytes[end - 1] == UInt8(ascii: "+") || bytes[end - 1] == UInt8(ascii: "-") {
            let special = bytes[start..<(end - 1)].contains { charClass($0).contains(.operatorSpecial) }
            if !special {
                while length > 1, bytes[start + length - 1] == UInt8(ascii: "+") || bytes[start + length - 1] == UInt8(ascii: "-") {
                    length -= 1
                }
            }
        }
        position = start + length
        let first = bytes[start]
        let kind: TokenKind
        if length == 1 {
            switch first {
            case UInt8(ascii: "+"): kind = .plus
            case UInt8(ascii: "-"): kind = .minus
            case UInt8(ascii: "*"): kind = .star
            case UInt8(ascii: "/"): kind = .slash
            case UInt8(ascii: "%"): kind = .percent
            case UInt8(ascii: "^"): kind = .caret
            case UInt8(ascii: "="): kind = .equal
            case UInt8(ascii: "<"): kind = .less
            case UInt8(ascii: ">"): kind = .greater
            default: kind = .otherOperator
            }
        } else if length == 2 {
            switch (first, bytes[start + 1]) {
            case (UInt8(ascii: "<"), UInt8(ascii: "=")): kind = .lessEqual
            case (UInt8(ascii: ">"), UInt8(ascii: "=")): kind = .greaterEqual
            case (UInt8(ascii: "<"), UInt8(ascii: ">")), (UInt8(ascii: "!"), UInt8(ascii: "=")): kind = .notEqual
            case (UInt8(ascii: "|"), UInt8(ascii: "|")): kind = .concat
            default: kind = .otherOperator
            }
        } else {
            kind = .otherOperator
        }
        return token(kind, from: start)
    }

    // MARK: - Bad bytes

    mutating func reportNul(at offset: Int) {
        report(.nulByte, "NUL byte in the source", offset, offset + 1, label: "NUL byte",
               help: "remove it; a file with many NUL bytes is probably UTF-16, so convert it to UTF-8")
    }

    /// One diagnostic and one `.invalid` token for a whole run of NUL bytes.
    private mutating func scanNulRun(start: Int) -> Token {
        position = start
        while position < bytes.count, bytes[position] == 0 { position += 1 }
        let count = position - start
        report(.nulByte, count == 1 ? "NUL byte in the source" : "\(count) NUL bytes in the source",
               start, position, label: "NUL byte",
               help: "remove it; a file with many NUL bytes is probably UTF-16, so convert it to UTF-8")
        return token(.invalid, from: start)
    }

    /// A character no token starts with. Consecutive stray characters share one
    /// diagnostic.
    private mutating func scanStrayCharacter(start: Int) -> Token {
        let b = bytes[start]
        position = start + 1
        let shown: String
        let help: String
        switch b {
        case UInt8(ascii: "`"):
            shown = "`"
            help = "sqlport quotes identifiers PostgreSQL's way: write \"name\" instead of `name`"
        case UInt8(ascii: "\\"):
            shown = "\\"
            help = "backslash escapes only work inside `E'...'` strings; psql meta-commands are not supported"
        default:
            // Control characters and lone bytes: name them by value.
            while position < bytes.count, bytes[position] == b { position += 1 }
            shown = b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "U+\(String(b, radix: 16, uppercase: true).leftPadded(to: 4))"
            help = "remove it, or put it inside a string literal"
        }
        report(.unexpectedCharacter, "unexpected character `\(shown)`", start, position,
               label: "not part of any token", help: help)
        return token(.invalid, from: start)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Byte classes as a table, so the hot loops test one bit per byte.
struct CharClass: OptionSet {
    let rawValue: UInt8
    static let identStart = CharClass(rawValue: 1)
    static let identContinue = CharClass(rawValue: 2)
    static let digit = CharClass(rawValue: 4)
    static let space = CharClass(rawValue: 8)
    static let operatorChar = CharClass(rawValue: 16)
    /// Operator characters that keep a trailing `+`/`-` attached.
    static let operatorSpecial = CharClass(rawValue: 32)
    static let hexDigit = CharClass(rawValue: 64)

    private static let table: [CharClass] = (0..<256).map { i in
        let b = UInt8(i)
        var c: CharClass = []
        let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        let digit = b >= 0x30 && b <= 0x39
        if letter || b == UInt8(ascii: "_") || b >= 0x80 { c.formUnion([.identStart, .identContinue]) }
        if digit { c.formUnion([.digit, .identContinue, .hexDigit]) }
        if b == UInt8(ascii: "$") { c.insert(.identContinue) }
        if (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) { c.insert(.hexDigit) }
        // PostgreSQL's whitespace: space, \t, \n, \r, \f, and \v.
        if [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B].contains(b) { c.insert(.space) }
        // The backtick is an operator character in PostgreSQL, but here it only ever
        // means MySQL quoting, so it is reported as a stray character instead.
        if Array("~!@#^&|?+-*/%<>=".utf8).contains(b) { c.insert(.operatorChar) }
        if Array("~!@#^&|?%".utf8).contains(b) { c.insert(.operatorSpecial) }
        return c
    }

    @inline(__always)
    static func of(_ b: UInt8) -> CharClass { table.withUnsafeBufferPointer { $0[Int(b)] } }

    /// The table itself, for scanners that keep a copy rather than pay for the
    /// lazy-initialization check of a `static let` on every byte.
    static var all: [CharClass] { table }

}
