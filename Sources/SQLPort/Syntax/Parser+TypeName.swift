/// Data type names, with their PostgreSQL aliases, modifiers and array suffixes.
extension Parser.State {
    static let supportedTypes = "smallint, integer, bigint, smallserial, serial, bigserial, numeric(p, s), "
        + "decimal(p, s), real, double precision, float(p), boolean, char(n), varchar(n), text, bytea, date, "
        + "time(p) [with time zone], timestamp(p) [with time zone], timestamptz, interval, uuid, json, jsonb, "
        + "and arrays of these (`t[]`)"

    /// The words that start a type, aliases included.
    enum BaseType {
        case smallint, integer, bigint, smallserial, serial, bigserial, numeric, real
        case double, doublePrecision, float, boolean, char, varchar, text, bytea, date
        case uuid, json, jsonb, interval, time, timestamp, timetz, timestamptz
    }

    static let baseTypes: [String: BaseType] = [
        "smallint": .smallint, "int2": .smallint, "integer": .integer, "int": .integer, "int4": .integer,
        "bigint": .bigint, "int8": .bigint, "smallserial": .smallserial, "serial2": .smallserial,
        "serial": .serial, "serial4": .serial, "bigserial": .bigserial, "serial8": .bigserial,
        "numeric": .numeric, "decimal": .numeric, "dec": .numeric, "real": .real, "float4": .real,
        "double": .double, "float8": .doublePrecision, "float": .float, "boolean": .boolean, "bool": .boolean,
        "char": .char, "character": .char, "varchar": .varchar, "text": .text, "bytea": .bytea, "date": .date,
        "uuid": .uuid, "json": .json, "jsonb": .jsonb, "interval": .interval, "time": .time,
        "timestamp": .timestamp, "timetz": .timetz, "timestamptz": .timestamptz,
    ]

    /// Types of other databases, and the portable type to write instead.
    static let typeHints: [String: String] = [
        "datetime": "timestamp", "tinyint": "smallint", "mediumint": "integer", "unsigned": "bigint",
        "tinytext": "text", "mediumtext": "text", "longtext": "text", "string": "text", "nvarchar": "varchar(n)",
        "nchar": "char(n)", "clob": "text", "blob": "bytea", "tinyblob": "bytea", "mediumblob": "bytea",
        "longblob": "bytea", "binary": "bytea", "varbinary": "bytea", "bit": "boolean", "money": "numeric(19, 2)",
        "double": "double precision", "number": "numeric", "year": "smallint", "enum": "text with a CHECK constraint",
    ]

