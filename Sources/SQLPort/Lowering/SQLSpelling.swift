/// How one dialect spells the leaves of SQL: names, strings, types, and any expression
/// node it writes differently. `SQLPrinter` owns the structure (keywords, layout,
/// parentheses); a spelling owns the words.
///
/// ## Plugging in a dialect
///
/// A dialect's lowering declares a value type conforming to `SQLSpelling` and prints
/// with `SQLPrinter(spelling: MySQLSpelling())`:
///
/// - `quoteIdentifier` and `stringLiteral` have no default, so every dialect decides.
///   MySQL would write `` `a``b` `` (backticks doubled) only where its reserved words or
///   characters need it, and escape backslashes in strings (`'a\\b'`) because
///   `NO_BACKSLASH_ESCAPES` is off by default; SQLite would quote with `"` like PostgreSQL
///   but against its own keyword list.
/// - `typeName` maps the portable type to the dialect's spelling (`TIMESTAMP WITH TIME
///   ZONE` → MySQL `DATETIME(6)`), usually from a table in the lowering file.
/// - `spell(_:printer:)` rewrites single nodes and returns nil for everything it prints
///   normally: MySQL turns `a || b` into `CONCAT(a, b)` and `x::t` into `CAST(x AS t)`.
///   It prints sub-expressions back through `printer` so they get the same spelling and
///   parentheses, and it reports the precedence of the text it returns.
/// - `precedence(of:)` is PostgreSQL's table unless a dialect binds differently.
///
/// Anything a dialect cannot express at all is not a spelling problem: its lowering
/// rejects it with a `D4xx` diagnostic before printing.
public protocol SQLSpelling: Sendable {
    /// A table, column, constraint, index, schema or collation name, quoted only where
    /// the dialect needs it.
    func quoteIdentifier(_ name: String) -> String
    /// The last part of a function name in a call; defaults to `quoteIdentifier`.
    func quoteFunctionName(_ name: String) -> String
    /// A string constant holding exactly `value`.
    func stringLiteral(_ value: String) -> String
    /// A data type; defaults to the canonical portable spelling.
    func typeName(_ type: TypeName) -> String
    /// The binding strength of a node as this dialect prints it; defaults to PostgreSQL's.
    func precedence(of expression: Expression) -> Precedence
    /// A different spelling for one node, or nil to print it normally.
    func spell(_ expression: Expression, printer: SQLPrinter) -> SpelledExpression?
}

/// Text a spelling hook produced for an expression, with how tightly it binds so the
/// printer can parenthesise it where it is used.
public struct SpelledExpression: Hashable, Sendable {
    public var text: String
    public var precedence: Precedence

    public init(_ text: String, precedence: Precedence) {
        self.text = text
        self.precedence = precedence
    }
}

extension SQLSpelling {
    public func quoteFunctionName(_ name: String) -> String { quoteIdentifier(name) }
    public func typeName(_ type: TypeName) -> String { SQLPrinter.canonicalTypeName(type) }
    public func precedence(of expression: Expression) -> Precedence { .postgreSQL(of: expression) }
    public func spell(_ expression: Expression, printer: SQLPrinter) -> SpelledExpression? { nil }
}

/// The canonical spelling, which is also PostgreSQL 15's: the printer's default.
public struct PostgreSQLSpelling: SQLSpelling {
    public init() {}

    /// Bare when the name is a lower-case ASCII word that PostgreSQL reads back
    /// unchanged, i.e. matches `[a-z_][a-z0-9_$]*` and is not a key word barred from
    /// column names; otherwise `"..."` with `"` doubled.
    ///
    /// One column-name key word is quoted although PostgreSQL would not need it:
    /// `values`, because `(values` reads as the start of a `VALUES` list, to sqlport's
    /// parser (P210) and to a reviewer alike.
    public func quoteIdentifier(_ name: String) -> String {
        guard Self.isPlainWord(name) else { return Self.quoted(name) }
        switch PostgreSQLKeywords.category(of: name) {
        case .reserved, .typeOrFunctionName: return Self.quoted(name)
        case .columnName: return name == "values" ? Self.quoted(name) : name
        case nil: return name
        }
    }

    /// In call position the rules differ: `left(s, 2)` is fine bare, and column-name
    /// key words like `coalesce` must stay bare to mean PostgreSQL's built-in syntax.
    public func quoteFunctionName(_ name: String) -> String {
        guard Self.isPlainWord(name) else { return Self.quoted(name) }
        switch PostgreSQLKeywords.category(of: name) {
        case .reserved: return Self.quoted(name)
        case .columnName:
            return PostgreSQLKeywords.functionSyntax.contains(name) ? name : Self.quoted(name)
        case .typeOrFunctionName, nil: return name
        }
    }

    /// `'...'` with `'` doubled; backslashes are literal because PostgreSQL 15 has
    /// `standard_conforming_strings` on. A string holding control characters becomes
    /// `E'...'` so that the output stays one line per statement and shows them plainly.
    public func stringLiteral(_ value: String) -> String {
        let needsEscapes = value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        guard needsEscapes else { return "'" + value.replacingAll("'", with: "''") + "'" }
        var out = "E'"
        for scalar in value.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + Self.hexByte(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    static func isPlainWord(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLower(first) else { return false }
        return name.utf8.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "$") }
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingAll("\"", with: "\"\"") + "\"" }

    private static func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func hexByte(_ v: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(v >> 4) & 0xF], digits[Int(v) & 0xF]])
    }
}

extension String {
    /// Replaces every occurrence of one Unicode scalar, without Foundation. Scalars, not
    /// Characters: a `'` followed by a combining mark is one Character but still a quote
    /// to the database.
    /// Built in one pass into a byte buffer: appending to a `String.UnicodeScalarView` copied
    /// the text so far on every replacement (O(n²) for a literal of many quotes).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            if scalar == target {
                out.append(contentsOf: replacement.utf8)
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
