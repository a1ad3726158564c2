/// The order of a folder of migrations, from its entries' names alone, as the common tools
/// name them:
///
/// - `001_create_users.sql`, `0002-add-email.sql`: the leading number;
/// - `V2__add_email.sql`, `V2.1__fix.sql`, `V2_1__fix.sql` (Flyway): the version after `V`, its
///   parts separated by `.` or `_`;
/// - `20240101120000_add_email/up.sql` (a folder per migration, with `up.sql` inside): the
///   folder's leading number; its other files (`down.sql`) are not migrations.
///
/// Versions compare part by part as numbers (`V2` < `V10`, `001` = `1`); two entries with the
/// same version are ambiguous, and a `.sql` file or folder with no version cannot be placed:
/// both are refused, naming the entries, rather than guessed. Files that are not `.sql`
/// (`README.md`) are not migrations.
public enum MigrationFolder {
    /// One entry of the folder: a file `name`, or a folder `name` holding `up.sql`.
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var isFolder: Bool
        /// Whether a folder entry holds `up.sql`.
        public var hasUp: Bool

        public init(name: String, isFolder: Bool, hasUp: Bool = false) {
            self.name = name
            self.isFolder = isFolder
            self.hasUp = hasUp
        }

        /// The migration's path inside the folder: `001_x.sql`, `2024_x/up.sql`.
        public var migrationPath: String { isFolder ? name + "/up.sql" : name }
    }

    public enum OrderingError: Error, Equatable, CustomStringConvertible {
        case noVersion([String])
        case sameVersion([String])
        case empty

        public var description: String {
            switch self {
            case .noVersion(let names):
                "cannot order \(names.map { "`\($0)`" }.joined(separator: ", ")): a migration's name starts with its version (`001_x.sql`, `V2__x.sql`, `20240101120000_x/up.sql`)"
            case .sameVersion(let names):
                "\(names.map { "`\($0)`" }.joined(separator: " and ")) have the same version: rename one so the order is certain"
            case .empty:
                "the folder holds no migration (`.sql` files, or folders with an `up.sql`)"
            }
        }
    }

    /// The migrations of a folder's entries, in order.
    public static func order(_ entries: [Entry]) throws(OrderingError) -> [Entry] {
        let candidates = entries.filter { $0.isFolder ? $0.hasUp : $0.name.hasSuffix(".sql") }
        var versioned: [(version: [String], entry: Entry)] = []
        var unplaced: [String] = []
        for entry in candidates {
            if let version = version(of: entry.name) { versioned.append((version, entry)) } else { unplaced.append(entry.name) }
        }
        if !unplaced.isEmpty { throw .noVersion(unplaced.sorted()) }
        if versioned.isEmpty { throw .empty }
        versioned.sort { a, b in precedes(a.version, b.version) || (!precedes(b.version, a.version) && a.entry.name < b.entry.name) }
        for (a, b) in zip(versioned, versioned.dropFirst()) where !precedes(a.version, b.version) {
            throw .sameVersion([a.entry.name, b.entry.name])
        }
        return versioned.map(\.entry)
    }

    /// The version's parts, each a number without leading zeros: `V2.1__x.sql` -> ["2", "1"],
    /// `001_x.sql` -> ["1"]; nil when the name starts with no version.
    static func version(of name: String) -> [String]? {
        var rest = Substring(name)
        let flyway = (rest.first == "V" || rest.first == "v") && rest.dropFirst().first.map(\.isASCIIDigitCharacter) == true
        if flyway {
            rest = rest.dropFirst()
            // Flyway: the version runs to the `__` before the description.
            guard let end = rest.range(of: "__") else { return nil }
            let parts = rest[..<end.lowerBound].split(omittingEmptySubsequences: false) { $0 == "." || $0 == "_" }
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
            return parts.map(numberText)
        }
        let digits = rest.prefix(while: \.isASCIIDigitCharacter)
        guard !digits.isEmpty else { return nil }
        return [numberText(digits)]
    }

    private static func numberText(_ digits: Substring) -> String {
        let stripped = digits.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }

    /// Part by part as numbers (a shorter number is smaller), a missing part before any.
    private static func precedes(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.count != y.count ? x.count < y.count : x < y }
        return a.count < b.count
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { self >= "0" && self <= "9" }
}
