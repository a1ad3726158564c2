import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o FILE`: written whole or not at all.
enum OutputFile {
    /// `-o` naming an input would destroy it. Files are compared by identity (device and
    /// inode), so `./m.sql`, a symlink or a hard link to the input are caught as well.
    static func validate(_ output: String?, inputs: [String]) throws {
        guard let output, let target = identity(output) else { return }
        for input in inputs where input != "-" && identity(input) == target {
            throw ValidationError("--output `\(output)` is the input `\(input)`, which writing would destroy; write the SQL to another file")
        }
    }

    /// A regular file is replaced atomically: the text goes to a temporary file beside it,
    /// which is synced and renamed over the old one, so a failed write (a full disk) leaves the
    /// old file as it was. A symlink is followed, so the link stays and its target is replaced.
    /// Anything else that exists (`/dev/null`, a FIFO, a terminal) cannot be renamed over and is
    /// written in place. Every failure is reported and exits 1.
    static func write(_ text: String, to path: String) throws {
        let bytes = Array(text.utf8)
        var info = stat()
        let exists = stat(path, &info) == 0
        let failure: String?
        if exists && (info.st_mode & S_IFMT) == S_IFDIR {
            failure = "it is a directory"
        } else if exists && access(path, W_OK) != 0 {
            // A rename could replace a file the user may not write; fopen would refuse, so do we.
            failure = message(errno)
        } else if exists && (info.st_mode & S_IFMT) != S_IFREG {
            failure = writeInPlace(bytes, to: path)
        } else {
            let target = exists ? resolved(path) : path
            let mode = exists ? info.st_mode & 0o7777 : 0o666 & ~currentUmask()
            failure = replace(target, with: bytes, mode: mode)
        }
        if let failure {
            try? Terminal.writeError("error: cannot write `\(path)`: \(failure)\n")
            throw ExitCode(1)
        }
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) -> String? {
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else { return message(errno) }
        let failure = FileDescriptor.writeAll(bytes, to: fd)
        let closed = close(fd) == 0 ? nil : errno
        return (failure ?? closed).map(message)
    }

    private static func replace(_ target: String, with bytes: [UInt8], mode: mode_t) -> String? {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        let base = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array("\(directory)/.\(base).sqlport-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return message(errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure = fchmod(fd, mode) == 0 ? nil : errno
        failure = failure ?? FileDescriptor.writeAll(bytes, to: fd)
        // Synced before the rename, or a crash could leave the new name on an empty file.
        failure = failure ?? (fsync(fd) == 0 ? nil : errno)
        let closing = close(fd) == 0 ? nil : errno
        failure = failure ?? closing
        failure = failure ?? (rename(temporary, target) == 0 ? nil : errno)
        if let failure {
            unlink(temporary)
            return message(failure)
        }
        return nil
    }

    /// The file a path names after following every symlink; the path itself if that fails.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }

    private static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `-o DIR` for a folder of migrations or `--dialect all`: each output written as `OutputFile`
/// writes one, in the subfolders it needs.
enum OutputFolder {
    static func write(_ text: String, to relativePath: String, in folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(relativePath)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            try? Terminal.writeError("error: cannot create folder `\(parent)`: \((error as NSError).localizedDescription)\n")
            throw ExitCode(1)
        }
        try OutputFile.write(text, to: path)
    }

    /// Whether two paths name the same folder.
    static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath() == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
    }
}
