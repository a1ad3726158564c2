import SQLPortDatabase

/// Messages may echo what was typed: ArgumentParser's "Unexpected argument '...'", "cannot read
/// `...`" for a URL given where a file was expected (`sqlport check postgresql://...`). Every
/// argument that is a URL (or `--option=URL`) is masked wherever it appears on stderr, so its
/// password cannot be printed by any message, ours or the library's.
enum ArgumentMasking {
    /// Raw argument text and what to show instead, longest first so a URL that contains
    /// another argument's text is replaced whole.
    static let replacements: [(raw: String, shown: String)] = CommandLine.arguments.dropFirst()
        .map { argument in
            guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return argument }
            return String(argument[argument.index(after: equals)...])
        }
        .filter(looksLikeURL)
        .map { ($0, DatabaseURL.masked($0)) }
        .filter { $0.0 != $0.1 }
        .sorted { $0.0.count > $1.0.count }

    /// `x://...`, or a database scheme without its `//` (`mysql:user:pw@host`); a file name with
    /// an `@` in it is left alone.
    static func looksLikeURL(_ text: String) -> Bool {
        let scheme = text.prefix { $0 != ":" }.lowercased()
        return text.contains("://") || (text.contains(":") && text.contains("@")
            && ["postgresql", "postgres", "mysql", "mariadb", "sqlite"].contains(scheme))
    }

    static func apply(_ text: String) -> String {
        replacements.reduce(text) { $0.replacingOccurrences(of: $1.raw, with: $1.shown) }
    }
}
