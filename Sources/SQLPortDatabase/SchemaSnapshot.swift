import SQLPort

/// A database's schema (and, optionally, a fingerprint of its rows) as sorted text lines, one
/// fact per line, e.g. `column ballot 001 id character(32) NOT NULL`. Two databases that should
/// have ended in the same state are compared line by line; the lines read well in a test failure.
///
/// Each engine has its own reader (`PostgresSnapshot`, `MariaDBSnapshot`, `SQLiteSnapshot`):
/// lines are comparable between two databases of the same engine, not across engines.
public struct SchemaSnapshot: Equatable, Sendable, CustomStringConvertible {
    public let kind: Dialect
    /// Sorted. Column positions are zero-padded so sorting keeps columns in table order.
    public let lines: [String]

    public init(kind: Dialect, lines: [String]) {
        self.kind = kind
        self.lines = lines.sorted()
    }

    /// Reads a snapshot with the reader for the connection's engine.
    public static func take(_ connection: any DatabaseConnection, rows: Bool = true) throws -> SchemaSnapshot {
        try connection.engine.snapshot(connection, rows: rows)
    }

    /// What changed from `other` to `self`: first `- line` for each line only in `other`, then
    /// `+ line` for each line only in `self`, both in sorted order.
    public func difference(from other: SchemaSnapshot) -> [String] {
        var removed: [(Int, String)] = [], added: [(Int, String)] = []
        for change in lines.difference(from: other.lines) {
            switch change {
            case .remove(let offset, let line, _): removed.append((offset, "- " + line))
            case .insert(let offset, let line, _): added.append((offset, "+ " + line))
            }
        }
        return (removed.sorted { $0.0 < $1.0 } + added.sorted { $0.0 < $1.0 }).map(\.1)
    }

    public var description: String { lines.joined(separator: "\n") }
}

/// Shared helpers for the snapshot readers.
enum SnapshotText {
    /// `7` → `007`: keeps column and key positions in order when lines are sorted as text.
    static func position(_ text: String?) -> String {
        let digits = text ?? "0"
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Collapses runs of whitespace (definitions spanning lines) into single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