    /// type_name ::= ( 'pg_catalog' '.' )? (
    ///       'SMALLINT' | 'INT2' | 'INTEGER' | 'INT' | 'INT4' | 'BIGINT' | 'INT8'
    ///     | 'SMALLSERIAL' | 'SERIAL2' | 'SERIAL' | 'SERIAL4' | 'BIGSERIAL' | 'SERIAL8'
    ///     | ( 'NUMERIC' | 'DECIMAL' | 'DEC' ) ( '(' type_modifier ( ',' type_modifier )? ')' )?
    ///     | 'REAL' | 'FLOAT4' | 'DOUBLE' 'PRECISION' | 'FLOAT8' | 'FLOAT' ( '(' type_modifier ')' )?
    ///     | 'BOOLEAN' | 'BOOL'
    ///     | ( 'CHARACTER' | 'CHAR' ) 'VARYING'? ( '(' type_modifier ')' )? | 'VARCHAR' ( '(' type_modifier ')' )?
    ///     | 'TEXT' | 'BYTEA' | 'DATE' | 'INTERVAL' | 'UUID' | 'JSON' | 'JSONB'
    ///     | ( 'TIME' | 'TIMESTAMP' ) ( '(' type_modifier ')' )? ( ( 'WITH' | 'WITHOUT' ) 'TIME' 'ZONE' )?
    ///     | ( 'TIMETZ' | 'TIMESTAMPTZ' ) ( '(' type_modifier ')' )?
    ///     | ( 'public' '.' )? identifier )
    ///   ( '[' INTEGER? ']' | 'ARRAY' ( '[' INTEGER? ']' )? )*
    mutating func parseTypeName() throws(Parser.Abort) -> TypeName {
        let start = token.range.start
        if isTypeWord(token), lowercasedWord(token) == "pg_catalog", peekIs(1, .dot) {
            advance()
            advance()
        }
        guard isTypeWord(token) || token.kind == .quotedIdentifier else { throw unexpected("a type name") }
        var nameToken = token
        var word = token.kind == .quotedIdentifier ? Lexer.nameValue(of: token, in: bytes) : lowercasedWord(token)
        advance()
        // `public.mood`, as pg_dump writes a column of a type of the public schema.
        var qualified = false
        if word == "public", at(.dot), isName(peek(1)) {
            advance()
            nameToken = token
            word = Lexer.nameValue(of: token, in: bytes)
            advance()
            qualified = true
        }

        if let enumType = enumTypeReference(word, token: nameToken, qualified: qualified) {
            return try arraySuffix(enumType, start: start)
        }
        guard let base = Self.baseTypes[word], base != .double || at(.precision) else {
            let hint = Self.typeHints[word].map { "write `\($0)` instead" }
            report(.error(.unknownType, "unknown type `\(word)`", at: nameToken.range,
                          label: "not a type of the portable language",
                          help: hint ?? "supported types: \(Self.supportedTypes)"))
            throw Parser.Abort()
        }
        let kind: TypeKind
        switch base {
        case .smallint: kind = .smallint
        case .integer: kind = .integer
        case .bigint: kind = .bigint
        case .smallserial: kind = .smallserial
        case .serial: kind = .serial
        case .bigserial: kind = .bigserial
        case .numeric:
            var precision: Int?, scale: Int?
            if eat(.leftParen) {
                precision = try parseTypeModifier(word, "precision", 1...1000)
                if eat(.comma) { scale = try parseTypeModifier(word, "scale", -1000...1000, allowNegative: true) }
                try expect(.rightParen, "`)`")
            }
            kind = .numeric(precision: precision, scale: scale)
        case .real: kind = .real
        case .double:
            advance()  // PRECISION
            kind = .doublePrecision
        case .doublePrecision: kind = .doublePrecision
        case .float:
            kind = .float(precision: try optionalTypeModifier(word, "precision", 1...53))
        case .boolean: kind = .boolean
        case .char:
            let varying = eat(.varying)
            let length = try optionalTypeModifier(varying ? "varchar" : word, "length", 1...10_485_760)
            kind = varying ? .varchar(length: length) : .char(length: length)
        case .varchar:
            kind = .varchar(length: try optionalTypeModifier(word, "length", 1...10_485_760))
        case .text: kind = .text
        case .bytea: kind = .bytea
        case .date: kind = .date
        case .uuid: kind = .uuid
        case .json: kind = .json
        case .jsonb: kind = .jsonb
        case .interval:
            if at(.leftParen) || ["year", "month", "day", "hour", "minute", "second"].contains(lowercasedWord(token)) {
                throw unsupported("interval fields and precision are not supported", help: "write plain `interval`")
            }
            kind = .interval
        case .time, .timestamp, .timetz, .timestamptz:
            let precision = try optionalTypeModifier(word, "precision", 0...6, clampAbove: true)
            var withTimeZone = base == .timetz || base == .timestamptz
            if !withTimeZone, at(.with) || at(.without) {
                withTimeZone = at(.with)
                advance()
                try expect(.time)
                try expect(.zone)
            }
            kind = base == .time || base == .timetz
                ? .time(precision: precision, withTimeZone: withTimeZone)
                : .timestamp(precision: precision, withTimeZone: withTimeZone)
        }
        if at(.leftParen) {
            // `int(11)`, `text(100)`: modifiers on a type that takes none.
            let modifierStart = token.range.start
            skipParenthesized()
            report(.error(.invalidTypeModifier, "type `\(word)` takes no length or precision", at: range(from: modifierStart),
                          label: "not allowed here", help: "remove the parenthesized part"))
        }
        return try arraySuffix(kind, start: start)
    }

