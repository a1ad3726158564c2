import Foundation
import Testing
import TestSupport

/// The repository's copy of Elekto's reference files is the shared original, byte for byte.
@Suite struct ElektoReferenceTests {
    static let files = ["schema-0.5.mysql.sql", "schema-0.5.sqlite.sql", "schema-0.5.postgresql.sql",
                        "migration-0.6.postgresql.sql", "TARGET.md"]

    @Test func copyHasEveryFile() {
        for f in Self.files { #expect(FileManager.default.fileExists(atPath: ElektoReference.path(f)), "\(f) missing") }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ElektoReference.shared.path)))
    func copyEqualsTheSharedOriginal() throws {
        for f in Self.files {
            let copy = try Data(contentsOf: ElektoReference.directory.appendingPathComponent(f))
            let original = try Data(contentsOf: ElektoReference.shared.appendingPathComponent(f))
            #expect(copy == original, "reference/elekto/\(f) differs from ../shared/reference/elekto/\(f)")
        }
    }
}
