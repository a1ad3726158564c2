/// Finds what SQLite cannot evaluate as PostgreSQL does in an expression, before it is
/// printed: each refusal is a D43x diagnostic on the node, saying what to write instead.
/// Nodes are visited parent first, children left to right; a refused node's children are
/// visited only where their text still appears in the output.
struct SQLiteExpressionCheck {
    let capabilities: SQLiteCapabilities
    let table: Table?
    var scope: [QueryTable]?
    private(set) var diagnostics: [Diagnostic] = []

    init(capabilities: SQLiteCapabilities, table: Table?) {
        self.capabilities = capabilities
        self.table = table
    }

    /// Functions SQLite has with PostgreSQL's meaning; `to_char` by `SQLiteToChar`.
    static let sameFunctions: Set<String> = ["coalesce", "nullif", "abs", "length", "replace", "ltrim", "rtrim", "trim"]
    /// Same name, ASCII-only in SQLite (no ICU): accepted with a warning.
    static let asciiOnlyFunctions: Set<String> = ["lower", "upper"]

    mutating func visit(_ e: Expression) {
        switch e.kind {
        case .integer, .numeric, .boolean, .null, .special, .column:
            break
        case .string(let value):
            if value.unicodeScalars.contains("\u{0}") {
                diagnostics.append(.error(.sqliteNulInString, "string literal contains a NUL character", at: e.range,
                                          label: "SQLite's SQL text ends at U+0000",
                                          help: "remove the character, or store the value as a BLOB"))
            }
        case .unary(_, let inner):
            visit(inner)
        case .binary(let op, let l, let r):
            if op == .power {
                unsupported(e, "SQLite has no `^` operator", help: "write the product out, or compute the value before the migration")
            }
            if [.less, .lessEqual, .greater, .greaterEqual].contains(op), let name = enumColumn(l) ?? enumColumn(r) {
                unsupported(e, "SQLite compares enum column `\(name)` as TEXT, PostgreSQL by the labels' order",
                            help: "compare with `=` / `IN (...)` of the labels meant")
            }
            visit(l)
            visit(r)
        case .isNull(let inner, _):
            visit(inner)
        case .inList(let inner, let list, _):
            visit(inner)
            list.forEach { visit($0) }
        case .between(let inner, let low, let high, _):
            if let name = enumColumn(inner) {
                unsupported(e, "SQLite compares enum column `\(name)` as TEXT, PostgreSQL by the labels' order",
                            help: "compare with `IN (...)` of the labels meant")
            }
            visit(inner)
            visit(low)
            visit(high)
        case .like(let inner, let pattern, _, let caseInsensitive):
            if caseInsensitive {
                unsupported(e, "SQLite's case folding is ASCII-only",
                            help: "compare `lower(...)` of both sides if the values are ASCII, or filter before the migration")
            } else if case .string(let p) = pattern.kind, SQLiteSpelling.glob(fromLike: p) != nil {
                // GLOB with the translated literal
            } else {
                unsupported(e, "SQLite's LIKE ignores case", help: "use a string literal as the pattern, which sqlport turns into GLOB")
            }
            visit(inner)
        case .call(let name, let arguments, let star):
            call(e, name: name, arguments: arguments, star: star)
        case .cast(let inner, let type, _):
            cast(e, inner, to: type)
        case .caseWhen(let operand, let whens, let otherwise):
            if let operand { visit(operand) }
            for w in whens {
                visit(w.condition)
                visit(w.result)
            }
            if let otherwise { visit(otherwise) }
        case .subquery, .exists, .inQuery:
            e.children.forEach { visit($0) }
        }
    }

    /// The name of the enum-typed column `e` is, if it is one.
    func enumColumn(_ e: Expression) -> String? {
        guard case .column(let q, let name) = e.kind else { return nil }
        let type = scope.map { $0.column(q?.value, name.value)?.type } ?? table?.column(name.value)?.type
        return type?.enumTypeName == nil ? nil : name.value
    }

    private mutating func unsupported(_ e: Expression, _ label: String, help: String) {
        diagnostics.append(.error(.sqliteUnsupportedExpression, "SQLite cannot evaluate this expression as PostgreSQL does",
                                  at: e.range, label: label, help: help))
    }

