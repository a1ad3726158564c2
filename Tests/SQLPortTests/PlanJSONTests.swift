import Testing
import Foundation
import TestSupport
@testable import SQLPort

/// `compile --format json` and `--diagnostics-format json`: valid against the schemas in
/// `docs/`, deterministic, and the plan read back gives the SQL file byte for byte.
@Suite struct PlanJSONTests {
    static let docs = CorpusCase.root.deletingLastPathComponent().appendingPathComponent("docs")

    static func compiled(_ c: CorpusCase, _ dialect: Dialect) throws -> CompilationResult {
        let migration = InputFile(name: "\(c.name).sql", bytes: Array(try Data(contentsOf: c.input)))
        let options = try CorpusOptions.parse(String(decoding: migration.bytes, as: UTF8.self))
        let schemas = FileManager.default.fileExists(atPath: c.baseline.path)
            ? [InputFile(name: "\(c.name).schema.sql", bytes: Array(try Data(contentsOf: c.baseline)))] : []
        return Compiler.compile(migration, schemas: schemas, dialect: dialect, options: options)
    }

    static var elekto: CorpusCase { CorpusCase.all().first { $0.description == "elekto/migration" }! }

    @Test(arguments: Compiler.supportedDialects)
    func elektoPlanMatchesTheSchemaAndGivesTheTextBack(_ dialect: Dialect) throws {
        let schema = try JSONSchema(contentsOf: Self.docs.appendingPathComponent("plan.schema.json"))
        let plan = try #require(try Self.compiled(Self.elekto, dialect).plan)
        let json = PlanJSON.encode(plan)
        #expect(schema.problems(in: json) == [])
        #expect(PlanJSON.encode(plan) == json)
        let back = try PlanJSON.decode(json)
        #expect(back == plan)
        #expect(TextWriter().render(back) == TextWriter().render(plan))
    }

    /// Every plan the corpus compiles, in every dialect: valid, and the same text after the trip.
    @Test func everyCorpusPlanRoundTrips() throws {
        let schema = try JSONSchema(contentsOf: Self.docs.appendingPathComponent("plan.schema.json"))
        var failures: [String] = []
        var plans = 0
        for c in CorpusCase.all() {
            for dialect in Compiler.supportedDialects {
                guard let plan = try Self.compiled(c, dialect).plan else { continue }
                plans += 1
                let json = PlanJSON.encode(plan)
                let problems = schema.problems(in: json)
                if !problems.isEmpty { failures.append("\(c) \(dialect.rawValue): \(problems.prefix(3))") }
                if (try? PlanJSON.decode(json)).map(TextWriter().render) != TextWriter().render(plan) {
                    failures.append("\(c) \(dialect.rawValue): text differs after decoding")
                }
            }
        }
        #expect(failures == [])
        #expect(plans > 500)
    }

    @Test func theSchemaCheckCanFail() throws {
        let schema = try JSONSchema(contentsOf: Self.docs.appendingPathComponent("plan.schema.json"))
        let plan = try #require(try Self.compiled(Self.elekto, .mysql).plan)
        let json = PlanJSON.encode(plan)
        #expect(schema.problems(in: json.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2"))
                == ["$.formatVersion: 2.0 is not 1.0"])
        #expect(schema.problems(in: json.replacingOccurrences(of: "\"dialect\" : \"mysql\"", with: "\"dialect\" : \"oracle\""))
                == ["$.plan.dialect: \"oracle\" is not one of [\"postgresql\", \"mysql\", \"mariadb\", \"sqlite\"]"])
        #expect(schema.problems(in: "{\"formatVersion\": 1}") == ["$: no plan"])
        #expect(schema.problems(in: "[") == ["$: not JSON"])
    }

    @Test func anotherFormatVersionIsRefused() {
        #expect(throws: PlanJSON.DecodingError.unsupportedFormatVersion(2)) {
            try PlanJSON.decode("{\"formatVersion\": 2, \"plan\": {}}")
        }
    }

    @Test func diagnosticsAreDocumentedValues() throws {
        let schema = try JSONSchema(contentsOf: Self.docs.appendingPathComponent("diagnostics.schema.json"))
        let c = try #require(CorpusCase.all().first { $0.description == "data/datetime-literal-unreadable" })
        let result = try Self.compiled(c, .mariadb)
        let json = DiagnosticJSON.encode(result.diagnostics, sources: result.sources)
        #expect(schema.problems(in: json) == [])
        guard case .object(let document)? = JSONValue.parse(json), case .array(let entries)? = document["diagnostics"],
              case .object(let first)? = entries.first, case .object(let location)? = first["location"] else {
            Issue.record("not the documented shape: \(json)")
            return
        }
        #expect(document["errors"] == .number(6))
        #expect(document["warnings"] == .number(0))
        #expect(first["code"] == .string("D494"))
        #expect(first["severity"] == .string("error"))
        #expect(first["message"] == .string("string for `timestamp with time zone` column `starts_at` is not a date/time form sqlport can write for MariaDB"))
        #expect(location == ["file": .string("datetime-literal-unreadable.sql"), "line": .number(2), "column": .number(55),
                             "endLine": .number(2), "endColumn": .number(60), "byteStart": .number(184), "byteEnd": .number(189)])
        #expect(first["help"] != nil)
        #expect(first["notes"] == .array([]))
    }
}

/// `--no-comments`: the same statements as the reviewed file, without its header and comments.
@Suite struct BareTextTests {
    @Test func everyCorpusPlanLosesOnlyItsComments() throws {
        var failures: [String] = []
        for c in CorpusCase.all() {
            for dialect in Compiler.supportedDialects {
                guard let plan = try PlanJSONTests.compiled(c, dialect).plan else { continue }
                let full = TextWriter().render(plan).split(separator: "\n", omittingEmptySubsequences: false)
                let expected = full.filter { !$0.isEmpty && $0 != "--" && !$0.hasPrefix("-- ") }.joined(separator: "\n") + "\n"
                let bare = TextWriter(comments: false).render(plan)
                if bare != expected { failures.append("\(c) \(dialect.rawValue)") }
                if bare.contains("\n\n") || bare.hasPrefix("--") { failures.append("\(c) \(dialect.rawValue): blank line or comment") }
            }
        }
        #expect(failures == [])
    }
}
