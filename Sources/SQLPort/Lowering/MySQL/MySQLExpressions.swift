/// Which portable expressions MySQL evaluates the way PostgreSQL does, and D411 for the rest.
enum MySQLExpressions {
    /// PostgreSQL functions MySQL has under a name that takes the same arguments and gives the
    /// same result.
    static let functionNames: [String: String] = [
        "lower": "LOWER", "upper": "UPPER", "length": "CHAR_LENGTH", "char_length": "CHAR_LENGTH",
        "character_length": "CHAR_LENGTH", "octet_length": "OCTET_LENGTH", "coalesce": "COALESCE",
        "nullif": "NULLIF", "abs": "ABS", "replace": "REPLACE", "md5": "MD5", "floor": "FLOOR",
        "ceil": "CEILING", "ceiling": "CEILING", "sign": "SIGN", "sqrt": "SQRT", "mod": "MOD",
        "left": "LEFT", "right": "RIGHT", "substr": "SUBSTRING", "substring": "SUBSTRING", "repeat": "REPEAT",
        "ltrim": "LTRIM", "rtrim": "RTRIM", "btrim": "TRIM", "trim": "TRIM", "reverse": "REVERSE",
        // Aggregates of a subquery's rows (`max` / `min` of text are refused: collations differ).
        "count": "COUNT", "max": "MAX", "min": "MIN", "sum": "SUM",
    ]

    /// Calls without arguments whose MySQL form is fixed text: `now()` keeps microseconds as
    /// PostgreSQL's does; `concat` skips NULLs in PostgreSQL, as `CONCAT_WS('', ...)` does.
    static let fixedCalls: [String: String] = [
        "now": "NOW(6)", "gen_random_uuid": "UUID()", "clock_timestamp": "SYSDATE(6)",
        "uuid_generate_v4": "UUID()", "uuid_generate_v1": "UUID()",
        "statement_timestamp": "NOW(6)", "transaction_timestamp": "NOW(6)",
    ]

    /// Functions whose argument count must match MySQL's (PostgreSQL's 2-argument `lpad` pads
    /// with blanks; MySQL needs the third argument).
    static let arity: [String: ClosedRange<Int>] = [
        "count": 1...1, "max": 1...1, "min": 1...1, "sum": 1...1, "substr": 2...3, "substring": 2...3, "left": 2...2, "right": 2...2, "repeat": 2...2, "mod": 2...2,
        "ltrim": 1...1, "rtrim": 1...1, "btrim": 1...1, "trim": 1...1, "replace": 3...3, "nullif": 2...2,
    ]

    /// Whether `e` is an integer in PostgreSQL's typing (literals, integer columns, integer
    /// arithmetic, casts to integer types).
    static func isInteger(_ e: Expression, columns: MySQLColumnTypes) -> Bool {
        switch e.kind {
        case .integer: return true
        case .column(let q, let name): return columns[q, name.value].flatMap(MySQLTypes.integerDigits) != nil
        case .unary(.minus, let inner), .unary(.plus, let inner): return isInteger(inner, columns: columns)
        case .binary(let op, let l, let r):
            switch op {
            case .add, .subtract, .multiply, .divide, .modulo: return isInteger(l, columns: columns) && isInteger(r, columns: columns)
            case .or, .and, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .concat, .power: return false
            }
        case .cast(_, let type, _):
            switch type.kind {
            case .smallint, .integer, .bigint: return type.arrayDimensions == 0
            case .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float, .boolean, .char, .varchar,
                 .text, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
                return false
            }
        case .subquery(let q):
            // `(SELECT count(*) ...)` is a bigint in PostgreSQL; other calls are judged as before.
            guard let item = q.items.first?.expression else { return false }
            if case .call(let name, _, true) = item.kind, name.name.value.lowercased() == "count" { return true }
            if case .call(let name, let args, false) = item.kind, ["max", "min", "sum", "count"].contains(name.name.value.lowercased()),
               args.count == 1 {
                return name.name.value.lowercased() == "count" || isInteger(args[0], columns: columns)
            }
            return isInteger(item, columns: columns)
        case .numeric, .string, .boolean, .null, .special, .unary, .isNull, .inList, .between, .like, .call, .caseWhen,
             .exists, .inQuery:
            return false
        }
    }