    private mutating func call(_ e: Expression, name: QualifiedName, arguments: [Expression], star: Bool) {
        let fn = name.name.value.lowercased()
        if name.schema == nil, fn == "count", star || arguments.count == 1 {
            return arguments.forEach { visit($0) }
        }
        if name.schema == nil, !star, fn == "sum", arguments.count == 1 {
            if !sqliteIsInteger(arguments[0], in: table, scope: scope) {
                unsupported(e, "SQLite sums non-integers as floating point", help: "sum an integer column")
            }
            return visit(arguments[0])
        }
        if name.schema == nil, !star, fn == "max" || fn == "min", arguments.count == 1 {
            // The aggregates: numbers and times compare alike everywhere; text by SQLite's BINARY collation.
            if QueryOrdering.mayBeText(arguments[0], scope: scope ?? table.map { [QueryTable(exposedName: $0.name, table: $0)] } ?? []) {
                unsupported(e, "SQLite compares text by another collation than PostgreSQL",
                            help: "take `\(fn)` of a numeric, date or time column (a key, for instance)")
            }
            return visit(arguments[0])
        }
        if name.schema == nil, !star {
            if fn == "to_char" { return toChar(e, arguments) }
            if ["gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1"].contains(fn) {
                diagnostics.append(.error(.sqliteNoUUIDFunction, "SQLite has no function that makes UUIDs", at: e.range,
                                          label: "`\(fn)()` has no SQLite equivalent (randomblob() is not a UUID)",
                                          help: "generate the UUID in the application and insert it, or drop the default"))
                return
            }
            if Self.asciiOnlyFunctions.contains(fn) {
                diagnostics.append(.warning(.sqliteUnsupportedExpression, "SQLite's `\(fn)` changes only ASCII letters", at: e.range,
                                            label: "PostgreSQL also changes letters such as `É`",
                                            help: "check that the values are ASCII, or load SQLite's ICU extension"))
            }
            if Self.sameFunctions.contains(fn) || Self.asciiOnlyFunctions.contains(fn) {
                arguments.forEach { visit($0) }
                return
            }
        }
        unsupported(e, "no SQLite function has the meaning of `\(name)`",
                    help: fn == "now" ? "write `CURRENT_TIMESTAMP`" : "compute the value another way, or before the migration")
    }

    private mutating func toChar(_ e: Expression, _ arguments: [Expression]) {
        guard arguments.count == 2, case .string(let p) = arguments[1].kind, SQLiteToChar.parse(p) != nil else {
            diagnostics.append(.error(.sqliteToCharPattern, "this `to_char` cannot be translated to SQLite exactly",
                                      at: arguments.count == 2 ? (arguments[1].range ?? e.range) : e.range,
                                      label: "only the patterns `FM0...0` and `0...0` are supported",
                                      help: "zero-pad with a pattern of `0`s, e.g. `to_char(id, 'FM00000000')`"))
            return
        }
        guard sqliteIsInteger(arguments[0], in: table, scope: scope) else {
            diagnostics.append(.error(.sqliteToCharPattern, "`to_char` is translated only for integer values",
                                      at: arguments[0].range ?? e.range, label: "not known to be an integer",
                                      help: "cast the value to an integer type first, e.g. `to_char(CAST(x AS BIGINT), 'FM000')`"))
            return
        }
        visit(arguments[0])
    }

    private mutating func cast(_ e: Expression, _ inner: Expression, to type: TypeName) {
        let target = ColumnType.storageKind(of: type.kind)
        guard type.arrayDimensions == 0, let spelled = SQLiteTypes.declaredType(target) else {
            unsupported(e, "SQLite has no type `\(type.spelling.isEmpty ? ColumnType.canonicalSpelling(type.kind) : type.spelling)`",
                        help: SQLiteTypes.refusalHelp(type.kind))
            return visit(inner)
        }
        // Integers and integer-valued text convert alike; SQLite truncates fractions where
        // PostgreSQL rounds, so only integer operands are exact.
        if SQLiteTypes.castTarget(target) != nil, sqliteIsInteger(inner, in: table, scope: scope) { return visit(inner) }
        if case .string(let literal) = inner.kind, SQLiteTypes.castLiteral(target, literal) != nil { return visit(inner) }
        // An enum's value is its label's text: the cast keeps the text, and the CHECK of the
        // column it is stored in refuses text that is no label, as PostgreSQL's cast does.
        if case .enumType = target { return visit(inner) }
        if case .column(_, let name) = inner.kind, SQLiteTypes.castIsIdentity(from: table?.column(name.value)?.type, to: target) {
            return visit(inner)
        }
        if target == .json || target == .jsonb, case .column(_, let name) = inner.kind,
           let from = table?.column(name.value)?.type.portable, TypeConversionRules.category(from) == .string {
            return unsupported(e, "SQLite keeps JSON as unchecked TEXT: this cast would not fail on invalid JSON as PostgreSQL's does",
                               help: "keep the column `TEXT`, or check the values on PostgreSQL first and convert there")
        }
        let help: String
        switch target {
        case .char:
            help = "PostgreSQL pads `\(spelled)` with blanks that some uses ignore; cast to `TEXT` or `VARCHAR(n)` instead"
        case .varchar, .smallint, .integer, .bigint, .real, .doublePrecision, .float, .text, .smallserial, .serial, .bigserial,
             .numeric, .boolean, .bytea, .date, .time, .timestamp, .interval, .uuid, .json, .jsonb, .enumType:
            help = "SQLite casts leniently (`CAST('x' AS INTEGER)` is 0); write the conversion with CASE, or convert before the migration"
        }
        unsupported(e, "SQLite's CAST to `\(spelled)` does not convert as PostgreSQL's does", help: help)
        visit(inner)
    }
}
