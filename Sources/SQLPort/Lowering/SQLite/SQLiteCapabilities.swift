/// A SQLite library version, `X.Y[.Z]`.
public struct SQLiteVersion: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int

    public init(_ major: Int, _ minor: Int, _ patch: Int = 0) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `3.31` or `3.31.1`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 6, p.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(p) else { return nil }
            numbers.append(n)
        }
        self.init(numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
    }

    /// The default target: 3.31.0, the oldest SQLite sqlport's users run (Ubuntu 20.04's).
    /// Output for it works on every later version; a newer `--sqlite-version` only allows
    /// more native `ALTER TABLE`.
    public static let conservativeDefault = SQLiteVersion(3, 31, 0)

    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (a: Self, b: Self) -> Bool {
        (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
    }
}

/// What a SQLite version can do, as far as lowering cares. Every version test lives here.
public struct SQLiteCapabilities: Hashable, Sendable {
    public var version: SQLiteVersion
    public init(_ version: SQLiteVersion) { self.version = version }

    /// `ALTER TABLE ... RENAME COLUMN` (3.25.0).
    public var canRenameColumnNatively: Bool { version >= SQLiteVersion(3, 25, 0) }
    /// `ALTER TABLE ... DROP COLUMN` (3.35.0), within SQLite's own restrictions.
    public var canDropColumnNatively: Bool { version >= SQLiteVersion(3, 35, 0) }
    /// `ADD COLUMN` tests a new CHECK against existing rows (3.37.0); before, it did not, so a
    /// column with a CHECK and a non-NULL default must be added by a rebuild.
    public var addColumnChecksExistingRows: Bool { version >= SQLiteVersion(3, 37, 0) }
    /// The table-valued pragma listing every column of a table: `pragma_table_xinfo` (3.26.0),
    /// which includes generated columns; before, `pragma_table_info`, which omits them (such a
    /// version cannot read a schema that has them: they came in 3.31.0).
    public var tableColumnsPragma: String { version >= SQLiteVersion(3, 26, 0) ? "pragma_table_xinfo" : "pragma_table_info" }
    /// `UPDATE ... FROM` (3.33.0): before, sqlport writes correlated subqueries (`SQLiteUpdateFrom`).
    public var hasUpdateFrom: Bool { version >= SQLiteVersion(3, 33, 0) }
    /// `TRUE` / `FALSE` key words (3.23.0); before, they must be written `1` / `0`.
    public var hasBooleanLiterals: Bool { version >= SQLiteVersion(3, 23, 0) }
}
