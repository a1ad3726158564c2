/// One lexical token: its kind and the UTF-8 byte range it covers, quotes and
/// delimiters included. A token holds no text of its own: values (folded names,
/// unescaped strings) are read from the source on demand, so lexing a large file
/// allocates nothing per token.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange

    public init(kind: TokenKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum TokenKind: Hashable, Sendable {
    /// An unquoted name that is not a keyword: `ballot`, `café`, `a$b`.
    case identifier
    /// An unquoted word that PostgreSQL treats as a keyword (any category).
    case keyword(Keyword)
    /// `"Name"`; `""` inside stands for one `"`.
    case quotedIdentifier
    /// Digits only: `42`.
    case integer
    /// With a point or an exponent: `1.5`, `.5`, `1e10`.
    case numeric
    /// `'text'`; `''` inside stands for one `'`.
    case string
    /// `E'text'` with backslash escapes.
    case escapeString
    /// `$$text$$` or `$tag$text$tag$`.
    case dollarString

    case leftParen, rightParen, leftBracket, rightBracket
    case comma, semicolon, dot, colon
    /// `::`
    case colonColon

    case plus, minus, star, slash, percent, caret
    case equal, less, greater, lessEqual, greaterEqual
    /// `<>` or `!=`
    case notEqual
    /// `||`
    case concat
    /// Any other operator PostgreSQL would accept (`~`, `@>`, `->>`, ...); the
    /// portable language has no meaning for them.
    case otherOperator

    /// Bytes the lexer could not make sense of (an unterminated string, a stray
    /// character, ...). The lexer has already reported it.
    case invalid
    /// The end of the input; its range is empty.
    case endOfFile
}

extension TokenKind {
    /// How the token is shown in messages when its text is not at hand.
    var fixedSpelling: String? {
        switch self {
        case .leftParen: "("
        case .rightParen: ")"
        case .leftBracket: "["
        case .rightBracket: "]"
        case .comma: ","
        case .semicolon: ";"
        case .dot: "."
        case .colon: ":"
        case .colonColon: "::"
        case .plus: "+"
        case .minus: "-"
        case .star: "*"
        case .slash: "/"
        case .percent: "%"
        case .caret: "^"
        case .equal: "="
        case .less: "<"
        case .greater: ">"
        case .lessEqual: "<="
        case .greaterEqual: ">="
        case .notEqual: "<>"
        case .concat: "||"
        case .keyword(let k): k.rawValue.uppercased()
        default: nil
        }
    }
}
