import Foundation

/// The shared Elekto reference (`../shared/reference/elekto` beside the checkout, as on every
/// developer machine and in CI), found from this file's place in the package.
enum LiveElektoReference {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference/elekto")

    static func path(_ file: String) -> String { directory.appendingPathComponent(file).path }
}
