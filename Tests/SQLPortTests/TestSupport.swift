import Testing
@testable import SQLPort

/// Shared helpers for the lexer and parser tests: sources, ranges, and a compact
/// S-expression form of expressions so precedence tests read at a glance.
// `testFile`, `id`, `qn`, `int` and `str` are shared with the checker tests (CheckerTestSupport.swift).

func source(_ text: String) -> SourceFile { SourceFile(id: testFile, name: "test.sql", text: text) }
func source(bytes: [UInt8]) -> SourceFile { SourceFile(id: testFile, name: "test.sql", bytes: bytes) }
func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: testFile, start: start, end: end) }

func parse(_ text: String) -> ParseResult { Parser.parse(source(text)) }
func parse(bytes: [UInt8]) -> ParseResult { Parser.parse(source(bytes: bytes)) }
func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) { Lexer.tokenize(source(text)) }
func kinds(_ text: String) -> [TokenKind] { lex(text).tokens.map(\.kind) }

/// The single statement `text` parses to, recording an issue if there are
/// diagnostics or not exactly one statement.
func statement(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Statement? {
    let result = parse(text)
    #expect(result.diagnostics.map(render) == [], sourceLocation: sourceLocation)
    #expect(result.script.statements.count == 1, sourceLocation: sourceLocation)
    return result.script.statements.first
}

/// The expression in `UPDATE t SET c = <text>`.
func expression(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Expression? {
    guard let s = statement("UPDATE t SET c = " + text, sourceLocation: sourceLocation),
          case .update(let u) = s.kind else { return nil }
    return u.assignments.first?.value
}

/// The S-expression of `UPDATE t SET c = <text>`'s value, or the diagnostics' codes.
func sexpr(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = parse("UPDATE t SET c = " + text)
    guard result.diagnostics.isEmpty, let s = result.script.statements.first,
          case .update(let u) = s.kind, let e = u.assignments.first?.value else {
        return result.diagnostics.map(\.code.rawValue).joined(separator: ",")
    }
    return sexpr(e)
}

func sexpr(_ e: Expression) -> String {
    switch e.kind {
    case .integer(let s), .numeric(let s): return s
    case .string(let s): return "'\(s)'"
    case .boolean(let b): return b ? "TRUE" : "FALSE"
    case .null: return "NULL"
    case .special(let v): return v.rawValue
    case .column(let t, let n): return t.map { "\($0.value).\(n.value)" } ?? n.value
    case .unary(let op, let x): return "(\(op.rawValue) \(sexpr(x)))"
    case .binary(let op, let l, let r): return "(\(op.rawValue) \(sexpr(l)) \(sexpr(r)))"
    case .isNull(let x, let negated): return "(IS \(negated ? "NOT " : "")NULL \(sexpr(x)))"
    case .inList(let x, let list, let negated):
        return "(\(negated ? "NOT " : "")IN \(sexpr(x)) [\(list.map(sexpr).joined(separator: " "))])"
    case .between(let x, let lo, let hi, let negated):
        return "(\(negated ? "NOT " : "")BETWEEN \(sexpr(x)) \(sexpr(lo)) \(sexpr(hi)))"
    case .like(let x, let p, let negated, let ci):
        return "(\(negated ? "NOT " : "")\(ci ? "ILIKE" : "LIKE") \(sexpr(x)) \(sexpr(p)))"
    case .call(let name, let args, let star):
        return "\(name)(\(star ? "*" : args.map(sexpr).joined(separator: " ")))"
    case .cast(let x, let t, let style):
        return "(\(style == .function ? "CAST" : "::") \(sexpr(x)) \(t.spelling))"
    case .caseWhen(let operand, let whens, let otherwise):
        let parts = whens.map { "(WHEN \(sexpr($0.condition)) \(sexpr($0.result)))" }
        return "(CASE\(operand.map { " " + sexpr($0) } ?? "") \(parts.joined(separator: " "))"
            + "\(otherwise.map { " (ELSE \(sexpr($0)))" } ?? ""))"
    case .subquery(let q): return "(SUBQUERY \(SQLPrinter().print(q)))"
    case .exists(let q): return "(EXISTS \(SQLPrinter().print(q)))"
    case .inQuery(let x, let q, let negated): return "(\(negated ? "NOT " : "")IN \(sexpr(x)) (\(SQLPrinter().print(q))))"
    }
}

/// A diagnostic as one line: `P201 3..5 message | label | help`.
func render(_ d: Diagnostic) -> String {
    let r = d.range.map { "\($0.start)..\($0.end)" } ?? "-"
    return "\(d.code.rawValue) \(r) \(d.message) | \(d.label ?? "") | \(d.help ?? "")"
}

/// Code, range and message of each diagnostic of `text`.
func diagnostics(_ text: String) -> [String] {
    parse(text).diagnostics.map { "\($0.code.rawValue) \($0.range.map { "\($0.start)..\($0.end)" } ?? "-") \($0.message)" }
}
