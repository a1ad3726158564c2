import ArgumentParser
import SQLPort

struct Dialects: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the dialects `compile --dialect` accepts, one per line."
    )

    func run() {
        for dialect in Compiler.supportedDialects { print(dialect.rawValue) }
    }
}
