/// Which database engine a URL or connection talks to.
public enum DatabaseKind: String, Sendable, Hashable, CaseIterable {
    case postgresql, mariadb, sqlite
}

/// Where a database lives, parsed from a URL:
///
///     postgresql://user:password@host:port/database   (also postgres://)
///     mariadb://user:password@host:port/database      (also mysql://; the database may be empty)
///     sqlite:relative/path.db    sqlite:/abs/path.db    sqlite:///abs/path.db    sqlite::memory:
///
/// User, password and database are percent-decoded. Defaults: host 127.0.0.1 (so libmariadb does
/// not switch to its unix socket, as it does for `localhost`), port 5432 / 3306, user `postgres` /
/// `root`. A missing password stays `nil` so the client library's own sources apply
/// (`PGPASSWORD`, `~/.pgpass`, `MYSQL_PWD`).
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public var kind: DatabaseKind
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    /// Empty when the URL names none (MariaDB then connects without a default database).
    public var database: String
    /// The SQLite file (`:memory:` for an in-memory database); empty for the servers.
    public var path: String

    public init(kind: DatabaseKind, host: String = "127.0.0.1", port: Int? = nil, user: String? = nil,
                password: String? = nil, database: String = "", path: String = "") {
        self.kind = kind
        self.host = host
        self.port = port ?? Self.defaultPort(kind)
        self.user = user ?? Self.defaultUser(kind)
        self.password = password
        self.database = database
        self.path = path
    }

    public init(parsing text: String) throws {
        let invalid = { (why: String) in DatabaseError(kind: nil, message: "invalid database URL: \(why)") }
        if text.hasPrefix("sqlite:") {
            var rest = String(text.dropFirst("sqlite:".count))
            // sqlite:///abs → /abs; sqlite://rel → rel (no host part exists for a file).
            if rest.hasPrefix("//") { rest.removeFirst(2) }
            guard !rest.isEmpty else { throw invalid("`sqlite:` needs a file path") }
            self.init(kind: .sqlite, host: "", port: 0, user: "", path: rest)
            return
        }
        guard let schemeEnd = text.range(of: "://") else {
            throw invalid("expected `postgresql://`, `mariadb://`, `mysql://` or `sqlite:`")
        }
        let kind: DatabaseKind
        switch text[..<schemeEnd.lowerBound].lowercased() {
        case "postgresql", "postgres": kind = .postgresql
        case "mariadb", "mysql": kind = .mariadb
        case let other: throw invalid("unknown scheme `\(other)`")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        if rest.contains("?") || rest.contains("#") {
            throw invalid("query parameters and fragments are not supported")
        }
        let authority: Substring
        var database = ""
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            database = try Self.percentDecoded(rest[rest.index(after: slash)...])
        } else {
            authority = rest
        }
        rest = authority
        var user: String?
        var password: String?
        // The last `@` separates user info from host: a raw `@` may only appear percent-encoded,
        // but being lenient about it here costs nothing.
        if let at = rest.lastIndex(of: "@") {
            let info = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = info.firstIndex(of: ":") {
                user = try Self.percentDecoded(info[..<colon])
                password = try Self.percentDecoded(info[info.index(after: colon)...])
            } else {
                user = try Self.percentDecoded(info)
            }
            if user == "" { user = nil }
        }
        var host = "127.0.0.1"
        var port: Int?
        var hostPart = rest
        if hostPart.hasPrefix("[") {  // IPv6 literal: [::1]:5432
            guard let close = hostPart.firstIndex(of: "]") else { throw invalid("unterminated `[` in host") }
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            hostPart = hostPart[hostPart.index(after: close)...]
            if !hostPart.isEmpty && !hostPart.hasPrefix(":") { throw invalid("unexpected text after `]`") }
        } else {
            let colon = hostPart.firstIndex(of: ":") ?? hostPart.endIndex
            if colon != hostPart.startIndex { host = String(hostPart[..<colon]) }
            hostPart = hostPart[colon...]
        }
        if hostPart.hasPrefix(":") {
            let digits = hostPart.dropFirst()
            guard let number = Int(digits), (1...65535).contains(number) else {
                throw invalid("port must be a number from 1 to 65535, not `\(digits)`")
            }
            port = number
        }
        self.init(kind: kind, host: host, port: port, user: user, password: password, database: database)
    }

    /// The same server with another database selected.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL with the password masked: safe for logs and error messages.
    public var description: String {
        switch kind {
        case .sqlite:
            return "sqlite:\(path)"
        case .postgresql, .mariadb:
            let secret = password == nil ? "" : ":***"
            let hostText = host.contains(":") ? "[\(host)]" : host
            return "\(kind.rawValue)://\(user)\(secret)@\(hostText):\(port)/\(database)"
        }
    }

    static func defaultPort(_ kind: DatabaseKind) -> Int {
        switch kind {
        case .postgresql: return 5432
        case .mariadb: return 3306
        case .sqlite: return 0
        }
    }

    static func defaultUser(_ kind: DatabaseKind) -> String {
        switch kind {
        case .postgresql: return "postgres"
        case .mariadb: return "root"
        case .sqlite: return ""
        }
    }

    static func percentDecoded(_ text: Substring) throws -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw DatabaseError(kind: nil, message: "invalid database URL: bad percent-escape")
            }
            bytes.append(high << 4 | low)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
