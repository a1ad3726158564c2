import ArgumentParser
import SQLPort

struct Dialects: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the dialects `compile --dialect` accepts, one per line."
    )

    func run() throws {
        try Terminal.writeOutput(Compiler.supportedDialects.map { $0.rawValue + "\n" }.joined())
    }
}