    /// D411 / D412 for every sub-expression MySQL would evaluate differently, each pointing at
    /// that sub-expression (or at `fallback` for nodes built without a range).
    static func check(_ written: Expression, columns: MySQLColumnTypes, fallback: SourceRange?) -> [Diagnostic] {
        // Judged as written out: constant casts folded (`'[]'::jsonb` is the text `'[]'`).
        let root = written.foldingConstantCasts()
        var out: [Diagnostic] = []
        func fail(_ e: Expression, _ message: String, _ label: String, help: String) {
            out.append(.error(.mysqlUnsupportedExpression, message, at: e.range ?? fallback, label: label, help: help))
        }
        /// A value turned into text must read the same: booleans, times and floats do not.
        func checkPrintsAlike(_ x: Expression) {
            guard let kind = textDiffers(x, columns: columns) else { return }
            fail(x, "\(kind) becomes different text in MySQL", "PostgreSQL writes it otherwise",
                 help: "format the value explicitly, e.g. `CASE WHEN flag THEN 'true' ELSE 'false' END`")
        }
        if let comparison = firstStringComparison(in: root, columns: columns) {
            out.append(.warning(.mysqlStringComparison, "this compares strings, which MySQL does by the column's collation",
                                at: comparison.range ?? fallback,
                                label: "the default collations ignore case, accents and trailing spaces: 'a' = 'A ' is true",
                                help: "make sure the data cannot differ only that way, or give the column `COLLATE \"C\"` (binary)"))
        }
        root.forEachNode { e in
            switch e.kind {
            case .call(let name, let arguments, let star):
                let fn = name.name.value.lowercased()
                if fn == "to_char" {
                    out += MySQLToChar.check(e, columns: columns, fallback: fallback)
                } else if star, fn == "count", name.schema == nil {
                    break
                } else if star || name.schema != nil {
                    fail(e, "function call `\(name)` has no MySQL translation", "not translated",
                         help: "compute the value another way, or apply this step by hand")
                } else if let fixed = fixedCalls[fn] {
                    if !arguments.isEmpty { fail(e, "`\(fn)` takes no arguments here", "arguments not translated", help: "write `\(fn)()`") }
                    _ = fixed
                    if fn == "gen_random_uuid" || fn == "uuid_generate_v4" {
                        // MySQL 8.0's and MariaDB 10.11's UUID() is RFC 4122 version 1 (measured on
                        // MariaDB: the 13th digit is 1): unique, but made of the time and the host.
                        out.append(.warning(.mysqlUUIDVersion, "`\(fn)()` is written `UUID()`, which makes version 1 UUIDs",
                                            at: e.range ?? fallback,
                                            label: "PostgreSQL's are random (version 4); MySQL's hold the time and the server's MAC address",
                                            help: "fine for unique keys; where a UUID must not be guessable (a token), generate it in the application"))
                    }
                } else if fn == "concat" {
                    for a in arguments { checkPrintsAlike(a) }
                } else if fn == "max" || fn == "min", arguments.count == 1, mayBeText(arguments[0], columns: columns) {
                    fail(e, "`\(fn)` of text picks by MySQL's collation, not PostgreSQL's", "the default collations ignore case, accents and trailing spaces",
                         help: "take `\(fn)` of a numeric, date or time column (a key, for instance)")
                } else if fn == "sum", arguments.count == 1, !isInteger(arguments[0], columns: columns) {
                    fail(e, "`sum` is translated for integers only", "PostgreSQL's numeric and float sums round otherwise",
                         help: "sum an integer column")
                } else if functionNames[fn] == nil {
                    fail(e, "function `\(name.name.value)` has no known MySQL equivalent", "no MySQL translation",
                         help: "use a function both databases share (lower, upper, length, coalesce, substring, replace, ...)")
                } else if let range = arity[fn], !range.contains(arguments.count) {
                    fail(e, "`\(fn)` with \(arguments.count) argument\(arguments.count == 1 ? "" : "s") means something else in MySQL",
                         "argument count", help: "pass \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)") arguments")
                }
            case .binary(let op, let l, let r) where [.less, .lessEqual, .greater, .greaterEqual].contains(op)
                && (enumColumn(l, columns) ?? enumColumn(r, columns)) != nil:
                // Measured on MariaDB: ENUM('b','a','c') > 'a' is 'b' and 'c'; PostgreSQL gives 'c'.
                fail(e, "MySQL compares ENUM column `\(enumColumn(l, columns) ?? enumColumn(r, columns) ?? "")` with a string by its text",
                     "PostgreSQL compares by the labels' order", help: "compare with `=` / `IN (...)` of the labels meant")
            case .between(let inner, _, _, _) where enumColumn(inner, columns) != nil:
                fail(e, "MySQL compares ENUM column `\(enumColumn(inner, columns) ?? "")` with strings by their text",
                     "PostgreSQL compares by the labels' order", help: "compare with `IN (...)` of the labels meant")
            case .binary(.divide, let l, let r):
                if !(isInteger(l, columns: columns) && isInteger(r, columns: columns)) {
                    fail(e, "division of non-integers rounds differently in MySQL", "PostgreSQL's result scale differs from MySQL's",
                         help: "divide integers (becomes `DIV`), or round explicitly, e.g. `round(a * 1.0 / b, 4)` in a later UPDATE you check by hand")
                }
            case .binary(.concat, let l, let r):
                checkPrintsAlike(l)
                checkPrintsAlike(r)
            case .cast(let inner, let type, _):
                if MySQLTypes.castTarget(type) == nil {
                    fail(e, "cast to `\(type.spelling.isEmpty ? ColumnType.canonicalSpelling(type.kind) : type.spelling)` has no MySQL equivalent",
                         "no MySQL CAST target", help: "cast to an integer, numeric, string, date or timestamp type")
                } else if isStringType(type.kind) {
                    checkPrintsAlike(inner)
                }
            case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .binary, .isNull, .inList,
                 .between, .like, .caseWhen, .subquery, .exists, .inQuery:
                break
            }
        }
        return out
    }

