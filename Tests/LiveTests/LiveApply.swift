import Foundation
import SQLPortDatabase

/// A script that did not apply: which file, and what the database said.
struct ApplyFailure: Error, CustomStringConvertible {
    let file: String
    let error: any Error
    var description: String { "\(file): \(error)" }
}

/// Applying SQL files to real databases, the way a person would apply sqlport's output by hand.
enum LiveApply {
    /// Runs each file's whole text as one script, in order; the first failure names its file.
    static func run(_ files: [URL], on db: any DatabaseConnection) throws {
        for file in files {
            let name = Corpus.relativePath(file)
            do {
                try db.execute(String(contentsOf: file, encoding: .utf8))
            } catch {
                throw ApplyFailure(file: name, error: error)
            }
        }
    }

    /// On a fresh scratch database of `server`: the case's baseline schema if it has one, then
    /// the expected output. Throws `ApplyFailure` for the file that failed.
    static func applyCase(expected: URL, dialect: String, server: DatabaseURL) throws {
        try withScratchDatabase(on: server, label: "corpus") { db in
            try run([Corpus.schema(for: expected, dialect: dialect), expected].compactMap { $0 }, on: db)
        }
    }
}
