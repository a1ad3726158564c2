import ArgumentParser
import SQLPort
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files (or `-` for standard input) as raw bytes: the compiler, not the
/// file system layer, decides what bad bytes mean.
enum InputReader {
    static func read(_ path: String) throws -> InputFile {
        if path == "-" { return InputFile(name: "<stdin>", bytes: readAll(fd: 0)) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw usage("cannot read `\(path)`: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw usage("cannot read `\(path)`: it is a directory")
        }
        return InputFile(name: path, bytes: readAll(fd: fd))
    }

    /// Standard input can be read only once.
    static func validateStdinUse(_ paths: [String]) throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("`-` (standard input) may be given only once")
        }
    }

    private static func readAll(fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    private static func usage(_ message: String) -> Error {
        Terminal.writeError("error: \(message)\n")
        return ExitCode(64)
    }
}

enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "w") else {
            Terminal.writeError("error: cannot write `\(path)`: \(String(cString: strerror(errno)))\n")
            throw ExitCode(64)
        }
        defer { fclose(file) }
        fputs(text, file)
    }
}

enum Terminal {
    static func writeOutput(_ text: String) { write(text, to: 1) }
    static func writeError(_ text: String) { write(text, to: 2) }

    /// Straight to the file descriptor: no shared C stream state, and the whole text
    /// even when the pipe takes it in pieces.
    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
