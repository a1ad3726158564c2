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
        try? Terminal.writeError("error: \(message)\n")
        return ExitCode(64)
    }
}

enum Terminal {
    /// Standard output is the command's product: a failed write (a full disk, `> /dev/full`)
    /// is reported and exits 1, never a silent success with half the SQL.
    static func writeOutput(_ text: String) throws {
        if let failure = FileDescriptor.writeAll(Array(text.utf8), to: 1) {
            try? writeError("error: cannot write to standard output: \(String(cString: strerror(failure)))\n")
            throw ExitCode(1)
        }
    }

    /// Diagnostics are `check`'s product: when they cannot be written there is nowhere left
    /// to say so, but the exit status still tells. URLs typed as arguments are shown masked.
    static func writeError(_ text: String) throws {
        if FileDescriptor.writeAll(Array(ArgumentMasking.apply(text).utf8), to: 2) != nil { throw ExitCode(1) }
    }
}

enum FileDescriptor {
    /// Writes all of `bytes` straight to `fd` (no C stream buffering to flush or lose), even
    /// when a pipe takes them in pieces. Returns the `errno` of a failure, `nil` on success.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var rest = bytes[...]
        while !rest.isEmpty {
            let n = rest.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            rest = rest.dropFirst(n)
        }
        return nil
    }
}
