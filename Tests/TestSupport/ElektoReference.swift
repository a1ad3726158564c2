import Foundation

/// Elekto's reference files, from the copy in `reference/elekto` (see reference/README.md):
/// the tests run the same in any clone, with or without `../shared` beside it.
public enum ElektoReference {
    /// The package root, from this file's place in it.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let directory = packageRoot.appendingPathComponent("reference/elekto")
    /// The original the copy is taken from, beside the checkout.
    public static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/elekto")

    public static func path(_ file: String) -> String { directory.appendingPathComponent(file).path }
}
