import ArgumentParser
import Foundation
import SQLPort

/// A migration argument: one file (or `-`), or a folder of migrations in `MigrationFolder`'s order.
struct MigrationInputs {
    /// The migrations, each with its path inside the folder (its own name for a single file).
    var files: [(relativePath: String, input: InputFile)]
    var isFolder: Bool

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func read(_ path: String) throws -> MigrationInputs {
        guard isDirectory(path) else {
            return MigrationInputs(files: [((path as NSString).lastPathComponent, try InputReader.read(path))], isFolder: false)
        }
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        let entries = names.map { name in
            let full = (path as NSString).appendingPathComponent(name)
            let folder = isDirectory(full)
            return MigrationFolder.Entry(name: name, isFolder: folder,
                                         hasUp: folder && fm.fileExists(atPath: (full as NSString).appendingPathComponent("up.sql")))
        }
        let ordered: [MigrationFolder.Entry]
        do {
            ordered = try MigrationFolder.order(entries)
        } catch {
            try? Terminal.writeError("error: \(path): \(error)\n")
            throw ExitCode(1)
        }
        let files = try ordered.map { entry in
            (entry.migrationPath, try InputReader.read((path as NSString).appendingPathComponent(entry.migrationPath)))
        }
        return MigrationInputs(files: files, isFolder: true)
    }
}

/// `--dialect`: one database, or `all` of them (each into its own subfolder of `-o`).
enum DialectChoice: ExpressibleByArgument, Equatable {
    case one(Dialect)
    case all

    init?(argument: String) {
        if argument == "all" { self = .all } else if let d = Dialect(rawValue: argument) { self = .one(d) } else { return nil }
    }

    static var allValueStrings: [String] { Compiler.supportedDialects.map(\.rawValue) + ["all"] }

    var dialects: [Dialect] {
        switch self {
        case .one(let d): [d]
        case .all: Compiler.supportedDialects
        }
    }
}
