import SQLPort

/// Per-case compile options for the golden corpus: a line such as
///
///     -- sqlport-options: --sqlite-version 3.24
///     -- sqlport-options: --mysql-timestamptz timestamp
///
/// among the comment lines that open a case's input, in `sqlport compile`'s own flags. Both
/// corpus runners (golden outputs, live apply) read it through this one module.
public enum CorpusOptions {
    public static let marker = "-- sqlport-options:"

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// The options `input` asks for; a flag the corpus does not know, or a bad value, is an
    /// error rather than ignored, so a case never silently runs with the defaults.
    public static func parse(_ input: String) throws -> CompileOptions {
        var options = CompileOptions()
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("--") else { break }
            guard line.hasPrefix(marker) else { continue }
            var words = line.dropFirst(marker.count).split(separator: " ")[...]
            while let flag = words.popFirst() {
                switch flag {
                case "--sqlite-version":
                    guard let text = words.popFirst(), let version = SQLiteVersion(String(text)) else {
                        throw Invalid(description: "`--sqlite-version` needs a version such as 3.24 or 3.35.5")
                    }
                    options.sqliteVersion = version
                case "--mysql-timestamptz":
                    guard let text = words.popFirst(), let mapping = MySQLTimestampTZ(rawValue: String(text)) else {
                        throw Invalid(description: "`--mysql-timestamptz` needs `datetime` or `timestamp`")
                    }
                    options.mysqlTimestampTZ = mapping
                default:
                    throw Invalid(description: "unknown corpus option `\(flag)` (known: --sqlite-version, --mysql-timestamptz)")
                }
            }
        }
        return options
    }
}
