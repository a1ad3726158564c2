import Foundation
import Testing

/// `grammar/sqlport.ebnf` and the parser say the same thing: each production is
/// quoted, word for word, by the doc comment of the function that parses it.
@Suite struct GrammarTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Production name -> body with whitespace collapsed, from lines `name ::= body`
    /// and their continuation lines.
    static func productions(_ lines: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var current: String?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let r = trimmed.range(of: "::="),
               case let name = trimmed[..<r.lowerBound].trimmingCharacters(in: .whitespaces),
               !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0 == "_" }) {
                current = name
                result[name] = String(trimmed[r.upperBound...])
            } else if let name = current, !trimmed.isEmpty, !trimmed.hasPrefix("/*") {
                result[name, default: ""] += " " + trimmed
            } else {
                current = nil
            }
        }
        return result.mapValues { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    static func grammar() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("grammar/sqlport.ebnf"), encoding: .utf8)
        // Only the productions, not the token definitions after them.
        let lines = text.components(separatedBy: "\n").prefix { !$0.contains("-- Tokens") }
        return productions(Array(lines))
    }

    /// Doc-comment productions and the `parse...` function each comment belongs to.
    static func parser() throws -> (productions: [String: String], functions: [String: String]) {
        let dir = root.appendingPathComponent("Sources/SQLPort/Syntax")
        var docs: [String: String] = [:]
        var functions: [String: String] = [:]  // production -> function name
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasPrefix("Parser") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            var block: [String] = []
            for line in text.components(separatedBy: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("///") {
                    // A doc line; a blank `///` ends the quoted production.
                    let body = String(trimmed.dropFirst(3))
                    block.append(body.trimmingCharacters(in: .whitespaces).isEmpty ? "" : body)
                    continue
                }
                let quoted = productions(block.prefix { !$0.isEmpty }.map { $0 })
                if let r = trimmed.range(of: "func parse") {
                    let name = String(trimmed[r.upperBound...].prefix { $0.isLetter })
                    if name.isEmpty { continue }  // `Parser.parse(_:)`, the entry point
                    for (production, body) in quoted {
                        docs[production] = body
                        functions[production] = name
                    }
                    if quoted.isEmpty { functions["<undocumented>"] = name }
                }
                block = []
            }
        }
        return (docs, functions)
    }

    static func camel(_ production: String) -> String {
        production.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    @Test func everyProductionHasItsParseFunctionAndTheSameText() throws {
        let grammar = try Self.grammar()
        let (docs, functions) = try Self.parser()
        #expect(grammar.count > 40)
        #expect(functions["<undocumented>"] == nil, "parse function without a production")
        #expect(Set(grammar.keys) == Set(docs.keys))
        for (production, body) in grammar.sorted(by: { $0.key < $1.key }) {
            #expect(functions[production] == Self.camel(production), "\(production)")
            #expect(docs[production] == body, "\(production)")
        }
    }
}
