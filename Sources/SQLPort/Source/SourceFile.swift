/// Identifies one source file among those a compilation reads (the migration, its baselines).
public struct FileID: Hashable, Sendable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// A half-open range of UTF-8 byte offsets into one source file.
public struct SourceRange: Hashable, Sendable, Codable {
    public var file: FileID
    public var start: Int
    public var end: Int

    public init(file: FileID, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both; both must be in the same file.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}

/// One input file held as raw bytes. Lines and columns are computed only when a
/// diagnostic is rendered, so lexing never pays for them.
public struct SourceFile: Sendable {
    public let id: FileID
    public let name: String
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(id: FileID, name: String, bytes: [UInt8]) {
        self.id = id
        self.name = name
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    public init(id: FileID, name: String, text: String) {
        self.init(id: id, name: name, bytes: Array(text.utf8))
    }

    /// 1-based line and column of a byte offset; the column counts characters
    /// (Unicode scalars), not bytes, so carets line up under non-ASCII text.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        let line = line(of: offset)
        let prefix = bytes[lineStarts[line - 1]..<offset]
        let column = prefix.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1
        return (line, column)
    }

    /// 1-based line of a byte offset, O(log lines): unlike `location(of:)` it does not scan the
    /// line for the column, which on a long line costs its length per call.
    public func line(of offset: Int) -> Int {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break; invalid UTF-8 is replaced.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text of a range, decoded leniently.
    public func text(_ range: SourceRange) -> String {
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

/// All files of one compilation, so a diagnostic in any of them can be rendered.
public struct SourceMap: Sendable {
    public private(set) var files: [SourceFile] = []
    public init() {}

    @discardableResult
    public mutating func add(name: String, bytes: [UInt8]) -> FileID {
        let id = FileID(files.count)
        files.append(SourceFile(id: id, name: name, bytes: bytes))
        return id
    }

    @discardableResult
    public mutating func add(name: String, text: String) -> FileID {
        add(name: name, bytes: Array(text.utf8))
    }

    public subscript(id: FileID) -> SourceFile { files[id.index] }

    /// The file, when `id` is one of this map's: a hand-built node's range, or one from
    /// another compilation, may name a file that is not here.
    public func file(_ id: FileID?) -> SourceFile? {
        guard let id, id.index >= 0, id.index < files.count else { return nil }
        return files[id.index]
    }

    /// 1-based line where a range starts, when it has one in this map.
    public func line(of range: SourceRange?) -> Int? {
        guard let range, let file = file(range.file) else { return nil }
        return file.line(of: range.start)
    }

    /// The source text of a range in this map.
    public func text(_ range: SourceRange?) -> String? {
        guard let range, let file = file(range.file) else { return nil }
        return file.text(range)
    }
}

/// Wraps a value that must not take part in `==` or hashing. AST nodes keep their
/// source ranges in it: where a node came from is not part of what it means, so a
/// reparse of printed SQL compares equal to the original tree.
@propertyWrapper
public struct NotCompared<Value: Sendable>: Hashable, Sendable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
