import Testing
@testable import SQLPort

/// No dump, however cut or corrupted, crashes a loader: it ends in diagnostics.
@Suite("Loader: fuzz")
struct LoaderFuzzTests {
    @Test(arguments: ["pg-dump", "mysqldump", "sqlite-schema"])
    func truncatedAndCorruptedDumpsEndInDiagnostics(_ name: String) throws {
        let bytes = Array(try LoaderDumpTests.dump(name).utf8)
        var rng = SystemRandomNumberGenerator()
        let noise: [UInt8] = Array("();,'\"`[]$*/-#\\ \n".utf8) + [0, 0xFF]
        for _ in 0..<150 {
            var mutated = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
            for _ in 0..<Int.random(in: 0...4, using: &rng) where !mutated.isEmpty {
                mutated[Int.random(in: 0..<mutated.count, using: &rng)] = noise.randomElement(using: &rng)!
            }
            for dialect in [SchemaDialect.postgresql, .mysql, .sqlite, nil] {
                for target in Dialect.allCases {
                    var sources = SourceMap()
                    let id = sources.add(name: "fuzz.sql", bytes: mutated)
                    let r = BaselineLoader.load([(id, dialect)], sources: &sources, target: target)
                    _ = DiagnosticRenderer(sources: sources).render(r.diagnostics)
                }
            }
        }
    }
}