    /// A name that is no built-in type, nor another database's: a type made by `CREATE TYPE`
    /// (the checker finds it in the catalog, or reports that it does not exist).
    mutating func enumTypeReference(_ word: String, token nameToken: Token, qualified: Bool) -> TypeKind? {
        let isUserName = nameToken.kind == .quotedIdentifier || nameToken.kind == .identifier
        guard isUserName, qualified || nameToken.kind == .quotedIdentifier || Self.baseTypes[word] == nil,
              qualified || nameToken.kind == .quotedIdentifier || Self.typeHints[word] == nil else { return nil }
        return .enumType(name: word, labels: [])
    }

    /// ( '[' INTEGER? ']' | 'ARRAY' ( '[' INTEGER? ']' )? )*
    mutating func arraySuffix(_ kind: TypeKind, start: Int) throws(Parser.Abort) -> TypeName {
        var dimensions = 0
        while at(.leftBracket) || at(.array) {
            if eat(.array), !at(.leftBracket) {
                dimensions += 1
                continue
            }
            try expect(.leftBracket)
            if at(TokenKind.integer) { advance() }  // PostgreSQL ignores declared array sizes
            try expect(.rightBracket, "`]`")
            dimensions += 1
        }
        let r = range(from: start)
        return TypeName(kind, arrayDimensions: dimensions, spelling: file.text(r), range: r)
    }

    /// A word that may name a type: an identifier or any keyword (many type names,
    /// such as `int` and `varchar`, are keywords).
    func isTypeWord(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier, .keyword: true
        default: false
        }
    }

    func lowercasedWord(_ t: Token) -> String {
        switch t.kind {
        case .identifier, .keyword: Lexer.nameValue(of: t, in: bytes)
        default: ""
        }
    }

    /// `'(' INTEGER ')'` when present.
    mutating func optionalTypeModifier(_ type: String, _ what: String, _ allowed: ClosedRange<Int>,
                                            clampAbove: Bool = false) throws(Parser.Abort) -> Int? {
        guard eat(.leftParen) else { return nil }
        let value = try parseTypeModifier(type, what, allowed, clampAbove: clampAbove)
        try expect(.rightParen, "`)`")
        return value
    }

    /// type_modifier ::= '-'? INTEGER
    ///
    /// Checked against the range PostgreSQL accepts. Out of
    /// range (or too large for any integer) is a P205 error; a time precision above 6
    /// is a warning and becomes 6, as PostgreSQL does.
    mutating func parseTypeModifier(_ type: String, _ what: String, _ allowed: ClosedRange<Int>,
                                    allowNegative: Bool = false, clampAbove: Bool = false) throws(Parser.Abort) -> Int? {
        let start = token.range.start
        let negative = allowNegative && eat(.minus)
        guard at(TokenKind.integer) else { throw unexpected("an integer \(what)") }
        let digits = text(token)
        advance()
        var value: Int? = 0
        for d in digits.utf8 {
            guard let v = value else { break }
            let (times10, o1) = v.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(d) - 48)
            value = o1 || o2 ? nil : sum
        }
        if negative { value = value.map { -$0 } }
        let written = range(from: start)
        if let v = value, allowed.contains(v) { return v }
        if clampAbove, let v = value, v > allowed.upperBound, v < 1_000_000 {
            report(.warning(.invalidTypeModifier, "`\(type)` \(what) \(v) is reduced to \(allowed.upperBound)",
                            at: written, label: "PostgreSQL allows at most \(allowed.upperBound)",
                            help: "write \(allowed.upperBound) or less"))
            return allowed.upperBound
        }
        report(.error(.invalidTypeModifier, "`\(type)` \(what) must be between \(allowed.lowerBound) and \(allowed.upperBound)",
                      at: written, label: "`\(file.text(written))` is out of range",
                      help: type == "varchar" || type == "char" || type == "character"
                          ? "use `text` for strings without a length limit"
                          : "write a \(what) between \(allowed.lowerBound) and \(allowed.upperBound)"))
        return nil
    }

    /// Skips a balanced `( ... )`, stopping early at the end of the input or a `;`.
    mutating func skipParenthesized() {
        var depth = 0
        repeat {
            if at(.leftParen) { depth += 1 } else if at(.rightParen) { depth -= 1 }
            advance()
        } while depth > 0 && !at(.endOfFile) && !at(.semicolon)
    }
}
