import Foundation
import SQLPort

/// A fresh, uniquely named, empty database for one test or one verification run:
/// `sqlport_<label>_<random>` on a PostgreSQL or MariaDB server, or a temporary SQLite file.
/// Call `drop()` when done (tests: in a `defer`); dropping twice is harmless.
public final class ScratchDatabase {
    /// Connects to the scratch database itself.
    public let url: DatabaseURL
    /// The server-level URL it was created through (where `DROP DATABASE` runs).
    private let serverURL: DatabaseURL
    private var dropped = false

    /// Creates the database. `server` names the server and any database the user may connect
    /// to (PostgreSQL needs one, e.g. `postgres`); `label` ends up in the name, sanitised.
    public init(on server: DatabaseURL, label: String) throws {
        let name = Self.uniqueName(label: label)
        serverURL = server
        url = try server.engine.createScratch(named: name, on: server)
    }

    /// A new connection to the scratch database.
    public func connect() throws -> any DatabaseConnection { try SQLPortDatabase.connect(url) }

    public func drop() throws {
        guard !dropped else { return }
        dropped = true
        try url.engine.dropScratch(url, server: serverURL)
    }

    /// `sqlport_<label>_<8 hex digits>`: lowercase letters, digits and `_` only, so it needs no
    /// quoting on any engine, and at most 63 bytes (PostgreSQL's identifier limit).
    static func uniqueName(label: String) -> String {
        let cleaned = String(label.lowercased().unicodeScalars.map {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_"
        }.prefix(40))
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "sqlport_\(cleaned)_\(String(repeating: "0", count: 8 - random.count))\(random)"
    }
}