    /// Whether `e` may be text (conservative: only numbers, times and booleans known by type are not).
    static func mayBeText(_ e: Expression, columns: MySQLColumnTypes) -> Bool {
        switch e.kind {
        case .integer, .numeric, .boolean: return false
        case .column(let q, let name):
            guard let type = columns[q, name.value], let kind = type.portable, type.arrayDimensions == 0 else { return true }
            return !QueryOrdering.isOrderedAlike(kind)
        default: return true
        }
    }

    /// The name of the enum-typed column `e` is, if it is one.
    static func enumColumn(_ e: Expression, _ columns: MySQLColumnTypes) -> String? {
        guard case .column(let q, let name) = e.kind, columns[q, name.value]?.enumTypeName != nil else { return nil }
        return name.value
    }

    static func isStringType(_ kind: TypeKind) -> Bool {
        switch kind {
        case .char, .varchar, .text: return true
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .real, .doublePrecision, .float,
             .boolean, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            return false
        }
    }

    /// What `x` is when its text in MySQL differs from PostgreSQL's (`true` is `1`, a
    /// `DATETIME(6)` prints six fraction digits, floats round otherwise); nil when it reads the same.
    static func textDiffers(_ x: Expression, columns: MySQLColumnTypes) -> String? {
        switch x.kind {
        case .boolean: return "a boolean"
        case .column(let q, let name):
            guard let type = columns[q, name.value], type.declaredIn != .targetDatabase, let kind = type.portable else { return nil }
            switch kind {
            case .boolean: return "boolean column `\(name.value)`"
            case .time, .timestamp: return "time column `\(name.value)`"
            case .real, .doublePrecision, .float: return "floating-point column `\(name.value)`"
            case .json, .jsonb: return "JSON column `\(name.value)`"
            case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .char, .varchar, .text,
                 .bytea, .date, .interval, .uuid, .enumType:
                return nil
            }
        case .special(let v):
            switch v {
            case .currentDate: return nil
            case .currentTimestamp, .currentTime: return "`\(v.rawValue)`"
            }
        case .isNull, .inList, .between, .like, .exists, .inQuery: return "a boolean"
        case .subquery(let q): return q.items.first.flatMap { textDiffers($0.expression, columns: columns) }
        case .binary(let op, _, _):
            switch op {
            case .or, .and, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return "a boolean"
            case .add, .subtract, .multiply, .divide, .modulo, .concat, .power: return nil
            }
        case .integer, .numeric, .string, .null, .unary, .call, .cast, .caseWhen: return nil
        }
    }

    /// The first `=`, `<>`, `<`, `IN` or `BETWEEN` with a string column on one side: PostgreSQL
    /// compares such strings exactly, MySQL by the column's (by default case-insensitive) collation.
    static func firstStringComparison(in root: Expression, columns: MySQLColumnTypes) -> Expression? {
        func isStringColumn(_ x: Expression) -> Bool {
            guard case .column(let q, let name) = x.kind, let type = columns[q, name.value] else { return false }
            if type.declaredIn == .targetDatabase {
                let d = type.declared.uppercased()
                return d.contains("CHAR") || d.contains("TEXT")
            }
            guard let kind = type.portable, type.arrayDimensions == 0 else { return false }
            return isStringType(kind) || kind == .uuid
        }
        var found: Expression?
        root.forEachNode { e in
            guard found == nil else { return }
            switch e.kind {
            case .binary(let op, let l, let r):
                switch op {
                case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
                    if isStringColumn(l) || isStringColumn(r) { found = e }
                case .or, .and, .add, .subtract, .multiply, .divide, .modulo, .concat, .power: break
                }
            case .inList(let subject, _, _), .between(let subject, _, _, _), .inQuery(let subject, _, _):
                if isStringColumn(subject) { found = e }
            case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .isNull, .like, .call, .cast, .caseWhen,
                 .subquery, .exists:
                break
            }
        }
        return found
    }
}
