import Foundation
import SQLPort
import Testing

/// Any bytes in, diagnostics out: the front end must never crash, trap or hang.
/// Deterministic (a fixed-seed generator), so a failure reproduces; `tools/fuzz`
/// runs the same mutations for longer with a seed of your choice.
@Suite struct FuzzTests {
    /// SplitMix64: small, fast and reproducible across platforms.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func seeds() -> [[UInt8]] {
        CorpusCase.all().compactMap { FileManager.default.contents(atPath: $0.input.path).map(Array.init) }
            .filter { $0.count < 10_000 }
    }

    /// One mutation: flip, insert, delete or splice bytes; tokens SQL likes are favoured.
    static func mutate(_ input: [UInt8], _ rng: inout Generator) -> [UInt8] {
        var bytes = input
        let fragments: [[UInt8]] = ["(", ")", "'", "\"", "$$", "$a$", "/*", "*/", "--", ";", "::", ",", "E'\\", "\u{0}", "\u{FF}", "CASE", "NOT", "-"]
            .map { Array($0.utf8) } + [[0xC3], [0xE2, 0x82], [0xFF, 0xFE]]
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !bytes.isEmpty: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: at)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...16, using: &rng)))
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 24)], at: at)
            }
        }
        return bytes
    }

    @Test func mutatedCorpusInputsEndInDiagnosticsNotCrashes() {
        var rng = Generator(state: 20261121)
        let seeds = Self.seeds()
        #expect(!seeds.isEmpty)
        var inputsWithErrors = 0
        for i in 0..<3000 {
            let input = Self.mutate(seeds[i % seeds.count], &rng)
            let result = Compiler.compile(InputFile(name: "fuzz.sql", bytes: input), dialect: .postgresql)
            // Rendering must not crash either, whatever ranges the diagnostics carry.
            _ = result.renderedDiagnostics()
            if result.hasErrors {
                inputsWithErrors += 1
                #expect(result.sql == nil)
            } else {
                #expect(result.sql != nil)
            }
        }
        // The mutations are aggressive: most inputs must be rejected, with diagnostics.
        #expect(inputsWithErrors > 1500)
    }

    @Test func randomBytesEndInDiagnostics() {
        var rng = Generator(state: 7)
        for length in [0, 1, 2, 3, 7, 64, 4096] {
            for _ in 0..<50 {
                let input = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
                let result = Compiler.check(InputFile(name: "random.sql", bytes: input))
                _ = result.renderedDiagnostics()
                if length > 64 { #expect(result.hasErrors) }
            }
        }
    }
}
