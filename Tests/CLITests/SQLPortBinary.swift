import Foundation
import Testing

/// Runs the built `sqlport` executable, as a user does: these tests are about what reaches the
/// terminal and the exit status, which only the real process shows.
struct SQLPortBinary {
    struct Run: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Beside the test bundle in the build folder (`.build/debug/sqlport`); `swift test`
    /// builds it, since this target depends on it.
    static let path: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: bundle).deletingLastPathComponent()
        // macOS runs tests from inside `X.xctest/Contents/MacOS`.
        while folder.pathExtension == "xctest" || ["Contents", "MacOS"].contains(folder.lastPathComponent) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("sqlport").path
    }()

    /// Runs `sqlport arguments` in `directory`. Standard output goes to `stdoutPath` when
    /// given (e.g. `/dev/full`), else is captured; `environment` entries are added to (or,
    /// when `nil`, removed from) this process's environment.
    static func run(_ arguments: [String], in directory: URL? = nil, stdoutPath: String? = nil,
                    stderrPath: String? = nil, environment: [String: String?] = [:]) throws -> Run {
        try run(executable: path, arguments, in: directory, stdoutPath: stdoutPath, stderrPath: stderrPath, environment: environment)
    }

    static func run(executable: String, _ arguments: [String], in directory: URL? = nil, stdoutPath: String? = nil,
                    stderrPath: String? = nil, environment: [String: String?] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        // Captured through files, not pipes: nothing to drain while the child runs.
        let capture = try TemporaryFolder()
        let outPath = stdoutPath ?? capture.url.appendingPathComponent("stdout").path
        let errPath = stderrPath ?? capture.url.appendingPathComponent("stderr").path
        for path in [outPath, errPath] where !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? outHandle.close(); try? errHandle.close() }
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        let text = { (path: String, redirected: Bool) in
            redirected ? "" : ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
        return Run(status: process.terminationStatus, stdout: text(outPath, stdoutPath != nil),
                   stderr: text(errPath, stderrPath != nil))
    }
}

/// A fresh temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sqlport-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
